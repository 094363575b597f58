// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "webhook.h"
#include "webhookdelivery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

class WebhooksApi;

// The account's webhooks, a page at a time, each with the outcome of its latest delivery
// (fetched separately, one small request per webhook). Secrets in this model are always
// the server's masked form.
class WebhooksModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { UrlColumn, DescriptionColumn, EventsColumn, ActiveColumn, LastDeliveryColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole, // qint64
        UrlRole,
        IsActiveRole,
        LastStatusRole, // "success", "failed", "pending" or "" (never delivered)
    };

    explicit WebhooksModel(WebhooksApi &api, QObject *parent = nullptr);

    void refresh();
    bool isLoading() const { return m_loading; }
    Webhook webhook(int row) const { return m_items.value(row); }
    int rowOf(qint64 id) const;
    // Replaces one row in place (after an edit) without reloading the list.
    void updateWebhook(const Webhook &webhook);
    void refreshLastDelivery(qint64 id);

    static QString deliveryStatusText(const QString &status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loaded();
    void failed(const ApiError &error);

private:
    void fetchPage(int page);

    WebhooksApi &m_api;
    QList<Webhook> m_items;
    QHash<qint64, WebhookDelivery> m_lastDelivery;
    int m_generation = 0;
    int m_lastPage = 1;
    int m_currentPage = 0;
    bool m_loading = false;
};
