// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quickrepliesstore.h"

#include <QSettings>

namespace {
const QLatin1String kKey("inbox/quickReplies");
}

QuickRepliesStore::QuickRepliesStore(QSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    if (m_settings.contains(kKey)) {
        m_replies = m_settings.value(kKey).toStringList();
    } else {
        m_replies = {tr("Thank you for your message, we will get back to you shortly."),
                     tr("Your appointment is confirmed."),
                     tr("Could you tell us a convenient time?")};
    }
}

void QuickRepliesStore::setReplies(const QStringList &replies)
{
    QStringList clean;
    for (const QString &r : replies) {
        const QString t = r.trimmed();
        if (!t.isEmpty() && !clean.contains(t))
            clean.append(t);
    }
    m_replies = clean;
    m_settings.setValue(kKey, m_replies);
    Q_EMIT changed();
}

bool QuickRepliesStore::add(const QString &reply)
{
    const QString t = reply.trimmed();
    if (t.isEmpty() || m_replies.contains(t))
        return false;
    setReplies(m_replies + QStringList{t});
    return true;
}

void QuickRepliesStore::remove(int index)
{
    if (index < 0 || index >= m_replies.size())
        return;
    QStringList r = m_replies;
    r.removeAt(index);
    setReplies(r);
}

QStringList QuickRepliesStore::matching(const QString &filter) const
{
    const QString f = filter.trimmed();
    if (f.isEmpty())
        return m_replies;
    QStringList out;
    for (const QString &r : m_replies) {
        if (r.contains(f, Qt::CaseInsensitive))
            out.append(r);
    }
    return out;
}
