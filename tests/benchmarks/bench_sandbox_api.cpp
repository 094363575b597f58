// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The sandbox under the "large" seed (100,000 contacts, 20,000 bookings), over real HTTP on
// loopback: seeding time, contact search latency (p50/p99), and requests per second for
// GET /contacts?per_page=100 and POST /bookings. A benchmark, not a test: run it by hand
// from a Release build and copy its table into docs/performance.md.
//
//   bench_sandbox_api [--requests N] [--seconds S] [--memory]
#include "sandboxfixture.h"

#include "seed/demotexts.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSet>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>

namespace {

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype index = qBound<qsizetype>(0, qsizetype(p * double(values.size() - 1) + 0.5), values.size() - 1);
    return values.at(index);
}

void print(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("skylight-sandbox benchmark (large seed)"));
    parser.addHelpOption();
    const QCommandLineOption requestsOption(QStringLiteral("requests"), QStringLiteral("Search requests to time."),
                                            QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("Seconds per throughput run."),
                                           QStringLiteral("S"), QStringLiteral("5"));
    const QCommandLineOption memoryOption(QStringLiteral("memory"),
                                          QStringLiteral("Use an in-memory database instead of a WAL file."));
    parser.addOption(requestsOption);
    parser.addOption(secondsOption);
    parser.addOption(memoryOption);
    parser.process(app);
    const int searchRequests = qMax(10, parser.value(requestsOption).toInt());
    const qint64 runMs = qMax(1, parser.value(secondsOption).toInt()) * 1000;

    Sandbox::Options options = SandboxFixture::defaultOptions();
    options.seed = QStringLiteral("large");
    options.rateLimitPerMinute = 100000000; // measure the server, not the limiter
    // A WAL file by default, as the skylight-sandbox executable and the demo mode use.
    QTemporaryDir dir;
    if (!parser.isSet(memoryOption))
        options.databasePath = dir.filePath(QStringLiteral("bench.db"));
    SandboxFixture fixture(options);
    QElapsedTimer clock;
    clock.start();
    if (!fixture.start()) {
        print(QStringLiteral("sandbox did not start: ") + fixture.error());
        return 1;
    }
    const qint64 seedMs = clock.elapsed();
    TestHttp &http = fixture.http();

    const TestReply all = http.get(QStringLiteral("/contacts"));
    const int contacts = all.meta().value(u"total").toInt();
    const int bookings = http.get(QStringLiteral("/bookings")).meta().value(u"total").toInt();

    // Search: common and rare fragments of names, phones and e-mails, English and Arabic,
    // plus a term that matches nothing and one that matches almost everything.
    const QStringList terms = { QStringLiteral("sarah"), QStringLiteral("ohn"), QStringLiteral("محمد"),
                                QStringLiteral("الراشد"), QStringLiteral("hall"), QStringLiteral("3004217"),
                                QStringLiteral("user98765"), QStringLiteral("o'brien"), QStringLiteral("zzqx"),
                                QStringLiteral("example.net"), QStringLiteral("+97153"), QStringLiteral("sa") };
    QList<double> latencies;
    QHash<QString, QList<double>> perTerm;
    int failures = 0;
    for (int i = 0; i < searchRequests; ++i) {
        const QString term = terms.at(i % terms.size());
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("search"), term);
        QElapsedTimer t;
        t.start();
        const TestReply reply = http.get(QStringLiteral("/contacts"), query);
        const double ms = double(t.nsecsElapsed()) / 1e6;
        failures += reply.status == 200 ? 0 : 1;
        latencies.append(ms);
        perTerm[term].append(ms);
    }

    // The same number of searches again, each term used once: phone digits, e-mail handles,
    // English and Arabic "first name + start of last name". The sandbox caches a search's
    // count until the next write, so this series shows the uncached cost.
    QStringList coldTerms;
    QSet<QString> seen;
    using Sandbox::DemoTexts;
    for (int i = 0; coldTerms.size() < searchRequests && i < searchRequests * 20; ++i) {
        QString term;
        switch (i % 4) {
        case 0:
            term = QString::number(1000 + (i * 7919) % 9000);
            break;
        case 1:
            term = QStringLiteral("user%1").arg(10000 + (i * 131) % 90000);
            break;
        case 2:
            term = DemoTexts::englishFirstNames().at((i / 4) % DemoTexts::englishFirstNames().size()) + u' '
                + DemoTexts::englishLastNames().at((i / 7) % DemoTexts::englishLastNames().size()).left(1 + i % 3);
            break;
        default:
            term = DemoTexts::arabicFirstNames().at((i / 4) % DemoTexts::arabicFirstNames().size()) + u' '
                + DemoTexts::arabicLastNames().at((i / 7) % DemoTexts::arabicLastNames().size()).left(2 + i % 3);
            break;
        }
        if (!seen.contains(term)) {
            seen.insert(term);
            coldTerms.append(term);
        }
    }
    QList<double> coldLatencies;
    for (const QString &term : std::as_const(coldTerms)) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("search"), term);
        QElapsedTimer t;
        t.start();
        failures += http.get(QStringLiteral("/contacts"), query).status == 200 ? 0 : 1;
        coldLatencies.append(double(t.nsecsElapsed()) / 1e6);
    }

    const auto throughput = [&](const std::function<bool(int)> &request) {
        QElapsedTimer t;
        t.start();
        int done = 0;
        while (t.elapsed() < runMs) {
            if (!request(done))
                ++failures;
            ++done;
        }
        return double(done) * 1000.0 / double(t.elapsed());
    };
    QUrlQuery listQuery;
    listQuery.addQueryItem(QStringLiteral("per_page"), QStringLiteral("100"));
    const double listRps = throughput([&](int n) {
        QUrlQuery q = listQuery;
        q.addQueryItem(QStringLiteral("page"), QString::number(1 + n % 50));
        return http.get(QStringLiteral("/contacts"), q).status == 200;
    });
    // Each create takes a distinct future half hour, so every one succeeds (201). First with
    // the demo's active webhook 1 subscribed to booking.created (every create also queues a
    // delivery, to a closed loopback port, retried twice), then with it paused.
    int slot = 0;
    const QDateTime firstSlot = QDateTime::fromString(QStringLiteral("2027-01-04T09:00:00Z"), Qt::ISODate);
    const auto create = [&](int n) {
        const QJsonObject body{ { QStringLiteral("contact_id"), 1000 + n % 90000 },
                                { QStringLiteral("booking_type_id"), 3 },
                                { QStringLiteral("starts_at"), firstSlot.addSecs(qint64(slot++) * 1800).toString(Qt::ISODate) } };
        return http.post(QStringLiteral("/bookings"), body).status == 201;
    };
    const double createWithHookRps = throughput(create);
    QThread::msleep(6000); // let the retries of the first run drain
    http.put(QStringLiteral("/webhooks/1"), QJsonObject{ { QStringLiteral("is_active"), false } });
    const double createRps = throughput(create);

    QString worstTerm;
    double worstP50 = 0;
    for (auto it = perTerm.cbegin(); it != perTerm.cend(); ++it) {
        const double p50 = percentile(it.value(), 0.5);
        if (p50 > worstP50) {
            worstP50 = p50;
            worstTerm = it.key();
        }
    }

    print(QStringLiteral("machine: %1, %2 logical CPUs, Qt %3")
              .arg(QSysInfo::prettyProductName()).arg(QThread::idealThreadCount()).arg(QString::fromLatin1(qVersion())));
    print(QStringLiteral("data: %1 contacts, %2 bookings in %3; seeding + start: %4 ms")
              .arg(contacts).arg(bookings)
              .arg(parser.isSet(memoryOption) ? QStringLiteral("memory") : QStringLiteral("a WAL file"))
              .arg(seedMs));
    print(QStringLiteral("| measure | result |"));
    print(QStringLiteral("|---|---|"));
    print(QStringLiteral("| search, %1 requests over %2 terms: p50 | %3 ms |")
              .arg(searchRequests).arg(terms.size()).arg(percentile(latencies, 0.5), 0, 'f', 2));
    print(QStringLiteral("| search: p99 | %1 ms |").arg(percentile(latencies, 0.99), 0, 'f', 2));
    print(QStringLiteral("| search: max | %1 ms |").arg(*std::max_element(latencies.cbegin(), latencies.cend()), 0, 'f', 2));
    print(QStringLiteral("| search, %1 distinct terms (uncached): p50 | %2 ms |")
              .arg(coldLatencies.size()).arg(percentile(coldLatencies, 0.5), 0, 'f', 2));
    print(QStringLiteral("| search, distinct terms: p99 | %1 ms |").arg(percentile(coldLatencies, 0.99), 0, 'f', 2));
    print(QStringLiteral("| search, distinct terms: max | %1 ms |")
              .arg(*std::max_element(coldLatencies.cbegin(), coldLatencies.cend()), 0, 'f', 2));
    print(QStringLiteral("| search: slowest term by p50 | \"%1\" %2 ms |").arg(worstTerm).arg(worstP50, 0, 'f', 2));
    print(QStringLiteral("| GET /contacts?per_page=100 | %1 req/s |").arg(listRps, 0, 'f', 0));
    print(QStringLiteral("| POST /bookings (no webhook subscribed) | %1 req/s |").arg(createRps, 0, 'f', 0));
    print(QStringLiteral("| POST /bookings (+ 1 webhook delivery each) | %1 req/s |").arg(createWithHookRps, 0, 'f', 0));
    for (const QString &term : terms)
        print(QStringLiteral("| search \"%1\": p50 / p99 | %2 / %3 ms |")
                  .arg(term).arg(percentile(perTerm.value(term), 0.5), 0, 'f', 2)
                  .arg(percentile(perTerm.value(term), 0.99), 0, 'f', 2));
    print(QStringLiteral("| failed requests | %1 |").arg(failures));
    return failures == 0 ? 0 : 2;
}
