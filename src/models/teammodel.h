// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "teammember.h"

#include <QAbstractTableModel>
#include <QList>

class TeamApi;

// The account's team members, a page at a time.
class TeamModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, EmailColumn, RoleColumn, ActiveColumn, LastSeenColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole, // qint64
        RoleCodeRole,          // "admin", "agent", "receptionist"
        IsActiveRole,
    };

    explicit TeamModel(TeamApi &api, QObject *parent = nullptr);

    void refresh();
    bool isLoading() const { return m_loading; }
    TeamMember member(int row) const { return m_items.value(row); }
    int rowOf(qint64 id) const;
    // Puts a member the server just returned in place (or at the end when new).
    void updateMember(const TeamMember &member);
    void removeMember(qint64 id);

    static QStringList roleCodes();
    static QString roleName(const QString &role);
    // One line on what the role may do.
    static QString roleExplanation(const QString &role);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loaded();
    void failed(const ApiError &error);

private:
    void fetchPage(int page);

    TeamApi &m_api;
    QList<TeamMember> m_items;
    int m_generation = 0;
    int m_currentPage = 0;
    int m_lastPage = 1;
    bool m_loading = false;
};
