// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "paletteentry.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>

// The command palette's list: what matches the typed text (FuzzyMatch), recent choices
// first, then the best matches, then by kind. Three sources feed it: entries known
// locally (sections, actions, the loaded conversations and bookings), the recent choices,
// and what the server found for the text (contacts, conversations; PaletteSearch).
// Matching runs on every keystroke over what is already here: no request waits in between.
class PaletteModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        KindRole = Qt::UserRole, // PaletteEntry::Kind as int
        DetailRole,
        KeysRole,
        KindTextRole,
        RecentRole, // bool
        KeyRole,
    };
    static constexpr int MaxRows = 60;

    explicit PaletteModel(QObject *parent = nullptr);

    void setLocalEntries(const QList<PaletteEntry> &entries);
    // Newest first. Sections and actions count only while they still exist locally.
    void setRecentEntries(const QList<PaletteEntry> &entries);
    // Replaces the server's results of that kind (contacts or conversations).
    void setServerEntries(PaletteEntry::Kind kind, const QList<PaletteEntry> &entries);
    void setQuery(const QString &text);
    QString query() const { return m_query; }

    PaletteEntry entry(int row) const;
    static QString kindText(PaletteEntry::Kind kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Candidate
    {
        PaletteEntry entry;
        QString title;    // folded
        QString rest;     // folded detail + keywords
        int recent = -1;  // position in the recent list, -1 = not recent
    };
    struct Row
    {
        const Candidate *candidate;
        int score;
    };

    static Candidate candidateFor(const PaletteEntry &entry);
    int scoreOf(const Candidate &candidate, const QString &needle, const QStringList &words) const;
    void rebuildCandidates();
    void rebuildRows();

    QList<PaletteEntry> m_local;
    QList<PaletteEntry> m_recent;
    QHash<int, QList<PaletteEntry>> m_server;
    QList<Candidate> m_candidates;
    QList<Row> m_rows;
    QString m_query;
};
