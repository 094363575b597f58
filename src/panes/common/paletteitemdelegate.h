// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

// Paints a PaletteModel row on two lines: the title, with the command's key at the
// trailing edge; under it, smaller, the kind ("Contact", "Recent · Booking") and the
// detail. Placed from the leading edge, so the row mirrors in Arabic; each text keeps
// its own direction (an Arabic name in an English row reads right).
class PaletteItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
