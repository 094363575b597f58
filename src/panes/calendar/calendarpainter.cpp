// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarpainter.h"

#include "calendarlayout.h"
#include "calendarrules.h"

#include <QLocale>
#include <QPainter>
#include <QWidget>

namespace {
constexpr int kHeader = CalendarLayout::kHeader;
} // namespace

CalendarPainter::CalendarPainter(
    const QWidget &widget, const CalendarLayout &layout, QPainter &painter)
    : m_widget(widget)
    , m_layout(layout)
    , m_painter(painter)
{
}

void CalendarPainter::setSelection(qint64 bookingId, const QRect &focusedFree)
{
    m_selected = bookingId;
    m_focusedFree = focusedFree;
}

void CalendarPainter::setGhost(int bookingIndex, int column, const QDateTime &start)
{
    m_ghost = bookingIndex;
    m_ghostColumn = column;
    m_ghostStart = start;
}

void CalendarPainter::paint()
{
    grid();
    availability();
    bookings();
    header();
}

void CalendarPainter::grid()
{
    const CalendarLayout &v = m_layout;
    const QPalette &palette = m_widget.palette();
    QPainter &p = m_painter;
    const bool rtl = v.isRightToLeft();
    const QColor line = palette.color(QPalette::Mid);
    const int width = v.viewportSize().width();
    const int height = v.viewportSize().height();
    const int axis = v.axisWidth();
    const int lanes = int(v.lanes().size());
    p.setClipRect(0, kHeader, width, height - kHeader);
    for (int hour = 0; hour <= 24; ++hour) {
        const int y = v.yFor(hour * 60);
        // Solid, lighter lines: dotted ones cost more to rasterise than all the blocks.
        p.setPen(QPen(hour == 0 ? line : line.lighter(115), 1));
        p.drawLine(rtl ? 0 : axis, y, rtl ? width - axis : width, y);
        p.setPen(palette.color(QPalette::Text));
        const QRect label(rtl ? width - axis + 4 : 0, y - 2, axis - 8, 16);
        if (hour < 24)
            p.drawText(
                label, Qt::AlignRight | Qt::AlignTop, CalendarRules::timeText(QTime(hour, 0)));
    }
    p.setPen(QPen(line, 1));
    for (int c = 0; c < v.laneCount(); ++c) {
        const QRect r = v.laneRect(c);
        const bool dayEdge = c % lanes == 0;
        p.setPen(QPen(dayEdge ? palette.color(QPalette::Dark) : line, 1));
        const int x = rtl ? r.right() : r.left();
        p.drawLine(x, kHeader, x, height);
    }
    if (v.now().isValid()) {
        const int day = int(v.days().indexOf(CalendarRules::dayIn(v.now(), v.timeZone())));
        if (day >= 0) {
            const int y
                = v.yFor(CalendarRules::minutesInto(v.now(), v.days().at(day), v.timeZone()));
            const QRect first = v.laneRect(day * lanes);
            const QRect last = v.laneRect((day + 1) * lanes - 1);
            p.setPen(QPen(QColor(0xd9, 0x30, 0x25), 2));
            p.drawLine(qMin(first.left(), last.left()), y, qMax(first.right(), last.right()), y);
        }
    }
    p.setClipping(false);
}

void CalendarPainter::availability()
{
    const CalendarLayout &v = m_layout;
    QPainter &p = m_painter;
    p.setClipRect(0, kHeader, v.viewportSize().width(), v.viewportSize().height() - kHeader);
    const QColor freeColour(0x2e, 0x9d, 0x5b, 50);
    const QColor takenColour(0x80, 0x80, 0x80, 40);
    const QList<CalendarLayout::Lane> &lanes = v.lanes();
    const std::optional<qint64> slotResource = v.slotResource();
    for (int d = 0; d < v.days().size(); ++d) {
        const QDate day = v.days().at(d);
        const auto it = v.daySlots().constFind(day);
        if (it == v.daySlots().constEnd())
            continue;
        for (const Slot &slot : it->timeSlots) {
            const int y0 = v.yFor(CalendarRules::minutesInto(slot.startsAt, day, v.timeZone()));
            const int y1 = v.yFor(CalendarRules::minutesInto(slot.endsAt, day, v.timeZone()));
            const bool past = v.now().isValid() && slot.startsAt <= v.now();
            for (int lane = 0; lane < lanes.size(); ++lane) {
                if (slotResource && lanes.at(lane).resourceId != slotResource)
                    continue;
                const QRect r = v.laneRect(d * int(lanes.size()) + lane);
                const QRect box(r.left() + 1, y0 + 1, r.width() - 2, y1 - y0 - 1);
                if (slot.available && !past)
                    p.fillRect(box, freeColour);
                else
                    p.fillRect(
                        box, QBrush(takenColour, past ? Qt::Dense6Pattern : Qt::BDiagPattern));
            }
        }
    }
    p.setClipping(false);
}

