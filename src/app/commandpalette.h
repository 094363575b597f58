// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandpalettedialog.h"
#include "paletteentry.h"
#include "paletterecents.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class AppNavigator;
class ContactsApi;
class ConversationsApi;
class MainWindow;
class PaletteModel;
class PaletteSearch;
class QSettings;

// Ctrl+K for one main window: gathers what the palette offers (the window's sections,
// every keyed command from the same live objects the Keyboard shortcuts list reads, the
// loaded conversations and bookings, and the server's contacts and conversations), shows
// CommandPaletteDialog and carries out the choice through the AppNavigator.
class CommandPalette final : public QObject
{
    Q_OBJECT

public:
    struct Services
    {
        QSettings &settings;
        QString profile; // recent choices are remembered per profile
        ContactsApi &contacts;
        ConversationsApi &conversations;
        AppNavigator &navigator;
        // What the panes have loaded, read each time the palette opens.
        std::function<QList<PaletteEntry>()> loadedConversations;
        std::function<QList<PaletteEntry>()> loadedBookings;
    };

    CommandPalette(MainWindow &window, Services services);
    ~CommandPalette() override;

    void open();
    CommandPaletteDialog *dialog() const { return m_dialog; }
    PaletteModel *model() const { return m_model; }
    PaletteSearch *search() const { return m_search; }
    // Sections and keyed commands of the window as it is now (also for tests).
    QList<PaletteEntry> windowEntries();

private:
    void carryOut(const PaletteEntry &entry);

    MainWindow &m_window;
    Services m_services;
    PaletteRecents m_recents;
    PaletteModel *m_model;
    PaletteSearch *m_search;
    QPointer<CommandPaletteDialog> m_dialog;
    QHash<QString, std::function<void()>> m_triggers; // action key → run it
};
