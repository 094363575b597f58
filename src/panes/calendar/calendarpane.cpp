// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarpane.h"

#include "loadingnotice.h"
#include "savedagemarker.h"
#include "apierrortext.h"
#include "availabilitycache.h"
#include "bookingdetails.h"
#include "bookingdialog.h"
#include "bookingeditor.h"
#include "bookingsmodel.h"
#include "calendarcatalogue.h"
#include "calendarlistview.h"
#include "calendarsettings.h"
#include "calendartoolbar.h"
#include "calendarview.h"
#include "contactnames.h"
#include "daybookingsloader.h"
#include "daysheetprinter.h"
#include "icsexporter.h"
#include "listfilterbar.h"
#include "messagebar.h"
#include "panenavigator.h"
#include "plaintextwidgets.h"
#include "refreshschedule.h"

#include <QApplication>
#include <QLabel>
#include <QPrinter>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

CalendarPane::CalendarPane(const Services &services, QWidget *parent)
    : QWidget(parent)
    , m_navigator(services.navigator)
    , m_settings(services.settings)
    , m_model(new BookingsModel(services.bookings, &services.background, this))
    , m_availability(new AvailabilityCache(services.background, this))
    , m_names(new ContactNames(services.contacts, this))
    , m_catalogue(new CalendarCatalogue(services.account, services.bookings, this))
    , m_dayLoader(new DayBookingsLoader(services.bookings, this))
    , m_schedule(new RefreshSchedule([this] { return m_clock.now().toMSecsSinceEpoch(); },
          [this] { return (m_loaded || m_catalogue->hasFailed()) && !m_model->isLoading(); }, this))
    , m_editor(new BookingEditor(
          { services.bookings, services.contacts, *m_model, *m_availability, *m_names }, this))
{
    m_date = m_clock.today();
    buildUi();
    connectToolbar();
    connectCatalogue();
    restoreState();

    connect(m_model, &BookingsModel::loaded, this, [this] {
        applyFilters();
        selectPendingBooking();
        m_messageBar->hide();
        Q_EMIT loaded();
    });
    connect(m_model, &BookingsModel::modelReset, this, &CalendarPane::applyFilters);
    connect(m_model, &BookingsModel::rowsInserted, this, &CalendarPane::applyFilters);
    connect(m_model, &BookingsModel::dataChanged, this, &CalendarPane::applyFilters);
    connect(m_model, &BookingsModel::loadFailed, this,
        [this](const ApiError &error) { fail(error, [this] { loadRange(); }); });
    connect(m_availability, &AvailabilityCache::dayChanged, this, &CalendarPane::updateSlots);
    connect(m_names, &ContactNames::changed, this, &CalendarPane::applyFilters);
    connect(m_availability, &AvailabilityCache::failed, this, [this](const ApiError &error) {
        fail(error, [this] { m_availability->request(visibleDays()); });
    });

    m_editor->setNotify([this](const QString &text, std::function<void()> retry) {
        showMessage(text, std::move(retry));
    });
    connect(m_editor, &BookingEditor::bookingSaved, this, &CalendarPane::bookingSaved);
    connect(m_editor, &BookingEditor::bookingSaved, this, [this](const Booking &booking) {
        updateSlots();
        m_view->setSelectedId(booking.id);
    });
    connect(m_editor, &BookingEditor::moveRefused, this, &CalendarPane::moveRefused);
    connect(m_editor, &BookingEditor::requestFailed, this, &CalendarPane::loadFailed);

    connect(m_schedule, &RefreshSchedule::due, this, [this] {
        // Types, resources and the account failed to load (the server was away): the
        // calendar needs them first, and gets them with the normal refresh, without Retry.
        if (m_catalogue->hasFailed()) {
            reload();
            return;
        }
        m_model->refresh();
        updateSlots();
    });
    connect(&m_nowTimer, &QTimer::timeout, this, [this] { m_view->setNow(m_clock.now()); });
    m_nowTimer.start(30000);
    // Names, notes and server texts land in these labels: they show as typed.
    PlainText::lockLabels(this);
}

CalendarPane::~CalendarPane()
{
    saveState();
}

BookingDialog *CalendarPane::bookingDialog() const
{
    return m_editor->dialog();
}

void CalendarPane::setClock(Clock clock)
{
    m_clock.setSource(std::move(clock));
    m_view->setNow(m_clock.now());
    m_zoneLabel->setText(zoneHint());
}

void CalendarPane::applyAccount(const Account &account)
{
    const QByteArray before = m_clock.zone().id();
    m_catalogue->setAccount(account);
    if (m_clock.zone().id() == before || !m_loaded)
        return;
    // Business hours, days and free slots are all counted in the zone: ask again.
    for (const QDate &day : visibleDays())
        m_availability->invalidate(day);
    loadRange();
}

