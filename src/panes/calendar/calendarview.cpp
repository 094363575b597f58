// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarview.h"

#include "calendarpainter.h"
#include "calendarrules.h"
#include "calendarviewaccessible.h"
#include "plaintext.h"

#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

#include <cmath>

namespace {
constexpr int kMinimumAxis = 56;
constexpr int kStep = 15;

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
    CalendarViewAccessible::install();
    updateAxisWidth();
    updateScrollBar();
    scrollToMinutes(8 * 60);
}

void CalendarView::setDays(const QList<QDate> &days)
{
    m_days = days;
    relayout();
}

void CalendarView::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    relayout();
}

void CalendarView::setLanes(const QList<Lane> &lanes)
{
    m_lanes = lanes.isEmpty() ? QList<Lane> { Lane { std::nullopt, QString() } } : lanes;
    relayout();
}

void CalendarView::setBookings(const QList<Booking> &bookings)
{
    m_bookings = bookings;
    relayout();
    if (m_selected && bookingRect(m_selected).isNull()) {
        m_selected = 0;
        Q_EMIT selectionChanged(0);
    }
    viewport()->update();
}

void CalendarView::setSlots(
    const QHash<QDate, AvailabilityDay> &daySlots, std::optional<qint64> resourceId)
{
    m_slots = daySlots;
    m_slotResource = resourceId;
    relayoutFree();
    viewport()->update();
}

void CalendarView::setNow(const QDateTime &now)
{
    m_now = now;
    relayoutFree(); // a slot that has begun is no longer free
    viewport()->update();
}

void CalendarView::setSelectedId(qint64 id)
{
    if (id && m_focusedFree >= 0)
        m_focusedFree = -1;
    if (id == m_selected)
        return;
    m_selected = id;
    const QRect r = bookingRect(id);
    if (!r.isNull() && (r.top() < kHeader || r.bottom() > viewport()->height()))
        verticalScrollBar()->setValue(
            verticalScrollBar()->value() + r.top() - kHeader - kHourHeight);
    viewport()->update();
    Q_EMIT selectionChanged(id);
    announceFocus();
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
    relayout();
}

QString CalendarView::headerToolTipAt(const QPoint &pos) const
{
    if (pos.y() < 0 || pos.y() >= kHeader || m_lanes.isEmpty())
        return {};
    for (int c = 0; c < laneCount(); ++c) {
        const QRect r = laneRect(c);
        if (pos.x() >= r.left() && pos.x() <= r.right()) {
            const QDate day = m_days.at(c / int(m_lanes.size()));
            return tr("%1, %2").arg(m_lanes.at(c % int(m_lanes.size())).name,
                                    QLocale().toString(day, QLocale::LongFormat));
        }
    }
    return {};
}

QRect CalendarView::laneRect(int column) const
{
    const int count = qMax(1, laneCount());
    const int width = viewport()->width() - m_axisWidth;
    const int x0 = m_axisWidth + column * width / count;
    const int x1 = m_axisWidth + (column + 1) * width / count;
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

void CalendarView::relayout()
{
    m_placed.clear();
    m_index.clear();
    m_placed.reserve(m_bookings.size());
    const QFontMetrics fm(font());
    const int width = qMax(0, laneRect(0).width() - 12);
    // Too narrow for even "9:00": an ellipsis tells nothing, the tooltip does.
    const bool textFits = width >= fm.horizontalAdvance(QStringLiteral("00:00"));
    for (int i = 0; i < m_bookings.size(); ++i) {
        const Booking &b = m_bookings.at(i);
        Placed placed;
        placed.column = m_lanes.isEmpty() ? -1 : columnFor(b);
        placed.fill = statusColour(b.status);
        placed.border = placed.fill.darker(130);
        placed.cancelled = b.status == u"cancelled";
        if (placed.column >= 0) {
            const QDate day = m_days.at(placed.column / int(m_lanes.size()));
            placed.start = qBound(
                0.0, CalendarRules::minutesInto(b.startsAt, day, m_zone), double(kDayMinutes));
            placed.end = qBound(
                0.0, CalendarRules::minutesInto(b.endsAt, day, m_zone), double(kDayMinutes));
        }
        if (placed.column >= 0 && textFits) {
            placed.time
                = fm.elidedText(CalendarRules::timeText(b.startsAt.toTimeZone(m_zone).time()),
                    Qt::ElideRight, width);
            // Isolated: "30-Minute Consultation" keeps its digits in front in Arabic.
            const QString label = CalendarRules::isolated(m_label(b));
            placed.line = fm.elidedText(placed.time + u' ' + label, Qt::ElideRight, width);
            placed.label = fm.elidedText(label, Qt::ElideRight, width);
            placed.lineAdvance = fm.horizontalAdvance(placed.line);
            placed.labelAdvance = fm.horizontalAdvance(placed.label);
            placed.timeAdvance = fm.horizontalAdvance(placed.time);
        }
        m_index.insert(b.id, i);
        m_placed.append(placed);
    }
    relayoutFree();
    viewport()->update();
}

void CalendarView::setLabelFor(std::function<QString(const Booking &)> label)
{
    m_label = std::move(label);
    relayout();
}

void CalendarView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LayoutDirectionChange
        || event->type() == QEvent::LocaleChange) {
        updateAxisWidth();
        relayout();
    }
}

