// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "channel.h"

#include <QAbstractTableModel>
#include <QList>

class AccountApi;

// The account's messaging channels and their connection state (GET /account/channels).
// A single, unpaginated list: refresh() replaces it, and a reply to an older refresh
// is dropped.
class ChannelsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ChannelColumn, IdentifierColumn, StatusColumn, ConnectedAtColumn, ColumnCount };
    enum Role {
        ChannelCodeRole = Qt::UserRole, // "whatsapp"
        StatusCodeRole,                 // "connected"
        IsConnectedRole,                // bool
    };

    explicit ChannelsModel(AccountApi &api, QObject *parent = nullptr);

    void refresh();
    bool isLoading() const { return m_loading; }
    // The channels this app knows by name, in the order the filters and forms list them.
    static QStringList knownCodes();
    // The user-visible name of a channel code ("whatsapp" → "WhatsApp").
    static QString channelName(const QString &code);
    static QString statusText(const QString &status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loaded();
    void failed(const ApiError &error);

private:
    void setChannels(const QList<Channel> &channels);

    AccountApi &m_api;
    QList<Channel> m_channels;
    int m_generation = 0;
    bool m_loading = false;
};
