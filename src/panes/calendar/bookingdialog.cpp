// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookingdialog.h"
#include "plaintextwidgets.h"
#include "ui_bookingdialog.h"

#include "apierrortext.h"
#include "bookinglookup.h"
#include "bookingsapi.h"
#include "calendarrules.h"
#include "contactsapi.h"
#include "timefield.h"
#include "clearbutton.h"
#include "writeoutcome.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeEdit>

BookingDialog::BookingDialog(
    BookingsApi &api, ContactsApi &contacts, const Context &context, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::BookingDialog>())
    , m_api(api)
    , m_contacts(contacts)
    , m_context(context)
{
    m_ui->setupUi(this);
    TimeField::prepare(m_ui->timeEdit);
    ClearButton::enable(m_ui->contactSearch);
    m_context.zone = context.zone.isValid() ? context.zone : QTimeZone::utc();
    m_errors = { { QStringLiteral("contact_id"), m_ui->contact_id_error },
        { QStringLiteral("booking_type_id"), m_ui->booking_type_id_error },
        { QStringLiteral("resource_id"), m_ui->resource_id_error },
        { QStringLiteral("starts_at"), m_ui->starts_at_error },
        { QStringLiteral("notes"), m_ui->notes_error } };
    clearErrors();

    fillTypes();
    fillResources();
    setBookText(false);

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(250);
    connect(&m_searchTimer, &QTimer::timeout, this, &BookingDialog::searchContacts);
    connect(m_ui->contactSearch, &QLineEdit::textEdited, this, [this] { m_searchTimer.start(); });
    connect(
        m_ui->contactResults, &QListWidget::currentRowChanged, this, &BookingDialog::chooseContact);
    connect(m_ui->typeCombo, &QComboBox::currentIndexChanged, this, &BookingDialog::updateEnd);
    connect(m_ui->dateEdit, &QDateEdit::dateChanged, this, &BookingDialog::updateEnd);
    connect(m_ui->timeEdit, &QTimeEdit::timeChanged, this, &BookingDialog::updateEnd);
    for (QDateTimeEdit *edit : { static_cast<QDateTimeEdit *>(m_ui->dateEdit),
             static_cast<QDateTimeEdit *>(m_ui->timeEdit) }) {
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, [this] {
            if (!m_settingStart)
                m_startEdited = true;
        });
    }
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &BookingDialog::save);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setStart(CalendarRules::at(
        QDateTime::currentDateTimeUtc().toTimeZone(m_context.zone).date(), 9 * 60, m_context.zone));
    updateEnd();
    if (m_context.types.isEmpty() || m_context.resources.isEmpty())
        loadCatalogue();
    // Names, notes and server texts land in these labels: they show as typed.
    PlainText::lockLabels(this);
}

BookingDialog::~BookingDialog() = default;

void BookingDialog::setContact(const ContactRef &contact)
{
    m_contact = contact;
    m_ui->chosenContact->setText(
        contact.id > 0 ? tr("Contact: %1").arg(contact.name) : tr("No contact chosen"));
}

void BookingDialog::setStart(const QDateTime &start)
{
    const QDateTime local = start.toTimeZone(m_context.zone);
    m_settingStart = true;
    m_ui->dateEdit->setDate(local.date());
    m_ui->timeEdit->setTime(local.time());
    m_settingStart = false;
    updateEnd();
}

void BookingDialog::setZone(const QTimeZone &zone)
{
    m_context.zone = zone.isValid() ? zone : QTimeZone::utc();
    updateEnd();
}

void BookingDialog::setBookingType(qint64 id)
{
    m_wantedType = id;
    const int index = m_ui->typeCombo->findData(id);
    if (index >= 0)
        m_ui->typeCombo->setCurrentIndex(index);
}

void BookingDialog::setResource(std::optional<qint64> id)
{
    m_wantedResource = id;
    const int index = id ? m_ui->resourceCombo->findData(*id) : 0;
    m_ui->resourceCombo->setCurrentIndex(qMax(0, index));
}