void CalendarPane::setLocalZone(const QTimeZone &zone)
{
    m_clock.setLocalZone(zone);
    m_zoneLabel->setText(zoneHint());
    updateDetails();
}

void CalendarPane::buildUi()
{
    m_toolbar = new CalendarToolbar(this);
    m_zoneLabel = new QLabel;
    m_zoneLabel->setObjectName(QStringLiteral("zoneHint"));
    m_messageBar = new MessageBar;

    m_view = new CalendarView;
    m_view->setObjectName(QStringLiteral("calendarView"));
    m_view->setLabelFor([this](const Booking &b) { return m_names->label(b); });
    m_view->setAccessibleTextFor([this](const Booking &b) {
        return tr("%1, %2", "contact, booking type")
            .arg(m_names->nameFor(b), m_model->typeName(b.bookingTypeId));
    });
    m_list = new CalendarListView(m_model);
    m_list->setObjectName(QStringLiteral("calendarList"));
    m_stack = new QStackedWidget;
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_list);
    m_details = new BookingDetails;
    m_details->setCanOpenContact(m_navigator.canOpenContact());
    m_details->setMinimumWidth(300);
    m_splitter = new QSplitter;
    m_splitter->setObjectName(QStringLiteral("calendarSplitter"));
    m_splitter->addWidget(m_stack);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 4);
    m_splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_toolbar->filterRow());
    layout->addWidget(m_zoneLabel);
    layout->addWidget(m_messageBar);
    layout->addWidget(new LoadingNotice(this, [this] { return m_model && m_model->isLoading(); }, this));
    layout->addWidget(SavedAgeMarker::following(m_model, this));
    layout->addWidget(m_splitter, 1);

    m_toolbar->setDate(m_date);
    connect(m_list->filterBar(), &ListFilterBar::rangeChanged, this, &CalendarPane::loadRange);
    connect(
        m_list->filterBar(), &ListFilterBar::contactCleared, this, [this] { setContactFilter(0); });
    connect(m_list, &CalendarListView::currentChanged, m_view, &CalendarView::setSelectedId);
    connect(m_list, &CalendarListView::activated, m_editor, &BookingEditor::editBooking);

    connect(m_view, &CalendarView::selectionChanged, this, &CalendarPane::updateDetails);
    connect(m_view, &CalendarView::activated, m_editor, &BookingEditor::editBooking);
    connect(m_view, &CalendarView::cancelRequested, m_editor, &BookingEditor::cancelBooking);
    connect(m_view, &CalendarView::slotClicked, this, &CalendarPane::newBooking);
    connect(m_view, &CalendarView::emptyActivated, this, &CalendarPane::newBooking);
    connect(m_view, &CalendarView::moveRequested, m_editor, &BookingEditor::moveBooking);
    connect(m_details, &BookingDetails::openContactRequested, this,
        [this](qint64 id) { m_navigator.openContact(int(id)); });
    connect(m_details, &BookingDetails::contactBookingsRequested, this,
        &CalendarPane::setContactFilter);
    connect(m_details, &BookingDetails::editRequested, m_editor, &BookingEditor::editBooking);
    connect(m_details, &BookingDetails::statusRequested, m_editor, &BookingEditor::setStatus);
    connect(m_details, &BookingDetails::cancelRequested, m_editor, &BookingEditor::cancelBooking);
    updateDetails();
}

void CalendarPane::connectToolbar()
{
    connect(m_toolbar, &CalendarToolbar::dateChosen, this, &CalendarPane::setDate);
    connect(m_toolbar, &CalendarToolbar::modeChosen, this, &CalendarPane::setMode);
    connect(m_toolbar, &CalendarToolbar::typeChosen, this, &CalendarPane::setTypeFilter);
    connect(m_toolbar, &CalendarToolbar::resourceChosen, this, &CalendarPane::setResourceFilter);
    connect(m_toolbar, &CalendarToolbar::statusChosen, this, &CalendarPane::setStatusFilter);
    connect(
        m_toolbar, &CalendarToolbar::showCancelledToggled, this, &CalendarPane::setShowCancelled);
    connect(m_toolbar, &CalendarToolbar::stepRequested, this, &CalendarPane::step);
    connect(m_toolbar, &CalendarToolbar::todayRequested, this, &CalendarPane::goToday);
    connect(m_toolbar, &CalendarToolbar::newRequested, this,
        [this] { newBooking(m_clock.nextHour(m_date), m_filters.resourceId); });
    connect(m_toolbar, &CalendarToolbar::refreshRequested, this, &CalendarPane::loadRange);
    connect(m_toolbar, &CalendarToolbar::printTo, this,
        [this](const std::shared_ptr<QPrinter> &printer) {
            loadDaySheet([printer](const QString &html) { printDaySheet(*printer, html); });
        });
    connect(m_toolbar, &CalendarToolbar::exportTo, this, [this](const QString &path) {
        QString error;
        if (!exportIcs(path, &error))
            showMessage(tr("The calendar file could not be written: %1").arg(error));
    });
}

void CalendarPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_schedule->watch(window());
    // Loaded when first shown: a receptionist who never opens the calendar costs no requests.
    if (!m_catalogue->hasStarted())
        reload();
}

void CalendarPane::reload()
{
    m_catalogue->load();
}

void CalendarPane::connectCatalogue()
{
    connect(m_catalogue, &CalendarCatalogue::accountLoaded, this, [this] {
        m_clock.setZone(m_catalogue->zone());
        m_model->setTimeZone(m_clock.zone());
        m_view->setTimeZone(m_clock.zone());
        m_editor->setZone(m_clock.zone());
        m_zoneLabel->setText(zoneHint());
        // A dialog opened from another section before the account arrived was set up in
        // UTC: it now reads its fields in the business's zone, its untouched start too.
        if (BookingDialog *dialog = m_editor->dialog()) {
            dialog->setZone(m_clock.zone());
            if (!dialog->startEdited() && !dialog->isEditing())
                dialog->setStart(m_clock.nextHour(m_date));
        }
    });
    connect(m_catalogue, &CalendarCatalogue::typesLoaded, this, [this] {
        m_model->setTypes(m_catalogue->types());
        m_toolbar->setTypes(m_catalogue->types(), m_filters.typeId);
    });
    connect(m_catalogue, &CalendarCatalogue::resourcesLoaded, this, [this] {
        m_model->setResources(m_catalogue->resources());
        m_toolbar->setResources(m_catalogue->resources(), m_filters.resourceId);
    });
    connect(m_catalogue, &CalendarCatalogue::ready, this, [this] {
        m_loaded = true;
        m_editor->setCatalogue(m_catalogue->types(), m_catalogue->resources());
        loadRange();
    });
    connect(m_catalogue, &CalendarCatalogue::failed, this, [this](const ApiError &error) {
        fail(error, [this] { reload(); });
        Q_EMIT loadFailed(error);
    });
}

void CalendarPane::loadRange()
{
    BookingQuery query;
    if (m_mode == Mode::List) {
        query = m_list->query(m_clock.zone());
    } else {
        const auto range = CalendarRules::utcRange(visibleDays(), m_clock.zone());
        query.from = range.from;
        query.to = range.to;
    }
    query.status = m_filters.status;
    if (m_filters.contactId > 0)
        query.contactId = m_filters.contactId;
    m_model->setLoadAllPages(m_mode != Mode::List); // the list pages on scroll
    m_schedule->loadStarted();
    m_model->setQuery(query);
    m_view->setDays(visibleDays());
    m_view->setNow(m_clock.now());
    updateLanes();
    updateSlots();
}

void CalendarPane::refresh()
{
    m_schedule->request();
}

void CalendarPane::setMode(Mode mode)
{
    if (mode == m_mode && m_stack->currentIndex() == (mode == Mode::List ? 1 : 0))
        return;
    m_mode = mode;
    m_toolbar->setMode(mode);
    m_stack->setCurrentIndex(mode == Mode::List ? 1 : 0);
    ListFilterBar *bar = m_list->filterBar();
    if (mode == Mode::List && !bar->hasRange())
        bar->setRange(
            CalendarRules::weekStart(m_date), CalendarRules::weekStart(m_date).addDays(27));
    if (m_loaded)
        loadRange();
}

void CalendarPane::setDate(const QDate &date)
{
    if (!date.isValid() || date == m_date)
        return;
    m_date = date;
    m_toolbar->setDate(date);
    if (m_mode != Mode::List && m_loaded)
        loadRange();
}

void CalendarPane::goToday()
{
    setDate(m_clock.today());
    const double minutes = CalendarRules::minutesInto(m_clock.now(), m_date, m_clock.zone());
    m_view->scrollToMinutes(qMax(0, int(minutes) - 120));
}

void CalendarPane::step(int direction)
{
    setDate(m_date.addDays(direction * (m_mode == Mode::Day ? 1 : 7)));
}

void CalendarPane::setTypeFilter(qint64 typeId)
{
    m_filters.typeId = typeId;
    m_toolbar->selectType(typeId);
    applyFilters();
    updateSlots();
}

