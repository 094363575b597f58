// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The Contacts directory against `skylight-sandbox --seed large` (100,000 contacts) running
// as its own process, through the real ContactsPane (its model and its table, configured as
// the app shows them): scrolling from top to bottom (the longest stall of the UI thread while
// pages arrive, and the time to reach the end), the memory of the loaded model, and
// keystroke-to-first-results for search. Run by hand from a Release build:
//
//   QT_QPA_PLATFORM=offscreen bench_contacts [--rows N] [--sandbox PATH]
#include "apiclient.h"
#include "contactspane.h"
#include "contactsmodel.h"
#include "panenavigator.h"
#include "ratelimiter.h"
#include "restcontactsapi.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEvent>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <sys/resource.h>

namespace {

void print(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

double residentMiB()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> parts = statm.readAll().split(' ');
    return parts.value(1).toDouble() * 4096.0 / (1024.0 * 1024.0);
}

// Times this thread was taken off the core while it could run (another process or thread
// needed it): a long wall-time gap with few CPU milliseconds and such a switch was waiting
// for the machine, not working.
long involuntarySwitches()
{
    rusage usage{};
    getrusage(RUSAGE_THREAD, &usage);
    return usage.ru_nivcsw;
}

qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// The longest time the event loop was away: a 1 ms timer notes every gap between ticks,
// in wall time and in the UI thread's own CPU time.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 ns = m_clock.nsecsElapsed();
            const qint64 gap = ns - m_lastNs;
            const long switches = involuntarySwitches();
            if (gap > m_worstNs) {
                m_worstGapCpuNs = threadCpuNs() - m_lastCpuNs;
                m_worstGapSwitches = switches - m_lastSwitches;
            }
            if (gap > 16000000 && switches == m_lastSwitches)
                m_worstUnpreemptedNs = std::max(m_worstUnpreemptedNs, gap);
            if (gap > 16000000 && m_long.size() < 40)
                m_long.append(QStringLiteral("    at %1 s: %2 ms, %3 ms CPU, preempted %4 time(s)")
                                  .arg(double(ns) / 1e9, 0, 'f', 2).arg(double(gap) / 1e6, 0, 'f', 1)
                                  .arg(double(threadCpuNs() - m_lastCpuNs) / 1e6, 0, 'f', 1).arg(switches - m_lastSwitches));
            m_lastSwitches = switches;
            m_worstNs = std::max(m_worstNs, gap);
            m_over16 += gap > 16000000 ? 1 : 0;
            m_over8 += gap > 8000000 ? 1 : 0;
            m_lastNs = ns;
            const qint64 cpu = threadCpuNs();
            m_worstCpuNs = std::max(m_worstCpuNs, cpu - m_lastCpuNs);
            m_cpuOver16 += cpu - m_lastCpuNs > 16000000 ? 1 : 0;
            m_lastCpuNs = cpu;
        });
        m_clock.start();
        m_lastCpuNs = threadCpuNs();
        m_timer.start();
    }
    double worstMs() const { return double(m_worstNs) / 1e6; }
    int over16() const { return m_over16; }
    int over8() const { return m_over8; }
    double worstCpuMs() const { return double(m_worstCpuNs) / 1e6; }
    int cpuOver16() const { return m_cpuOver16; }
    double worstGapCpuMs() const { return double(m_worstGapCpuNs) / 1e6; }
    long worstGapSwitches() const { return m_worstGapSwitches; }
    // The longest gap over 16 ms in which the thread was never preempted (0 if none).
    double worstUnpreemptedMs() const { return double(m_worstUnpreemptedNs) / 1e6; }
    QStringList longGaps() const { return m_long; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_worstNs = 0;
    int m_over16 = 0;
    int m_over8 = 0;
    qint64 m_lastCpuNs = 0;
    qint64 m_worstCpuNs = 0;
    int m_cpuOver16 = 0;
    qint64 m_worstGapCpuNs = 0;
    long m_worstGapSwitches = 0;
    long m_lastSwitches = involuntarySwitches();
    qint64 m_worstUnpreemptedNs = 0;
    QStringList m_long;
};