void BookingDialog::setCatalogue(const QList<BookingType> &types, const QList<Resource> &resources)
{
    m_context.types = types;
    m_context.resources = resources;
    fillTypes();
    fillResources();
}

void BookingDialog::fillTypes()
{
    const qint64 chosen = bookingType() > 0 ? bookingType() : m_wantedType;
    const QSignalBlocker block(m_ui->typeCombo);
    m_ui->typeCombo->clear();
    for (const BookingType &t : std::as_const(m_context.types)) {
        if (t.isActive)
            m_ui->typeCombo->addItem(
                // Isolated: "30-Minute Consultation" read "Minute Consultation-30" in Arabic.
                tr("%1 (%n min)", nullptr, t.durationMinutes).arg(CalendarRules::isolated(t.name)),
                t.id);
    }
    const bool loading = m_ui->typeCombo->count() == 0 && m_catalogueLoads > 0;
    if (loading)
        m_ui->typeCombo->addItem(tr("Loading booking types…"), QVariant());
    m_ui->typeCombo->setEnabled(!loading);
    m_ui->typeCombo->setCurrentIndex(qMax(0, m_ui->typeCombo->findData(chosen)));
    updateEnd();
}

void BookingDialog::fillResources()
{
    const std::optional<qint64> chosen
        = m_ui->resourceCombo->count() > 0 ? resource() : m_wantedResource;
    const QSignalBlocker block(m_ui->resourceCombo);
    m_ui->resourceCombo->clear();
    m_ui->resourceCombo->addItem(tr("Any free resource"), QVariant());
    for (const Resource &r : std::as_const(m_context.resources)) {
        if (r.isActive)
            m_ui->resourceCombo->addItem(r.name, r.id);
    }
    m_ui->resourceCombo->setCurrentIndex(
        chosen ? qMax(0, m_ui->resourceCombo->findData(*chosen)) : 0);
}

void BookingDialog::loadCatalogue()
{
    if (m_catalogueLoads > 0)
        return;
    m_catalogueFailed = false;
    const bool needTypes = m_context.types.isEmpty();
    const bool needResources = m_context.resources.isEmpty();
    m_catalogueLoads = int(needTypes) + int(needResources);
    const auto failed = [this](const ApiError &error) {
        --m_catalogueLoads;
        if (m_catalogueFailed)
            return;
        m_catalogueFailed = true;
        fillTypes();
        showError(QStringLiteral("booking_type_id"),
            tr("The booking types could not be loaded. %1 Press Book to try again.")
                .arg(userMessage(error)));
    };
    if (needTypes) {
        fillTypes(); // "Loading…" until they come
        m_api.listTypes(this, [this, failed](const ApiResult<QList<BookingType>> &result) {
            if (!result)
                return failed(result.error());
            --m_catalogueLoads;
            m_context.types = result.value();
            fillTypes();
        });
    }
    if (needResources) {
        m_api.listResources(this, [this, failed](const ApiResult<QList<Resource>> &result) {
            if (!result)
                return failed(result.error());
            --m_catalogueLoads;
            m_context.resources = result.value();
            fillResources();
        });
    }
}

void BookingDialog::setNotes(const QString &notes)
{
    m_ui->notesEdit->setPlainText(notes);
}

void BookingDialog::editBooking(const Booking &booking, const QString &contactName)
{
    m_editingId = booking.id;
    setWindowTitle(tr("Edit booking"));
    m_ui->buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    setContact(ContactRef { int(booking.contactId), contactName });
    m_ui->contactSearch->setEnabled(false);
    m_ui->contactResults->hide();
    if (m_ui->typeCombo->findData(booking.bookingTypeId) < 0)
        m_ui->typeCombo->addItem(tr("Type #%1").arg(booking.bookingTypeId), booking.bookingTypeId);
    setBookingType(booking.bookingTypeId);
    if (booking.resourceId && m_ui->resourceCombo->findData(*booking.resourceId) < 0)
        m_ui->resourceCombo->addItem(
            tr("Resource #%1").arg(*booking.resourceId), *booking.resourceId);
    setResource(booking.resourceId);
    setStart(booking.startsAt);
    setNotes(booking.notes);
}

