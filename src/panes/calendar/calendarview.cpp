// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarview.h"

#include "calendarrules.h"

#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

#include <cmath>

namespace {
constexpr int kAxis = 56;
constexpr int kHeader = 44;
constexpr int kHourHeight = 48;
constexpr int kStep = 15;
constexpr int kDayMinutes = 24 * 60;

QColor statusColour(const QString &status)
{
    if (status == u"confirmed")
        return QColor(0x3b, 0x82, 0xd6);
    if (status == u"completed")
        return QColor(0x2e, 0x9d, 0x5b);
    if (status == u"cancelled")
        return QColor(0x9a, 0x9a, 0x9a);
    return QColor(0xe0, 0x9a, 0x1f); // pending and anything unknown
}
} // namespace

CalendarView::CalendarView(QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_label([](const Booking &b) { return b.title; })
{
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    viewport()->setMouseTracking(false);
    viewport()->setAutoFillBackground(true);
    viewport()->setBackgroundRole(QPalette::Base);
    verticalScrollBar()->setSingleStep(kHourHeight / 4);
    setMinimumSize(320, 240);
    updateScrollBar();
    scrollToMinutes(8 * 60);
}

void CalendarView::setDays(const QList<QDate> &days)
{
    m_days = days;
    viewport()->update();
}

void CalendarView::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    viewport()->update();
}

void CalendarView::setLanes(const QList<Lane> &lanes)
{
    m_lanes = lanes.isEmpty() ? QList<Lane>{Lane{std::nullopt, QString()}} : lanes;
    viewport()->update();
}

void CalendarView::setBookings(const QList<Booking> &bookings)
{
    m_bookings = bookings;
    if (m_selected && bookingRect(m_selected).isNull()) {
        m_selected = 0;
        Q_EMIT selectionChanged(0);
    }
    viewport()->update();
}

void CalendarView::setSlots(const QHash<QDate, AvailabilityDay> &daySlots, std::optional<qint64> resourceId)
{
    m_slots = daySlots;
    m_slotResource = resourceId;
    viewport()->update();
}

void CalendarView::setNow(const QDateTime &now)
{
    m_now = now;
    viewport()->update();
}

void CalendarView::setSelectedId(qint64 id)
{
    if (id == m_selected)
        return;
    m_selected = id;
    const QRect r = bookingRect(id);
    if (!r.isNull() && (r.top() < kHeader || r.bottom() > viewport()->height()))
        verticalScrollBar()->setValue(verticalScrollBar()->value() + r.top() - kHeader - kHourHeight);
    viewport()->update();
    Q_EMIT selectionChanged(id);
}

void CalendarView::scrollToMinutes(int minutes)
{
    verticalScrollBar()->setValue(minutes * kHourHeight / 60);
}

void CalendarView::updateScrollBar()
{
    const int content = 24 * kHourHeight;
    const int visible = qMax(0, viewport()->height() - kHeader);
    verticalScrollBar()->setRange(0, qMax(0, content - visible));
    verticalScrollBar()->setPageStep(visible);
}

void CalendarView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBar();
}

QRect CalendarView::laneRect(int column) const
{
    const int count = qMax(1, laneCount());
    const int width = viewport()->width() - kAxis;
    const int x0 = kAxis + column * width / count;
    const int x1 = kAxis + (column + 1) * width / count;
    QRect r(x0, kHeader, x1 - x0, viewport()->height() - kHeader);
    if (layoutDirection() == Qt::RightToLeft)
        r.moveLeft(viewport()->width() - r.right() - 1);
    return r;
}

int CalendarView::yFor(double minutes) const
{
    return kHeader + int(std::lround(minutes * kHourHeight / 60.0)) - verticalScrollBar()->value();
}

