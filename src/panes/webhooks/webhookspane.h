// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pane.h"
#include "apierror.h"
#include "webhookdelivery.h"
#include "webhookevent.h"

#include <QList>
#include <QWidget>

class DeliveriesModel;
class DeliveryLogView;
class QAction;
class QComboBox;
class MessageBar;
class QLabel;
class QSettings;
class QSplitter;
class QTableView;
class QToolBar;
class TestDeliveryWatcher;
class LostCreateCheck;
class WebhookDialog;
class WebhooksApi;
class WebhooksModel;

// Webhooks: the list, create/edit/delete, test events, secret rotation, the delivery log
// (DeliveryLogView) and the local signature checker. A failing endpoint is only ever a
// failed delivery in the log; the pane never waits on it.
class WebhooksPane final : public QWidget, public Pane
{
    Q_OBJECT

public:
    WebhooksPane(WebhooksApi &api, QSettings &settings, QWidget *parent = nullptr);
    ~WebhooksPane() override;

    void reload() override;
    QString paneTitle() const override;
    bool isBusy() const override;
    bool hasStarted() const override;
    WebhooksModel *webhooksModel() const { return m_model; }
    DeliveriesModel *deliveriesModel() const;
    qint64 currentWebhookId() const;
    void selectWebhook(qint64 id);

    // The actions of the toolbar (dialogs are opened with open(), never exec()).
    void newWebhook();
    void editWebhook();
    void deleteWebhook();
    void regenerateSecret();
    void sendTest();
    // The delivery's event once more, as a new (test) delivery: the API replays nothing.
    void resendDelivery(const WebhookDelivery &delivery);
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
    void buildToolBar();
    void buildLayout();
    QAction *makeAction(const QString &text, const QString &tip, const QKeySequence &keys, const char *name);
    void updateActions();
    void showLoadError(const ApiError &error);
    void showMessage(const QString &text, bool error);
    // `check` is null for an edit: only a create's lost answer is looked for.
    void submit(WebhookDialog *dialog, LostCreateCheck *check);
    // A create whose outcome is unknown: look for the webhook before offering Save again.
    LostCreateCheck *lostCreateCheck(WebhookDialog *dialog);
    void showSecret(const QString &url, const QString &secret, bool regenerated);
    void testFinished(const WebhookDelivery &delivery, bool answered);
    void fillEventCombo();
    void updateSecretHint();
    void refreshSecretHint(qint64 id); // the server's masked form, after a full one was shown

    WebhooksApi &m_api;
    QSettings &m_settings;
    WebhooksModel *m_model;
    TestDeliveryWatcher *m_testWatcher;
    QList<WebhookEvent> m_events;
    QToolBar *m_toolBar = nullptr;
    QSplitter *m_splitter = nullptr;
    QTableView *m_view = nullptr;
    DeliveryLogView *m_log = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_regenerate = nullptr;
    QComboBox *m_testEvent = nullptr;
    QAction *m_test = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_secretHint = nullptr;
    MessageBar *m_errorBar = nullptr;
    bool m_started = false;
};
