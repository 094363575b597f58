// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "keyscommand.h"
#include "signalwatcher.h"

#include "sandboxserver.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Sandbox;

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
        return Cli::runKeysCommand(command);

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
