// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhookspane.h"

#include "loadingnotice.h"
#include "savedagemarker.h"
#include "statuscolours.h"
#include "webhooklookup.h"
#include "writeoutcome.h"
#include "apierrortext.h"
#include "deliverylogview.h"
#include "messagebar.h"
#include "plaintextwidgets.h"
#include "secretdialog.h"
#include "signaturecheckerdialog.h"
#include "testdeliverywatcher.h"
#include "webhookdialog.h"
#include "webhookeventtext.h"
#include "webhooksapi.h"
#include "webhooksmodel.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace {

const QLatin1String kSplitterKey("webhooks/splitter");
const QLatin1String kColumnsKey("webhooks/columns");

} // namespace

WebhooksPane::WebhooksPane(WebhooksApi &api, QSettings &settings, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_settings(settings)
    , m_model(new WebhooksModel(api, this))
    , m_testWatcher(new TestDeliveryWatcher(api, this))
{
    setObjectName(QStringLiteral("webhooksPane"));
    buildToolBar();
    buildLayout();
    connect(m_model, &WebhooksModel::failed, this, &WebhooksPane::showLoadError);
    connect(m_model, &WebhooksModel::loaded, this, [this] {
        m_errorBar->hide();
        if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
            m_view->setCurrentIndex(m_model->index(0, 0));
        updateActions();
        Q_EMIT requestSucceeded();
        Q_EMIT loaded();
    });
    connect(m_log, &DeliveryLogView::failed, this, &WebhooksPane::showLoadError);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_log->setWebhook(currentWebhookId());
        updateActions();
        updateSecretHint();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &WebhooksPane::updateSecretHint);
    connect(m_model, &QAbstractItemModel::modelReset, this, &WebhooksPane::updateSecretHint);
    connect(m_log, &DeliveryLogView::resendRequested, this, &WebhooksPane::resendDelivery);
    connect(m_testWatcher, &TestDeliveryWatcher::busyChanged, this, &WebhooksPane::updateActions);
    connect(m_testWatcher, &TestDeliveryWatcher::waiting, this, [this] {
        showMessage(tr("Test event sent; waiting for the endpoint to answer…"), false);
    });
    connect(m_testWatcher, &TestDeliveryWatcher::sendFailed, this, [this](const ApiError &error) {
        showMessage(tr("The test event was not sent. %1").arg(userMessage(error)), true);
    });
    connect(m_testWatcher, &TestDeliveryWatcher::finished, this, &WebhooksPane::testFinished);
    updateActions();
    // Names, notes and server texts land in these labels: they show as typed.
    PlainText::lockLabels(this);
}

WebhooksPane::~WebhooksPane()
{
    m_settings.setValue(kSplitterKey, m_splitter->saveState());
    m_settings.setValue(kColumnsKey, m_view->horizontalHeader()->saveState());
}

DeliveriesModel *WebhooksPane::deliveriesModel() const
{
    return m_log->model();
}

QAction *WebhooksPane::makeAction(const QString &text, const QString &tip, const QKeySequence &keys,
    const char *name)
{
    QAction *action = m_toolBar->addAction(text);
    action->setObjectName(QLatin1String(name));
    action->setShortcut(keys);
    action->setToolTip(keys.isEmpty()
            ? tip
            : QStringLiteral("%1 (%2)").arg(tip, keys.toString(QKeySequence::NativeText)));
    return action;
}

