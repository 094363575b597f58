// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// What the user asked for on the command line. Parsing is separate from acting on it so
// it can be tested without starting the app.
struct CommandLine
{
    enum class Outcome {
        Run,         // start the app
        ShowHelp,    // print helpText, exit 0
        ShowVersion, // print versionText, exit 0
        Error,       // print errorText and helpText, exit 2
    };

    Outcome outcome = Outcome::Run;
    bool sandbox = false;
    int simulateTrafficSeconds = 0; // demo mode: an inbound message every N seconds (0 = off)
    QString profile;      // empty: the last used one
    QString language;     // "en", "ar" or empty: the saved setting
    QString helpText;
    QString versionText;
    QString errorText;

    static CommandLine parse(const QStringList &arguments);
};
