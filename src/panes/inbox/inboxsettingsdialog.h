// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inboxsettings.h"

#include <QDialog>

#include <memory>

class QuickRepliesStore;
namespace Ui {
class InboxSettingsDialog;
}

// The inbox's preferences: refresh intervals (with what they cost of the rate budget),
// Enter-sends, sound and mute, and the quick replies. Every change is announced at once
// through settingsChanged(), so the pane applies it live; there is nothing to confirm.
class InboxSettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    InboxSettingsDialog(const InboxSettings &current, QuickRepliesStore &quickReplies, QWidget *parent = nullptr);
    ~InboxSettingsDialog() override;

    InboxSettings settings() const;
    // The plain-words cost of these intervals, for the dialog and its tests.
    static QString budgetText(const InboxSettings &settings);

Q_SIGNALS:
    void settingsChanged(const InboxSettings &settings);

private:
    void changed();

    std::unique_ptr<Ui::InboxSettingsDialog> m_ui;
};