int CalendarView::columnFor(const Booking &booking) const
{
    const int day = int(m_days.indexOf(CalendarRules::dayIn(booking.startsAt, m_zone)));
    if (day < 0)
        return -1;
    int lane = -1;
    int fallback = -1;
    for (int i = 0; i < m_lanes.size(); ++i) {
        if (m_lanes.at(i).resourceId == booking.resourceId)
            lane = i;
        if (!m_lanes.at(i).resourceId)
            fallback = i;
    }
    if (lane < 0)
        lane = fallback;
    return lane < 0 ? -1 : day * int(m_lanes.size()) + lane;
}

QRect CalendarView::blockRect(const Booking &booking) const
{
    const int column = columnFor(booking);
    if (column < 0)
        return {};
    const QDate day = m_days.at(column / int(m_lanes.size()));
    const double start = qBound(0.0, CalendarRules::minutesInto(booking.startsAt, day, m_zone), double(kDayMinutes));
    const double end = qBound(0.0, CalendarRules::minutesInto(booking.endsAt, day, m_zone), double(kDayMinutes));
    const QRect lane = laneRect(column);
    return QRect(lane.left() + 2, yFor(start), lane.width() - 4, qMax(14, yFor(end) - yFor(start) - 1));
}

QRect CalendarView::bookingRect(qint64 id) const
{
    for (const Booking &b : m_bookings) {
        if (b.id == id)
            return blockRect(b);
    }
    return {};
}

QPoint CalendarView::pointFor(const QDateTime &instant, std::optional<qint64> resourceId) const
{
    const int day = int(m_days.indexOf(CalendarRules::dayIn(instant, m_zone)));
    for (int lane = 0; day >= 0 && lane < m_lanes.size(); ++lane) {
        if (m_lanes.at(lane).resourceId != resourceId && resourceId)
            continue;
        const QRect r = laneRect(day * int(m_lanes.size()) + lane);
        const double minutes = CalendarRules::minutesInto(instant, m_days.at(day), m_zone);
        return QPoint(r.center().x(), yFor(minutes) + 3);
    }
    return {-1, -1};
}

CalendarView::Hit CalendarView::hitAt(const QPoint &pos) const
{
    Hit hit;
    if (pos.y() < kHeader || m_days.isEmpty())
        return hit;
    for (int c = 0; c < laneCount(); ++c) {
        if (laneRect(c).contains(pos)) {
            hit.column = c;
            break;
        }
    }
    if (hit.column < 0)
        return hit;
    const double minutes = double(pos.y() - kHeader + verticalScrollBar()->value()) * 60.0 / kHourHeight;
    const QDate day = m_days.at(hit.column / int(m_lanes.size()));
    hit.instant = CalendarRules::at(day, qBound(0, int(minutes), kDayMinutes - 1), m_zone);
    return hit;
}

qint64 CalendarView::bookingAt(const QPoint &pos) const
{
    // Last painted is on top.
    for (auto it = m_bookings.crbegin(); it != m_bookings.crend(); ++it) {
        if (blockRect(*it).contains(pos))
            return it->id;
    }
    return 0;
}

std::optional<Slot> CalendarView::slotAt(const Hit &hit) const
{
    if (hit.column < 0)
        return std::nullopt;
    const QDate day = m_days.at(hit.column / int(m_lanes.size()));
    const Lane &lane = m_lanes.at(hit.column % int(m_lanes.size()));
    if (m_slotResource && lane.resourceId != m_slotResource)
        return std::nullopt;
    const auto it = m_slots.constFind(day);
    if (it == m_slots.constEnd())
        return std::nullopt;
    for (const Slot &slot : it->timeSlots) {
        if (slot.startsAt <= hit.instant && hit.instant < slot.endsAt)
            return slot;
    }
    return std::nullopt;
}

void CalendarView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    paintGrid(p);
    paintSlots(p);
    paintBookings(p);
    paintHeader(p);
}

