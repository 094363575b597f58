// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "note.h"
#include "pager.h"

#include <QAbstractListModel>
#include <QList>

class ContactsApi;

// One contact's notes, newest first, paged as the list scrolls; addNote() puts the new
// note on top once the server has it.
class NotesModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole,
        ContentRole,
        AuthorRole,
        CreatedAtRole, // QDateTime, UTC
    };

    explicit NotesModel(ContactsApi &api, QObject *parent = nullptr);

    void setContact(qint64 contactId); // 0 clears
    qint64 contactId() const { return m_contactId; }
    void addNote(const QString &content);
    bool isAdding() const { return m_adding; }
    bool isLoading() const { return m_pager.isLoading(); }
    // When the cache saved the oldest page shown; invalid when every note is the server's.
    QDateTime savedAt() const { return m_pager.savedAt(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loaded();
    void noteAdded();
    void failed(const ApiError &error);
    void addFailed(const ApiError &error);
    void savedAtChanged(const QDateTime &savedAt);

private:
    void requestPage(const Pager::Request &request);

    ContactsApi &m_api;
    qint64 m_contactId = 0;
    QList<Note> m_notes;
    Pager m_pager{50};
    bool m_adding = false;
};
