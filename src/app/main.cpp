// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "coredumps.h"
#include "demosandbox.h"
#include "desk.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>

#include <cstdio>

int main(int argc, char *argv[])
{
    // Before anything can read a key from the keychain (coredumps.h says why).
    CoreDumps::disableForThisProcess();
    QApplication::setOrganizationName(QStringLiteral("SkyLight Chat"));
    QApplication::setOrganizationDomain(QStringLiteral("skylightchat.com"));
    QApplication::setApplicationName(QStringLiteral("SkyLight Desk"));
    QApplication::setApplicationVersion(QStringLiteral(SKYLIGHT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("com.skylightchat.Desk"));

    // Parsed before QApplication exists so --help and --version work without a display.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const CommandLine commandLine = CommandLine::parse(arguments);
    switch (commandLine.outcome) {
    case CommandLine::Outcome::ShowHelp:
        std::fputs(qPrintable(commandLine.helpText), stdout);
        return 0;
    case CommandLine::Outcome::ShowVersion:
        std::fprintf(stdout, "%s\n", qPrintable(commandLine.versionText));
        return 0;
    case CommandLine::Outcome::Error:
        std::fprintf(stderr, "%s\n\n%s", qPrintable(commandLine.errorText),
                     qPrintable(commandLine.helpText));
        return 2;
    case CommandLine::Outcome::Run:
        break;
    }

    QApplication app(argc, argv);
    // The resources live in the static skylight_app library; the linker keeps them only
    // when something refers to them.
    Q_INIT_RESOURCE(resources);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/skylight-desk.svg")));
    // The session decides when the app ends (the sign-in dialog closing is not the end).
    QApplication::setQuitOnLastWindowClosed(false);

    // Declared before the Desk so the sandbox outlives every request the app makes to it.
    DemoSandbox demo;
    Desk desk(commandLine);
    QObject::connect(&desk, &Desk::finished, &app, &QCoreApplication::quit, Qt::QueuedConnection);
    if (commandLine.sandbox) {
        QString why;
        if (!demo.start(&why, commandLine.simulateTrafficSeconds)) {
            const QString error = QCoreApplication::translate("main", "The demo sandbox could not start: %1").arg(why);
            std::fprintf(stderr, "%s\n", qPrintable(error));
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "SkyLight Desk"), error);
            return 1;
        }
        desk.startDemo(demo.connection());
    } else {
        desk.start();
    }
    return QApplication::exec();
}