void CalendarView::paintGrid(QPainter &p) const
{
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    const QColor line = palette().color(QPalette::Mid);
    const int width = viewport()->width();
    p.setClipRect(0, kHeader, width, viewport()->height() - kHeader);
    for (int hour = 0; hour <= 24; ++hour) {
        const int y = yFor(hour * 60);
        p.setPen(QPen(line, 1, hour == 0 ? Qt::SolidLine : Qt::DotLine));
        p.drawLine(rtl ? 0 : kAxis, y, rtl ? width - kAxis : width, y);
        p.setPen(palette().color(QPalette::Text));
        const QRect label(rtl ? width - kAxis + 4 : 0, y - 2, kAxis - 8, 16);
        if (hour < 24)
            p.drawText(label, Qt::AlignRight | Qt::AlignTop, CalendarRules::timeText(QTime(hour, 0)));
    }
    p.setPen(QPen(line, 1));
    for (int c = 0; c < laneCount(); ++c) {
        const QRect r = laneRect(c);
        const bool dayEdge = c % int(m_lanes.size()) == 0;
        p.setPen(QPen(dayEdge ? palette().color(QPalette::Dark) : line, 1));
        const int x = rtl ? r.right() : r.left();
        p.drawLine(x, kHeader, x, viewport()->height());
    }
    if (m_now.isValid()) {
        const int day = int(m_days.indexOf(CalendarRules::dayIn(m_now, m_zone)));
        if (day >= 0) {
            const int y = yFor(CalendarRules::minutesInto(m_now, m_days.at(day), m_zone));
            const QRect first = laneRect(day * int(m_lanes.size()));
            const QRect last = laneRect((day + 1) * int(m_lanes.size()) - 1);
            p.setPen(QPen(QColor(0xd9, 0x30, 0x25), 2));
            p.drawLine(qMin(first.left(), last.left()), y, qMax(first.right(), last.right()), y);
        }
    }
    p.setClipping(false);
}

void CalendarView::paintSlots(QPainter &p) const
{
    p.setClipRect(0, kHeader, viewport()->width(), viewport()->height() - kHeader);
    const QColor freeColour(0x2e, 0x9d, 0x5b, 50);
    const QColor takenColour(0x80, 0x80, 0x80, 40);
    for (int d = 0; d < m_days.size(); ++d) {
        const auto it = m_slots.constFind(m_days.at(d));
        if (it == m_slots.constEnd())
            continue;
        for (int lane = 0; lane < m_lanes.size(); ++lane) {
            if (m_slotResource && m_lanes.at(lane).resourceId != m_slotResource)
                continue;
            const QRect r = laneRect(d * int(m_lanes.size()) + lane);
            for (const Slot &slot : it->timeSlots) {
                const int y0 = yFor(CalendarRules::minutesInto(slot.startsAt, m_days.at(d), m_zone));
                const int y1 = yFor(CalendarRules::minutesInto(slot.endsAt, m_days.at(d), m_zone));
                const QRect box(r.left() + 1, y0 + 1, r.width() - 2, y1 - y0 - 1);
                const bool past = m_now.isValid() && slot.startsAt <= m_now;
                if (slot.available && !past) {
                    p.fillRect(box, freeColour);
                } else {
                    p.fillRect(box, QBrush(takenColour, past ? Qt::Dense6Pattern : Qt::BDiagPattern));
                }
            }
        }
    }
    p.setClipping(false);
}

