// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagedelegate.h"

#include "messagekind.h"
#include "statuscolours.h"
#include "threadmodel.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QTextOption>

namespace {
constexpr int kPad = 8;
constexpr int kMargin = 10;

QTextOption textOption(const QString &text)
{
    QTextOption o;
    o.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    // Each message in its own direction: an Arabic reply in an English UI reads right to left.
    o.setTextDirection(text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    o.setAlignment(Qt::AlignAbsolute | (text.isRightToLeft() ? Qt::AlignRight : Qt::AlignLeft));
    return o;
}
} // namespace

QString MessageDelegate::bodyText(const QModelIndex &index)
{
    QString text = index.data(ThreadModel::ContentRole).toString();
    const QString type = index.data(ThreadModel::TypeRole).toString();
    const QString media = index.data(ThreadModel::MediaUrlRole).toString();
    if (!index.data(ThreadModel::IsUnreadableRole).toBool() && !type.isEmpty()
        && type != QLatin1String("text")) {
        const QString head = tr("[%1]").arg(MessageKind::name(type));
        text = text.isEmpty() ? head : head + QLatin1Char(' ') + text;
        if (!media.isEmpty())
            text += QLatin1Char('\n') + media;
    }
    return text;
}

QString MessageDelegate::footerText(const QModelIndex &index)
{
    QStringList parts;
    const QString sender = index.data(ThreadModel::SenderRole).toString();
    if (!sender.isEmpty())
        parts << sender;
    const QDateTime at = index.data(ThreadModel::CreatedAtRole).toDateTime();
    if (at.isValid())
        parts << QLocale().toString(at.toLocalTime().time(), QLocale::ShortFormat);
    if (index.data(ThreadModel::DirectionRole).toString() == QLatin1String("outbound"))
        parts << index.data(ThreadModel::StatusRole).toString();
    const QString error = index.data(ThreadModel::ErrorRole).toString();
    if (!error.isEmpty())
        parts << error;
    return parts.join(QStringLiteral(" · "));
}

MessageDelegate::Layout MessageDelegate::layout(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Layout l;
    const QFontMetrics fm(option.font);
    const int width = std::max(option.rect.width(), 200);
    int y = option.rect.top() + 4;
    if (index.data(ThreadModel::DateSeparatorRole).toDate().isValid()) {
        l.separator = QRect(option.rect.left(), y, width, fm.height() + 8);
        y += l.separator.height();
    }
    const int maxText = width * 7 / 10 - 2 * kPad;
    const QString body = bodyText(index);
    const QString footer = footerText(index);
    QRect b = fm.boundingRect(QRect(0, 0, maxText, 100000),
                              Qt::TextWrapAnywhere | Qt::TextWordWrap, body);
    const int footerWidth = std::min(fm.horizontalAdvance(footer), maxText);
    const int textWidth = std::max({b.width(), footerWidth, 40});
    const int bubbleWidth = textWidth + 2 * kPad;
    const int bubbleHeight = b.height() + fm.height() + 2 * kPad + 2;
    const bool outbound = index.data(ThreadModel::DirectionRole).toString() == QLatin1String("outbound");
    // Inbound on the leading edge (left in English, right in Arabic), outbound opposite.
    const bool leftSide = outbound == (option.direction == Qt::RightToLeft);
    const int x = leftSide ? option.rect.left() + kMargin : option.rect.left() + width - kMargin - bubbleWidth;
    l.bubble = QRect(x, y, bubbleWidth, bubbleHeight);
    l.body = QRect(x + kPad, y + kPad, textWidth, b.height());
    l.footer = QRect(x + kPad, l.body.bottom() + 2, textWidth, fm.height());
    return l;
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const Layout l = layout(opt, index);
    return QSize(std::max(opt.rect.width(), 200), l.bubble.bottom() - opt.rect.top() + 6);
}

void MessageDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const Layout l = layout(opt, index);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = opt.palette;
    if (l.separator.isValid()) {
        const QDate day = index.data(ThreadModel::DateSeparatorRole).toDate();
        painter->setPen(pal.color(QPalette::PlaceholderText));
        painter->drawText(l.separator, Qt::AlignCenter, QLocale().toString(day, QLocale::LongFormat));
    }
    const bool outbound = index.data(ThreadModel::DirectionRole).toString() == QLatin1String("outbound");
    const auto state = index.data(ThreadModel::SendStateRole).value<ThreadModel::SendState>();
    QColor fill = outbound ? QColor(0xdc, 0xf1, 0xe4) : QColor(0xee, 0xee, 0xf2);
    QColor border = fill.darker(115);
    if (state == ThreadModel::SendState::Failed || state == ThreadModel::SendState::NotConfirmed) {
        fill = QColor(0xfd, 0xec, 0xea);
        border = StatusColours::errorOn(fill);
    }
    if (opt.state & QStyle::State_Selected)
        border = pal.color(QPalette::Highlight);
    painter->setPen(QPen(border, (opt.state & QStyle::State_Selected) ? 2 : 1));
    painter->setBrush(fill);
    painter->drawRoundedRect(l.bubble, 8, 8);

    const QString body = bodyText(index);
    painter->setPen(index.data(ThreadModel::IsUnreadableRole).toBool() ? QColor(0x80, 0x80, 0x80)
                                                                        : QColor(0x20, 0x20, 0x20));
    painter->drawText(QRectF(l.body), body, textOption(body));
    QFont small = opt.font;
    small.setPointSizeF(small.pointSizeF() * 0.85);
    painter->setFont(small);
    painter->setPen(state == ThreadModel::SendState::Confirmed ? QColor(0x60, 0x60, 0x60)
                                                               : StatusColours::errorOn(fill));
    const QString footer = footerText(index);
    QTextOption fo = textOption(footer);
    fo.setWrapMode(QTextOption::NoWrap);
    painter->drawText(QRectF(l.footer), QFontMetrics(small).elidedText(footer, Qt::ElideRight, l.footer.width()), fo);
    painter->restore();
}
