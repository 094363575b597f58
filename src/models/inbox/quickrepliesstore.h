// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QSettings;

// The agent's canned replies, kept in the settings. The composer's "/" picker asks
// matching() for the replies that fit what was typed after the slash.
class QuickRepliesStore final : public QObject
{
    Q_OBJECT

public:
    explicit QuickRepliesStore(QSettings &settings, QObject *parent = nullptr);

    QStringList replies() const { return m_replies; }
    void setReplies(const QStringList &replies);
    // False (and nothing changes) for an empty or duplicate reply.
    bool add(const QString &reply);
    void remove(int index);
    QStringList matching(const QString &filter) const;

Q_SIGNALS:
    void changed();

private:
    QSettings &m_settings;
    QStringList m_replies;
};
