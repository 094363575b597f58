// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "signalwatcher.h"

#include <sandbox/core/apikeystore.h>
#include <sandbox/core/servicecontext.h>
#include <sandbox/sandboxserver.h>

#include <QCoreApplication>
#include <QTextStream>

using namespace Sandbox;

namespace {

int keysCommand(const Cli::Command &command)
{
    SandboxServer server(command.options);
    QString error;
    if (!server.openDatabase(&error)) {
        QTextStream(stderr) << "skylight-sandbox: cannot open " << command.options.databasePath
                            << ": " << error << '\n';
        return 1;
    }
    QTextStream out(stdout);
    ApiKeyStore &keys = server.context().keys;
    if (command.kind == Cli::Command::Kind::KeysCreate) {
        const QString key = keys.create(command.keyName, command.keyDomains);
        // The only time this key is ever shown.
        out << "key=" << key << " name=" << command.keyName << " domains="
            << (command.keyDomains.isEmpty() ? QStringLiteral("*")
                                             : command.keyDomains.join(QLatin1Char(',')))
            << '\n';
        return 0;
    }
    out << "id\tname\thint\tdomains\trevoked\tcreated_at\tlast_used_at\n";
    const QList<ApiKey> all = keys.list();
    for (const ApiKey &key : all) {
        out << key.id << '\t' << key.name << '\t' << key.hint << '\t'
            << (key.domains.isEmpty() ? QStringLiteral("*") : key.domains.join(QLatin1Char(',')))
            << '\t' << (key.revoked ? "yes" : "no") << '\t' << key.createdAt << '\t'
            << (key.lastUsedAt.isEmpty() ? QStringLiteral("never") : key.lastUsedAt) << '\n';
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("SkyLight"));
    QCoreApplication::setApplicationName(QStringLiteral("skylight-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SKYLIGHT_VERSION));

    const Cli::Command command = Cli::parse(app);
    if (command.kind == Cli::Command::Kind::Exit)
        return command.exitCode;
    if (command.kind != Cli::Command::Kind::Serve)
        return keysCommand(command);

    Cli::SignalWatcher watcher;
    SandboxServer server(command.options);
    QString error;
    if (!server.start(&error)) {
        QTextStream(stderr) << "skylight-sandbox: cannot start: " << error << '\n';
        return 1;
    }
    QObject::connect(&watcher, &Cli::SignalWatcher::terminationRequested, &app,
        [](int) { QCoreApplication::quit(); });
    QTextStream out(stdout);
    out << "skylight-sandbox ready url=" << server.baseUrl().toString()
        << " key=" << server.demoApiKey() << '\n';
    out.flush();
    const int code = app.exec();
    QTextStream(stderr) << "skylight-sandbox: stopped\n";
    return code;
}