void CalendarPainter::bookings()
{
    const CalendarLayout &v = m_layout;
    QPainter &p = m_painter;
    const QRect visible(
        0, kHeader, v.viewportSize().width(), v.viewportSize().height() - kHeader);
    p.setClipRect(visible);
    const QFontMetrics fm(m_widget.font());
    const bool rtl = v.isRightToLeft();
    const auto textAt = [&](const QRect &r, int line, const QString &text, int advance) {
        const int x = rtl ? r.right() - 4 - advance : r.left() + 4;
        p.drawText(QPoint(x, r.top() + 1 + fm.ascent() + line * fm.height()), text);
    };
    const QPen selectedPen(m_widget.palette().color(QPalette::Highlight), 3);
    const auto paintBlock
        = [&](const Booking &b, const CalendarLayout::Placed &placed, const QRect &r, bool ghost) {
              QColor fill = placed.fill;
              if (ghost)
                  fill.setAlpha(90);
              p.fillRect(r, fill);
              if (b.id == m_selected && !ghost)
                  p.setPen(selectedPen);
              else
                  p.setPen(QPen(placed.border, 1, placed.cancelled ? Qt::DashLine : Qt::SolidLine));
              p.drawRect(r.adjusted(0, 0, -1, -1));
              if (ghost || r.height() < 12 || placed.line.isEmpty())
                  return;
              p.setPen(Qt::white);
              if (r.height() >= 2 * fm.height() + 2) {
                  textAt(r, 0, placed.time, placed.timeAdvance);
                  textAt(r, 1, placed.label, placed.labelAdvance);
              } else {
                  textAt(r, 0, placed.line, placed.lineAdvance);
              }
          };
    // One drawRects() per status instead of a fill and an outline per block: a busy week
    // has thousands of blocks and the per-call cost dominates.
    struct Bucket
    {
        QRgb fill;
        bool cancelled;
        QPen pen;
        QList<QRect> rects;
    };
    QList<Bucket> buckets;
    QList<int> withText;
    QRect selectedRect;
    for (int i = 0; i < v.placed().size(); ++i) {
        const CalendarLayout::Placed &placed = v.placed().at(i);
        const QRect r = v.rectFor(placed.column, placed.start, placed.end);
        if (r.isNull() || !r.intersects(visible))
            continue;
        auto bucket = std::find_if(buckets.begin(), buckets.end(), [&placed](const Bucket &b) {
            return b.fill == placed.fill.rgba() && b.cancelled == placed.cancelled;
        });
        if (bucket == buckets.end()) {
            buckets.append({ placed.fill.rgba(), placed.cancelled,
                QPen(placed.border, 1, placed.cancelled ? Qt::DashLine : Qt::SolidLine), {} });
            bucket = buckets.end() - 1;
        }
        bucket->rects.append(r.adjusted(0, 0, -1, -1));
        if (!placed.line.isEmpty() && r.height() >= 12)
            withText.append(i);
        if (v.bookings().at(i).id == m_selected)
            selectedRect = r;
    }
    if (!m_focusedFree.isNull()) // the free slot the arrow keys reached
        selectedRect = m_focusedFree;
    for (const Bucket &bucket : std::as_const(buckets)) {
        p.setPen(bucket.pen);
        p.setBrush(QColor::fromRgba(bucket.fill));
        p.drawRects(bucket.rects.constData(), int(bucket.rects.size()));
    }
    p.setPen(Qt::white);
    for (const int i : std::as_const(withText)) {
        const CalendarLayout::Placed &placed = v.placed().at(i);
        const QRect r = v.rectFor(placed.column, placed.start, placed.end);
        if (r.height() >= 2 * fm.height() + 2) {
            textAt(r, 0, placed.time, placed.timeAdvance);
            textAt(r, 1, placed.label, placed.labelAdvance);
        } else {
            textAt(r, 0, placed.line, placed.lineAdvance);
        }
    }
    if (!selectedRect.isNull()) {
        p.setPen(selectedPen);
        p.setBrush(Qt::NoBrush);
        p.drawRect(selectedRect.adjusted(0, 0, -1, -1));
    }
    if (m_ghost >= 0 && m_ghostColumn >= 0) {
        const CalendarLayout::Placed &placed = v.placed().at(m_ghost);
        const double start
            = CalendarRules::minutesInto(m_ghostStart, v.dayOf(m_ghostColumn), v.timeZone());
        paintBlock(v.bookings().at(m_ghost), placed,
            v.rectFor(m_ghostColumn, start, start + placed.end - placed.start), true);
    }
    p.setClipping(false);
}

