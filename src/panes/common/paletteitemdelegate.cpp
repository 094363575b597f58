// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "paletteitemdelegate.h"

#include "palettemodel.h"

#include <QApplication>
#include <QPainter>

namespace {
constexpr int kMargin = 6;
constexpr int kGap = 12;

QFont smallFont(const QFont &base)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() > 0 ? base.pointSizeF() * 0.9 : 9);
    return f;
}

void drawLine(QPainter *painter, const QRect &rect, const QString &text, const QFont &font,
              Qt::LayoutDirection rowDirection, bool forceLeftToRight = false)
{
    const QFontMetrics metrics(font);
    const QString elided = metrics.elidedText(text.simplified(), Qt::ElideRight, rect.width());
    QTextOption option(Qt::AlignVCenter | Qt::AlignAbsolute
                       | (rowDirection == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft));
    option.setTextDirection(!forceLeftToRight && elided.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    option.setWrapMode(QTextOption::NoWrap);
    painter->setFont(font);
    painter->drawText(QRectF(rect), elided, option);
}
} // namespace

QSize PaletteItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int lines = QFontMetrics(option.font).height() + QFontMetrics(smallFont(option.font)).height();
    return {QFontMetrics(option.font).averageCharWidth() * 40, lines + 2 * kMargin + 2};
}

void PaletteItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dim = text;
    dim.setAlphaF(0.7);

    // Laid out left to right, mirrored for Arabic.
    const QRect r = opt.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const QFont titleFont = opt.font;
    const QFont small = smallFont(opt.font);
    const int titleHeight = QFontMetrics(titleFont).height();
    const QString keys = index.data(PaletteModel::KeysRole).toString();
    const int keysWidth = keys.isEmpty() ? 0 : QFontMetrics(small).horizontalAdvance(keys) + 4;
    const QRect keysRect(r.right() - keysWidth + 1, r.top(), keysWidth, titleHeight);
    const QRect titleRect(r.left(), r.top(), r.width() - keysWidth - (keysWidth ? kGap : 0), titleHeight);
    const QRect secondRect(r.left(), r.top() + titleHeight + 2, r.width(), QFontMetrics(small).height());

    QString second = index.data(PaletteModel::KindTextRole).toString();
    if (index.data(PaletteModel::RecentRole).toBool())
        second = tr("Recent · %1", "a palette row chosen lately: Recent · Contact").arg(second);
    const QString detail = index.data(PaletteModel::DetailRole).toString();
    // The detail in its own direction (first-strong isolate): "+971…" stays one number in
    // an Arabic row, and an Arabic message keeps its order in an English one.
    if (!detail.isEmpty())
        second = tr("%1 · %2", "palette row: kind · detail").arg(second, QChar(0x2068) + detail + QChar(0x2069));

    painter->setPen(text);
    drawLine(painter, QStyle::visualRect(opt.direction, opt.rect, titleRect), index.data().toString(), titleFont,
             opt.direction);
    painter->setPen(dim);
    drawLine(painter, QStyle::visualRect(opt.direction, opt.rect, secondRect), second, small, opt.direction);
    if (!keys.isEmpty()) {
        // Key names read left to right in Arabic too ("Ctrl+K").
        drawLine(painter, QStyle::visualRect(opt.direction, opt.rect, keysRect), keys, small,
                 opt.direction == Qt::RightToLeft ? Qt::LeftToRight : Qt::RightToLeft, true);
    }
    painter->restore();
}
