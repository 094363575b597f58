// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Start to data on screen from the offline cache (issue 14): one Desk signs in to the demo
// sandbox and opens the Inbox, Contacts and Calendar (the cache fills); the sandbox stops;
// then fresh Desks on the same profile are started and timed from Desk::start() until the
// Inbox shows conversations.
//
//   bench_offlinestart [--runs N] [--slow | --up] [--patience MS]
//
// Server down: the sandbox's port is closed (connection refused). --slow: a listener that
// accepts connections and never answers sits on the port instead. --up: the sandbox keeps
// running, to see that a server that answers is not hidden behind the cache (each run
// prints how many reads the cache answered: 0 expected). --patience: ApiClient's cache-first
// patience for the timed starts (default ApiClient::DefaultCacheFirstPatienceMs).
// The Desks run in this process one after the other (a new Desk, window and panes each run;
// Qt itself, fonts and the SQLite driver are warm after the first).
#include "apiclient.h"
#include "conversationsmodel.h"
#include "desk.h"
#include "inboxpane.h"
#include "mainwindow.h"
#include "memorykeystore.h"
#include "sandboxfixture.h"
#include "sessioncontroller.h"
#include "signindialog.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QSettings>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>

namespace {

const QString kProfile = QStringLiteral("Clinic");

struct Run
{
    explicit Run(const QString &settingsPath)
        : settings(settingsPath, QSettings::IniFormat)
    {
        desk = std::make_unique<Desk>(CommandLine(), Desk::Services{&settings, &keys});
    }
    QSettings settings;
    MemoryKeyStore keys;
    std::unique_ptr<Desk> desk;
};

InboxPane *inboxOf(Desk &desk)
{
    MainWindow *window = desk.session()->mainWindow();
    return window ? window->findChild<InboxPane *>() : nullptr;
}

bool fillCache(const QString &settingsPath, SandboxFixture &sandbox)
{
    Run run(settingsPath);
    run.desk->start();
    SignInDialog *dialog = run.desk->session()->signInDialog();
    if (!dialog)
        return false;
    dialog->findChild<QLineEdit *>(QStringLiteral("profileNameEdit"))->setText(kProfile);
    dialog->findChild<QLineEdit *>(QStringLiteral("baseUrlEdit"))->setText(sandbox.baseUrl().toString());
    dialog->findChild<QLineEdit *>(QStringLiteral("apiKeyEdit"))->setText(sandbox.apiKey());
    dialog->accept();
    if (!QTest::qWaitFor([&] { return inboxOf(*run.desk) != nullptr; }, 10000))
        return false;
    MainWindow *window = run.desk->session()->mainWindow();
    for (const QString &id : {QStringLiteral("contacts"), QStringLiteral("calendar"), QStringLiteral("inbox")}) {
        window->setCurrentPane(id);
        QTest::qWait(0);
    }
    return QTest::qWaitFor([&] { return inboxOf(*run.desk)->conversationsModel()->rowCount() > 0; }, 10000);
}

double timeOneStart(const QString &settingsPath, const QString &key, int patienceMs, int *cacheAnswers)
{
    Run run(settingsPath);
    run.desk->client()->setCacheFirstPatience(patienceMs);
    QObject::connect(run.desk->client(), &ApiClient::answeredFromCache, [cacheAnswers] { ++*cacheAnswers; });
    run.keys.writeKey(kProfile, key, run.desk.get(), [](const KeyStore::Result &) {});
    QElapsedTimer timer;
    timer.start();
    run.desk->start();
    const bool shown = QTest::qWaitFor(
        [&] {
            InboxPane *inbox = inboxOf(*run.desk);
            return inbox && inbox->isVisible() && inbox->conversationsModel()->rowCount() > 0;
        },
        60000);
    return shown ? double(timer.nsecsElapsed()) / 1e6 : -1;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int runs = args.contains(QStringLiteral("--runs"))
        ? args.value(args.indexOf(QStringLiteral("--runs")) + 1).toInt()
        : 10;
    const bool slow = args.contains(QStringLiteral("--slow"));
    const bool up = args.contains(QStringLiteral("--up"));
    const int patienceMs = args.contains(QStringLiteral("--patience"))
        ? args.value(args.indexOf(QStringLiteral("--patience")) + 1).toInt()
        : ApiClient::DefaultCacheFirstPatienceMs;

    Sandbox::Options options = SandboxFixture::defaultOptions();
    options.seed = QStringLiteral("demo");
    options.pinnedNow = QDateTime();
    SandboxFixture sandbox(options);
    QTemporaryDir dir;
    if (!sandbox.start()) {
        std::fprintf(stderr, "sandbox did not start\n");
        return 1;
    }
    const QString settingsPath = dir.filePath(QStringLiteral("bench.ini"));
    if (!fillCache(settingsPath, sandbox)) {
        std::fprintf(stderr, "the first run did not show the inbox\n");
        return 1;
    }
    const quint16 port = quint16(sandbox.baseUrl().port());
    const QString key = sandbox.apiKey();
    if (!up)
        sandbox.stop();
    QTcpServer silent; // --slow: accepts, never answers
    if (slow && !silent.listen(QHostAddress::LocalHost, port)) {
        std::fprintf(stderr, "cannot listen on the sandbox's port\n");
        return 1;
    }

    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        int cacheAnswers = 0;
        const double ms = timeOneStart(settingsPath, key, patienceMs, &cacheAnswers);
        std::printf("run %d: %.1f ms, %d reads answered from the cache\n", i + 1, ms, cacheAnswers);
        std::fflush(stdout);
        times.append(ms);
    }
    std::sort(times.begin(), times.end());
    std::printf("server %s, %d runs: median %.1f ms, min %.1f ms, max %.1f ms\n",
                up ? "up (answers)" : slow ? "slow (accepts, never answers)" : "down (connection refused)", runs,
                times.at(times.size() / 2), times.first(), times.last());
    return 0;
}
