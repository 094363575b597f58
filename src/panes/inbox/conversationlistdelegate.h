// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

// Paints a ConversationsModel row as one two-line entry, the way agents scan an inbox:
// the channel icon, the contact's name (bold while unread) and the time on the first line,
// the last message on the second, and a count badge while there are unread messages.
// Everything is placed from the leading edge, so the row mirrors in Arabic; the preview
// keeps its own text direction, so an Arabic message reads right in an English UI.
class ConversationListDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    struct Layout
    {
        QRect icon;
        QRect name;
        QRect time;
        QRect preview;
        QRect badge; // empty when nothing is unread
    };
    // Public so the geometry can be tested without reading pixels.
    Layout layout(const QStyleOptionViewItem &option, const QModelIndex &index) const;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    static QString timeText(const QModelIndex &index);
    static QString badgeText(const QModelIndex &index);
};
