// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarpane.h"

#include "accountapi.h"
#include "apierrortext.h"
#include "availabilitycache.h"
#include "bookingdetails.h"
#include "bookingdialog.h"
#include "bookingsapi.h"
#include "bookingsmodel.h"
#include "calendarrules.h"
#include "calendarsettings.h"
#include "calendarview.h"
#include "contactnames.h"
#include "contactsapi.h"
#include "daysheetprinter.h"
#include "icsexporter.h"
#include "listfilterbar.h"
#include "messagebar.h"
#include "panenavigator.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
constexpr qint64 kMinRefreshGapMs = 15000; // focus flapping must not flood the budget
} // namespace

CalendarPane::CalendarPane(const Services &services, QWidget *parent)
    : QWidget(parent)
    , m_api(services.bookings)
    , m_contacts(services.contacts)
    , m_accountApi(services.account)
    , m_navigator(services.navigator)
    , m_model(new BookingsModel(services.bookings, &services.background, this))
    , m_availability(new AvailabilityCache(services.background, this))
    , m_names(new ContactNames(services.contacts, this))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_confirm([this](const QString &question) {
        return QMessageBox::question(this, tr("Cancel booking"), question,
                   QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes;
    })
{
    m_date = now().toTimeZone(m_zone).date();
    buildUi();
    buildActions();
    restoreState();

    connect(m_model, &BookingsModel::loaded, this, [this] {
        applyFilters();
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

    connect(&m_refreshTimer, &QTimer::timeout, this, &CalendarPane::refresh);
    m_refreshTimer.start(60000);
    connect(&m_nowTimer, &QTimer::timeout, this, [this] { m_view->setNow(now()); });
    m_nowTimer.start(30000);
}

CalendarPane::~CalendarPane()
{
    saveState();
}

BookingDialog *CalendarPane::bookingDialog() const
{
    return m_dialog;
}

QDateTime CalendarPane::nextHour() const
{
    const QDateTime local = now().toTimeZone(m_zone);
    const QDate day = m_date.isValid() ? m_date : local.date();
    return CalendarRules::at(day, (local.time().hour() + 1) * 60, m_zone);
}

QDateTime CalendarPane::now() const
{
    return m_clock();
}

void CalendarPane::setClock(Clock clock)
{
    m_clock = std::move(clock);
    m_view->setNow(now());
    m_zoneLabel->setText(zoneHint());
}

void CalendarPane::setLocalZone(const QTimeZone &zone)
{
    m_localZone = zone;
    m_zoneLabel->setText(zoneHint());
    updateDetails();
}

void CalendarPane::buildUi()
{
    auto *toolbar = new QToolBar;
    toolbar->setObjectName(QStringLiteral("calendarToolbar"));
    m_dateEdit = new QDateEdit;
    m_dateEdit->setObjectName(QStringLiteral("dateEdit"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setToolTip(tr("Go to a date"));
    m_modeCombo = new QComboBox;
    m_modeCombo->setObjectName(QStringLiteral("modeCombo"));
    m_modeCombo->addItem(tr("Day"), int(Mode::Day));
    m_modeCombo->addItem(tr("Week"), int(Mode::Week));
    m_modeCombo->addItem(tr("List"), int(Mode::List));
    m_modeCombo->setToolTip(tr("Day (Ctrl+1), week (Ctrl+2) or list (Ctrl+3)"));
    m_typeCombo = new QComboBox;
    m_typeCombo->setObjectName(QStringLiteral("typeFilter"));
    m_typeCombo->setToolTip(tr("Show one booking type and its free slots"));
    m_resourceCombo = new QComboBox;
    m_resourceCombo->setObjectName(QStringLiteral("resourceFilter"));
    m_resourceCombo->setToolTip(tr("Show one resource"));
    m_statusCombo = new QComboBox;
    m_statusCombo->setObjectName(QStringLiteral("statusFilter"));
    m_statusCombo->addItem(tr("All statuses"), QString());
    for (const char *s : { "pending", "confirmed", "completed", "cancelled" })
        m_statusCombo->addItem(BookingsModel::statusText(QLatin1String(s)), QLatin1String(s));
    m_cancelledCheck = new QCheckBox(tr("Show ca&ncelled"));
    m_cancelledCheck->setObjectName(QStringLiteral("showCancelled"));
    toolbar->setProperty("calendarWidgets", true);
    toolbar->addWidget(m_dateEdit);
    toolbar->addWidget(m_modeCombo);
    toolbar->addSeparator();
    toolbar->addWidget(m_typeCombo);
    toolbar->addWidget(m_resourceCombo);
    toolbar->addWidget(m_statusCombo);
    toolbar->addWidget(m_cancelledCheck);

    m_listFilters = new ListFilterBar;
    m_listFilters->hide();

    m_zoneLabel = new QLabel;
    m_zoneLabel->setObjectName(QStringLiteral("zoneHint"));
    m_messageBar = new MessageBar;

    m_view = new CalendarView;
    m_view->setObjectName(QStringLiteral("calendarView"));
    m_view->setLabelFor([this](const Booking &b) { return m_names->label(b); });
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("bookingsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(
        BookingsModel::TitleColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_stack = new QStackedWidget;
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_table);
    m_details = new BookingDetails;
    m_details->setCanOpenContact(m_navigator.canOpenContact());
    m_details->setMinimumWidth(300);
    for (QComboBox *combo : { m_modeCombo, m_typeCombo, m_resourceCombo, m_statusCombo })
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_splitter = new QSplitter;
    m_splitter->setObjectName(QStringLiteral("calendarSplitter"));
    m_splitter->addWidget(m_stack);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 4);
    m_splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addWidget(m_listFilters);
    layout->addWidget(m_zoneLabel);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_splitter, 1);

    m_dateEdit->setDate(m_date);
    connect(m_dateEdit, &QDateEdit::dateChanged, this, &CalendarPane::setDate);
    connect(m_modeCombo, &QComboBox::currentIndexChanged, this,
        [this] { setMode(Mode(m_modeCombo->currentData().toInt())); });
    connect(m_typeCombo, &QComboBox::currentIndexChanged, this,
        [this] { setTypeFilter(m_typeCombo->currentData().toLongLong()); });
    connect(m_resourceCombo, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant id = m_resourceCombo->currentData();
        setResourceFilter(id.isValid() ? std::optional<qint64>(id.toLongLong()) : std::nullopt);
    });
    connect(m_statusCombo, &QComboBox::currentIndexChanged, this,
        [this] { setStatusFilter(m_statusCombo->currentData().toString()); });
    connect(m_cancelledCheck, &QCheckBox::toggled, this, &CalendarPane::setShowCancelled);
    connect(m_listFilters, &ListFilterBar::rangeChanged, this, &CalendarPane::loadRange);
    connect(m_listFilters, &ListFilterBar::contactCleared, this, [this] { setContactFilter(0); });

    connect(m_view, &CalendarView::selectionChanged, this, &CalendarPane::updateDetails);
    connect(m_view, &CalendarView::activated, this, &CalendarPane::editBooking);
    connect(m_view, &CalendarView::cancelRequested, this, &CalendarPane::cancelBooking);
    connect(m_view, &CalendarView::slotClicked, this, &CalendarPane::newBooking);
    connect(m_view, &CalendarView::emptyActivated, this, &CalendarPane::newBooking);
    connect(m_view, &CalendarView::moveRequested, this, &CalendarPane::moveBooking);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &index) {
            m_view->setSelectedId(index.data(BookingsModel::IdRole).toLongLong());
        });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        editBooking(index.data(BookingsModel::IdRole).toLongLong());
    });
    connect(m_details, &BookingDetails::openContactRequested, this,
        [this](qint64 id) { m_navigator.openContact(int(id)); });
    connect(m_details, &BookingDetails::contactBookingsRequested, this,
        &CalendarPane::setContactFilter);
    connect(m_details, &BookingDetails::editRequested, this, &CalendarPane::editBooking);
    connect(m_details, &BookingDetails::statusRequested, this, &CalendarPane::setBookingStatus);
    connect(m_details, &BookingDetails::cancelRequested, this, &CalendarPane::cancelBooking);
    updateDetails();
}

