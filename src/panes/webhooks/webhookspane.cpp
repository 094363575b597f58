// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhookspane.h"

#include "apierrortext.h"
#include "deliveriesmodel.h"
#include "deliverydetaildialog.h"
#include "secretdialog.h"
#include "signaturecheckerdialog.h"
#include "webhookdialog.h"
#include "webhooksapi.h"
#include "webhooksmodel.h"

#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {

const QLatin1String kSplitterKey("webhooks/splitter");
const QLatin1String kColumnsKey("webhooks/columns");
const QLatin1String kDeliveryColumnsKey("webhooks/deliveryColumns");
const QLatin1String kStatusFilterKey("webhooks/statusFilter");
constexpr int kPollIntervalMs = 300;
constexpr int kMaxPolls = 60; // the server gives up on an endpoint after 10 s

QTableView *makeTable(QWidget *parent, const char *name)
{
    auto *view = new QTableView(parent);
    view->setObjectName(QLatin1String(name));
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setTabKeyNavigation(false);
    return view;
}

QPushButton *makeButton(const QString &text, const QString &tip, const QKeySequence &keys,
    const char *name, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(QLatin1String(name));
    if (!keys.isEmpty()) {
        button->setShortcut(keys);
        button->setToolTip(QStringLiteral("%1 (%2)").arg(tip, keys.toString(QKeySequence::NativeText)));
    } else {
        button->setToolTip(tip);
    }
    return button;
}

} // namespace

WebhooksPane::WebhooksPane(WebhooksApi &api, QSettings &settings, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_settings(settings)
    , m_model(new WebhooksModel(api, this))
    , m_deliveries(new DeliveriesModel(api, this))
    , m_pollTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("webhooksPane"));
    buildUi();
    m_pollTimer->setSingleShot(true);
    m_pollTimer->setInterval(kPollIntervalMs);
    connect(m_pollTimer, &QTimer::timeout, this, &WebhooksPane::pollTestDelivery);
    connect(m_model, &WebhooksModel::failed, this, &WebhooksPane::showLoadError);
    connect(m_model, &WebhooksModel::loaded, this, [this] {
        m_errorFrame->hide();
        if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
            m_view->setCurrentIndex(m_model->index(0, 0));
        updateButtons();
        Q_EMIT requestSucceeded();
        Q_EMIT loaded();
    });
    connect(m_deliveries, &DeliveriesModel::failed, this, &WebhooksPane::showLoadError);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_deliveries->setWebhook(currentWebhookId());
        updateButtons();
    });
    connect(m_deliveriesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &WebhooksPane::updateButtons);
    connect(m_deliveries, &QAbstractItemModel::modelReset, this, &WebhooksPane::updateButtons);
    updateButtons();
}

WebhooksPane::~WebhooksPane()
{
    m_settings.setValue(kSplitterKey, m_splitter->saveState());
    m_settings.setValue(kColumnsKey, m_view->horizontalHeader()->saveState());
    m_settings.setValue(kDeliveryColumnsKey, m_deliveriesView->horizontalHeader()->saveState());
    m_settings.setValue(kStatusFilterKey, m_statusFilter->currentData());
}