void CalendarView::paintBookings(QPainter &p) const
{
    p.setClipRect(0, kHeader, viewport()->width(), viewport()->height() - kHeader);
    const QRect visible(0, kHeader, viewport()->width(), viewport()->height() - kHeader);
    const QFontMetrics fm = p.fontMetrics();
    const auto paintBlock = [&](const Booking &b, const QRect &r, bool ghost) {
        QColor fill = statusColour(b.status);
        fill.setAlpha(ghost ? 90 : 215);
        p.setPen(b.id == m_selected && !ghost ? QPen(palette().color(QPalette::Highlight), 3)
                                             : QPen(fill.darker(130), 1, b.status == u"cancelled" ? Qt::DashLine : Qt::SolidLine));
        p.setBrush(fill);
        p.drawRoundedRect(r, 3, 3);
        if (ghost || r.height() < 12)
            return;
        p.setPen(Qt::white);
        const QString time = CalendarRules::timeText(b.startsAt.toTimeZone(m_zone).time());
        const QRect inner = r.adjusted(4, 1, -4, -1);
        if (r.height() >= 2 * fm.height())
            p.drawText(inner, Qt::AlignLeading | Qt::AlignTop | Qt::TextWordWrap, time + u'\n' + m_label(b));
        else
            p.drawText(inner, Qt::AlignLeading | Qt::AlignTop, fm.elidedText(time + u' ' + m_label(b), Qt::ElideRight, inner.width()));
    };
    for (const Booking &b : m_bookings) {
        const QRect r = blockRect(b);
        if (!r.isNull() && r.intersects(visible))
            paintBlock(b, r, false);
    }
    if (m_dragging && m_dropHit.column >= 0) {
        for (const Booking &b : m_bookings) {
            if (b.id != m_pressed)
                continue;
            Booking moved = b;
            moved.endsAt = m_dropHit.instant.addSecs(b.startsAt.secsTo(b.endsAt));
            moved.startsAt = m_dropHit.instant;
            const QRect lane = laneRect(m_dropHit.column);
            QRect r = blockRect(moved);
            r.moveLeft(lane.left() + 2);
            r.setWidth(lane.width() - 4);
            paintBlock(moved, r, true);
        }
    }
    p.setClipping(false);
}

void CalendarView::paintHeader(QPainter &p) const
{
    const QRect header(0, 0, viewport()->width(), kHeader);
    p.fillRect(header, palette().color(QPalette::Window));
    p.setPen(palette().color(QPalette::WindowText));
    const int lanes = int(m_lanes.size());
    for (int d = 0; d < m_days.size(); ++d) {
        const QRect first = laneRect(d * lanes);
        const QRect last = laneRect((d + 1) * lanes - 1);
        const QRect dayBox(qMin(first.left(), last.left()), 2, qAbs(last.center().x() - first.center().x()) + first.width(), kHeader / 2 - 2);
        QFont bold = p.font();
        bold.setBold(m_now.isValid() && CalendarRules::dayIn(m_now, m_zone) == m_days.at(d));
        p.setFont(bold);
        p.drawText(dayBox, Qt::AlignCenter, QLocale().toString(m_days.at(d), QStringLiteral("ddd d MMM")));
        p.setFont(font());
        for (int lane = 0; lane < lanes; ++lane) {
            const QRect r = laneRect(d * lanes + lane);
            const QRect box(r.left() + 2, kHeader / 2, r.width() - 4, kHeader / 2 - 2);
            p.drawText(box, Qt::AlignCenter, p.fontMetrics().elidedText(m_lanes.at(lane).name, Qt::ElideRight, box.width()));
        }
    }
    p.setPen(palette().color(QPalette::Mid));
    p.drawLine(0, kHeader - 1, viewport()->width(), kHeader - 1);
}

void CalendarView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_pressPos = event->position().toPoint();
    m_pressed = bookingAt(m_pressPos);
    m_dragging = false;
    if (m_pressed)
        setSelectedId(m_pressed);
}

void CalendarView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_pressed || !(event->buttons() & Qt::LeftButton))
        return;
    const QPoint pos = event->position().toPoint();
    if (!m_dragging && (pos - m_pressPos).manhattanLength() < QApplication::startDragDistance())
        return;
    m_dragging = true;
    const QRect origin = bookingRect(m_pressed);
    // Keeps the point grabbed under the pointer: the block's top follows by the same offset.
    Hit hit = hitAt(QPoint(pos.x(), pos.y() - (m_pressPos.y() - origin.top())));
    if (hit.column >= 0) {
        const QDate day = m_days.at(hit.column / int(m_lanes.size()));
        const int minutes = CalendarRules::snapMinutes(CalendarRules::minutesInto(hit.instant, day, m_zone) + kStep / 2.0, kStep);
        hit.instant = CalendarRules::at(day, minutes, m_zone);
    }
    m_dropHit = hit;
    viewport()->update();
}