QDateTime BookingDialog::start() const
{
    return CalendarRules::at(m_ui->dateEdit->date(),
        m_ui->timeEdit->time().msecsSinceStartOfDay() / 60000, m_context.zone);
}

std::optional<qint64> BookingDialog::resource() const
{
    const QVariant id = m_ui->resourceCombo->currentData();
    return id.isValid() ? std::optional<qint64>(id.toLongLong()) : std::nullopt;
}

qint64 BookingDialog::bookingType() const
{
    return m_ui->typeCombo->currentData().toLongLong();
}

void BookingDialog::searchContacts()
{
    const int generation = ++m_searchGeneration;
    ContactQuery query;
    query.search = m_ui->contactSearch->text().trimmed();
    query.page.perPage = 20;
    m_contacts.list(query, this, [this, generation](const ApiResult<Page<Contact>> &result) {
        if (generation != m_searchGeneration)
            return; // the user has typed on since
        if (!result) {
            showError(QStringLiteral("contact_id"), userMessage(result.error()));
            return;
        }
        const QSignalBlocker block(m_ui->contactResults);
        m_ui->contactResults->clear();
        for (const Contact &c : result.value().items) {
            auto *item = new QListWidgetItem(
                c.phone.isEmpty() ? c.name : tr("%1 (%2)").arg(c.name, c.phone));
            item->setData(Qt::UserRole, c.id);
            item->setData(Qt::UserRole + 1, c.name);
            m_ui->contactResults->addItem(item);
        }
        if (m_ui->contactResults->count() == 1)
            m_ui->contactResults->setCurrentRow(0), chooseContact(0);
    });
}

void BookingDialog::chooseContact(int row)
{
    const QListWidgetItem *item = m_ui->contactResults->item(row);
    if (!item)
        return;
    setContact(
        ContactRef { item->data(Qt::UserRole).toInt(), item->data(Qt::UserRole + 1).toString() });
    m_errors.value(QStringLiteral("contact_id"))->hide();
}

int BookingDialog::durationMinutes() const
{
    for (const BookingType &t : std::as_const(m_context.types)) {
        if (t.id == bookingType())
            return t.durationMinutes;
    }
    return 0;
}

void BookingDialog::updateEnd()
{
    const int minutes = durationMinutes();
    const QDateTime begin = start();
    const QDateTime end = CalendarRules::endsAt(begin, minutes);
    m_ui->endLabel->setText(minutes > 0
            // In the start field's clock (24-hour in Arabic), not the locale's 12-hour one.
            ? m_ui->timeEdit->locale().toString(
                end.toTimeZone(m_context.zone).time(), m_ui->timeEdit->displayFormat())
            : tr("Depends on the type"));
    const QString hint
        = CalendarRules::localHint(begin, m_context.zone, QTimeZone::systemTimeZone());
    m_ui->zoneHint->setText(hint.isEmpty()
            ? QString()
            : tr("Times are in %1; %2").arg(QString::fromUtf8(m_context.zone.id()), hint));
    m_ui->zoneHint->setVisible(!hint.isEmpty());
}

void BookingDialog::clearErrors()
{
    for (QLabel *label : std::as_const(m_errors))
        label->hide();
    m_ui->generalError->hide();
}

void BookingDialog::showError(const QString &field, const QString &text)
{
    QLabel *label = m_errors.value(field, m_ui->generalError);
    label->setText(text);
    label->show();
}

void BookingDialog::showApiError(const ApiError &error)
{
    const QMap<QString, QString> fields = fieldMessages(error);
    if (!fields.isEmpty()) {
        for (auto it = fields.cbegin(); it != fields.cend(); ++it)
            showError(it.key(), it.value());
        return;
    }
    showError(QString(), tr("%1 Press Book to try again.").arg(userMessage(error)));
}