void CalendarPane::buildActions()
{
    auto *toolbar = findChild<QToolBar *>(QStringLiteral("calendarToolbar"));
    const auto add
        = [this](const QString &text, const QKeySequence &key, const char *name, auto slot) {
              auto *action = new QAction(text, this);
              action->setObjectName(QLatin1String(name));
              action->setShortcut(key);
              action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
              action->setToolTip(QStringLiteral("%1 (%2)").arg(
                  QString(text).remove(u'&'), key.toString(QKeySequence::NativeText)));
              connect(action, &QAction::triggered, this, slot);
              addAction(action);
              return action;
          };
    QAction *prev = add(tr("Previous"), QKeySequence(Qt::ALT | Qt::Key_Left), "previousAction",
        [this] { step(-1); });
    QAction *today
        = add(tr("Today"), QKeySequence(Qt::Key_T), "todayAction", [this] { goToday(); });
    QAction *next
        = add(tr("Next"), QKeySequence(Qt::ALT | Qt::Key_Right), "nextAction", [this] { step(1); });
    QAction *create = add(tr("New booking"), QKeySequence(Qt::Key_N), "newAction",
        [this] { newBooking(nextHour(), m_resourceFilter); });
    QAction *reloadAction
        = add(tr("Refresh"), QKeySequence(Qt::Key_F5), "refreshAction", [this] { loadRange(); });
    QAction *print = add(tr("Print day sheet…"), QKeySequence::Print, "printAction", [this] {
        QPrinter printer;
        QPrintDialog dialog(&printer, this);
        if (dialog.exec() == QDialog::Accepted)
            printDaySheet(printer);
    });
    QAction *pdf = add(tr("Day sheet as PDF…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
        "pdfAction", [this] {
            const QString path = QFileDialog::getSaveFileName(
                this, tr("Save day sheet"), QString(), tr("PDF files (*.pdf)"));
            if (path.isEmpty())
                return;
            QPrinter printer(QPrinter::HighResolution);
            printer.setOutputFormat(QPrinter::PdfFormat);
            printer.setOutputFileName(path);
            printDaySheet(printer);
        });
    QAction *ics
        = add(tr("Export .ics…"), QKeySequence(Qt::CTRL | Qt::Key_E), "exportAction", [this] {
              const QString path = QFileDialog::getSaveFileName(
                  this, tr("Export bookings"), QString(), tr("Calendar files (*.ics)"));
              QString error;
              if (!path.isEmpty() && !exportIcs(path, &error))
                  showMessage(tr("The calendar file could not be written: %1").arg(error));
          });
    add(tr("Day view"), QKeySequence(Qt::CTRL | Qt::Key_1), "dayAction",
        [this] { setMode(Mode::Day); });
    add(tr("Week view"), QKeySequence(Qt::CTRL | Qt::Key_2), "weekAction",
        [this] { setMode(Mode::Week); });
    add(tr("List view"), QKeySequence(Qt::CTRL | Qt::Key_3), "listAction",
        [this] { setMode(Mode::List); });
    toolbar->insertAction(toolbar->actions().value(0), prev);
    toolbar->insertAction(toolbar->actions().value(1), today);
    toolbar->insertAction(toolbar->actions().value(2), next);
    toolbar->addSeparator();
    for (QAction *action : { create, reloadAction, print, pdf, ics })
        toolbar->addAction(action);
}

void CalendarPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (window())
        window()->installEventFilter(this);
    // Loaded when first shown: a receptionist who never opens the calendar costs no requests.
    if (m_generation == 0)
        reload();
}

