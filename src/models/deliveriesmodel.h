// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "webhookdelivery.h"

#include <QAbstractTableModel>
#include <QList>

class WebhooksApi;

// One webhook's delivery log, newest first, filtered by status and event, a page at a
// time. Changing the webhook or a filter starts over; replies to the old query are dropped.
class DeliveriesModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, EventColumn, StatusColumn, AttemptColumn, ResponseColumn, DurationColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole, // qint64
        StatusCodeRole,        // "success", "failed", "pending"
        EventRole,
    };

    explicit DeliveriesModel(WebhooksApi &api, QObject *parent = nullptr);

    // 0 = no webhook (empty log).
    void setWebhook(qint64 webhookId);
    qint64 webhookId() const { return m_webhookId; }
    void setFilter(const QString &status, const QString &event);
    QString statusFilter() const { return m_status; }
    QString eventFilter() const { return m_event; }
    // Rows asked for per request (25 unless set).
    void setPageSize(int size) { m_pageSize = size; }
    void refresh();
    bool isLoading() const { return m_loading; }
    int totalCount() const { return m_total; }
    WebhookDelivery delivery(int row) const { return m_items.value(row); }
    int rowOf(qint64 deliveryId) const;

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
    qint64 m_webhookId = 0;
    QString m_status;
    QString m_event;
    QList<WebhookDelivery> m_items;
    int m_generation = 0;
    int m_currentPage = 0;
    int m_lastPage = 1;
    int m_total = 0;
    int m_pageSize = 25;
    bool m_loading = false;
};
