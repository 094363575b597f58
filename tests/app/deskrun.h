// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "desk.h"
#include "memorykeystore.h"

#include <QSettings>

#include <memory>

class MainWindow;
class SandboxFixture;

// The whole app as a user starts it, for app-level tests: its own settings file (so runs do
// not see each other's profiles) and an in-memory keychain (so no test touches the real one).
struct DeskRun
{
    explicit DeskRun(const QString &settingsPath, const QString &language = {});

    // Opens the demo on `demo` as `skylight-desk --sandbox` would, and waits for the main
    // window (1280×800). False when no window came within 10 s.
    bool openDemo(const SandboxFixture &demo);
    MainWindow *window() const;

    QSettings settings;
    MemoryKeyStore keys;
    std::unique_ptr<Desk> desk;
};

// Waits until the section in sight has asked for its data and every answer is in (the pane
// is not busy and the client has nothing on the way): a condition instead of a fixed sleep
// for "its first load". False after timeoutMs.
bool waitForShownPaneSettled(const Desk &desk, int timeoutMs = 10000);