bool CalendarPane::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::WindowActivate && watched == window() && m_loaded)
        refresh();
    return QWidget::eventFilter(watched, event);
}

void CalendarPane::reload()
{
    const int generation = ++m_generation;
    m_pending = 3;
    const auto failed = [this](const ApiError &error) {
        fail(error, [this] { reload(); });
        Q_EMIT loadFailed(error);
    };
    const auto finish = [this, generation] {
        if (generation == m_generation && --m_pending == 0) {
            m_loaded = true;
            loadRange();
        }
    };
    m_accountApi.fetchAccount(
        this, [this, generation, finish, failed](const ApiResult<Account> &result) {
            if (generation != m_generation)
                return;
            if (!result)
                return failed(result.error());
            m_account = result.value();
            const QTimeZone zone(m_account.timezone.toUtf8());
            m_zone = zone.isValid() ? zone : QTimeZone::utc();
            m_model->setTimeZone(m_zone);
            m_view->setTimeZone(m_zone);
            m_zoneLabel->setText(zoneHint());
            finish();
        });
    m_api.listTypes(
        this, [this, generation, finish, failed](const ApiResult<QList<BookingType>> &result) {
            if (generation != m_generation)
                return;
            if (!result)
                return failed(result.error());
            m_types = result.value();
            m_model->setTypes(m_types);
            const QSignalBlocker block(m_typeCombo);
            m_typeCombo->clear();
            m_typeCombo->addItem(tr("All types (no free slots)"), qint64(0));
            for (const BookingType &t : std::as_const(m_types))
                m_typeCombo->addItem(t.name, t.id);
            m_typeCombo->setCurrentIndex(qMax(0, m_typeCombo->findData(m_typeFilter)));
            finish();
        });
    m_api.listResources(
        this, [this, generation, finish, failed](const ApiResult<QList<Resource>> &result) {
            if (generation != m_generation)
                return;
            if (!result)
                return failed(result.error());
            m_resources = result.value();
            m_model->setResources(m_resources);
            const QSignalBlocker block(m_resourceCombo);
            m_resourceCombo->clear();
            m_resourceCombo->addItem(tr("All resources"), QVariant());
            for (const Resource &r : std::as_const(m_resources)) {
                if (r.isActive)
                    m_resourceCombo->addItem(r.name, r.id);
            }
            m_resourceCombo->setCurrentIndex(
                m_resourceFilter ? qMax(0, m_resourceCombo->findData(*m_resourceFilter)) : 0);
            finish();
        });
}

