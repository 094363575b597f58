// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "threadviewproxy.h"

#include "messagedelegate.h"
#include "messagekind.h"
#include "threadmodel.h"

#include <QLocale>

QVariant ThreadViewProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::AccessibleTextRole)
        return accessibleName(index);
    if (role == Qt::AccessibleDescriptionRole)
        return accessibleDescription(index);
    return QIdentityProxyModel::data(index, role);
}

QString ThreadViewProxy::accessibleName(const QModelIndex &index) const
{
    const bool fromUs = index.data(ThreadModel::DirectionRole).toString() == u"outbound";
    const QString sender = index.data(ThreadModel::SenderRole).toString();
    QString who;
    if (!fromUs)
        who = m_contactName.isEmpty() ? tr("From the customer") : tr("From %1").arg(m_contactName);
    else
        who = sender.isEmpty() ? tr("From us") : tr("From us (%1)").arg(sender);
    const QDateTime at = index.data(ThreadModel::CreatedAtRole).toDateTime();
    const QString when = at.isValid()
        ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat)
        : QString();
    const QString body = MessageDelegate::bodyText(index);
    return when.isEmpty() ? tr("%1: %2", "sender: message").arg(who, body)
                          : tr("%1, %2: %3", "sender, time: message").arg(who, when, body);
}

QString ThreadViewProxy::accessibleDescription(const QModelIndex &index)
{
    const QString type = index.data(ThreadModel::TypeRole).toString();
    const QString kind = MessageKind::name(type.isEmpty() ? QStringLiteral("text") : type);
    const QString status = index.data(ThreadModel::StatusRole).toString();
    const QString error = index.data(ThreadModel::ErrorRole).toString();
    QStringList parts { kind };
    if (!status.isEmpty())
        parts << status;
    if (!error.isEmpty())
        parts << error;
    return parts.join(QStringLiteral(", "));
}
