// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

CommandLine CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("CommandLine", "Desktop client for SkyLight Chat."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption sandboxOption(
        QStringLiteral("sandbox"),
        QCoreApplication::translate("CommandLine",
                                    "Start on demo data served by a built-in sandbox."));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        QCoreApplication::translate("CommandLine", "Sign in with the saved profile <name>."),
        QCoreApplication::translate("CommandLine", "name"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        QCoreApplication::translate("CommandLine", "Use the language <code>: en or ar."),
        QCoreApplication::translate("CommandLine", "code"));
    const QCommandLineOption trafficOption(
        QStringLiteral("simulate-traffic"),
        QCoreApplication::translate("CommandLine",
                                    "With --sandbox: a customer message arrives every <seconds>."),
        QCoreApplication::translate("CommandLine", "seconds"));
    parser.addOption(sandboxOption);
    parser.addOption(trafficOption);
    parser.addOption(profileOption);
    parser.addOption(langOption);

    CommandLine result;
    result.helpText = parser.helpText();
    // Without a QCoreApplication (main parses first, so --help needs no display) Qt does
    // not know the program's name: name it after the arguments given.
    const qsizetype nameEnd = result.helpText.indexOf(QLatin1String(" [options]"));
    if (!arguments.isEmpty() && result.helpText.startsWith(QLatin1String("Usage: ")) && nameEnd > 0)
        result.helpText.replace(7, nameEnd - 7, QFileInfo(arguments.constFirst()).fileName());
    result.versionText = QCoreApplication::applicationName() + QLatin1Char(' ')
        + QCoreApplication::applicationVersion();

    if (!parser.parse(arguments)) {
        result.outcome = Outcome::Error;
        result.errorText = parser.errorText();
        return result;
    }
    if (parser.isSet(helpOption) || parser.isSet(QStringLiteral("help-all"))) {
        result.outcome = Outcome::ShowHelp;
        return result;
    }
    if (parser.isSet(versionOption)) {
        result.outcome = Outcome::ShowVersion;
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.outcome = Outcome::Error;
        result.errorText = QCoreApplication::translate("CommandLine", "Unexpected argument: %1")
                               .arg(parser.positionalArguments().constFirst());
        return result;
    }
    result.sandbox = parser.isSet(sandboxOption);
    result.profile = parser.value(profileOption);
    if (parser.isSet(langOption)) {
        result.language = parser.value(langOption);
        if (result.language != QLatin1String("en") && result.language != QLatin1String("ar")) {
            result.outcome = Outcome::Error;
            result.errorText =
                QCoreApplication::translate("CommandLine", "Unknown language \"%1\": use en or ar.")
                    .arg(result.language);
        }
    }
    if (parser.isSet(trafficOption)) {
        bool ok = false;
        const int seconds = parser.value(trafficOption).toInt(&ok);
        if (!ok || seconds < 1 || seconds > 3600) {
            result.outcome = Outcome::Error;
            result.errorText = QCoreApplication::translate(
                "CommandLine", "--simulate-traffic needs a number of seconds from 1 to 3600.");
        } else if (!result.sandbox) {
            result.outcome = Outcome::Error;
            result.errorText = QCoreApplication::translate(
                "CommandLine", "--simulate-traffic works only with --sandbox.");
        } else {
            result.simulateTrafficSeconds = seconds;
        }
    }
    if (result.sandbox && !result.profile.isEmpty()) {
        result.outcome = Outcome::Error;
        result.errorText = QCoreApplication::translate(
            "CommandLine", "--sandbox and --profile cannot be used together.");
    }
    return result;
}
