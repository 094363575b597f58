// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhooksmodel.h"

#include "plaintext.h"
#include "statuscolours.h"
#include "webhooksapi.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QTimer>

#include <utility>

WebhooksModel::WebhooksModel(WebhooksApi &api, QObject *parent)
    : PagedTableModel(50, parent)
    , m_api(api)
{
}

void WebhooksModel::refresh()
{
    clearRows([this] {
        m_lastDelivery.clear();
        m_deliveryAnswered.clear();
        m_deliveryAsked.clear();
        m_deliveryFailed.clear();
        m_deliveryWanted.clear();
    });
    fetchFirstPage();
}

void WebhooksModel::requestPage(const PageRequest &page, PageCallback done)
{
    m_api.list(page, this, std::move(done));
}

void WebhooksModel::pageArrived(const Page<Webhook> &)
{
    // Latest deliveries are asked for when a view shows their rows (wantLastDelivery).
}

void WebhooksModel::wantLastDelivery(qint64 id) const
{
    if (m_deliveryAsked.contains(id) || m_deliveryFailed.contains(id) || m_deliveryWanted.contains(id))
        return;
    m_deliveryWanted.insert(id);
    if (m_askQueued)
        return;
    m_askQueued = true;
    // data() is const and may run inside a paint: the requests leave on the next turn.
    auto *self = const_cast<WebhooksModel *>(this);
    QTimer::singleShot(0, self, [self] { self->askWantedDeliveries(); });
}

void WebhooksModel::askWantedDeliveries()
{
    m_askQueued = false;
    const QSet<qint64> wanted = std::exchange(m_deliveryWanted, {});
    for (qint64 id : wanted) {
        if (rowOf(id) >= 0 && !m_deliveryAsked.contains(id))
            refreshLastDelivery(id);
    }
}

void WebhooksModel::refreshLastDelivery(qint64 id)
{
    DeliveryQuery query;
    query.page = PageRequest{1, 1};
    const int requested = generation();
    m_deliveryAsked.insert(id);
    m_deliveryFailed.remove(id);
    WebhooksApi &api = m_deliveriesApi ? *m_deliveriesApi : m_api;
    api.listDeliveries(id, query, this, [this, id, requested](const ApiResult<Page<WebhookDelivery>> &result) {
        if (requested != generation())
            return;
        // A failure here only leaves the column without a status; the list itself is fine,
        // and the next refresh asks again.
        if (result)
            m_deliveryAnswered.insert(id);
        else
            m_deliveryFailed.insert(id);
        if (!result.value().items.isEmpty())
            m_lastDelivery.insert(id, result.value().items.first());
        const int row = rowOf(id);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, LastDeliveryColumn), index(row, LastDeliveryColumn));
    });
}

void WebhooksModel::updateWebhook(const Webhook &webhook)
{
    Webhook kept = webhook;
    // The full secret from a create answer must not linger in the model; the server's
    // masked form ("whsec_••••" and the last 4) is what the pane shows as a hint.
    if (!kept.secret.contains(QChar(0x2022)))
        kept.secret.clear();
    const int row = rowOf(webhook.id);
    if (row < 0) {
        // A webhook just created has no deliveries yet: nothing to ask the server.
        m_deliveryAsked.insert(webhook.id);
        m_deliveryAnswered.insert(webhook.id);
        beginInsertRows({}, int(m_items.size()), int(m_items.size()));
        m_items.append(kept);
        endInsertRows();
        return;
    }
    m_items[row] = kept;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QString WebhooksModel::deliveryStatusText(const QString &status)
{
    if (status == QLatin1String("success"))
        return tr("Delivered");
    if (status == QLatin1String("failed"))
        return tr("Failed");
    if (status == QLatin1String("pending"))
        return tr("Pending");
    return status;
}

int WebhooksModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WebhooksModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Webhook &w = m_items.at(index.row());
    const auto last = m_lastDelivery.constFind(w.id);
    const QString lastStatus = last == m_lastDelivery.constEnd() ? QString() : last->status;
    if ((role == Qt::DisplayRole && index.column() == LastDeliveryColumn) || role == LastStatusRole)
        wantLastDelivery(w.id);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case UrlColumn:
            // URLs read left to right in an Arabic UI too: embedded left-to-right (LRE … PDF),
            // or "http://host" would come out as "host//:http".
            return QString(QChar(0x202A) + w.url + QChar(0x202C));
        case DescriptionColumn:
            return w.description;
        case EventsColumn:
            return QLocale().toString(w.events.size());
        case ActiveColumn:
            return w.isActive ? tr("Active") : tr("Paused");
        case LastDeliveryColumn:
            if (lastStatus.isEmpty() && m_deliveryFailed.contains(w.id))
                return tr("Not loaded");
            if (lastStatus.isEmpty() && !m_deliveryAnswered.contains(w.id))
                return m_deliveryAsked.contains(w.id) ? tr("Loading…") : QString();
            if (lastStatus.isEmpty())
                return tr("Never delivered");
            if (last->responseStatus)
                return tr("%1 (HTTP %2)").arg(deliveryStatusText(lastStatus)).arg(QLocale().toString(*last->responseStatus));
            return deliveryStatusText(lastStatus);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == EventsColumn)
            return PlainText::toolTip(w.events.join(QLatin1Char('\n')));
        if (index.column() == LastDeliveryColumn && !lastStatus.isEmpty() && !last->error.isEmpty())
            return PlainText::toolTip(last->error);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == LastDeliveryColumn && lastStatus == QLatin1String("failed"))
            return QBrush(StatusColours::error());
        if (index.column() == LastDeliveryColumn && lastStatus == QLatin1String("success"))
            return QBrush(StatusColours::success());
        return {};
    case IdRole:
        return w.id;
    case UrlRole:
        return w.url;
    case IsActiveRole:
        return w.isActive;
    case LastStatusRole:
        return lastStatus;
    }
    return {};
}

QVariant WebhooksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UrlColumn:
        return tr("URL");
    case DescriptionColumn:
        return tr("Description");
    case EventsColumn:
        return tr("Events");
    case ActiveColumn:
        return tr("State");
    case LastDeliveryColumn:
        return tr("Last delivery");
    }
    return {};
}
