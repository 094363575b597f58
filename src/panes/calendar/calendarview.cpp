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


namespace {
constexpr int kMinimumAxis = 56;
constexpr int kStep = 15;
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
    m_layout.setDays(days);
    relayout();
}

void CalendarView::setTimeZone(const QTimeZone &zone)
{
    m_layout.setTimeZone(zone);
    relayout();
}

void CalendarView::setLanes(const QList<Lane> &lanes)
{
    m_layout.setLanes(lanes);
    relayout();
}

void CalendarView::setBookings(const QList<Booking> &bookings)
{
    m_layout.setBookings(bookings);
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
    m_layout.setSlots(daySlots, resourceId);
    relayoutFree();
    viewport()->update();
}

void CalendarView::setNow(const QDateTime &now)
{
    m_layout.setNow(now);
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
    const CalendarLayout &grid = layout();
    if (pos.y() < 0 || pos.y() >= kHeader || grid.lanes().isEmpty())
        return {};
    for (int c = 0; c < laneCount(); ++c) {
        const QRect r = grid.laneRect(c);
        if (pos.x() >= r.left() && pos.x() <= r.right()) {
            return tr("%1, %2").arg(grid.laneOf(c).name,
                                    QLocale().toString(grid.dayOf(c), QLocale::LongFormat));
        }
    }
    return {};
}

const CalendarLayout &CalendarView::layout() const
{
    m_layout.setFrame(viewport()->size(), verticalScrollBar()->value(), m_axisWidth,
        layoutDirection() == Qt::RightToLeft);
    return m_layout;
}

QRect CalendarView::laneRect(int column) const
{
    return layout().laneRect(column);
}

void CalendarView::relayout()
{
    layout();
    m_layout.place(QFontMetrics(font()), m_label);
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

QRect CalendarView::bookingRect(qint64 id) const
{
    return layout().bookingRect(id);
}

QString CalendarView::blockText(qint64 id) const
{
    const int i = m_layout.indexOf(id);
    return i < 0 ? QString() : m_layout.placed().at(i).line;
}

QPoint CalendarView::pointFor(const QDateTime &instant, std::optional<qint64> resourceId) const
{
    const CalendarLayout &grid = layout();
    const QList<Lane> &lanes = grid.lanes();
    const int day = int(grid.days().indexOf(CalendarRules::dayIn(instant, grid.timeZone())));
    for (int lane = 0; day >= 0 && lane < lanes.size(); ++lane) {
        if (lanes.at(lane).resourceId != resourceId && resourceId)
            continue;
        const QRect r = grid.laneRect(day * int(lanes.size()) + lane);
        const double minutes
            = CalendarRules::minutesInto(instant, grid.days().at(day), grid.timeZone());
        return QPoint(r.center().x(), grid.yFor(minutes) + 3);
    }
    return { -1, -1 };
}

CalendarView::Hit CalendarView::hitAt(const QPoint &pos) const
{
    const CalendarLayout &grid = layout();
    Hit hit;
    if (pos.y() < kHeader || grid.days().isEmpty())
        return hit;
    for (int c = 0; c < laneCount(); ++c) {
        if (grid.laneRect(c).contains(pos)) {
            hit.column = c;
            break;
        }
    }
    if (hit.column < 0)
        return hit;
    const double minutes = grid.minutesAt(pos.y());
    hit.instant = CalendarRules::at(
        grid.dayOf(hit.column), qBound(0, int(minutes), kDayMinutes - 1), grid.timeZone());
    return hit;
}

qint64 CalendarView::bookingAt(const QPoint &pos) const
{
    const CalendarLayout &grid = layout();
    // Last painted is on top.
    for (qsizetype i = grid.placed().size() - 1; i >= 0; --i) {
        const CalendarLayout::Placed &placed = grid.placed().at(i);
        if (grid.rectFor(placed.column, placed.start, placed.end).contains(pos))
            return grid.bookings().at(i).id;
    }
    return 0;
}

std::optional<Slot> CalendarView::slotAt(const Hit &hit) const
{
    if (hit.column < 0)
        return std::nullopt;
    const QDate day = m_layout.dayOf(hit.column);
    const Lane &lane = m_layout.laneOf(hit.column);
    if (m_layout.slotResource() && lane.resourceId != m_layout.slotResource())
        return std::nullopt;
    const auto it = m_layout.daySlots().constFind(day);
    if (it == m_layout.daySlots().constEnd())
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
    CalendarPainter painter(*this, layout(), p);
    const std::optional<Cell> focused = focusedCell();
    painter.setSelection(m_selected, focused && focused->isFree() ? cellRect(*focused) : QRect());
    const int pressed = m_layout.indexOf(m_pressed);
    if (m_dragging && m_dropHit.column >= 0 && pressed >= 0)
        painter.setGhost(pressed, m_dropHit.column, m_dropHit.instant);
    painter.paint();
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
        const QDate day = m_layout.dayOf(hit.column);
        const QTimeZone &zone = m_layout.timeZone();
        const int minutes = CalendarRules::snapMinutes(
            CalendarRules::minutesInto(hit.instant, day, zone) + kStep / 2.0, kStep);
        hit.instant = CalendarRules::at(day, minutes, zone);
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
            Q_EMIT moveRequested(
                pressed, m_dropHit.instant, m_layout.laneOf(m_dropHit.column).resourceId);
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
    const QDateTime &now = m_layout.now();
    if (const auto slot = slotAt(hit);
        slot && slot->available && (!now.isValid() || slot->startsAt > now))
        Q_EMIT slotClicked(slot->startsAt, m_layout.slotResource());
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
    const QDate day = m_layout.dayOf(hit.column);
    const QTimeZone &zone = m_layout.timeZone();
    const int minutes
        = CalendarRules::snapMinutes(CalendarRules::minutesInto(hit.instant, day, zone), kStep);
    Q_EMIT emptyActivated(
        CalendarRules::at(day, minutes, zone), m_layout.laneOf(hit.column).resourceId);
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
        const QTimeZone &zone = m_layout.timeZone();
        for (const Booking &b : m_layout.bookings()) {
            if (b.id == id) {
                const QLocale locale;
                QToolTip::showText(help->globalPos(),
                    PlainText::toolTip(m_label(b) + u'\n'
                        + locale.toString(b.startsAt.toTimeZone(zone), QLocale::ShortFormat)
                        + QStringLiteral(" \u2013 ")
                        + CalendarRules::timeText(b.endsAt.toTimeZone(zone).time())),
                    viewport());
                return true;
            }
        }
        QToolTip::hideText();
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}