void CalendarPane::loadRange()
{
    BookingQuery query;
    query.status = m_statusFilter;
    if (m_contactFilter > 0)
        query.contactId = m_contactFilter;
    if (m_mode == Mode::List) {
        query.from = QDateTime(m_listFilters->from(), QTime(0, 0), m_zone).toUTC();
        query.to = QDateTime(m_listFilters->to().addDays(1), QTime(0, 0), m_zone).toUTC();
        query.page.perPage = 50;
        m_model->setLoadAllPages(false);
    } else {
        const CalendarRules::Range range = CalendarRules::utcRange(visibleDays(), m_zone);
        query.from = range.from;
        query.to = range.to;
        m_model->setLoadAllPages(true);
    }
    m_lastRefresh = now().toMSecsSinceEpoch();
    m_model->setQuery(query);
    m_view->setDays(visibleDays());
    m_view->setNow(now());
    updateLanes();
    updateSlots();
}

void CalendarPane::refresh()
{
    const qint64 at = now().toMSecsSinceEpoch();
    if (!m_loaded || m_model->isLoading() || at - m_lastRefresh < kMinRefreshGapMs)
        return;
    m_lastRefresh = at;
    m_model->refresh();
    updateSlots();
}

void CalendarPane::setMode(Mode mode)
{
    if (mode == m_mode && m_stack->currentIndex() == (mode == Mode::List ? 1 : 0))
        return;
    m_mode = mode;
    const QSignalBlocker block(m_modeCombo);
    m_modeCombo->setCurrentIndex(m_modeCombo->findData(int(mode)));
    m_stack->setCurrentIndex(mode == Mode::List ? 1 : 0);
    m_listFilters->setVisible(mode == Mode::List);
    if (mode == Mode::List && !m_listFilters->hasRange())
        m_listFilters->setRange(
            CalendarRules::weekStart(m_date), CalendarRules::weekStart(m_date).addDays(27));
    if (m_loaded)
        loadRange();
}

