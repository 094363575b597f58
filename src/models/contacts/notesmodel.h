// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "note.h"

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

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loaded();
    void noteAdded();
    void failed(const ApiError &error);
    void addFailed(const ApiError &error);

private:
    void requestPage(int page);

    ContactsApi &m_api;
    qint64 m_contactId = 0;
    QList<Note> m_notes;
    int m_loadedPages = 0;
    int m_lastPage = 1;
    int m_pendingPage = 0;
    int m_generation = 0;
    bool m_adding = false;
};
