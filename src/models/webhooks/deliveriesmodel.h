// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "pagedtablemodel.h"
#include "webhookdelivery.h"

class WebhooksApi;

// One webhook's delivery log, newest first, filtered by status and event, a page at a
// time. Changing the webhook or a filter starts over; replies to the old query are dropped.
class DeliveriesModel final : public PagedTableModel<WebhookDelivery>
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
    void setPageSize(int size) { pager().setPageSize(size); }
    void refresh();
    int totalCount() const { return m_total; }
    WebhookDelivery delivery(int row) const { return m_items.value(row); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loaded();
    void failed(const ApiError &error);
    // The rows' age changed (savedAt(): invalid once every page is the server's).
    void savedAtChanged(const QDateTime &savedAt);

private:
    void requestPage(const PageRequest &page, PageCallback done) override;
    void pageArrived(const Page<WebhookDelivery> &page) override { m_total = page.meta.total; }
    void pageLoaded() override { Q_EMIT loaded(); }
    void pageFailed(const ApiError &error) override { Q_EMIT failed(error); }
    void announceSavedAt(const QDateTime &savedAt) override { Q_EMIT savedAtChanged(savedAt); }

    WebhooksApi &m_api;
    qint64 m_webhookId = 0;
    QString m_status;
    QString m_event;
    int m_total = 0;
};