void CalendarPane::setDate(const QDate &date)
{
    if (!date.isValid() || date == m_date)
        return;
    m_date = date;
    const QSignalBlocker block(m_dateEdit);
    m_dateEdit->setDate(date);
    if (m_mode != Mode::List && m_loaded)
        loadRange();
}

void CalendarPane::goToday()
{
    setDate(now().toTimeZone(m_zone).date());
    m_view->scrollToMinutes(qMax(0, int(CalendarRules::minutesInto(now(), m_date, m_zone)) - 120));
}

void CalendarPane::step(int direction)
{
    setDate(m_date.addDays(direction * (m_mode == Mode::Day ? 1 : 7)));
}

void CalendarPane::setTypeFilter(qint64 typeId)
{
    m_typeFilter = typeId;
    const QSignalBlocker block(m_typeCombo);
    m_typeCombo->setCurrentIndex(qMax(0, m_typeCombo->findData(typeId)));
    applyFilters();
    updateSlots();
}

void CalendarPane::setResourceFilter(std::optional<qint64> resourceId)
{
    m_resourceFilter = resourceId;
    const QSignalBlocker block(m_resourceCombo);
    m_resourceCombo->setCurrentIndex(
        resourceId ? qMax(0, m_resourceCombo->findData(*resourceId)) : 0);
    updateLanes();
    applyFilters();
    updateSlots();
}

void CalendarPane::setStatusFilter(const QString &status)
{
    if (status == m_statusFilter)
        return;
    m_statusFilter = status;
    const QSignalBlocker block(m_statusCombo);
    m_statusCombo->setCurrentIndex(qMax(0, m_statusCombo->findData(status)));
    if (m_loaded)
        loadRange();
}

void CalendarPane::setShowCancelled(bool show)
{
    m_showCancelled = show;
    const QSignalBlocker block(m_cancelledCheck);
    m_cancelledCheck->setChecked(show);
    applyFilters();
}

void CalendarPane::setContactFilter(qint64 contactId)
{
    m_contactFilter = contactId;
    m_listFilters->setContact(contactId, m_names->name(contactId));
    if (contactId > 0) {
        if (m_mode != Mode::List) {
            m_mode = Mode::Day; // forces setMode to switch and load
            setMode(Mode::List);
            return;
        }
    }
    loadRange();
}

QList<Booking> CalendarPane::visibleBookings() const
{
    QList<Booking> out;
    const bool cancelled = m_showCancelled || m_statusFilter == u"cancelled";
    for (const Booking &b : m_model->bookings()) {
        if (CalendarRules::isShown(b, m_typeFilter, m_resourceFilter, cancelled))
            out.append(b);
    }
    return out;
}

void CalendarPane::applyFilters()
{
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
    QList<CalendarView::Lane> lanes;
    bool unlisted = false;
    for (const Resource &r : std::as_const(m_resources)) {
        if (r.isActive && (!m_resourceFilter || *m_resourceFilter == r.id))
            lanes.append({ r.id, r.name });
    }
    // A booking whose resource is gone (or not yet assigned) still needs somewhere to be.
    for (const Booking &b : m_model->bookings()) {
        if (!std::any_of(lanes.cbegin(), lanes.cend(),
                [&b](const CalendarView::Lane &l) { return l.resourceId == b.resourceId; }))
            unlisted = true;
    }
    if (unlisted && !m_resourceFilter)
        lanes.append({ std::nullopt, tr("Other") });
    m_view->setLanes(lanes);
}

void CalendarPane::updateSlots()
{
    m_availability->setSelection(m_typeFilter, m_resourceFilter);
    QList<QDate> wanted;
    const QDate today = now().toTimeZone(m_zone).date();
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
    m_view->setSlots(daySlots, m_resourceFilter);
}

