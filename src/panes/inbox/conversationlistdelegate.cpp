// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "conversationlistdelegate.h"

#include "channelicon.h"
#include "channelsmodel.h"
#include "conversationsmodel.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace {
constexpr int kMargin = 8;
constexpr int kGap = 8;
constexpr int kLineGap = 3;

QFont boldFont(const QFont &base)
{
    QFont f = base;
    f.setBold(true);
    return f;
}

// Draws one line of text elided to its rect, in the text's own direction (an Arabic
// preview in an English list reads right to left), aligned to the row's leading edge.
void drawLine(QPainter *painter, const QRect &rect, const QString &text, const QFont &font,
              Qt::LayoutDirection rowDirection)
{
    const QFontMetrics metrics(font);
    QString line = text;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    const QString elided = metrics.elidedText(line, Qt::ElideRight, rect.width());
    // AlignAbsolute: otherwise an Arabic text direction would flip "left" and an Arabic
    // name would hug the far edge of an English row.
    QTextOption option(Qt::AlignVCenter | Qt::AlignAbsolute
                       | (rowDirection == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft));
    option.setTextDirection(elided.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    option.setWrapMode(QTextOption::NoWrap);
    painter->setFont(font);
    painter->drawText(QRectF(rect), elided, option);
}
} // namespace

QString ConversationListDelegate::timeText(const QModelIndex &index)
{
    return index.siblingAtColumn(ConversationsModel::TimeColumn).data().toString();
}

QString ConversationListDelegate::badgeText(const QModelIndex &index)
{
    const int unread = index.data(ConversationsModel::UnreadCountRole).toInt();
    if (unread <= 0)
        return {};
    return unread > 99 ? QLocale().toString(99) + QLatin1Char('+') : QLocale().toString(unread);
}

ConversationListDelegate::Layout ConversationListDelegate::layout(const QStyleOptionViewItem &option,
                                                                  const QModelIndex &index) const
{
    // Built as if left to right, then mirrored with QStyle::visualRect for Arabic.
    const QRect r = option.rect;
    const QFontMetrics plain(option.font);
    const QFontMetrics bold(boldFont(option.font));
    const int lineHeight = std::max(plain.height(), bold.height());
    const int iconSize = lineHeight + kLineGap + lineHeight / 2;

    Layout l;
    const int top = r.top() + kMargin;
    l.icon = QRect(r.left() + kMargin, r.top() + (r.height() - iconSize) / 2, iconSize, iconSize);
    const int textLeft = l.icon.right() + 1 + kGap;
    const int right = r.right() - kMargin;

    const QString time = timeText(index);
    const int timeWidth = time.isEmpty() ? 0 : plain.horizontalAdvance(time);
    l.time = QRect(right - timeWidth + 1, top, timeWidth, lineHeight);
    const int nameRight = time.isEmpty() ? right : l.time.left() - kGap;
    l.name = QRect(textLeft, top, std::max(0, nameRight - textLeft + 1), lineHeight);

    const int secondTop = top + lineHeight + kLineGap;
    int previewRight = right;
    const QString badge = badgeText(index);
    if (!badge.isEmpty()) {
        const QFontMetrics small(option.font);
        const int badgeHeight = lineHeight;
        const int badgeWidth = std::max(badgeHeight, small.horizontalAdvance(badge) + badgeHeight / 2 + 4);
        l.badge = QRect(right - badgeWidth + 1, secondTop, badgeWidth, badgeHeight);
        previewRight = l.badge.left() - kGap;
    }
    l.preview = QRect(textLeft, secondTop, std::max(0, previewRight - textLeft + 1), lineHeight);

    for (QRect *rect : {&l.icon, &l.name, &l.time, &l.preview, &l.badge}) {
        if (!rect->isNull())
            *rect = QStyle::visualRect(option.direction, r, *rect);
    }
    return l;
}

QSize ConversationListDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics bold(boldFont(option.font));
    const int lineHeight = std::max(QFontMetrics(option.font).height(), bold.height());
    // Wide enough for a readable name and preview; the view gives the row its real width.
    return {bold.averageCharWidth() * 28, 2 * lineHeight + kLineGap + 2 * kMargin};
}

void ConversationListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // The style draws the selection, focus and hover background; the text is ours.
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const Layout l = layout(option, index);
    const bool unread = index.data(ConversationsModel::UnreadCountRole).toInt() > 0;
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = text;
    if (!selected)
        muted.setAlphaF(0.65);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QString channel = index.data(ConversationsModel::ChannelCodeRole).toString();
    ChannelIcon::forChannel(channel).paint(painter, l.icon);

    QFont nameFont = option.font;
    nameFont.setBold(unread);
    painter->setPen(text);
    drawLine(painter, l.name, index.siblingAtColumn(ConversationsModel::ContactColumn).data().toString(),
             nameFont, option.direction);
    painter->setPen(unread ? text : muted);
    drawLine(painter, l.preview, index.data(ConversationsModel::PreviewRole).toString(), option.font,
             option.direction);
    painter->setPen(muted);
    painter->setFont(option.font);
    painter->drawText(l.time, Qt::AlignCenter, timeText(index));

    if (!l.badge.isNull()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(selected ? option.palette.color(QPalette::HighlightedText)
                                   : option.palette.color(group, QPalette::Highlight));
        painter->drawRoundedRect(QRectF(l.badge), l.badge.height() / 2.0, l.badge.height() / 2.0);
        painter->setPen(selected ? option.palette.color(group, QPalette::Highlight)
                                 : option.palette.color(QPalette::HighlightedText));
        painter->setFont(boldFont(option.font));
        painter->drawText(l.badge, Qt::AlignCenter, badgeText(index));
    }
    painter->restore();
}
