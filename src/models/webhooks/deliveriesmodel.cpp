// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "deliveriesmodel.h"

#include "plaintext.h"
#include "statuscolours.h"
#include "webhooksapi.h"
#include "webhooksmodel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

DeliveriesModel::DeliveriesModel(WebhooksApi &api, QObject *parent)
    : PagedTableModel(25, parent)
    , m_api(api)
{
}

void DeliveriesModel::setWebhook(qint64 webhookId)
{
    if (webhookId == m_webhookId)
        return;
    m_webhookId = webhookId;
    refresh();
}

void DeliveriesModel::setFilter(const QString &status, const QString &event)
{
    if (status == m_status && event == m_event)
        return;
    m_status = status;
    m_event = event;
    refresh();
}

void DeliveriesModel::refresh()
{
    clearRows([this] { m_total = 0; });
    if (m_webhookId > 0)
        fetchFirstPage();
}

void DeliveriesModel::requestPage(const PageRequest &page, PageCallback done)
{
    DeliveryQuery query;
    query.status = m_status;
    query.event = m_event;
    query.page = page;
    m_api.listDeliveries(m_webhookId, query, this, std::move(done));
}

int DeliveriesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeliveriesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WebhookDelivery &d = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(d.createdAt.toLocalTime(), QLocale::ShortFormat);
        case EventColumn:
            return d.event;
        case StatusColumn:
            return WebhooksModel::deliveryStatusText(d.status);
        case AttemptColumn:
            return QLocale().toString(d.attempt);
        case ResponseColumn:
            if (d.responseStatus)
                return QLocale().toString(*d.responseStatus); // the locale's digits, like every number
            return d.error.isEmpty() ? QString() : tr("No answer");
        case DurationColumn:
            return tr("%1 ms").arg(QLocale().toString(d.durationMs));
        }
        return {};
    case Qt::ToolTipRole:
        return d.error.isEmpty() ? QVariant() : QVariant(PlainText::toolTip(d.error));
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn && d.status == QLatin1String("failed"))
            return QBrush(StatusColours::error());
        if (index.column() == StatusColumn && d.status == QLatin1String("success"))
            return QBrush(StatusColours::success());
        return {};
    case IdRole:
        return d.id;
    case StatusCodeRole:
        return d.status;
    case EventRole:
        return d.event;
    }
    return {};
}

QVariant DeliveriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case EventColumn:
        return tr("Event");
    case StatusColumn:
        return tr("Status");
    case AttemptColumn:
        return tr("Attempt");
    case ResponseColumn:
        return tr("Response");
    case DurationColumn:
        return tr("Duration");
    }
    return {};
}