void CalendarPane::updateDetails()
{
    const qint64 id = m_view->selectedId();
    const std::optional<Booking> booking = id ? m_model->booking(id) : std::nullopt;
    if (!booking) {
        m_details->showBooking(std::nullopt, {}, {}, {}, m_zone, {});
        return;
    }
    m_details->showBooking(booking, m_names->nameFor(*booking),
        m_model->typeName(booking->bookingTypeId), m_model->resourceName(booking->resourceId),
        m_zone, CalendarRules::localHint(booking->startsAt, m_zone, m_localZone));
}

QString CalendarPane::zoneHint() const
{
    const QString zoneName = QString::fromUtf8(m_zone.id());
    const QString local = CalendarRules::localHint(now(), m_zone, m_localZone);
    if (local.isEmpty())
        return tr("Times are in %1.").arg(zoneName);
    return tr("Times are in the account's time zone, %1. Now: %2 there, %3.")
        .arg(zoneName, CalendarRules::timeText(now().toTimeZone(m_zone).time()), local);
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
    newBooking(nextHour(), m_resourceFilter);
    if (m_dialog)
        m_dialog->setContact(contact);
}

void CalendarPane::openDialog(BookingDialog *dialog)
{
    if (m_dialog)
        m_dialog->close();
    m_dialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Booking result = dialog->result();
        const std::optional<Booking> old = m_model->booking(result.id);
        m_names->remember(result.contactId, dialog->contact().name);
        bookingChanged(result, old ? CalendarRules::dayIn(old->startsAt, m_zone) : QDate());
    });
    connect(dialog, &BookingDialog::saveFailed, this, [this](const ApiError &error) {
        if (error.kind != ApiError::Kind::Validation)
            Q_EMIT loadFailed(error);
    });
    dialog->open();
}

void CalendarPane::newBooking(const QDateTime &start, std::optional<qint64> resourceId)
{
    auto *dialog = new BookingDialog(
        m_api, m_contacts, { m_types, m_resources, m_model->bookings(), m_zone }, this);
    dialog->setStart(start);
    dialog->setBookingType(
        m_typeFilter > 0 ? m_typeFilter : (m_types.isEmpty() ? 0 : m_types.first().id));
    dialog->setResource(resourceId);
    openDialog(dialog);
}

void CalendarPane::editBooking(qint64 id)
{
    const std::optional<Booking> booking = m_model->booking(id);
    if (!booking)
        return;
    auto *dialog = new BookingDialog(
        m_api, m_contacts, { m_types, m_resources, m_model->bookings(), m_zone }, this);
    dialog->editBooking(*booking, m_names->nameFor(*booking));
    openDialog(dialog);
}

void CalendarPane::bookingChanged(const Booking &booking, const QDate &oldDay)
{
    m_model->upsert(booking);
    Q_EMIT bookingSaved(booking);
    // Create and cancel answer with part of the booking: the rest comes in the background.
    if (booking.title.isEmpty() || !booking.resourceId) {
        m_api.get(booking.id, this, [this](const ApiResult<Booking> &full) {
            if (full)
                m_model->upsert(full.value());
        });
    }
    if (oldDay.isValid())
        m_availability->invalidate(oldDay);
    m_availability->invalidate(CalendarRules::dayIn(booking.startsAt, m_zone));
    updateSlots();
    m_view->setSelectedId(booking.id);
}