QString CalendarPainter::dayHeading(const QDate &day, const QFontMetrics &metrics, int width)
{
    QString text;
    for (const QString &format : {QStringLiteral("ddd d MMM"), QStringLiteral("ddd d"), QStringLiteral("d")}) {
        text = QLocale().toString(day, format);
        if (metrics.horizontalAdvance(text) <= width)
            return text;
    }
    return metrics.elidedText(text, Qt::ElideRight, width);
}

QString CalendarPainter::laneHeading(const QString &name, const QFontMetrics &metrics, int width)
{
    if (metrics.horizontalAdvance(name) <= width)
        return name;
    // Initials of the words that name someone or something: titles such as "Dr." are
    // left out while other words remain.
    const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString initials;
    for (const QString &word : words) {
        const bool title = word.endsWith(QLatin1Char('.')) && words.size() > 1;
        if (!title && word.at(0).isLetterOrNumber() && initials.size() < 3)
            initials += word.at(0).toUpper();
    }
    for (int i = 1; i < words.size() && initials.isEmpty(); ++i)
        initials += words.at(i).at(0).toUpper();
    if (!initials.isEmpty() && metrics.horizontalAdvance(initials) <= width)
        return initials;
    if (!initials.isEmpty() && metrics.horizontalAdvance(initials.left(1)) <= width)
        return initials.left(1);
    return metrics.elidedText(initials.isEmpty() ? name : initials, Qt::ElideRight, width);
}

void CalendarPainter::header()
{
    const CalendarLayout &v = m_layout;
    const QPalette &palette = m_widget.palette();
    QPainter &p = m_painter;
    const int width = v.viewportSize().width();
    const QRect header(0, 0, width, kHeader);
    p.fillRect(header, palette.color(QPalette::Window));
    p.setPen(palette.color(QPalette::WindowText));
    const int lanes = int(v.lanes().size());
    // One heading form for the whole week, fitted to its narrowest day: "Mon 16" next to
    // "Tue 17 Nov" (days differ by a pixel of rounding) looked like a mistake.
    int narrowest = width;
    int narrowestLane = narrowest;
    for (int d = 0; d < v.days().size(); ++d) {
        const QRect first = v.laneRect(d * lanes);
        const QRect last = v.laneRect((d + 1) * lanes - 1);
        narrowest = qMin(narrowest, qAbs(last.center().x() - first.center().x()) + first.width() - 4);
    }
    for (int c = 0; c < v.laneCount(); ++c)
        narrowestLane = qMin(narrowestLane, v.laneRect(c).width() - 4);
    for (int d = 0; d < v.days().size(); ++d) {
        const QRect first = v.laneRect(d * lanes);
        const QRect last = v.laneRect((d + 1) * lanes - 1);
        const QRect dayBox(qMin(first.left(), last.left()), 2,
            qAbs(last.center().x() - first.center().x()) + first.width(), kHeader / 2 - 2);
        QFont bold = p.font();
        bold.setBold(
            v.now().isValid() && CalendarRules::dayIn(v.now(), v.timeZone()) == v.days().at(d));
        p.setFont(bold);
        p.drawText(dayBox, Qt::AlignCenter, dayHeading(v.days().at(d), p.fontMetrics(), narrowest));
        p.setFont(m_widget.font());
        for (int lane = 0; lane < lanes; ++lane) {
            const QRect r = v.laneRect(d * lanes + lane);
            const QRect box(r.left() + 2, kHeader / 2, r.width() - 4, kHeader / 2 - 2);
            // Every lane in the same form (names, initials or one letter), fitted to the
            // narrowest, so a rounding pixel does not give one lane "AA" and the next "…".
            p.drawText(box, Qt::AlignCenter, laneHeading(v.lanes().at(lane).name, p.fontMetrics(), narrowestLane));
        }
    }
    p.setPen(palette.color(QPalette::Mid));
    p.drawLine(0, kHeader - 1, width, kHeader - 1);
}
