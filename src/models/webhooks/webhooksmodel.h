// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "pagedtablemodel.h"
#include "webhook.h"
#include "webhookdelivery.h"

#include <QHash>

class WebhooksApi;

// The account's webhooks, a page at a time, each with the outcome of its latest delivery
// (fetched separately, one small request per webhook). Secrets in this model are always
// the server's masked form.
class WebhooksModel final : public PagedTableModel<Webhook>
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
    Webhook webhook(int row) const { return m_items.value(row); }
    // Replaces one row in place (after an edit) without reloading the list.
    void updateWebhook(const Webhook &webhook);
    void refreshLastDelivery(qint64 id);

    static QString deliveryStatusText(const QString &status);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loaded();
    void failed(const ApiError &error);

private:
    void requestPage(int page, PageCallback done) override;
    void pageArrived(const Page<Webhook> &page) override;
    void pageLoaded() override { Q_EMIT loaded(); }
    void pageFailed(const ApiError &error) override { Q_EMIT failed(error); }

    WebhooksApi &m_api;
    QHash<qint64, WebhookDelivery> m_lastDelivery;
};
