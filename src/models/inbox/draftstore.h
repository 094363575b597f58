// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>

// Unsent replies per conversation, kept in one JSON file. Every change is written after a
// short pause (typing is not a disk write per key) and always atomically (QSaveFile), so a
// crash leaves either the previous or the new file, never half of one.
class DraftStore final : public QObject
{
    Q_OBJECT

public:
    explicit DraftStore(const QString &filePath, QObject *parent = nullptr);
    ~DraftStore() override; // writes what is still pending

    QString draft(qint64 contactId) const { return m_drafts.value(contactId); }
    // An empty text removes the draft.
    void setDraft(qint64 contactId, const QString &text);
    bool flush();
    void setDelay(int ms) { m_timer.setInterval(ms); }
    QString filePath() const { return m_path; }
    int count() const { return int(m_drafts.size()); }

private:
    void load();

    QString m_path;
    QHash<qint64, QString> m_drafts;
    QTimer m_timer;
    bool m_dirty = false;
};