void CalendarPane::setResourceFilter(std::optional<qint64> resourceId)
{
    m_filters.resourceId = resourceId;
    m_toolbar->selectResource(resourceId);
    updateLanes();
    applyFilters();
    updateSlots();
}

void CalendarPane::setStatusFilter(const QString &status)
{
    if (status == m_filters.status)
        return;
    m_filters.status = status;
    m_toolbar->selectStatus(status);
    applyFilters();
    if (m_loaded)
        loadRange();
}

void CalendarPane::setShowCancelled(bool show)
{
    m_filters.showCancelled = show;
    m_toolbar->setShowCancelled(show);
    applyFilters();
}

void CalendarPane::setContactFilter(qint64 contactId)
{
    m_filters.contactId = contactId;
    m_list->filterBar()->setContact(contactId, m_names->name(contactId));
    if (contactId > 0 && m_mode != Mode::List) {
        setMode(Mode::List); // loads the contact's bookings
        return;
    }
    loadRange();
}

QList<Booking> CalendarPane::visibleBookings() const
{
    QList<Booking> out;
    for (const Booking &b : m_model->bookings()) {
        if (m_filters.shows(b))
            out.append(b);
    }
    return out;
}

void CalendarPane::applyFilters()
{
    m_list->setFilters(m_filters); // the list follows the same rule as visibleBookings()
    const QList<Booking> bookings = visibleBookings();
    updateLanes();
    m_view->setBookings(bookings);
    for (const Booking &b : bookings) {
        if (b.title.isEmpty())
            m_names->request(b.contactId);
    }
    updateDetails();
}

void CalendarPane::updateLanes()
{
    const QList<Resource> shown = m_filters.shownResources(m_catalogue->resources());
    QList<CalendarView::Lane> lanes;
    for (const Resource &r : shown)
        lanes.append({ r.id, r.name });
    if (m_filters.needsOtherLane(shown, m_model->bookings()))
        lanes.append({ std::nullopt, tr("Other") });
    m_view->setLanes(lanes);
}

void CalendarPane::updateSlots()
{
    m_availability->setSelection(m_filters.typeId, m_filters.resourceId);
    QList<QDate> wanted;
    const QDate today = m_clock.today();
    for (const QDate &day : visibleDays()) {
        if (day >= today && m_mode != Mode::List)
            wanted.append(day);
    }
    m_availability->request(wanted);
    QHash<QDate, AvailabilityDay> daySlots;
    for (const QDate &day : visibleDays()) {
        if (const auto found = m_availability->day(day))
            daySlots.insert(day, *found);
    }
    m_view->setSlots(daySlots, m_filters.resourceId);
}

void CalendarPane::updateDetails()
{
    // "Completed" or "Cancel" disables the very button that had the focus; Qt would pass
    // it on down the window's chain, to the section list, where typing T opens Team. The
    // focus goes back to the booking in the view instead.
    QWidget *focused = QApplication::focusWidget();
    const bool detailsHadFocus = focused && m_details->isAncestorOf(focused);
    const qint64 id = m_view->selectedId();
    const std::optional<Booking> booking = id ? m_model->booking(id) : std::nullopt;
    if (!booking) {
        m_details->showBooking(std::nullopt, {}, {}, {}, m_clock.zone(), {});
    } else {
        m_details->showBooking(booking, m_names->nameFor(*booking),
            m_model->typeName(booking->bookingTypeId), m_model->resourceName(booking->resourceId),
            m_clock.zone(), m_clock.localHint(booking->startsAt));
    }
    if (detailsHadFocus && (!focused->isEnabled() || !focused->isVisible()))
        m_stack->currentWidget()->setFocus(Qt::OtherFocusReason);
}

QString CalendarPane::message() const
{
    return m_messageBar->text();
}

void CalendarPane::showMessage(const QString &text, std::function<void()> retry)
{
    m_messageBar->showMessage(text, std::move(retry));
}

void CalendarPane::fail(const ApiError &error, std::function<void()> retry)
{
    showMessage(userMessage(error), std::move(retry));
}

void CalendarPane::startBooking(const ContactRef &contact)
{
    if (contact.id > 0)
        m_names->remember(contact.id, contact.name);
    // Opened from the Inbox or Contacts: the calendar may never have loaded. The dialog
    // asks for the types and resources itself; the account's zone follows from here.
    if (!m_catalogue->hasStarted())
        reload();
    m_editor->newBooking(m_clock.nextHour(m_date), m_filters.resourceId, m_filters.typeId)
        ->setContact(contact);
}

void CalendarPane::newBooking(const QDateTime &start, std::optional<qint64> resourceId)
{
    m_editor->newBooking(start, resourceId, m_filters.typeId);
}