void WebhooksPane::buildToolBar()
{
    // A toolbar rather than a row of buttons: what does not fit (a narrow window, longer
    // Arabic labels) moves behind its » button instead of being clipped, and every action
    // keeps a shortcut that works while it is out of sight (tool buttons take no mnemonics
    // and no focus, so the texts carry no &).
    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("webhookActions"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setMovable(false); // nowhere to move it to: no grip
    connect(makeAction(tr("New…"), tr("Add a webhook"), QKeySequence::New, "newAction"),
        &QAction::triggered, this, &WebhooksPane::newWebhook);
    m_edit = makeAction(tr("Edit…"), tr("Edit the selected webhook"), QKeySequence(Qt::CTRL | Qt::Key_E), "editAction");
    connect(m_edit, &QAction::triggered, this, &WebhooksPane::editWebhook);
    m_delete = makeAction(tr("Delete…"), tr("Delete the selected webhook"), QKeySequence::Delete, "deleteAction");
    connect(m_delete, &QAction::triggered, this, &WebhooksPane::deleteWebhook);
    m_regenerate = makeAction(tr("Regenerate secret…"), tr("Replace the signing secret"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), "regenerateAction");
    connect(m_regenerate, &QAction::triggered, this, &WebhooksPane::regenerateSecret);
    m_toolBar->addSeparator();
    m_testEvent = new QComboBox(m_toolBar);
    m_testEvent->setObjectName(QStringLiteral("testEventCombo"));
    m_testEvent->setToolTip(tr("The event to send as a test"));
    m_testEvent->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_toolBar->addWidget(m_testEvent);
    m_test = makeAction(tr("Send test"), tr("Send a test event to the selected webhook"), QKeySequence(Qt::CTRL | Qt::Key_T), "testAction");
    connect(m_test, &QAction::triggered, this, &WebhooksPane::sendTest);
    connect(makeAction(tr("Check signature…"), tr("Check a signature with a secret"),
                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), "checkerAction"),
        &QAction::triggered, this, &WebhooksPane::openSignatureChecker);
}

void WebhooksPane::buildLayout()
{
    m_errorBar = new MessageBar(this);
    m_errorBar->setObjectName(QStringLiteral("errorFrame"));
    m_errorBar->setRetryShortcut(QKeySequence::Refresh, tr("Load again"));

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("webhooksView"));
    m_view->setAccessibleName(tr("Webhooks"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->setTabKeyNavigation(false);
    m_view->setModel(m_model);
    connect(m_view, &QTableView::activated, this, &WebhooksPane::editWebhook);
    // The URL is what identifies a webhook: it gets the room, the short columns fit their text.
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(WebhooksModel::UrlColumn, QHeaderView::Stretch);
    header->resizeSection(WebhooksModel::DescriptionColumn, 180);
    header->resizeSection(WebhooksModel::EventsColumn, 70);
    header->resizeSection(WebhooksModel::ActiveColumn, 80);
    header->resizeSection(WebhooksModel::LastDeliveryColumn, 190);
    header->restoreState(m_settings.value(kColumnsKey).toByteArray());

    m_log = new DeliveryLogView(m_api, m_settings, this);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("splitter"));
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_log);
    m_splitter->setChildrenCollapsible(false);
    if (!m_splitter->restoreState(m_settings.value(kSplitterKey).toByteArray()))
        m_splitter->setSizes({300, 300});

    m_secretHint = new QLabel(this);
    m_secretHint->setObjectName(QStringLiteral("secretHint"));
    m_secretHint->setTextFormat(Qt::PlainText);
    m_secretHint->setWordWrap(true);
    m_secretHint->setForegroundRole(QPalette::PlaceholderText);
    m_secretHint->hide();

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A selectable label lays its text out by the text's own direction, not the pane's: pin
    // it to the pane's leading side, or Arabic messages would sit on the left.
    m_message->setAlignment(Qt::AlignAbsolute | Qt::AlignVCenter
        | (layoutDirection() == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_errorBar);
    layout->addWidget(new LoadingNotice(this, [this] { return m_model && m_model->isLoading(); }, this));
    layout->addWidget(SavedAgeMarker::following(m_model, this));
    layout->addWidget(m_toolBar);
    layout->addWidget(m_secretHint);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_message);
}

void WebhooksPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_started)
        reload();
}

