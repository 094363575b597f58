// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "channelsmodel.h"

#include "accountapi.h"
#include "channelicon.h"
#include "statuscolours.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

ChannelsModel::ChannelsModel(AccountApi &api, QObject *parent)
    : QAbstractTableModel(parent)
    , m_api(api)
{
}

void ChannelsModel::refresh()
{
    const int generation = ++m_generation;
    m_loading = true;
    m_api.fetchChannels(this, [this, generation](const ApiResult<QList<Channel>> &result) {
        if (generation != m_generation)
            return;
        m_loading = false;
        if (!result) {
            Q_EMIT failed(result.error());
            return;
        }
        setChannels(result.value());
        Q_EMIT loaded();
    });
}

void ChannelsModel::setChannels(const QList<Channel> &channels)
{
    beginResetModel();
    m_channels = channels;
    endResetModel();
}

QStringList ChannelsModel::knownCodes()
{
    return { QStringLiteral("whatsapp"), QStringLiteral("instagram"), QStringLiteral("messenger"),
        QStringLiteral("telegram"), QStringLiteral("sms"), QStringLiteral("email"),
        QStringLiteral("webchat") };
}

QString ChannelsModel::channelName(const QString &code)
{
    if (code == QLatin1String("whatsapp"))
        return tr("WhatsApp");
    if (code == QLatin1String("instagram"))
        return tr("Instagram");
    if (code == QLatin1String("messenger"))
        return tr("Messenger");
    if (code == QLatin1String("telegram"))
        return tr("Telegram");
    if (code == QLatin1String("sms"))
        return tr("SMS");
    if (code == QLatin1String("email"))
        return tr("Email");
    if (code == QLatin1String("webchat"))
        return tr("Web chat");
    return code; // a channel newer than this app: show what the server calls it
}

QString ChannelsModel::statusText(const QString &status)
{
    if (status == QLatin1String("connected"))
        return tr("Connected");
    if (status == QLatin1String("disconnected"))
        return tr("Not connected");
    if (status == QLatin1String("error"))
        return tr("Needs attention");
    return status;
}

int ChannelsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_channels.size());
}

int ChannelsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChannelsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Channel &c = m_channels.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ChannelColumn:
            return channelName(c.channel);
        case IdentifierColumn:
            // Phone numbers, handles and addresses read left to right even in an Arabic
            // UI; without the mark "+971…" would show as "…971+".
            return c.identifier.isEmpty() ? QString() : QChar(0x200E) + c.identifier;
        case StatusColumn:
            return statusText(c.status);
        case ConnectedAtColumn:
            return c.connectedAt.isValid()
                ? QLocale().toString(c.connectedAt.toLocalTime().date(), QLocale::ShortFormat)
                : QString();
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == ChannelColumn)
            return ChannelIcon::forChannel(c.channel);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn) {
            if (c.status == QLatin1String("connected"))
                return QBrush(StatusColours::success());
            if (c.status == QLatin1String("error"))
                return QBrush(StatusColours::error());
        }
        return {};
    case ChannelCodeRole:
        return c.channel;
    case StatusCodeRole:
        return c.status;
    case IsConnectedRole:
        return c.isConnected();
    }
    return {};
}

QVariant ChannelsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ChannelColumn:
        return tr("Channel");
    case IdentifierColumn:
        return tr("Number or address");
    case StatusColumn:
        return tr("Status");
    case ConnectedAtColumn:
        return tr("Connected since");
    }
    return {};
}
