// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"

#include <QObject>
#include <QTimer>

class ContactsApi;
class ConversationsApi;
class PaletteModel;

// The palette's server half: after a pause in typing, asks the server for contacts and
// conversations matching the text and hands them to the model. Answers to an older text
// are dropped; local matches never wait for this.
class PaletteSearch final : public QObject
{
    Q_OBJECT

public:
    static constexpr int MinimumLength = 2; // one letter would match half the address book
    static constexpr int ResultsPerKind = 8;

    PaletteSearch(ContactsApi &contacts, ConversationsApi &conversations, PaletteModel &model,
                  QObject *parent = nullptr);

    void setQuery(const QString &text);
    void setDelay(int ms) { m_delay.setInterval(ms); }
    bool isSearching() const { return m_pending > 0 || m_delay.isActive(); }

Q_SIGNALS:
    // Both answers for the current text are in (found or failed).
    void finished();
    void failed(const ApiError &error);

private:
    void run();
    void answered();

    ContactsApi &m_contacts;
    ConversationsApi &m_conversations;
    PaletteModel &m_model;
    QTimer m_delay;
    QString m_text;
    int m_generation = 0;
    int m_pending = 0;
};
