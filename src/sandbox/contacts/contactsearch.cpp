// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactsearch.h"

#include "countcache.h"

#include "../core/database.h"

namespace Sandbox {

namespace {

// How many contacts contain this trigram (0 when none): the vocabulary counts documents
// per indexed trigram, lower-cased like the index.
qint64 trigramDocuments(
    const Database &db, CountCache *cache, const QList<uint> &codePoints, int at)
{
    const QString trigram
        = QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData()) + at, 3);
    const QString key = QStringLiteral("trigram:") + trigram;
    if (cache) {
        if (const std::optional<qint64> known = cache->find(db, key))
            return *known;
    }
    const qint64 documents
        = db.scalar(
                QStringLiteral("SELECT doc FROM contacts_fts_vocab WHERE term = ?"), { trigram })
              .toLongLong();
    if (cache)
        cache->store(key, documents);
    return documents;
}

} // namespace

ContactSearch::ContactSearch(const Database &database, const QString &term, CountCache *cache)
    : m_term(term)
{
    const QList<uint> codePoints = term.toLower().toUcs4();
    if (codePoints.size() < 3)
        return;
    // The phrase matches at most as many rows as its rarest trigram. Looking at the first
    // and, when that one is common, the last trigram bounds the cost of deciding (each
    // lookup reads one posting list; a rare one is cheap).
    m_trigram = trigramDocuments(database, cache, codePoints, 0) <= selectiveTrigram
        || (codePoints.size() > 3
            && trigramDocuments(database, cache, codePoints, int(codePoints.size()) - 3)
                <= selectiveTrigram);
}

QString ContactSearch::countClause(QVariantList *binds) const
{
    if (m_trigram) {
        QString phrase = m_term;
        phrase.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        binds->append(QString(QLatin1Char('"') + phrase + QLatin1Char('"')));
        return QStringLiteral(
            "c.id IN (SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH ?)");
    }
    // lower() here and in the trigger that fills search_text fold the same way.
    binds->append(m_term);
    return QStringLiteral("instr(c.search_text, lower(?)) > 0");
}

QString ContactSearch::pageClause(qint64 total, QVariantList *binds) const
{
    if (m_trigram || !sortMatches(total))
        return countClause(binds);
    // Few matches found by scanning: collect their ids from the narrow index first, so the
    // page query does not visit every row of the table.
    binds->append(m_term);
    return QStringLiteral(
        "c.id IN (SELECT rowid FROM contacts WHERE instr(search_text, lower(?)) > 0)");
}

QString ContactSearch::withoutIndexOrder(const QString &orderBy)
{
    QStringList terms = orderBy.split(QStringLiteral(", "));
    for (QString &term : terms)
        term.prepend(QLatin1Char('+'));
    return terms.join(QStringLiteral(", "));
}

} // namespace Sandbox