void WebhooksPane::buildUi()
{
    m_errorFrame = new QFrame(this);
    m_errorFrame->setObjectName(QStringLiteral("errorFrame"));
    m_errorFrame->setStyleSheet(QStringLiteral(
        "#errorFrame { background: #fdecea; border: 1px solid #e6a19a; border-radius: 4px; }"));
    m_errorLabel = new QLabel(m_errorFrame);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    auto *retry = makeButton(tr("&Retry"), tr("Load again"), QKeySequence::Refresh, "retryButton", m_errorFrame);
    connect(retry, &QPushButton::clicked, this, &WebhooksPane::reload);
    auto *errorLayout = new QHBoxLayout(m_errorFrame);
    errorLayout->addWidget(m_errorLabel, 1);
    errorLayout->addWidget(retry);
    m_errorFrame->hide();

    // Webhooks and their actions.
    auto *top = new QWidget(this);
    m_view = makeTable(top, "webhooksView");
    m_view->setModel(m_model);
    m_new = makeButton(tr("&New…"), tr("Add a webhook"), QKeySequence::New, "newButton", top);
    m_edit = makeButton(tr("&Edit…"), tr("Edit the selected webhook"), QKeySequence(Qt::CTRL | Qt::Key_E), "editButton", top);
    m_delete = makeButton(tr("&Delete…"), tr("Delete the selected webhook"), QKeySequence::Delete, "deleteButton", top);
    m_regenerate = makeButton(tr("Re&generate secret…"), tr("Replace the signing secret"), {}, "regenerateButton", top);
    m_testEvent = new QComboBox(top);
    m_testEvent->setObjectName(QStringLiteral("testEventCombo"));
    m_testEvent->setToolTip(tr("The event to send as a test"));
    m_testEvent->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_test = makeButton(tr("Send &test"), tr("Send a test event to the selected webhook"), QKeySequence(Qt::CTRL | Qt::Key_T), "testButton", top);
    m_checker = makeButton(tr("Check &signature…"), tr("Check a signature with a secret"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), "checkerButton", top);
    connect(m_new, &QPushButton::clicked, this, &WebhooksPane::newWebhook);
    connect(m_edit, &QPushButton::clicked, this, &WebhooksPane::editWebhook);
    connect(m_view, &QTableView::activated, this, &WebhooksPane::editWebhook);
    connect(m_delete, &QPushButton::clicked, this, &WebhooksPane::deleteWebhook);
    connect(m_regenerate, &QPushButton::clicked, this, &WebhooksPane::regenerateSecret);
    connect(m_test, &QPushButton::clicked, this, &WebhooksPane::sendTest);
    connect(m_checker, &QPushButton::clicked, this, &WebhooksPane::openSignatureChecker);
    auto *actions = new QHBoxLayout;
    for (QWidget *w : {static_cast<QWidget *>(m_new), static_cast<QWidget *>(m_edit),
             static_cast<QWidget *>(m_delete), static_cast<QWidget *>(m_regenerate)})
        actions->addWidget(w);
    actions->addStretch();
    actions->addWidget(m_testEvent);
    actions->addWidget(m_test);
    actions->addWidget(m_checker);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(actions);
    topLayout->addWidget(m_view);

    // The delivery log of the selected webhook.
    auto *bottom = new QWidget(this);
    m_statusFilter = new QComboBox(bottom);
    m_statusFilter->setObjectName(QStringLiteral("statusFilterCombo"));
    m_statusFilter->addItem(tr("All statuses"), QString());
    for (const char *code : {"success", "failed", "pending"}) {
        const QString c = QLatin1String(code);
        m_statusFilter->addItem(WebhooksModel::deliveryStatusText(c), c);
    }
    const int remembered = m_statusFilter->findData(m_settings.value(kStatusFilterKey).toString());
    m_statusFilter->setCurrentIndex(qMax(0, remembered));
    m_eventFilter = new QComboBox(bottom);
    m_eventFilter->setObjectName(QStringLiteral("eventFilterCombo"));
    m_eventFilter->addItem(tr("All events"), QString());
    m_eventFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_detail = makeButton(tr("Show &delivery…"), tr("Show the request and response"), QKeySequence(Qt::CTRL | Qt::Key_D), "detailButton", bottom);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &WebhooksPane::applyFilters);
    connect(m_eventFilter, &QComboBox::currentIndexChanged, this, &WebhooksPane::applyFilters);
    connect(m_detail, &QPushButton::clicked, this, &WebhooksPane::showDeliveryDetail);
    m_deliveriesView = makeTable(bottom, "deliveriesView");
    m_deliveriesView->setModel(m_deliveries);
    connect(m_deliveriesView, &QTableView::activated, this, &WebhooksPane::showDeliveryDetail);
    auto *logTitle = new QLabel(tr("<b>Deliveries</b>"), bottom);
    auto *filters = new QHBoxLayout;
    filters->addWidget(logTitle);
    filters->addStretch();
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_eventFilter);
    filters->addWidget(m_detail);
    m_message = new QLabel(bottom);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addLayout(filters);
    bottomLayout->addWidget(m_deliveriesView);
    bottomLayout->addWidget(m_message);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("splitter"));
    m_splitter->addWidget(top);
    m_splitter->addWidget(bottom);
    m_splitter->setChildrenCollapsible(false);
    if (!m_splitter->restoreState(m_settings.value(kSplitterKey).toByteArray()))
        m_splitter->setSizes({300, 300});
    // The URL is what identifies a webhook: it gets the room, the short columns fit their text.
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(WebhooksModel::UrlColumn, QHeaderView::Stretch);
    header->resizeSection(WebhooksModel::DescriptionColumn, 180);
    header->resizeSection(WebhooksModel::EventsColumn, 70);
    header->resizeSection(WebhooksModel::ActiveColumn, 80);
    header->resizeSection(WebhooksModel::LastDeliveryColumn, 190);
    header->restoreState(m_settings.value(kColumnsKey).toByteArray());
    QHeaderView *logHeader = m_deliveriesView->horizontalHeader();
    logHeader->resizeSection(DeliveriesModel::TimeColumn, 170);
    logHeader->resizeSection(DeliveriesModel::EventColumn, 170);
    logHeader->restoreState(m_settings.value(kDeliveryColumnsKey).toByteArray());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_errorFrame);
    layout->addWidget(m_splitter, 1);
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
    m_errorFrame->hide();
    const qint64 keep = currentWebhookId();
    m_model->refresh();
    m_deliveries->setWebhook(0);
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
        fillEventCombos();
    });
}

