// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "notesmodel.h"

#include "contactsapi.h"
#include "plaintext.h"

#include <QLocale>

NotesModel::NotesModel(ContactsApi &api, QObject *parent)
    : QAbstractListModel(parent)
    , m_api(api)
{
    m_pager.onSavedAtChanged([this] { Q_EMIT savedAtChanged(m_pager.savedAt()); });
}

void NotesModel::setContact(qint64 contactId)
{
    beginResetModel();
    m_contactId = contactId;
    m_notes.clear();
    m_pager.clear();
    endResetModel();
    if (contactId > 0)
        requestPage(m_pager.start(1));
}

void NotesModel::requestPage(const Pager::Request &request)
{
    m_api.listNotes(m_contactId, m_pager.pageRequest(request), this, [this, request](const ApiResult<Page<Note>> &result) {
        if (!m_pager.isCurrent(request))
            return;
        if (!result) {
            m_pager.fail(request);
            Q_EMIT failed(result.error());
            return;
        }
        QList<Note> fresh;
        for (const Note &n : result.value().items) {
            bool known = false;
            for (const Note &existing : std::as_const(m_notes))
                known = known || existing.id == n.id;
            if (!known)
                fresh.append(n);
        }
        if (!fresh.isEmpty()) {
            const int first = int(m_notes.size());
            beginInsertRows({}, first, first + int(fresh.size()) - 1);
            m_notes.append(fresh);
            endInsertRows();
        }
        m_pager.accept(request, result.value().meta, result.savedAt());
        m_pager.done(request);
        Q_EMIT loaded();
    });
}

void NotesModel::addNote(const QString &content)
{
    if (m_contactId <= 0 || m_adding || content.trimmed().isEmpty())
        return;
    m_adding = true;
    const int generation = m_pager.generation();
    m_api.addNote(m_contactId, content.trimmed(), this, [this, generation](const ApiResult<Note> &result) {
        m_adding = false;
        if (generation != m_pager.generation())
            return;
        if (!result) {
            Q_EMIT addFailed(result.error());
            return;
        }
        beginInsertRows({}, 0, 0);
        m_notes.prepend(result.value());
        endInsertRows();
        Q_EMIT noteAdded();
    });
}

bool NotesModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_pager.canFetchMore();
}

void NotesModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage(m_pager.startNext());
}

int NotesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_notes.size());
}

QVariant NotesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Note &n = m_notes.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        // Isolated, so a date keeps its order inside Arabic text.
        const QString when = QChar(0x2068) + QLocale().toString(n.createdAt.toLocalTime(), QLocale::ShortFormat)
            + QChar(0x2069);
        const QString who = n.author ? n.author->name : tr("API");
        return tr("%1 — %2\n%3").arg(when, who, n.content);
    }
    case Qt::ToolTipRole:
        return PlainText::toolTip(n.content);
    case ContentRole:
        return n.content;
    case IdRole:
        return n.id;
    case AuthorRole:
        return n.author ? n.author->name : QString();
    case CreatedAtRole:
        return n.createdAt;
    }
    return {};
}