void WebhooksPane::reload()
{
    m_started = true;
    m_errorBar->hide();
    const qint64 keep = currentWebhookId();
    m_model->refresh();
    m_log->setWebhook(0);
    if (keep) {
        connect(m_model, &WebhooksModel::loaded, this, [this, keep] { selectWebhook(keep); },
            Qt::SingleShotConnection);
    }
    m_api.listEvents(this, [this](const ApiResult<QList<WebhookEvent>> &result) {
        if (!result) {
            showLoadError(result.error());
            return;
        }
        m_events = result.value();
        fillEventCombo();
        m_log->setEvents(m_events);
    });
}

QString WebhooksPane::paneTitle() const { return tr("Webhooks", "the section in the navigation"); }
bool WebhooksPane::isBusy() const { return m_model->isLoading(); }
bool WebhooksPane::hasStarted() const { return m_started; }

void WebhooksPane::fillEventCombo()
{
    const QString chosen = m_testEvent->currentData().toString();
    const QSignalBlocker blocker(m_testEvent);
    m_testEvent->clear();
    for (const WebhookEvent &e : std::as_const(m_events)) {
        m_testEvent->addItem(e.name, e.name);
        m_testEvent->setItemData(m_testEvent->count() - 1, WebhookEventText::description(e), Qt::ToolTipRole);
    }
    m_testEvent->setCurrentIndex(qMax(0, m_testEvent->findData(chosen)));
    updateActions();
}

qint64 WebhooksPane::currentWebhookId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(WebhooksModel::IdRole).toLongLong() : 0;
}

void WebhooksPane::selectWebhook(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
}

void WebhooksPane::updateActions()
{
    const bool has = currentWebhookId() != 0;
    m_edit->setEnabled(has);
    m_delete->setEnabled(has);
    m_regenerate->setEnabled(has);
    m_test->setEnabled(has && m_testEvent->count() > 0 && !m_testWatcher->isBusy());
    m_log->setResendAvailable(has && !m_testWatcher->isBusy());
}

void WebhooksPane::updateSecretHint()
{
    const int row = m_view->currentIndex().row();
    const QString masked = row >= 0 ? m_model->webhook(row).secret : QString();
    // The list answers with the masked form only ("whsec_••••" and the last 4): enough
    // to tell which secret an endpoint holds without ever showing it.
    m_secretHint->setText(masked.isEmpty()
            ? QString()
            : tr("Signing secret: %1 (shown in full only when it is made or regenerated)")
                  .arg(QChar(0x2066) + masked + QChar(0x2069)));
    m_secretHint->setVisible(!masked.isEmpty());
}

void WebhooksPane::refreshSecretHint(qint64 id)
{
    m_api.get(id, this, [this](const ApiResult<Webhook> &result) {
        if (result)
            m_model->updateWebhook(result.value());
    });
}

void WebhooksPane::showLoadError(const ApiError &error)
{
    m_errorBar->showMessage(tr("Webhooks could not be loaded. %1").arg(userMessage(error)),
                            [this] { reload(); });
    Q_EMIT loadFailed(error);
}

void WebhooksPane::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? StatusColours::errorStyle(palette()) : QString());
}