void CalendarView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const qint64 pressed = m_pressed;
    const bool dragged = m_dragging;
    m_pressed = 0;
    m_dragging = false;
    viewport()->update();
    if (dragged) {
        if (m_dropHit.column >= 0)
            Q_EMIT moveRequested(pressed, m_dropHit.instant, m_lanes.at(m_dropHit.column % int(m_lanes.size())).resourceId);
        return;
    }
    if (pressed)
        return;
    const Hit hit = hitAt(event->position().toPoint());
    if (m_selected) {
        m_selected = 0;
        Q_EMIT selectionChanged(0);
    }
    if (const auto slot = slotAt(hit); slot && slot->available && (!m_now.isValid() || slot->startsAt > m_now))
        Q_EMIT slotClicked(slot->startsAt, m_slotResource);
}

void CalendarView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (const qint64 id = bookingAt(pos)) {
        Q_EMIT activated(id);
        return;
    }
    const Hit hit = hitAt(pos);
    if (hit.column < 0)
        return;
    const QDate day = m_days.at(hit.column / int(m_lanes.size()));
    const int minutes = CalendarRules::snapMinutes(CalendarRules::minutesInto(hit.instant, day, m_zone), kStep);
    Q_EMIT emptyActivated(CalendarRules::at(day, minutes, m_zone), m_lanes.at(hit.column % int(m_lanes.size())).resourceId);
}

void CalendarView::moveSelection(int key)
{
    QList<Booking> sorted = m_bookings;
    std::sort(sorted.begin(), sorted.end(), [](const Booking &a, const Booking &b) { return a.startsAt < b.startsAt; });
    if (sorted.isEmpty())
        return;
    const auto current = std::find_if(sorted.cbegin(), sorted.cend(), [this](const Booking &b) { return b.id == m_selected; });
    if (current == sorted.cend()) {
        setSelectedId(sorted.first().id);
        return;
    }
    const int column = columnFor(*current);
    if (key == Qt::Key_Up || key == Qt::Key_Down) {
        const Booking *best = nullptr;
        for (const Booking &b : sorted) {
            if (columnFor(b) != column || b.id == current->id)
                continue;
            if (key == Qt::Key_Down && b.startsAt >= current->startsAt && (!best || b.startsAt < best->startsAt))
                best = &b;
            if (key == Qt::Key_Up && b.startsAt <= current->startsAt && (!best || b.startsAt > best->startsAt))
                best = &b;
        }
        if (best)
            setSelectedId(best->id);
        return;
    }
    // Left and right follow what the user sees: mirrored in right-to-left layouts.
    int step = key == Qt::Key_Right ? 1 : -1;
    if (layoutDirection() == Qt::RightToLeft)
        step = -step;
    for (int c = column + step; c >= 0 && c < laneCount(); c += step) {
        const Booking *best = nullptr;
        for (const Booking &b : sorted) {
            if (columnFor(b) == c && (!best || qAbs(b.startsAt.secsTo(current->startsAt)) < qAbs(best->startsAt.secsTo(current->startsAt))))
                best = &b;
        }
        if (best) {
            setSelectedId(best->id);
            return;
        }
    }
}

void CalendarView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_Left:
    case Qt::Key_Right:
        moveSelection(event->key());
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_selected)
            Q_EMIT activated(m_selected);
        return;
    case Qt::Key_Delete:
        if (m_selected)
            Q_EMIT cancelRequested(m_selected);
        return;
    default:
        QAbstractScrollArea::keyPressEvent(event);
    }
}

bool CalendarView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const qint64 id = bookingAt(help->pos());
        for (const Booking &b : m_bookings) {
            if (b.id == id) {
                const QLocale locale;
                QToolTip::showText(help->globalPos(),
                    m_label(b) + u'\n' + locale.toString(b.startsAt.toTimeZone(m_zone), QLocale::ShortFormat)
                        + QStringLiteral(" \u2013 ") + CalendarRules::timeText(b.endsAt.toTimeZone(m_zone).time()),
                    viewport());
                return true;
            }
        }
        QToolTip::hideText();
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}
