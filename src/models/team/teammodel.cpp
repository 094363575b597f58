// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "teammodel.h"

#include "teamapi.h"

#include <QLocale>

TeamModel::TeamModel(TeamApi &api, QObject *parent)
    : PagedTableModel(50, parent)
    , m_api(api)
{
}

void TeamModel::refresh()
{
    clearRows();
    fetchFirstPage();
}

void TeamModel::requestPage(const PageRequest &page, PageCallback done)
{
    m_api.list(page, this, std::move(done));
}

void TeamModel::updateMember(const TeamMember &member)
{
    const int row = rowOf(member.id);
    if (row < 0) {
        beginInsertRows({}, int(m_items.size()), int(m_items.size()));
        m_items.append(member);
        endInsertRows();
        return;
    }
    m_items[row] = member;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void TeamModel::removeMember(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_items.removeAt(row);
    endRemoveRows();
}

QStringList TeamModel::roleCodes()
{
    return {QStringLiteral("admin"), QStringLiteral("agent"), QStringLiteral("receptionist")};
}

QString TeamModel::roleName(const QString &role)
{
    if (role == QLatin1String("admin"))
        return tr("Admin");
    if (role == QLatin1String("agent"))
        return tr("Agent");
    if (role == QLatin1String("receptionist"))
        return tr("Receptionist");
    return role;
}

QString TeamModel::roleExplanation(const QString &role)
{
    if (role == QLatin1String("admin"))
        return tr("Everything, including webhooks, the team and the account.");
    if (role == QLatin1String("agent"))
        return tr("Answers conversations and manages contacts.");
    if (role == QLatin1String("receptionist"))
        return tr("Books, moves and cancels appointments.");
    return {};
}

int TeamModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TeamModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TeamMember &m = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return m.name;
        case EmailColumn:
            return QString(QChar(0x202A) + m.email + QChar(0x202C));
        case RoleColumn:
            return roleName(m.role);
        case ActiveColumn:
            return m.isActive ? tr("Active") : tr("Deactivated");
        case LastSeenColumn:
            return m.lastSeenAt.isValid()
                ? QLocale().toString(m.lastSeenAt.toLocalTime(), QLocale::ShortFormat)
                : tr("Never");
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == RoleColumn ? QVariant(roleExplanation(m.role)) : QVariant();
    case IdRole:
        return m.id;
    case RoleCodeRole:
        return m.role;
    case IsActiveRole:
        return m.isActive;
    }
    return {};
}

QVariant TeamModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case EmailColumn:
        return tr("E-mail");
    case RoleColumn:
        return tr("Role");
    case ActiveColumn:
        return tr("State");
    case LastSeenColumn:
        return tr("Last seen");
    }
    return {};
}