// Counts the table's viewport paints: what a page costs is mostly painting the cells.
class PaintCounter : public QObject
{
public:
    int paints = 0;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        paints += event->type() == QEvent::Paint ? 1 : 0;
        return QObject::eventFilter(watched, event);
    }
};

class NoNavigation final : public PaneNavigator
{
public:
    bool canOpenContact() const override { return false; }
    void openContact(int) override {}
    bool canOpenConversation() const override { return false; }
    void openConversation(int) override {}
    bool canBookAppointment() const override { return false; }
    void bookAppointment(const ContactRef &) override {}
};

// `skylight-sandbox` in its own process, so the server's work does not run in the process
// (or on the threads) being measured. It prints one ready line with the URL and a key.
bool startSandbox(QProcess &process, const QString &executable, ApiConnection *connection)
{
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(executable, {QStringLiteral("--db"), QStringLiteral(":memory:"), QStringLiteral("--seed"),
                                  QStringLiteral("large"), QStringLiteral("--rate-limit"), QStringLiteral("1000000")});
    if (!process.waitForStarted(10000))
        return false;
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 180000) {
        if (!process.canReadLine() && !process.waitForReadyRead(1000)) {
            if (process.state() != QProcess::Running)
                return false;
            continue;
        }
        while (process.canReadLine()) {
            const QString line = QString::fromUtf8(process.readLine()).trimmed();
            if (!line.startsWith(QLatin1String("skylight-sandbox ready ")))
                continue;
            for (const QString &field : line.split(QLatin1Char(' '))) {
                if (field.startsWith(QLatin1String("url=")))
                    connection->baseUrl = QUrl(field.mid(4));
                else if (field.startsWith(QLatin1String("key=")))
                    connection->apiKey = field.mid(4);
            }
            return connection->baseUrl.isValid() && !connection->apiKey.isEmpty();
        }
    }
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("rows"), QStringLiteral("stop scrolling after N rows (default: all)"), QStringLiteral("N")});
    parser.addOption({QStringLiteral("sandbox"), QStringLiteral("the skylight-sandbox executable"), QStringLiteral("PATH"),
        QStringLiteral(SKYLIGHT_SANDBOX_EXECUTABLE)});
    parser.process(app);
    const int rowLimit = parser.value(QStringLiteral("rows")).toInt();

    QProcess sandbox;
    ApiConnection connection;
    QElapsedTimer seeding;
    seeding.start();
    if (!startSandbox(sandbox, parser.value(QStringLiteral("sandbox")), &connection)) {
        print(QStringLiteral("skylight-sandbox did not start: %1").arg(sandbox.errorString()));
        return 1;
    }
    print(QStringLiteral("skylight-sandbox --seed large (own process) ready after %1 s")
              .arg(double(seeding.elapsed()) / 1000.0, 0, 'f', 1));
    const auto stopSandbox = qScopeGuard([&sandbox] {
        sandbox.terminate();
        if (!sandbox.waitForFinished(10000))
            sandbox.kill();
    });

    QNetworkAccessManager network;
    ApiClient client(&network);
    client.rateLimiter()->setLimit(1000000);
    client.setConnection(connection);
    RestContactsApi api(&client);
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("bench.ini")), QSettings::IniFormat);
    NoNavigation navigation;

    const double before = residentMiB();
    ContactsPane pane(api, navigation, settings);
    ContactsModel &model = *pane.model();
    QTableView &view = *pane.table();
    pane.resize(1000, 700);
    pane.show();
    // The first page and paint (fonts, style) are start-up, not scrolling: let them happen.
    if (!QTest::qWaitForWindowExposed(&pane) || !QTest::qWaitFor([&] { return model.rowCount() > 0; }, 30000))
        return 1;
    QTest::qWait(200);

    // Scroll as a user dragging the scroll bar down does: every 5 ms, when no page is on
    // the wire, move to the bottom, and the view asks the model for the next page. The
    // event loop runs freely (no qWait sleeps), so the stall meter sees only real work.
    PaintCounter paintCounter;
    view.viewport()->installEventFilter(&paintCounter);
    const int firstRows = model.rowCount();
    StallMeter stalls;
    QElapsedTimer scrolling;
    scrolling.start();
    QEventLoop loop;
    const auto reachedEnd = [&] {
        return (model.total() > 0 && model.rowCount() >= model.total()) || (rowLimit > 0 && model.rowCount() >= rowLimit);
    };
    QTimer scroller;
    scroller.setInterval(5);
    QObject::connect(&scroller, &QTimer::timeout, &loop, [&] {
        if (reachedEnd())
            loop.quit();
        else if (!model.isLoading())
            view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum());
    });
    QTimer::singleShot(30 * 60 * 1000, &loop, [&loop] { loop.exit(1); });
    scroller.start();
    const bool done = loop.exec() == 0;
    scroller.stop();
    const double scrollSeconds = double(scrolling.elapsed()) / 1000.0;
    if (!done) {
        print(QStringLiteral("scrolling did not reach the end: %1 of %2 rows").arg(model.rowCount()).arg(model.total()));
        return 1;
    }
    const double after = residentMiB();
    print(QStringLiteral("rows loaded: %1 of %2 in %3 s").arg(model.rowCount()).arg(model.total()).arg(scrollSeconds, 0, 'f', 1));
    const int pages = (model.rowCount() - firstRows + ContactsModel::pageSize - 1) / ContactsModel::pageSize;
    print(QStringLiteral("table viewport paints: %1 for %2 pages (%3 a page)")
              .arg(paintCounter.paints).arg(pages).arg(double(paintCounter.paints) / qMax(1, pages), 0, 'f', 2));
    print(QStringLiteral("longest UI-thread stall while pages arrive: %1 ms (goal < 16); %2 gaps over 16 ms, %3 over 8 ms")
              .arg(stalls.worstMs(), 0, 'f', 2).arg(stalls.over16()).arg(stalls.over8()));
    print(QStringLiteral("  the longest gap: %1 ms of UI-thread CPU in it, preempted %2 time(s); "
                         "longest gap over 16 ms without preemption: %3 ms")
              .arg(stalls.worstGapCpuMs(), 0, 'f', 2).arg(stalls.worstGapSwitches()).arg(stalls.worstUnpreemptedMs(), 0, 'f', 2));
    print(QStringLiteral("  in UI-thread CPU time: longest %1 ms; %2 gaps over 16 ms")
              .arg(stalls.worstCpuMs(), 0, 'f', 2).arg(stalls.cpuOver16()));
    for (const QString &line : stalls.longGaps())
        print(line);
    print(QStringLiteral("resident memory of the loaded model: %1 MiB (goal < 60; process %2 -> %3 MiB)")
              .arg(after - before, 0, 'f', 1).arg(before, 0, 'f', 1).arg(after, 0, 'f', 1));

    // Search: from the (debounced) query to the first rows, a few different words.
    QList<double> latencies;
    const QStringList words = {QStringLiteral("sara"), QStringLiteral("ahmed"), QStringLiteral("0555"),
        QStringLiteral("example.com"), QStringLiteral("zzzz")};
    for (const QString &word : words) {
        ContactQuery q;
        q.search = word;
        QElapsedTimer t;
        t.start();
        model.setQuery(q);
        if (!QTest::qWaitFor([&] { return !model.isLoading(); }, 30000)) {
            print(QStringLiteral("search \"%1\" did not answer in 30 s").arg(word));
            return 1;
        }
        latencies.append(double(t.nsecsElapsed()) / 1e6);
        print(QStringLiteral("search \"%1\": %2 ms to first results (%3 found)").arg(word).arg(latencies.last(), 0, 'f', 1).arg(model.total()));
    }
    std::sort(latencies.begin(), latencies.end());
    print(QStringLiteral("search median: %1 ms, worst: %2 ms (plus the 250 ms typing pause; "
                         "includes up to 10 ms of the wait loop's polling)")
              .arg(latencies.at(latencies.size() / 2), 0, 'f', 1).arg(latencies.last(), 0, 'f', 1));
    return 0;
}
