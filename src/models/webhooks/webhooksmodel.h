// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "pagedtablemodel.h"
#include "webhook.h"
#include "webhookdelivery.h"

#include <QHash>
#include <QSet>

class WebhooksApi;

// The account's webhooks, a page at a time, each with the outcome of its latest delivery.
// The API has no list of latest deliveries, so each is one small request; it is made
// lazily, only for rows a view actually shows (asked for through data()), batched once
// per event-loop turn and sent through the deliveries API, which the app gives background
// priority: a user's click never waits behind fifty of them. Secrets in this model are
// always the server's masked form.
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
    // The API the latest-delivery requests go through (background priority in the app);
    // without one they use the list's API.
    void setDeliveriesApi(WebhooksApi *api) { m_deliveriesApi = api; }

    static QString deliveryStatusText(const QString &status);

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
    void pageArrived(const Page<Webhook> &page) override;
    void pageLoaded() override { Q_EMIT loaded(); }
    void pageFailed(const ApiError &error) override { Q_EMIT failed(error); }
    void announceSavedAt(const QDateTime &savedAt) override { Q_EMIT savedAtChanged(savedAt); }

    void wantLastDelivery(qint64 id) const; // from data(): remember, ask on the next turn
    void askWantedDeliveries();

    WebhooksApi &m_api;
    WebhooksApi *m_deliveriesApi = nullptr;
    QHash<qint64, WebhookDelivery> m_lastDelivery;
    QSet<qint64> m_deliveryAnswered; // asked and answered (with or without a delivery)
    QSet<qint64> m_deliveryAsked; // asked this generation, answered or not
    QSet<qint64> m_deliveryFailed; // asked and failed: not asked again until a refresh
    mutable QSet<qint64> m_deliveryWanted;
    mutable bool m_askQueued = false;
};
