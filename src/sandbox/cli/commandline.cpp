// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "core/clock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTextStream>

namespace Sandbox::Cli {

namespace {

const char *description
    = "skylight-sandbox: a local, faithful SkyLight Chat API v1 (HTTP on 127.0.0.1 only).\n"
      "\n"
      "Commands:\n"
      "  (none)                          serve the API until SIGINT/SIGTERM\n"
      "  keys create NAME [--domains a,b] create an API key (printed once) with an optional\n"
      "                                  Origin/Referer domain whitelist (\"*.example.com\" for "
      "subdomains)\n"
      "  keys list                       list the keys (name, hint, whitelist, revoked)\n"
      "  keys revoke ID-OR-KEY           revoke a key, named by its id, the whole key or the\n"
      "                                  hint 'keys list' shows (sk_test_...abcd)\n"
      "\n"
      "On start it prints exactly one line on stdout:\n"
      "  skylight-sandbox ready url=http://127.0.0.1:PORT/api/v1 key=sk_test_...\n"
      "The demo key sk_test_skylight_demo_4f9c2a7e1b3d5f60 always works. The developer surface\n"
      "lives under http://127.0.0.1:PORT/_sandbox/ (see docs/sandbox.md).";

int usageError(const QString &message)
{
    QTextStream(stderr) << "skylight-sandbox: " << message << "\nTry 'skylight-sandbox --help'.\n";
    return 2;
}

bool readInt(const QString &text, int low, int high, int *out)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < low || value > high)
        return false;
    *out = value;
    return true;
}

} // namespace

QString defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("sandbox.sqlite"));
}

Command parse(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QString::fromLatin1(description));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"),
        QStringLiteral(
            "SQLite database file, or :memory: (default: %1). Data is kept between runs.")
            .arg(defaultDatabasePath()),
        QStringLiteral("PATH"));
    const QCommandLineOption seed(QStringLiteral("seed"),
        QStringLiteral(
            "Fill a new database with demo data (\"demo\") or 100,000 contacts and 20,000 bookings "
            "(\"large\"). Ignored when the database already exists."),
        QStringLiteral("NAME"));
    const QCommandLineOption now(QStringLiteral("now"),
        QStringLiteral("Pin the server's clock, e.g. 2026-03-04T09:00:00Z."),
        QStringLiteral("ISO"));
    const QCommandLineOption port(QStringLiteral("port"),
        QStringLiteral("TCP port on 127.0.0.1; 0 picks a free one (default 0)."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption rate(QStringLiteral("rate-limit"),
        QStringLiteral("Requests per minute per key (default 120)."), QStringLiteral("N"),
        QStringLiteral("120"));
    const QCommandLineOption traffic(QStringLiteral("simulate-traffic"),
        QStringLiteral(
            "Every SECONDS an inbound message arrives from a random contact (default 0: off)."),
        QStringLiteral("SECONDS"), QStringLiteral("0"));
    const QCommandLineOption domains(QStringLiteral("domains"),
        QStringLiteral("With 'keys create': comma-separated domain whitelist."),
        QStringLiteral("LIST"));
    parser.addOptions({ db, seed, now, port, rate, traffic, domains });
    parser.addPositionalArgument(QStringLiteral("command"),
        QStringLiteral("Optional: keys create NAME | keys list | keys revoke ID-OR-KEY"),
        QStringLiteral("[keys create NAME | keys list | keys revoke ID-OR-KEY]"));
    parser.process(app);

    Command command;
    Options &o = command.options;
    o.databasePath = parser.isSet(db) ? parser.value(db) : defaultDatabasePath();
    if (o.databasePath.isEmpty()) {
        command.kind = Command::Kind::Exit;
        command.exitCode = usageError(QStringLiteral("--db needs a path or :memory:"));
        return command;
    }
    auto fail = [&command](const QString &message) {
        command.kind = Command::Kind::Exit;
        command.exitCode = usageError(message);
        return command;
    };
    if (parser.isSet(seed)) {
        o.seed = parser.value(seed);
        if (o.seed != QStringLiteral("demo") && o.seed != QStringLiteral("large"))
            return fail(QStringLiteral("--seed must be demo or large"));
    }
    if (parser.isSet(now)) {
        o.pinnedNow = Clock::parse(parser.value(now));
        if (!o.pinnedNow.isValid())
            return fail(
                QStringLiteral("--now must be an ISO 8601 date-time such as 2026-03-04T09:00:00Z"));
    }
    int number = 0;
    if (!readInt(parser.value(port), 0, 65535, &number))
        return fail(QStringLiteral("--port must be 0..65535"));
    o.port = quint16(number);
    if (!readInt(parser.value(rate), 1, 100000000, &o.rateLimitPerMinute))
        return fail(QStringLiteral("--rate-limit must be a positive number"));
    if (!readInt(parser.value(traffic), 0, 86400, &o.simulateTrafficSeconds))
        return fail(QStringLiteral("--simulate-traffic must be 0..86400 seconds"));

    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return command;
    if (args.first() != QStringLiteral("keys"))
        return fail(QStringLiteral("unknown command '%1'").arg(args.first()));
    if (o.databasePath == QStringLiteral(":memory:"))
        return fail(QStringLiteral("keys commands need a database file (--db PATH)"));
    if (args.size() == 2 && args.at(1) == QStringLiteral("list")) {
        command.kind = Command::Kind::KeysList;
        return command;
    }
    if (args.size() == 3 && args.at(1) == QStringLiteral("create")
        && !args.at(2).trimmed().isEmpty()) {
        command.kind = Command::Kind::KeysCreate;
        command.keyName = args.at(2).trimmed();
        for (const QString &domain :
            parser.value(domains).split(QLatin1Char(','), Qt::SkipEmptyParts))
            command.keyDomains.append(domain.trimmed());
        return command;
    }
    if (args.size() == 3 && args.at(1) == QStringLiteral("revoke")
        && !args.at(2).trimmed().isEmpty()) {
        command.kind = Command::Kind::KeysRevoke;
        command.keyToRevoke = args.at(2).trimmed();
        return command;
    }
    return fail(QStringLiteral(
        "use 'keys create NAME [--domains a,b]', 'keys list' or 'keys revoke ID-OR-KEY'"));
}

} // namespace Sandbox::Cli