void BookingDialog::setBusy(bool busy)
{
    m_ui->buttons->button(QDialogButtonBox::Save)->setEnabled(!busy);
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

void BookingDialog::save()
{
    if (m_unconfirmed) {
        // The last Book may have worked: look for it before making a second booking.
        checkUnconfirmed(*m_unconfirmed, ApiError(ApiError::Kind::Timeout));
        return;
    }
    clearErrors();
    if (m_catalogueFailed) {
        loadCatalogue(); // the answer fills the form; Book is pressed again then
        return;
    }
    bool ok = true;
    if (m_contact.id <= 0) {
        showError(QStringLiteral("contact_id"), tr("Choose a contact."));
        ok = false;
    }
    if (bookingType() <= 0) {
        showError(QStringLiteral("booking_type_id"), tr("Choose a booking type."));
        ok = false;
    }
    const int minutes = durationMinutes();
    const QDateTime begin = start();
    if (const auto clash = CalendarRules::conflict(m_context.loaded, resource(), begin,
            CalendarRules::endsAt(begin, minutes), m_editingId)) {
        showError(QStringLiteral("starts_at"),
            tr("This overlaps \"%1\" at %2 on the same resource.")
                .arg(clash->title,
                    CalendarRules::timeText(clash->startsAt.toTimeZone(m_context.zone).time())));
        ok = false;
    }
    if (!ok)
        return;
    BookingInput input;
    input.contactId = m_contact.id;
    input.bookingTypeId = bookingType();
    input.resourceId = resource();
    input.startsAt = begin;
    input.notes = m_ui->notesEdit->toPlainText();
    setBusy(true);
    const bool creating = m_editingId <= 0;
    const auto done = [this, input, creating](const ApiResult<Booking> &result) {
        setBusy(false);
        const WriteOutcome outcome = WriteOutcome::of(result);
        if (creating && outcome.isUnknown()) {
            checkUnconfirmed(input, outcome.error());
            return;
        }
        if (!result) {
            showApiError(result.error());
            Q_EMIT saveFailed(result.error());
            return;
        }
        m_result = result.value();
        accept();
    };
    if (m_editingId > 0) {
        input.contactId.reset(); // a booking keeps its contact
        m_api.update(m_editingId, input, this, done);
    } else {
        m_api.create(input, this, done);
    }
}

void BookingDialog::checkUnconfirmed(const BookingInput &input, const ApiError &cause)
{
    clearErrors();
    showError(QString(), tr("The server did not confirm the booking. Checking whether it was made…"));
    setBusy(true);
    QSet<qint64> knownBefore;
    for (const Booking &b : std::as_const(m_context.loaded))
        knownBefore.insert(b.id);
    BookingLookup::findCreated(m_api, input, knownBefore, this,
        [this, input, cause](const ApiResult<BookingLookup::Found> &found) {
            setBusy(false);
            clearErrors();
            if (found && found.value()) {
                m_unconfirmed.reset();
                m_result = *found.value();
                accept(); // it was made: shown in the calendar like any other booking
                return;
            }
            if (found) {
                m_unconfirmed.reset();
                setBookText(false);
                showError(QString(),
                    tr("%1 The booking was not made. Press Book to try again.").arg(userMessage(cause)));
                Q_EMIT saveFailed(cause);
                return;
            }
            m_unconfirmed = input;
            setBookText(true);
            showError(QString(),
                tr("%1 The booking could not be checked, so it may have been made. Press Check "
                   "again before booking again.").arg(userMessage(found.error())));
            Q_EMIT saveFailed(found.error());
        });
}

void BookingDialog::setBookText(bool checkAgain)
{
    m_ui->buttons->button(QDialogButtonBox::Save)->setText(checkAgain ? tr("&Check again") : tr("&Book"));
}
