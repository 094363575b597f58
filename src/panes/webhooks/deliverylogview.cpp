// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "deliverylogview.h"

#include "deliveriesmodel.h"
#include "deliverydetaildialog.h"
#include "plaintextwidgets.h"
#include "webhooksmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

namespace {

const QLatin1String kColumnsKey("webhooks/deliveryColumns");
const QLatin1String kStatusFilterKey("webhooks/statusFilter");

} // namespace

DeliveryLogView::DeliveryLogView(WebhooksApi &api, QSettings &settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_model(new DeliveriesModel(api, this))
    , m_statusFilter(new QComboBox(this))
    , m_eventFilter(new QComboBox(this))
    , m_detail(new QPushButton(tr("Show &delivery…"), this))
    , m_resend(new QPushButton(tr("&Resend"), this))
    , m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("deliveryLog"));
    m_statusFilter->setObjectName(QStringLiteral("statusFilterCombo"));
    m_statusFilter->setToolTip(tr("Show the deliveries with this status"));
    m_statusFilter->addItem(tr("All statuses"), QString());
    for (const char *code : {"success", "failed", "pending"}) {
        const QString c = QLatin1String(code);
        m_statusFilter->addItem(WebhooksModel::deliveryStatusText(c), c);
    }
    m_statusFilter->setCurrentIndex(qMax(0, m_statusFilter->findData(m_settings.value(kStatusFilterKey).toString())));
    m_eventFilter->setObjectName(QStringLiteral("eventFilterCombo"));
    m_eventFilter->setToolTip(tr("Show the deliveries of this event"));
    m_eventFilter->addItem(tr("All events"), QString());
    m_eventFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_detail->setObjectName(QStringLiteral("detailButton"));
    const QKeySequence detailKeys(Qt::CTRL | Qt::Key_D);
    m_detail->setShortcut(detailKeys);
    m_detail->setToolTip(QStringLiteral("%1 (%2)").arg(tr("Show the request and response"),
        detailKeys.toString(QKeySequence::NativeText)));

    m_resend->setObjectName(QStringLiteral("resendButton"));
    // The API has no replay of a recorded delivery: Resend sends the same event again as
    // a new delivery (POST /webhooks/{id}/test), which the log then shows on its own row.
    m_resend->setToolTip(tr("Send this event to the endpoint again, as a new delivery with a sample payload"));

    m_view->setObjectName(QStringLiteral("deliveriesView"));
    m_view->setAccessibleName(tr("Deliveries"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->setTabKeyNavigation(false);
    m_view->setModel(m_model);
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(true);
    header->resizeSection(DeliveriesModel::TimeColumn, 170);
    header->resizeSection(DeliveriesModel::EventColumn, 170);
    header->restoreState(m_settings.value(kColumnsKey).toByteArray());

    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &DeliveryLogView::applyFilters);
    connect(m_eventFilter, &QComboBox::currentIndexChanged, this, &DeliveryLogView::applyFilters);
    connect(m_detail, &QPushButton::clicked, this, &DeliveryLogView::showDetail);
    connect(m_resend, &QPushButton::clicked, this, [this] {
        if (const std::optional<WebhookDelivery> delivery = currentDelivery())
            Q_EMIT resendRequested(*delivery);
    });
    connect(m_view, &QTableView::activated, this, &DeliveryLogView::showDetail);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &DeliveryLogView::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DeliveryLogView::updateActions);
    connect(m_model, &DeliveriesModel::failed, this, &DeliveryLogView::failed);

    // The title gives way first: the filters and the button keep their text.
    auto *title = new QLabel(tr("<b>Deliveries</b>"), this);
    title->setTextFormat(Qt::RichText); // our own markup only
    title->setMinimumWidth(0);
    title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *filters = new QHBoxLayout;
    filters->addWidget(title, 1);
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_eventFilter);
    filters->addWidget(m_detail);
    filters->addWidget(m_resend);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_view);
    applyFilters(); // the remembered status filter applies from the first load
    updateActions();
    // Names, notes and server texts land in these labels: they show as typed.
    PlainText::lockLabels(this);
}

DeliveryLogView::~DeliveryLogView()
{
    m_settings.setValue(kColumnsKey, m_view->horizontalHeader()->saveState());
    m_settings.setValue(kStatusFilterKey, m_statusFilter->currentData());
}

void DeliveryLogView::setWebhook(qint64 webhookId)
{
    m_model->setWebhook(webhookId);
}

void DeliveryLogView::setEvents(const QList<WebhookEvent> &events)
{
    const QString chosen = m_eventFilter->currentData().toString();
    const QSignalBlocker blocker(m_eventFilter);
    while (m_eventFilter->count() > 1)
        m_eventFilter->removeItem(1);
    for (const WebhookEvent &e : events)
        m_eventFilter->addItem(e.name, e.name);
    m_eventFilter->setCurrentIndex(qMax(0, m_eventFilter->findData(chosen)));
}

void DeliveryLogView::reloadAndSelect(qint64 deliveryId)
{
    connect(m_model, &DeliveriesModel::loaded, this, [this, deliveryId] {
        const int row = m_model->rowOf(deliveryId);
        if (row >= 0)
            m_view->setCurrentIndex(m_model->index(row, 0));
    }, Qt::SingleShotConnection);
    m_model->refresh();
}

std::optional<WebhookDelivery> DeliveryLogView::currentDelivery() const
{
    const int row = m_view->currentIndex().row();
    if (row < 0)
        return std::nullopt;
    return m_model->delivery(row);
}

void DeliveryLogView::showDetail()
{
    const std::optional<WebhookDelivery> delivery = currentDelivery();
    if (!delivery)
        return;
    auto *dialog = new DeliveryDetailDialog(*delivery, this);
    dialog->open();
}

void DeliveryLogView::applyFilters()
{
    m_model->setFilter(m_statusFilter->currentData().toString(), m_eventFilter->currentData().toString());
}

void DeliveryLogView::setResendAvailable(bool available)
{
    m_resendAvailable = available;
    updateActions();
}

void DeliveryLogView::updateActions()
{
    m_detail->setEnabled(m_view->currentIndex().isValid());
    m_resend->setEnabled(m_view->currentIndex().isValid() && m_resendAvailable);
}
