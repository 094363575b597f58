// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

// Paints a ThreadModel row as a chat bubble: inbound on the leading side, outbound on the
// trailing side, each message laid out in its own text direction, with a date separator
// above the first message of a day and the status (or the failure) underneath.
class MessageDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QString bodyText(const QModelIndex &index);
    static QString footerText(const QModelIndex &index);

private:
    struct Layout
    {
        QRect separator;
        QRect bubble;
        QRect body;
        QRect footer;
    };
    Layout layout(const QStyleOptionViewItem &option, const QModelIndex &index) const;
};