void WebhooksPane::fillEventCombos()
{
    const QString test = m_testEvent->currentData().toString();
    const QString filter = m_eventFilter->currentData().toString();
    const QSignalBlocker blockTest(m_testEvent);
    const QSignalBlocker blockFilter(m_eventFilter);
    m_testEvent->clear();
    while (m_eventFilter->count() > 1)
        m_eventFilter->removeItem(1);
    for (const WebhookEvent &e : std::as_const(m_events)) {
        m_testEvent->addItem(e.name, e.name);
        m_testEvent->setItemData(m_testEvent->count() - 1, e.description, Qt::ToolTipRole);
        m_eventFilter->addItem(e.name, e.name);
    }
    m_testEvent->setCurrentIndex(qMax(0, m_testEvent->findData(test)));
    m_eventFilter->setCurrentIndex(qMax(0, m_eventFilter->findData(filter)));
    updateButtons();
}

void WebhooksPane::applyFilters()
{
    m_deliveries->setFilter(m_statusFilter->currentData().toString(), m_eventFilter->currentData().toString());
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

void WebhooksPane::updateButtons()
{
    const bool has = currentWebhookId() != 0;
    m_edit->setEnabled(has);
    m_delete->setEnabled(has);
    m_regenerate->setEnabled(has);
    m_test->setEnabled(has && m_testEvent->count() > 0 && m_testDeliveryId == 0);
    m_detail->setEnabled(m_deliveriesView->currentIndex().isValid());
}

void WebhooksPane::showLoadError(const ApiError &error)
{
    m_errorLabel->setText(tr("Webhooks could not be loaded. %1").arg(userMessage(error)));
    m_errorFrame->show();
    Q_EMIT loadFailed(error);
}

void WebhooksPane::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b02020;") : QString());
}

void WebhooksPane::newWebhook()
{
    Webhook empty;
    auto *dialog = new WebhookDialog(m_events, empty, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &WebhookDialog::submitRequested, this, [this, dialog] { submit(dialog); });
    dialog->open();
}

void WebhooksPane::editWebhook()
{
    const int row = m_view->currentIndex().row();
    if (row < 0)
        return;
    auto *dialog = new WebhookDialog(m_events, m_model->webhook(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &WebhookDialog::submitRequested, this, [this, dialog] { submit(dialog); });
    dialog->open();
}

void WebhooksPane::submit(WebhookDialog *dialog)
{
    dialog->setBusy(true);
    const qint64 id = dialog->webhookId();
    auto done = [this, dialog, id](const ApiResult<Webhook> &result) {
        dialog->setBusy(false);
        if (!result) {
            const ApiError error = result.error();
            if (error.kind == ApiError::Kind::Validation && !error.fieldErrors.isEmpty())
                dialog->showServerErrors(error.fieldErrors);
            else
                dialog->showGeneralError(tr("The webhook was not saved. %1").arg(userMessage(error)));
            if (error.kind != ApiError::Kind::Validation)
                Q_EMIT loadFailed(error);
            return;
        }
        const Webhook saved = result.value();
        m_model->updateWebhook(saved);
        selectWebhook(saved.id);
        dialog->accept();
        Q_EMIT requestSucceeded();
        if (id == 0)
            showSecret(saved.url, saved.secret, false);
    };
    if (id == 0)
        m_api.create(dialog->input(), dialog, done);
    else
        m_api.update(id, dialog->input(), dialog, done);
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
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete webhook"),
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
            m_deliveries->setWebhook(0);
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
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Regenerate secret"),
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
        });
    });
    box->open();
}

