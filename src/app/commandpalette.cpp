// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandpalette.h"

#include "appnavigator.h"
#include "commandpalettedialog.h"
#include "mainwindow.h"
#include "palettemodel.h"
#include "palettesearch.h"

#include <QAction>
#include <QSet>
#include <QTimer>

CommandPalette::CommandPalette(MainWindow &window, Services services)
    : QObject(&window)
    , m_window(window)
    , m_services(std::move(services))
    , m_recents(m_services.settings, m_services.profile)
    , m_model(new PaletteModel(this))
    , m_search(new PaletteSearch(m_services.contacts, m_services.conversations, *m_model, this))
{
    connect(&window, &MainWindow::paletteRequested, this, &CommandPalette::open);
    connect(m_search, &PaletteSearch::finished, this, [this] {
        if (m_dialog)
            m_dialog->setSearching(false);
    });
}

CommandPalette::~CommandPalette() = default;

QList<PaletteEntry> CommandPalette::windowEntries()
{
    m_triggers.clear();
    QList<PaletteEntry> entries;
    // Sections carry the Alt+N of their Go menu entry; the Go entries themselves are not
    // listed again as commands.
    QHash<QString, QString> sectionKeys;
    const QList<ShortcutsDialog::Group> groups = m_window.shortcutGroups();
    for (const ShortcutsDialog::Command &command : groups.value(0).commands) {
        if (command.name.startsWith(QLatin1String("go_")) && !command.keys.isEmpty())
            sectionKeys.insert(command.name.mid(3), command.keys.first().toString(QKeySequence::NativeText));
    }
    const QStringList ids = m_window.paneIds();
    for (const QString &id : ids) {
        PaletteEntry e;
        e.kind = PaletteEntry::Kind::Section;
        e.key = QStringLiteral("section:") + id;
        e.title = m_window.paneTitle(id);
        e.keywords = id; // English names work in every language
        e.keys = sectionKeys.value(id);
        e.paneId = id;
        entries.append(e);
    }
    QSet<QString> seen;
    for (const ShortcutsDialog::Group &group : groups) {
        for (const ShortcutsDialog::Command &command : group.commands) {
            if (command.keys.isEmpty() || command.text.isEmpty() || !command.enabled || !command.trigger
                || command.name.startsWith(QLatin1String("go_")) || command.name == QLatin1String("paletteAction"))
                continue;
            const QString text = ShortcutsDialog::plainText(command.text);
            // Named objects keep their key across languages, so a recent command survives
            // switching to Arabic; unnamed ones fall back on their words.
            const QString key = QStringLiteral("action:%1:%2").arg(group.paneId, command.name.isEmpty() ? text : command.name);
            if (seen.contains(key))
                continue;
            seen.insert(key);
            PaletteEntry e;
            e.kind = PaletteEntry::Kind::Action;
            e.key = key;
            e.title = text;
            e.detail = group.paneId.isEmpty() ? QString() : group.title;
            e.keywords = command.toolTip;
            e.keys = command.keys.first().toString(QKeySequence::NativeText);
            e.paneId = group.paneId;
            entries.append(e);
            m_triggers.insert(key, command.trigger);
        }
    }
    return entries;
}

void CommandPalette::open()
{
    // A palette just closed may not be deleted yet: only an open one is raised.
    if (m_dialog && m_dialog->isVisible()) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    QList<PaletteEntry> local = windowEntries();
    if (m_services.loadedConversations)
        local += m_services.loadedConversations();
    if (m_services.loadedBookings)
        local += m_services.loadedBookings();
    m_model->setQuery({});
    m_model->setServerEntries(PaletteEntry::Kind::Contact, {});
    m_model->setServerEntries(PaletteEntry::Kind::Conversation, {});
    m_model->setRecentEntries(m_recents.entries());
    m_model->setLocalEntries(local);
    m_search->setQuery({});

    auto *dialog = new CommandPaletteDialog(*m_model, &m_window);
    dialog->setObjectName(QStringLiteral("commandPalette"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &CommandPaletteDialog::queryChanged, this, [this](const QString &text) {
        m_search->setQuery(text);
        if (m_dialog)
            m_dialog->setSearching(m_search->isSearching());
    });
    connect(dialog, &CommandPaletteDialog::entryChosen, this, &CommandPalette::carryOut);
    dialog->open();
}

void CommandPalette::carryOut(const PaletteEntry &entry)
{
    m_recents.remember(entry);
    AppNavigator &nav = m_services.navigator;
    switch (entry.kind) {
    case PaletteEntry::Kind::Section:
        m_window.setCurrentPane(entry.paneId);
        break;
    case PaletteEntry::Kind::Contact:
        nav.openContact(int(entry.id));
        break;
    case PaletteEntry::Kind::Conversation:
        nav.openConversation(int(entry.id));
        break;
    case PaletteEntry::Kind::Booking:
        nav.openBooking(entry.id, entry.when);
        break;
    case PaletteEntry::Kind::Action: {
        const std::function<void()> trigger = m_triggers.value(entry.key);
        if (!trigger)
            break;
        if (!entry.paneId.isEmpty())
            m_window.setCurrentPane(entry.paneId);
        // After the palette has closed and given the focus back, as if the key was pressed.
        QTimer::singleShot(0, &m_window, trigger);
        break;
    }
    }
}
