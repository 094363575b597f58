// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// N desks on one API key against one separate `skylight-sandbox` (its rate limit on, 120 a
// minute): each desk is the whole app (Desk in demo mode against that sandbox) in its own
// process, its window active on the Inbox with the first conversation open, left idle. At
// --inject-at seconds a new inbound message arrives (the sandbox's developer surface, which
// is not rate limited). Reported: the 429s of the first minute and after, requests a
// minute, and how long each desk took to show the message (its list raised the unread).
// Goal (issue 14): 10 desks, 0 429s after the first minute, every desk within 30 s.
//
//   QT_QPA_PLATFORM=offscreen bench_desks [--desks 10] [--duration 180] [--inject-at 120]
//                                         [--wake-spread MS] [--sandbox PATH]
#include "apiconnection.h"
#include "commandline.h"
#include "conversationsmodel.h"
#include "desk.h"
#include "inboxpane.h"
#include "mainwindow.h"
#include "apiclient.h"
#include "ratelimiter.h"
#include "memorykeystore.h"
#include "recordingnetwork.h"
#include "sessioncontroller.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

namespace {

void print(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }

// One desk: the real app, idle on the Inbox. Its lines on stdout: "reply <ms> <status>
// <method> <path>" for every answer, "raised <ms> <contact>" when the list shows a new
// inbound message.
int runDesk(const QStringList &args)
{
    int argc = 1;
    char name[] = "bench_desks";
    char *argv[] = {name, nullptr};
    QApplication app(argc, argv);
    QApplication::setQuitOnLastWindowClosed(false);
    QTemporaryDir settingsDir;
    QSettings settings(settingsDir.filePath(QStringLiteral("desk.ini")), QSettings::IniFormat);
    MemoryKeyStore keys;
    RecordingNetwork network;
    QObject::connect(&network, &RecordingNetwork::answered, &app, [](const RecordingNetwork::Entry &e) {
        print(QStringLiteral("reply %1 %2 %3 %4 %5").arg(nowMs()).arg(e.status)
                  .arg(QString::fromLatin1(e.method), e.pathAndQuery).arg(e.remaining));
    });
    CommandLine commandLine;
    commandLine.sandbox = true;
    Desk desk(commandLine, Desk::Services{&settings, &keys, nullptr, &network});
    ApiConnection connection;
    connection.baseUrl = QUrl(args.value(args.indexOf(QStringLiteral("--url")) + 1));
    connection.apiKey = args.value(args.indexOf(QStringLiteral("--key")) + 1);
    const int spreadAt = args.indexOf(QStringLiteral("--wake-spread"));
    if (spreadAt > 0)
        desk.client()->rateLimiter()->setWakeSpreadMs(args.value(spreadAt + 1).toInt());
    desk.startDemo(connection);

    bool shown = false;
    bool opened = false;
    QTimer setUp;
    setUp.setInterval(50);
    QObject::connect(&setUp, &QTimer::timeout, &app, [&] {
        MainWindow *window = desk.session()->mainWindow();
        auto *inbox = window ? window->findChild<InboxPane *>() : nullptr;
        if (!inbox)
            return;
        if (!shown) {
            shown = true;
            window->setCurrentPane(QStringLiteral("inbox"));
            window->show();
            window->activateWindow();
            QObject::connect(inbox->conversationsModel(), &ConversationsModel::unreadRaised, &app,
                             [](qint64 contact) { print(QStringLiteral("raised %1 %2").arg(nowMs()).arg(contact)); });
        }
        // An agent at work has a conversation open: the newest one.
        if (!opened && inbox->conversationsModel()->rowCount() > 0) {
            opened = true;
            setUp.stop();
            const qint64 first = inbox->conversationsModel()->conversations().constFirst().contact.id;
            inbox->openConversation(int(first));
            // Offscreen, the one window of the process is the active one once asked.
            QApplication::setActiveWindow(window);
            QTimer::singleShot(1000, inbox, [inbox, window, first] {
                std::fprintf(stderr, "desk: conversation %lld open, inbox visible %d, window active %d\n",
                             first, int(inbox->isVisible()), int(window->isActiveWindow()));
            });
        }
    });
    setUp.start();
    return QApplication::exec();
}

QJsonObject call(QNetworkAccessManager &network, const QByteArray &method, const QUrl &url, const QString &key,
                 const QJsonObject &body = {})
{
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + key.toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = network.sendCustomRequest(request, method, QJsonDocument(body).toJson());
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

bool startSandbox(QProcess &process, const QString &executable, QUrl *url, QString *key)
{
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(executable, {QStringLiteral("--db"), QStringLiteral(":memory:"), QStringLiteral("--seed"),
                               QStringLiteral("demo"), QStringLiteral("--rate-limit"), QStringLiteral("120")});
    if (!process.waitForStarted(10000))
        return false;
    while (process.waitForReadyRead(60000) || process.canReadLine()) {
        while (process.canReadLine()) {
            const QString line = QString::fromUtf8(process.readLine()).trimmed();
            for (const QString &field : line.split(QLatin1Char(' '))) {
                if (field.startsWith(QLatin1String("url=")))
                    *url = QUrl(field.mid(4));
                else if (field.startsWith(QLatin1String("key=")))
                    *key = field.mid(4);
            }
            if (url->isValid() && !key->isEmpty())
                return true;
        }
    }
    return false;
}

struct Limited
{
    qint64 atMs; // since the start of the run
    int desk;
    QByteArray request;
};

// Per ten seconds of the run: answers, 429s and the lowest X-RateLimit-Remaining seen, so a
// burst of 429s shows what the shared budget looked like before it.
struct Slice
{
    int answers = 0;
    int limited = 0;
    int lowest = -1;
};

struct DeskRun
{
    std::unique_ptr<QProcess> process;
    QByteArray pending;
    qint64 seenMs = -1;
};

} // namespace

int main(int argc, char **argv)
{
    if (argc > 1 && qstrcmp(argv[1], "--desk") == 0) {
        QStringList args;
        for (int i = 0; i < argc; ++i)
            args.append(QString::fromLocal8Bit(argv[i]));
        return runDesk(args);
    }
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("desks"), QStringLiteral("desks on the one key"), QStringLiteral("N"), QStringLiteral("10")});
    parser.addOption({QStringLiteral("duration"), QStringLiteral("seconds to run"), QStringLiteral("S"), QStringLiteral("180")});
    parser.addOption({QStringLiteral("inject-at"), QStringLiteral("second of the new inbound message"),
                      QStringLiteral("S"), QStringLiteral("120")});
    parser.addOption({QStringLiteral("wake-spread"), QStringLiteral("each desk's wake-up spread after a spent budget (RateLimiter::setWakeSpreadMs; without it, the app's own: 2000)"),
                      QStringLiteral("MS")});
    parser.addOption({QStringLiteral("sandbox"), QStringLiteral("the skylight-sandbox executable"), QStringLiteral("PATH"),
                      QStringLiteral(SKYLIGHT_SANDBOX_EXECUTABLE)});
    parser.process(app);
    const int desks = std::max(1, parser.value(QStringLiteral("desks")).toInt());
    const int duration = std::max(10, parser.value(QStringLiteral("duration")).toInt());
    const int injectAt = std::clamp(parser.value(QStringLiteral("inject-at")).toInt(), 1, duration - 1);
    // Without the option each desk keeps the spread the app ships (ApiClient).
    QStringList deskOptions;
    if (parser.isSet(QStringLiteral("wake-spread"))) {
        deskOptions << QStringLiteral("--wake-spread")
                    << QString::number(std::max(0, parser.value(QStringLiteral("wake-spread")).toInt()));
    }

    QProcess sandbox;
    QUrl url;
    QString key;
    if (!startSandbox(sandbox, parser.value(QStringLiteral("sandbox")), &url, &key)) {
        print(QStringLiteral("skylight-sandbox did not start"));
        return 1;
    }
    QNetworkAccessManager network;
    const QUrl root = url.adjusted(QUrl::RemovePath);
    // The message goes to the third most recent conversation: not the one each desk has open.
    const QJsonArray rows = call(network, "GET", QUrl(url.toString() + QStringLiteral("/conversations?per_page=5")), key)
                                .value(QStringLiteral("data")).toArray();
    const qint64 target = rows.at(2).toObject().value(QStringLiteral("contact")).toObject().value(QStringLiteral("id")).toInteger();
    // Start from a fresh minute: the look-up above is not the desks' request.
    call(network, "POST", root.resolved(QUrl(QStringLiteral("/_sandbox/reset"))), key);

    const qint64 t0 = nowMs();
    qint64 injectedMs = -1;
    QList<qint64> okTimes;
    QList<qint64> limitedTimes;
    QList<Limited> limited;
    std::vector<Slice> slices(duration / 10 + 2);
    std::vector<DeskRun> runs(desks);
    for (int i = 0; i < desks; ++i) {
        DeskRun &run = runs[i];
        run.process = std::make_unique<QProcess>();
        run.process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QObject::connect(run.process.get(), &QProcess::readyReadStandardOutput, &app, [&, i] {
            DeskRun &r = runs[i];
            r.pending += r.process->readAllStandardOutput();
            qsizetype end;
            while ((end = r.pending.indexOf('\n')) >= 0) {
                const QList<QByteArray> f = r.pending.left(end).split(' ');
                r.pending.remove(0, end + 1);
                if (f.value(0) == "reply") {
                    const qint64 at = f.value(1).toLongLong() - t0;
                    const bool is429 = f.value(2) == "429";
                    (is429 ? limitedTimes : okTimes).append(at);
                    Slice &slice = slices[std::clamp<size_t>(size_t(std::max<qint64>(0, at) / 10000), 0, slices.size() - 1)];
                    ++slice.answers;
                    const int left = f.value(5, "-1").toInt();
                    if (left >= 0 && !is429 && (slice.lowest < 0 || left < slice.lowest))
                        slice.lowest = left;
                    if (is429) {
                        ++slice.limited;
                        limited.append({at, i, f.value(3) + ' ' + f.value(4)});
                    }
                } else if (f.value(0) == "raised" && injectedMs > 0 && r.seenMs < 0 && f.value(2).toLongLong() == target) {
                    r.seenMs = f.value(1).toLongLong() - injectedMs;
                }
            }
        });
        run.process->start(QCoreApplication::applicationFilePath(),
                           QStringList{QStringLiteral("--desk"), QStringLiteral("--url"), url.toString(), QStringLiteral("--key"), key}
                               + deskOptions);
    }
    QTimer::singleShot(injectAt * 1000, &app, [&] {
        injectedMs = nowMs();
        call(network, "POST", root.resolved(QUrl(QStringLiteral("/_sandbox/contacts/%1/inbound").arg(target))), key,
             {{QStringLiteral("content"), QStringLiteral("Are you open on Saturday?")}});
        print(QStringLiteral("injected an inbound message from contact %1 at %2 s").arg(target).arg((injectedMs - t0) / 1000.0));
    });
    QTimer::singleShot(duration * 1000, &app, &QCoreApplication::quit);
    QTimer progress;
    QObject::connect(&progress, &QTimer::timeout, &app, [&] {
        print(QStringLiteral("  %1 s: %2 answers, %3 429s").arg((nowMs() - t0) / 1000)
                  .arg(okTimes.size() + limitedTimes.size()).arg(limitedTimes.size()));
    });
    progress.start(30000);
    QCoreApplication::exec();
    for (DeskRun &run : runs) {
        run.process->kill();
        run.process->waitForFinished(5000);
    }
    sandbox.terminate();
    sandbox.waitForFinished(10000);

    const auto inMinute = [](const QList<qint64> &times, qint64 from, qint64 to) {
        return int(std::count_if(times.begin(), times.end(), [&](qint64 t) { return t >= from && t < to; }));
    };
    print(QStringLiteral("%1 desks, one key, limit 120/min, %2 s").arg(desks).arg(duration));
    for (int minute = 0; minute * 60 < duration; ++minute) {
        const qint64 from = minute * 60000;
        const qint64 to = std::min<qint64>(from + 60000, duration * 1000LL);
        print(QStringLiteral("minute %1: %2 answers, %3 of them 429").arg(minute + 1)
                  .arg(inMinute(okTimes, from, to) + inMinute(limitedTimes, from, to)).arg(inMinute(limitedTimes, from, to)));
    }
    print(QStringLiteral("per 10 s: answers / 429s / lowest X-RateLimit-Remaining of a 2xx answer"));
    for (size_t k = 0; k < slices.size() && k * 10 < size_t(duration); ++k) {
        print(QStringLiteral("  %1-%2 s: %3 / %4 / %5").arg(k * 10).arg(k * 10 + 10).arg(slices[k].answers)
                  .arg(slices[k].limited).arg(slices[k].lowest));
    }
    for (const Limited &l : limited) {
        print(QStringLiteral("429 at %1 s, desk %2, %3").arg(l.atMs / 1000.0, 0, 'f', 1).arg(l.desk)
                  .arg(QString::fromLatin1(l.request)));
    }
    const int lateLimited = inMinute(limitedTimes, 60000, duration * 1000LL);
    print(QStringLiteral("429s: first minute %1, after the first minute %2")
              .arg(inMinute(limitedTimes, 0, 60000)).arg(lateLimited));
    QStringList seen;
    qint64 worst = 0;
    bool allSeen = true;
    for (const DeskRun &run : runs) {
        seen.append(run.seenMs < 0 ? QStringLiteral("never") : QString::number(run.seenMs / 1000.0, 'f', 1));
        allSeen = allSeen && run.seenMs >= 0;
        worst = std::max(worst, run.seenMs);
    }
    print(QStringLiteral("time to see the new message per desk (s): %1").arg(seen.join(QStringLiteral(", "))));
    print(QStringLiteral("slowest desk: %1").arg(allSeen ? QString::number(worst / 1000.0, 'f', 1) + QStringLiteral(" s")
                                                          : QStringLiteral("some desks never saw it")));
    const bool goal = lateLimited == 0 && allSeen && worst <= 30000;
    print(QStringLiteral("goal (0 429s after minute 1, every desk <= 30 s): %1").arg(goal ? QStringLiteral("met")
                                                                                          : QStringLiteral("missed")));
    return 0;
}