void WebhooksPane::sendTest()
{
    const qint64 id = currentWebhookId();
    const QString event = m_testEvent->currentData().toString();
    if (!id || event.isEmpty() || m_testDeliveryId)
        return;
    m_testWebhookId = id;
    m_testDeliveryId = -1; // sending; blocks a second click
    updateButtons();
    showMessage(tr("Sending a test %1 event…").arg(event), false);
    m_api.sendTest(id, event, this, [this](const ApiResult<WebhookDelivery> &result) {
        if (!result) {
            m_testDeliveryId = 0;
            updateButtons();
            showMessage(tr("The test event was not sent. %1").arg(userMessage(result.error())), true);
            return;
        }
        const WebhookDelivery delivery = result.value();
        m_testDeliveryId = delivery.id;
        m_pollsLeft = kMaxPolls;
        if (delivery.status == QLatin1String("pending")) {
            showMessage(tr("Test event sent; waiting for the endpoint to answer…"), false);
            m_pollTimer->start();
        } else {
            m_pollsLeft = 0;
            pollTestDelivery();
        }
    });
}

void WebhooksPane::pollTestDelivery()
{
    DeliveryQuery query;
    query.page = PageRequest{1, 50};
    m_api.listDeliveries(m_testWebhookId, query, this, [this](const ApiResult<Page<WebhookDelivery>> &result) {
        WebhookDelivery found;
        if (result) {
            for (const WebhookDelivery &d : result.value().items) {
                if (d.id == m_testDeliveryId)
                    found = d;
            }
        }
        const bool finished = found.id && found.status != QLatin1String("pending");
        if (!finished && --m_pollsLeft > 0) {
            m_pollTimer->start();
            return;
        }
        m_testDeliveryId = 0;
        m_model->refreshLastDelivery(m_testWebhookId);
        if (currentWebhookId() == m_testWebhookId) {
            const qint64 id = found.id;
            connect(m_deliveries, &DeliveriesModel::loaded, this, [this, id] {
                const int row = m_deliveries->rowOf(id);
                if (row >= 0)
                    m_deliveriesView->setCurrentIndex(m_deliveries->index(row, 0));
            }, Qt::SingleShotConnection);
            m_deliveries->refresh();
        }
        updateButtons();
        if (!finished) {
            showMessage(tr("The test event is still waiting for an answer; see the delivery log."), true);
        } else if (found.status == QLatin1String("success")) {
            showMessage(tr("Test delivered: HTTP %1 in %2 ms.")
                            .arg(found.responseStatus.value_or(0))
                            .arg(QLocale().toString(found.durationMs)), false);
        } else if (found.responseStatus) {
            showMessage(tr("Test delivery failed: the endpoint answered HTTP %1.")
                            .arg(*found.responseStatus), true);
        } else {
            showMessage(tr("Test delivery failed: %1").arg(found.error), true);
        }
        Q_EMIT testDeliveryFinished(found);
    });
}

void WebhooksPane::showDeliveryDetail()
{
    const int row = m_deliveriesView->currentIndex().row();
    if (row < 0)
        return;
    auto *dialog = new DeliveryDetailDialog(m_deliveries->delivery(row), this);
    dialog->open();
}

void WebhooksPane::openSignatureChecker()
{
    const int row = m_deliveriesView->currentIndex().row();
    const QString payload = row >= 0 ? m_deliveries->delivery(row).requestBody : QString();
    auto *dialog = new SignatureCheckerDialog(payload, this);
    dialog->open();
}
