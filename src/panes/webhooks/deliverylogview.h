// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "webhookdelivery.h"
#include "webhookevent.h"

#include <QWidget>

#include <optional>

class DeliveriesModel;
class QComboBox;
class QPushButton;
class QSettings;
class QTableView;
class WebhooksApi;

// The delivery log of one webhook: filters by status and event (the status filter is
// remembered), the table a page at a time, the detail dialog of a delivery, and Resend.
class DeliveryLogView final : public QWidget
{
    Q_OBJECT

public:
    DeliveryLogView(WebhooksApi &api, QSettings &settings, QWidget *parent = nullptr);
    ~DeliveryLogView() override;

    DeliveriesModel *model() const { return m_model; }
    // 0 empties the log.
    void setWebhook(qint64 webhookId);
    void setEvents(const QList<WebhookEvent> &events);
    // Loads the log again and selects this delivery in it.
    void reloadAndSelect(qint64 deliveryId);
    std::optional<WebhookDelivery> currentDelivery() const;
    void showDetail();

    // Whether Resend is offered (the pane turns it off while a test is under way).
    void setResendAvailable(bool available);

Q_SIGNALS:
    void failed(const ApiError &error);
    void resendRequested(const WebhookDelivery &delivery);

private:
    void applyFilters();
    void updateActions();

    QSettings &m_settings;
    DeliveriesModel *m_model;
    QComboBox *m_statusFilter;
    QComboBox *m_eventFilter;
    QPushButton *m_detail;
    QPushButton *m_resend;
    bool m_resendAvailable = true;
    QTableView *m_view;
};