void CalendarPane::moveBooking(qint64 id, const QDateTime &start, std::optional<qint64> resourceId)
{
    const std::optional<Booking> booking = m_model->booking(id);
    if (!booking)
        return;
    const QDateTime end = start.addSecs(booking->startsAt.secsTo(booking->endsAt));
    if (const auto clash
        = CalendarRules::conflict(m_model->bookings(), resourceId, start, end, id)) {
        const QString reason = tr("Not moved: it would overlap \"%1\".").arg(clash->title);
        showMessage(reason);
        Q_EMIT moveRefused(reason);
        return;
    }
    BookingInput input;
    input.startsAt = start;
    if (resourceId)
        input.resourceId = resourceId;
    const QDate oldDay = CalendarRules::dayIn(booking->startsAt, m_zone);
    m_api.update(
        id, input, this, [this, oldDay, id, start, resourceId](const ApiResult<Booking> &result) {
            if (!result) {
                const ApiError error = result.error();
                QString reason = error.fieldErrors.isEmpty() ? userMessage(error)
                                                             : error.fieldErrors.first().join(u' ');
                reason = tr("The booking was not moved: %1").arg(reason);
                showMessage(
                    reason,
                    error.kind == ApiError::Kind::Validation
                        ? std::function<void()>()
                        : [this, id, start, resourceId] { moveBooking(id, start, resourceId); });
                Q_EMIT moveRefused(reason);
                return;
            }
            bookingChanged(result.value(), oldDay);
        });
}

void CalendarPane::setBookingStatus(qint64 id, const QString &status)
{
    BookingInput input;
    input.status = status;
    m_api.update(id, input, this, [this, id, status](const ApiResult<Booking> &result) {
        if (!result) {
            fail(result.error(), [this, id, status] { setBookingStatus(id, status); });
            return;
        }
        bookingChanged(result.value(), QDate());
    });
}

void CalendarPane::cancelBooking(qint64 id)
{
    const std::optional<Booking> booking = m_model->booking(id);
    if (!booking || booking->status == u"cancelled")
        return;
    const QString question
        = tr("Cancel the booking of %1 on %2?")
              .arg(m_names->nameFor(*booking),
                  QLocale().toString(booking->startsAt.toTimeZone(m_zone), QLocale::LongFormat));
    if (!m_confirm(question))
        return;
    m_api.cancel(id, this, [this, id](const ApiResult<Booking> &result) {
        if (!result) {
            fail(result.error(), [this, id] { cancelBooking(id); });
            return;
        }
        bookingChanged(result.value(), QDate());
    });
}

bool CalendarPane::exportIcs(const QString &path, QString *error) const
{
    const QByteArray ics = IcsExporter::toIcs(
        visibleBookings(), [this](const Booking &b) { return m_names->label(b); },
        [this](const Booking &b) {
            return b.resourceId ? m_model->resourceName(b.resourceId) : QString();
        });
    return IcsExporter::writeFile(path, ics, error);
}

QString CalendarPane::daySheetHtml() const
{
    QList<DaySheetPrinter::Section> sections;
    for (const Resource &r : std::as_const(m_resources)) {
        if (r.isActive && (!m_resourceFilter || *m_resourceFilter == r.id))
            sections.append({ r.id, r.name });
    }
    return DaySheetPrinter::html(
        m_account.businessName, m_date, m_zone, sections, visibleBookings(),
        [this](const Booking &b) { return m_names->label(b); },
        [](const Booking &b) { return BookingsModel::statusText(b.status); });
}

void CalendarPane::printDaySheet(QPrinter &printer) const
{
    DaySheetPrinter::print(&printer, daySheetHtml());
}

void CalendarPane::saveState() const
{
    CalendarSettings { int(m_mode), m_typeFilter, m_resourceFilter, m_statusFilter, m_showCancelled,
        m_splitter->saveState(), m_table->horizontalHeader()->saveState() }
        .save();
}

void CalendarPane::restoreState()
{
    const CalendarSettings s = CalendarSettings::load();
    m_splitter->restoreState(s.splitter);
    m_table->horizontalHeader()->restoreState(s.columns);
    m_typeFilter = s.bookingType;
    m_resourceFilter = s.resource;
    m_statusFilter = s.status;
    m_statusCombo->setCurrentIndex(qMax(0, m_statusCombo->findData(m_statusFilter)));
    setShowCancelled(s.showCancelled);
    m_mode = Mode::Day; // forces setMode to lay the pane out
    setMode(Mode(qBound(0, s.mode, 2)));
}
