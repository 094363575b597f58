// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "pagedtablemodel.h"
#include "teammember.h"

class TeamApi;

// The account's team members, a page at a time.
class TeamModel final : public PagedTableModel<TeamMember>
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
    TeamMember member(int row) const { return m_items.value(row); }
    // Puts a member the server just returned in place (or at the end when new).
    void updateMember(const TeamMember &member);
    void removeMember(qint64 id);

    static QStringList roleCodes();
    static QString roleName(const QString &role);
    // One line on what the role may do.
    static QString roleExplanation(const QString &role);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loaded();
    void failed(const ApiError &error);
    // The rows' age changed (savedAt(): invalid once every page is the server's).
    void savedAtChanged(const QDateTime &savedAt);

private:
    void requestPage(const PageRequest &page, PageCallback done) override;
    void pageLoaded() override { Q_EMIT loaded(); }
    void pageFailed(const ApiError &error) override { Q_EMIT failed(error); }
    void announceSavedAt(const QDateTime &savedAt) override { Q_EMIT savedAtChanged(savedAt); }

    TeamApi &m_api;
};