// The time axis is as wide as its widest label ("10:00 PM" in a 12-hour locale is far wider
// than "22:00"); measured once per font or locale change, not per frame.
void CalendarView::updateAxisWidth()
{
    const QFontMetrics metrics(font());
    int widest = 0;
    for (int hour = 0; hour < 24; ++hour)
        widest
            = std::max(widest, metrics.horizontalAdvance(CalendarRules::timeText(QTime(hour, 0))));
    m_axisWidth = std::max(kMinimumAxis, widest + 12);
}

QRect CalendarView::rectFor(int column, double start, double end) const
{
    if (column < 0)
        return {};
    const QRect lane = laneRect(column);
    const int top = yFor(start);
    return QRect(lane.left() + 2, top, lane.width() - 4, qMax(14, yFor(end) - top - 1));
}

QRect CalendarView::bookingRect(qint64 id) const
{
    const auto it = m_index.constFind(id);
    if (it == m_index.constEnd())
        return {};
    const Placed &placed = m_placed.at(*it);
    return rectFor(placed.column, placed.start, placed.end);
}

QString CalendarView::blockText(qint64 id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.constEnd() ? QString() : m_placed.at(*it).line;
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
    return { -1, -1 };
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
    const double minutes
        = double(pos.y() - kHeader + verticalScrollBar()->value()) * 60.0 / kHourHeight;
    const QDate day = m_days.at(hit.column / int(m_lanes.size()));
    hit.instant = CalendarRules::at(day, qBound(0, int(minutes), kDayMinutes - 1), m_zone);
    return hit;
}

qint64 CalendarView::bookingAt(const QPoint &pos) const
{
    // Last painted is on top.
    for (qsizetype i = m_placed.size() - 1; i >= 0; --i) {
        const Placed &placed = m_placed.at(i);
        if (rectFor(placed.column, placed.start, placed.end).contains(pos))
            return m_bookings.at(i).id;
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
    CalendarPainter(*this, p).paint();
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
        const int minutes = CalendarRules::snapMinutes(
            CalendarRules::minutesInto(hit.instant, day, m_zone) + kStep / 2.0, kStep);
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
            Q_EMIT moveRequested(pressed, m_dropHit.instant,
                m_lanes.at(m_dropHit.column % int(m_lanes.size())).resourceId);
        return;
    }
    if (pressed)
        return;
    const Hit hit = hitAt(event->position().toPoint());
    setFocusedFree(-1);
    if (m_selected) {
        m_selected = 0;
        Q_EMIT selectionChanged(0);
    }
    if (const auto slot = slotAt(hit);
        slot && slot->available && (!m_now.isValid() || slot->startsAt > m_now))
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
    const int minutes
        = CalendarRules::snapMinutes(CalendarRules::minutesInto(hit.instant, day, m_zone), kStep);
    Q_EMIT emptyActivated(CalendarRules::at(day, minutes, m_zone),
        m_lanes.at(hit.column % int(m_lanes.size())).resourceId);
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
        if (const auto cell = focusedCell())
            activateCell(*cell);
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
        if (const QString heading = headerToolTipAt(help->pos()); !heading.isEmpty()) {
            QToolTip::showText(help->globalPos(), PlainText::toolTip(heading), viewport());
            return true;
        }
        const qint64 id = bookingAt(help->pos());
        for (const Booking &b : m_bookings) {
            if (b.id == id) {
                const QLocale locale;
                QToolTip::showText(help->globalPos(),
                    PlainText::toolTip(m_label(b) + u'\n'
                        + locale.toString(b.startsAt.toTimeZone(m_zone), QLocale::ShortFormat)
                        + QStringLiteral(" \u2013 ")
                        + CalendarRules::timeText(b.endsAt.toTimeZone(m_zone).time())),
                    viewport());
                return true;
            }
        }
        QToolTip::hideText();
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}