void WebhooksPane::newWebhook()
{
    auto *dialog = new WebhookDialog(m_events, Webhook(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    LostCreateCheck *check = lostCreateCheck(dialog);
    connect(dialog, &WebhookDialog::submitRequested, this, [this, dialog, check] { submit(dialog, check); });
    dialog->open();
}

void WebhooksPane::editWebhook()
{
    const int row = m_view->currentIndex().row();
    if (row < 0)
        return;
    auto *dialog = new WebhookDialog(m_events, m_model->webhook(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &WebhookDialog::submitRequested, this, [this, dialog] { submit(dialog, nullptr); });
    dialog->open();
}

void WebhooksPane::showSecret(const QString &url, const QString &secret, bool regenerated)
{
    auto *dialog = new SecretDialog(url, secret, regenerated, this);
    dialog->open();
}

void WebhooksPane::deleteWebhook()
{
    const qint64 id = currentWebhookId();
    if (!id)
        return;
    const QString url = m_model->webhook(m_view->currentIndex().row()).url;
    auto *box = PlainText::messageBox(QMessageBox::Warning, tr("Delete webhook"),
        tr("Delete the webhook for %1? Events will no longer be sent there, and its delivery "
           "log is deleted too.").arg(url),
        QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmDeleteBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    auto *yes = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("confirmButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(yes, &QPushButton::clicked, this, [this, id, url] {
        m_api.remove(id, this, [this, url](const ApiResult<ApiDone> &result) {
            if (!result) {
                showMessage(tr("%1 was not deleted. %2").arg(url, userMessage(result.error())), true);
                return;
            }
            showMessage(tr("The webhook for %1 was deleted.").arg(url), false);
            m_model->refresh();
            m_log->setWebhook(0);
            Q_EMIT requestSucceeded();
        });
    });
    box->open();
}

void WebhooksPane::regenerateSecret()
{
    const qint64 id = currentWebhookId();
    if (!id)
        return;
    const QString url = m_model->webhook(m_view->currentIndex().row()).url;
    auto *box = PlainText::messageBox(QMessageBox::Warning, tr("Regenerate secret"),
        tr("Make a new signing secret for %1? The old secret stops working at once: your "
           "endpoint must use the new one to check signatures.").arg(url),
        QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmRegenerateBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    auto *yes = box->addButton(tr("Regenerate"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("confirmButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(yes, &QPushButton::clicked, this, [this, id, url] {
        m_api.regenerateSecret(id, this, [this, url](const ApiResult<WebhookSecret> &result) {
            if (!result) {
                showMessage(tr("The secret was not changed. %1").arg(userMessage(result.error())), true);
                return;
            }
            Q_EMIT requestSucceeded();
            showSecret(url, result.value().secret, true);
            refreshSecretHint(result.value().id);
        });
    });
    box->open();
}

void WebhooksPane::sendTest()
{
    const QString event = m_testEvent->currentData().toString();
    if (!m_testWatcher->send(currentWebhookId(), event))
        return;
    showMessage(tr("Sending a test %1 event…").arg(event), false);
}

void WebhooksPane::resendDelivery(const WebhookDelivery &delivery)
{
    if (!m_testWatcher->send(delivery.webhookId > 0 ? delivery.webhookId : currentWebhookId(), delivery.event))
        return;
    showMessage(tr("Sending the %1 event again as a new delivery…").arg(delivery.event), false);
}

void WebhooksPane::testFinished(const WebhookDelivery &delivery, bool answered)
{
    const qint64 webhookId = m_testWatcher->webhookId();
    m_model->refreshLastDelivery(webhookId);
    if (currentWebhookId() == webhookId)
        m_log->reloadAndSelect(delivery.id);
    if (!answered) {
        showMessage(tr("The test event is still waiting for an answer; see the delivery log."), true);
    } else if (delivery.status == QLatin1String("success")) {
        showMessage(tr("Test delivered: HTTP %1 in %2 ms.")
                        .arg(delivery.responseStatus.value_or(0))
                        .arg(QLocale().toString(delivery.durationMs)), false);
    } else if (delivery.responseStatus) {
        showMessage(tr("Test delivery failed: the endpoint answered HTTP %1.").arg(*delivery.responseStatus), true);
    } else {
        showMessage(tr("Test delivery failed: %1").arg(delivery.error), true);
    }
    Q_EMIT testDeliveryFinished(delivery);
}

void WebhooksPane::showDeliveryDetail()
{
    m_log->showDetail();
}

void WebhooksPane::openSignatureChecker()
{
    const std::optional<WebhookDelivery> delivery = m_log->currentDelivery();
    auto *dialog = new SignatureCheckerDialog(delivery ? delivery->requestBody : QString(), this);
    dialog->open();
}
