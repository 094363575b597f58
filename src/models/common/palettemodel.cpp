// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "palettemodel.h"

#include "fuzzymatch.h"

#include <QSet>

#include <algorithm>

namespace {

// A match in the detail (a phone, a section name) counts, but below one in the title.
constexpr int kDetailPenalty = 300;

} // namespace

PaletteModel::PaletteModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

QString PaletteModel::kindText(PaletteEntry::Kind kind)
{
    switch (kind) {
    case PaletteEntry::Kind::Section:
        return tr("Section");
    case PaletteEntry::Kind::Action:
        return tr("Command");
    case PaletteEntry::Kind::Conversation:
        return tr("Conversation");
    case PaletteEntry::Kind::Contact:
        return tr("Contact");
    case PaletteEntry::Kind::Booking:
        return tr("Booking");
    }
    return {};
}

void PaletteModel::setLocalEntries(const QList<PaletteEntry> &entries)
{
    m_local = entries;
    rebuildCandidates();
}

void PaletteModel::setRecentEntries(const QList<PaletteEntry> &entries)
{
    m_recent = entries;
    rebuildCandidates();
}

void PaletteModel::setServerEntries(PaletteEntry::Kind kind, const QList<PaletteEntry> &entries)
{
    m_server.insert(int(kind), entries);
    rebuildCandidates();
}

void PaletteModel::setQuery(const QString &text)
{
    m_query = text;
    beginResetModel();
    rebuildRows();
    endResetModel();
}

PaletteModel::Candidate PaletteModel::candidateFor(const PaletteEntry &entry)
{
    Candidate c;
    c.entry = entry;
    c.title = FuzzyMatch::fold(entry.title);
    c.rest = FuzzyMatch::fold(entry.detail + QLatin1Char(' ') + entry.keywords);
    return c;
}

void PaletteModel::rebuildCandidates()
{
    // Folding happens here, once per entry, so a keystroke only compares. The rows point
    // into the candidates: both change inside one reset.
    beginResetModel();
    m_rows.clear();
    m_candidates.clear();
    QHash<QString, qsizetype> byKey;
    const auto add = [&](const PaletteEntry &e) {
        if (!e.isValid() || byKey.contains(e.key))
            return;
        byKey.insert(e.key, m_candidates.size());
        m_candidates.append(candidateFor(e));
    };
    for (const PaletteEntry &e : std::as_const(m_local))
        add(e);
    for (const auto &list : std::as_const(m_server))
        for (const PaletteEntry &e : list)
            add(e);
    for (int i = 0; i < m_recent.size(); ++i) {
        const PaletteEntry &e = m_recent.at(i);
        const auto known = byKey.constFind(e.key);
        if (known != byKey.constEnd()) {
            m_candidates[*known].recent = i; // the live entry, shown as recent
            continue;
        }
        // A section or command that no longer exists here cannot be run from memory.
        if (e.kind == PaletteEntry::Kind::Section || e.kind == PaletteEntry::Kind::Action)
            continue;
        add(e);
        m_candidates.last().recent = i;
    }
    rebuildRows();
    endResetModel();
}

int PaletteModel::scoreOf(const Candidate &c, const QString &needle, const QStringList &words) const
{
    const auto one = [&c](const QString &n) {
        const int inTitle = FuzzyMatch::scoreFolded(n, c.title);
        const int inRest = FuzzyMatch::scoreFolded(n, c.rest);
        return std::max(inTitle, inRest < 0 ? -1 : std::max(1, inRest - kDetailPenalty));
    };
    int best = one(needle);
    if (words.size() > 1) {
        // "sarah 12": every word somewhere (a name and a date), in any order.
        int sum = 0;
        for (const QString &w : words) {
            const int s = one(w);
            if (s < 0)
                return best;
            sum += s;
        }
        best = std::max(best, sum / int(words.size()));
    }
    return best;
}

void PaletteModel::rebuildRows()
{
    m_rows.clear();
    const QString needle = FuzzyMatch::fold(m_query).simplified();
    if (needle.isEmpty()) {
        // Nothing typed: recent choices, then where to go, then what to run.
        for (const Candidate &c : std::as_const(m_candidates)) {
            if (c.recent >= 0 || c.entry.kind == PaletteEntry::Kind::Section
                || c.entry.kind == PaletteEntry::Kind::Action)
                m_rows.append({&c, 0});
        }
    } else {
        const QStringList words = needle.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const Candidate &c : std::as_const(m_candidates)) {
            const int score = scoreOf(c, needle, words);
            if (score > 0)
                m_rows.append({&c, score});
        }
    }
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
        const bool aRecent = a.candidate->recent >= 0;
        const bool bRecent = b.candidate->recent >= 0;
        if (aRecent != bRecent)
            return aRecent;
        if (aRecent)
            return a.candidate->recent < b.candidate->recent;
        if (a.score != b.score)
            return a.score > b.score;
        return a.candidate->entry.kind < b.candidate->entry.kind;
    });
    if (m_rows.size() > MaxRows)
        m_rows.resize(MaxRows);
}

PaletteEntry PaletteModel::entry(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).candidate->entry : PaletteEntry{};
}

int PaletteModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant PaletteModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Candidate &c = *m_rows.at(index.row()).candidate;
    switch (role) {
    case Qt::DisplayRole:
        return c.entry.title;
    case Qt::ToolTipRole:
        return c.entry.detail;
    case Qt::AccessibleTextRole:
        return tr("%1, %2", "palette row read aloud: kind, title").arg(kindText(c.entry.kind), c.entry.title);
    case KindRole:
        return int(c.entry.kind);
    case DetailRole:
        return c.entry.detail;
    case KeysRole:
        return c.entry.keys;
    case KindTextRole:
        return kindText(c.entry.kind);
    case RecentRole:
        return c.recent >= 0;
    case KeyRole:
        return c.entry.key;
    default:
        return {};
    }
}
