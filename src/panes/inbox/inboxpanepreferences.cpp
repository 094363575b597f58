// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// InboxPane's preferences: applying them (composer, notifier, refresh pace) and the
// settings dialog that changes them live.
#include "inboxpane.h"

#include "composerwidget.h"
#include "inboxnotifier.h"
#include "inboxsettingsdialog.h"
#include "quickrepliesstore.h"

#include <QAction>
#include <QSignalBlocker>

void InboxPane::applyPreferences(const InboxSettings &preferences)
{
    m_prefs = preferences.bounded();
    m_prefs.save(m_settings);
    m_composer->setEnterSends(m_prefs.enterSends);
    m_notifier->setMuted(m_prefs.muted);
    m_notifier->setSoundEnabled(m_prefs.soundEnabled);
    m_notifier->setSoundWhenFocused(m_prefs.soundWhenFocused);
    if (auto *mute = findChild<QAction *>(QStringLiteral("muteAction"))) {
        const QSignalBlocker block(mute);
        mute->setChecked(m_prefs.muted);
    }
    setRefreshIntervals(m_prefs.listSeconds * 1000, m_prefs.threadSeconds * 1000,
                        InboxSettings::BackgroundSeconds * 1000);
}

void InboxPane::openSettingsDialog()
{
    if (!m_settingsDialog) {
        m_settingsDialog = new InboxSettingsDialog(m_prefs, *m_quickReplies, this);
        m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_settingsDialog, &InboxSettingsDialog::settingsChanged, this, &InboxPane::applyPreferences);
    }
    m_settingsDialog->open();
    m_settingsDialog->raise();
    m_settingsDialog->activateWindow();
}
