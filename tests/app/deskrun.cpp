// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "deskrun.h"

#include "apiclient.h"
#include "apiconnection.h"
#include "commandline.h"
#include "mainwindow.h"
#include "pane.h"
#include "sandboxfixture.h"
#include "sessioncontroller.h"

#include <QStackedWidget>
#include <QTest>

DeskRun::DeskRun(const QString &settingsPath, const QString &language)
    : settings(settingsPath, QSettings::IniFormat)
{
    CommandLine commandLine;
    commandLine.language = language;
    desk = std::make_unique<Desk>(commandLine, Desk::Services{&settings, &keys});
}

bool DeskRun::openDemo(const SandboxFixture &demo)
{
    desk->startDemo(ApiConnection{demo.baseUrl(), demo.apiKey(), ApiConnection::AuthStyle::Bearer});
    if (!QTest::qWaitFor([this] { return window() != nullptr; }, 10000))
        return false;
    window()->resize(1280, 800);
    return true;
}

MainWindow *DeskRun::window() const
{
    return desk->session()->mainWindow();
}

bool waitForShownPaneSettled(const Desk &desk, int timeoutMs)
{
    return QTest::qWaitFor(
        [&desk] {
            MainWindow *window = desk.session()->mainWindow();
            auto *stack = window ? window->findChild<QStackedWidget *>() : nullptr;
            const auto *pane = stack ? dynamic_cast<const Pane *>(stack->currentWidget()) : nullptr;
            return pane && pane->hasStarted() && !pane->isBusy() && desk.client()->pendingCount() == 0;
        },
        timeoutMs);
}
