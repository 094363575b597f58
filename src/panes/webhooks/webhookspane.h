// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "webhookdelivery.h"
#include "webhookevent.h"

#include <QList>
#include <QWidget>

class DeliveriesModel;
class QComboBox;
class QFrame;
class QLabel;
class QPushButton;
class QSettings;
class QSplitter;
class QTableView;
class QTimer;
class WebhookDialog;
class WebhooksApi;
class WebhooksModel;

// Webhooks: the list, create/edit/delete, test events, secret rotation, the delivery log
// with its detail, and the local signature checker. A failing endpoint is only ever a
// failed delivery in the log; the pane never waits on it.
class WebhooksPane final : public QWidget
{
    Q_OBJECT

public:
    WebhooksPane(WebhooksApi &api, QSettings &settings, QWidget *parent = nullptr);
    ~WebhooksPane() override;

    void reload();
    WebhooksModel *webhooksModel() const { return m_model; }
    DeliveriesModel *deliveriesModel() const { return m_deliveries; }
    qint64 currentWebhookId() const;
    void selectWebhook(qint64 id);

    // The actions behind the buttons (dialogs are opened with open(), never exec()).
    void newWebhook();
    void editWebhook();
    void deleteWebhook();
    void regenerateSecret();
    void sendTest();
    void showDeliveryDetail();
    void openSignatureChecker();

protected:
    // The first time the pane is shown it loads: panes the user never opens cost nothing.
    void showEvent(QShowEvent *event) override;

Q_SIGNALS:
    void loaded();
    void loadFailed(const ApiError &error);
    void requestSucceeded();
    // A test delivery reached its end state (or gave up waiting for it).
    void testDeliveryFinished(const WebhookDelivery &delivery);

private:
    void buildUi();
    void updateButtons();
    void showLoadError(const ApiError &error);
    void showMessage(const QString &text, bool error);
    void submit(WebhookDialog *dialog);
    void showSecret(const QString &url, const QString &secret, bool regenerated);
    void pollTestDelivery();
    void applyFilters();
    void fillEventCombos();

    WebhooksApi &m_api;
    QSettings &m_settings;
    WebhooksModel *m_model;
    DeliveriesModel *m_deliveries;
    QList<WebhookEvent> m_events;
    QSplitter *m_splitter = nullptr;
    QTableView *m_view = nullptr;
    QTableView *m_deliveriesView = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_regenerate = nullptr;
    QComboBox *m_testEvent = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_checker = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QComboBox *m_eventFilter = nullptr;
    QPushButton *m_detail = nullptr;
    QLabel *m_message = nullptr;
    QFrame *m_errorFrame = nullptr;
    QLabel *m_errorLabel = nullptr;
    QTimer *m_pollTimer = nullptr;
    qint64 m_testDeliveryId = 0;
    qint64 m_testWebhookId = 0;
    int m_pollsLeft = 0;
    bool m_started = false;
};
