// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIdentityProxyModel>

// The thread as the list view (and assistive technology) sees it. Each message is named
// "From Sarah Johnson, 14:02: text" or "From us (Omar), 14:05: text", and described by its
// status and kind, so that a screen reader says who wrote what and whether it arrived;
// the painted bubble shows the same by its side and footer. It never fetches by itself:
// the thread loads older messages when scrolled to the TOP, and a list view left alone
// would fetch whenever it sits at the bottom, i.e. always (ThreadPanel asks instead).
class ThreadViewProxy final : public QIdentityProxyModel
{
    Q_OBJECT

public:
    using QIdentityProxyModel::QIdentityProxyModel;

    void setContactName(const QString &name) { m_contactName = name; }
    bool canFetchMore(const QModelIndex &) const override { return false; }
    QVariant data(const QModelIndex &index, int role) const override;

    // What a screen reader says of one message (name) and its details (description).
    QString accessibleName(const QModelIndex &index) const;
    static QString accessibleDescription(const QModelIndex &index);

private:
    QString m_contactName;
};
