// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "palettesearch.h"

#include "contactsapi.h"
#include "conversationsapi.h"
#include "paletteentries.h"
#include "palettemodel.h"

PaletteSearch::PaletteSearch(ContactsApi &contacts, ConversationsApi &conversations, PaletteModel &model,
                             QObject *parent)
    : QObject(parent)
    , m_contacts(contacts)
    , m_conversations(conversations)
    , m_model(model)
{
    m_delay.setSingleShot(true);
    m_delay.setInterval(250);
    connect(&m_delay, &QTimer::timeout, this, &PaletteSearch::run);
}

void PaletteSearch::setQuery(const QString &text)
{
    const QString trimmed = text.simplified();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    ++m_generation; // whatever is on its way answers an older text
    m_pending = 0;
    if (m_text.size() < MinimumLength) {
        m_delay.stop();
        m_model.setServerEntries(PaletteEntry::Kind::Contact, {});
        m_model.setServerEntries(PaletteEntry::Kind::Conversation, {});
        return;
    }
    m_delay.start();
}

void PaletteSearch::run()
{
    const int generation = m_generation;
    m_pending = 2;
    ContactQuery contacts;
    contacts.search = m_text;
    contacts.page.perPage = ResultsPerKind;
    m_contacts.list(contacts, this, [this, generation](const ApiResult<Page<Contact>> &result) {
        if (generation != m_generation)
            return;
        if (result) {
            QList<PaletteEntry> entries;
            for (const Contact &c : result.value().items)
                entries.append(PaletteEntries::fromContact(c));
            m_model.setServerEntries(PaletteEntry::Kind::Contact, entries);
        } else {
            Q_EMIT failed(result.error());
        }
        answered();
    });
    ConversationQuery conversations;
    conversations.search = m_text;
    conversations.page.perPage = ResultsPerKind;
    m_conversations.listConversations(conversations, this,
                                      [this, generation](const ApiResult<Page<Conversation>> &result) {
        if (generation != m_generation)
            return;
        if (result) {
            QList<PaletteEntry> entries;
            for (const Conversation &c : result.value().items)
                entries.append(PaletteEntries::fromConversation(c));
            m_model.setServerEntries(PaletteEntry::Kind::Conversation, entries);
        } else {
            Q_EMIT failed(result.error());
        }
        answered();
    });
}

void PaletteSearch::answered()
{
    if (--m_pending == 0)
        Q_EMIT finished();
}
