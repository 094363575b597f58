// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The Contacts directory against the sandbox's "large" seed (100,000 contacts), through
// the real ContactsModel and a QTableView: scrolling from top to bottom (the longest stall
// of the UI thread while pages arrive, and the time to reach the end), the memory of the
// loaded model, and keystroke-to-first-results for search. Run by hand from a Release build:
//
//   QT_QPA_PLATFORM=offscreen bench_contacts [--rows N]
#include "apiclient.h"
#include "contactsmodel.h"
#include "ratelimiter.h"
#include "restcontactsapi.h"
#include "sandboxfixture.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QNetworkAccessManager>
#include <QScrollBar>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>

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

// The longest time the event loop was away: a 1 ms timer notes every gap between ticks.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 ns = m_clock.nsecsElapsed();
            const qint64 gap = ns - m_lastNs;
            m_worstNs = std::max(m_worstNs, gap);
            m_over16 += gap > 16000000 ? 1 : 0;
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
    // The same gaps counted in the UI thread's own CPU time: what the app did, without the
    // time other processes on a busy machine took the core away.
    double worstCpuMs() const { return double(m_worstCpuNs) / 1e6; }
    int cpuOver16() const { return m_cpuOver16; }

    static qint64 threadCpuNs()
    {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_worstNs = 0;
    int m_over16 = 0;
    qint64 m_lastCpuNs = 0;
    qint64 m_worstCpuNs = 0;
    int m_cpuOver16 = 0;
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("rows"), QStringLiteral("stop scrolling after N rows (default: all)"), QStringLiteral("N")});
    parser.process(app);
    const int rowLimit = parser.value(QStringLiteral("rows")).toInt();

    Sandbox::Options options = SandboxFixture::defaultOptions();
    options.seed = QStringLiteral("large");
    options.rateLimitPerMinute = 1000000;
    SandboxFixture fixture(options);
    QElapsedTimer seeding;
    seeding.start();
    if (!fixture.start()) {
        print(QStringLiteral("sandbox did not start: %1").arg(fixture.error()));
        return 1;
    }
    print(QStringLiteral("seed large: %1 s").arg(double(seeding.elapsed()) / 1000.0, 0, 'f', 1));

    QNetworkAccessManager network;
    ApiClient client(&network);
    client.rateLimiter()->setLimit(1000000);
    ApiConnection connection;
    connection.baseUrl = fixture.baseUrl();
    connection.apiKey = fixture.apiKey();
    client.setConnection(connection);
    RestContactsApi api(&client);

    const double before = residentMiB();
    ContactsModel model(api);
    QTableView view;
    view.setModel(&model);
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.verticalHeader()->setDefaultSectionSize(22);
    view.resize(1000, 700);
    view.show();
    // The first paint (fonts, style) is start-up, not scrolling: let it happen first.
    if (!QTest::qWaitForWindowExposed(&view))
        return 1;
    QTest::qWait(200);

    // Scroll: whenever the loaded page arrives, jump to the bottom, as a user dragging the
    // scroll bar down does; the view asks the model for more.
    StallMeter stalls;
    QElapsedTimer scrolling;
    scrolling.start();
    model.setQuery({});
    const bool done = QTest::qWaitFor([&] {
        if (!model.isLoading())
            view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum());
        const bool atEnd = model.total() > 0 && model.rowCount() >= model.total();
        return atEnd || (rowLimit > 0 && model.rowCount() >= rowLimit);
    }, 30 * 60 * 1000);
    const double scrollSeconds = double(scrolling.elapsed()) / 1000.0;
    if (!done) {
        print(QStringLiteral("scrolling did not reach the end: %1 of %2 rows").arg(model.rowCount()).arg(model.total()));
        return 1;
    }
    const double after = residentMiB();
    print(QStringLiteral("rows loaded: %1 of %2 in %3 s").arg(model.rowCount()).arg(model.total()).arg(scrollSeconds, 0, 'f', 1));
    print(QStringLiteral("longest UI-thread stall while pages arrive: %1 ms (goal < 16); %2 gaps over 16 ms")
              .arg(stalls.worstMs(), 0, 'f', 2).arg(stalls.over16()));
    print(QStringLiteral("  in UI-thread CPU time: longest %1 ms; %2 gaps over 16 ms")
              .arg(stalls.worstCpuMs(), 0, 'f', 2).arg(stalls.cpuOver16()));
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
    print(QStringLiteral("search median: %1 ms, worst: %2 ms (plus the 250 ms typing pause)")
              .arg(latencies.at(latencies.size() / 2), 0, 'f', 1).arg(latencies.last(), 0, 'f', 1));
    return 0;
}
