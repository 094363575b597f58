// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookingdialog.h"

#include "apierrortext.h"
#include "bookingsapi.h"
#include "calendarrules.h"
#include "contactsapi.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace {
QLabel *errorLabel(const QString &name)
{
    auto *label = new QLabel;
    label->setObjectName(name);
    label->setStyleSheet(QStringLiteral("color: #c0392b"));
    label->setWordWrap(true);
    label->hide();
    return label;
}

QWidget *withError(QWidget *field, QLabel *error)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(error);
    return box;
}
} // namespace

BookingDialog::BookingDialog(
    BookingsApi &api, ContactsApi &contacts, const Context &context, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_contacts(contacts)
    , m_context(context)
{
    setWindowTitle(tr("New booking"));
    m_context.zone = context.zone.isValid() ? context.zone : QTimeZone::utc();
    for (const char *field :
        { "contact_id", "booking_type_id", "resource_id", "starts_at", "notes" })
        m_errors.insert(QLatin1String(field), errorLabel(QLatin1String(field) + u"_error"));

    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("contactSearch"));
    m_search->setPlaceholderText(tr("Type a name, phone or email"));
    m_search->setClearButtonEnabled(true);
    m_results = new QListWidget;
    m_results->setObjectName(QStringLiteral("contactResults"));
    m_results->setMaximumHeight(110);
    m_chosen = new QLabel(tr("No contact chosen"));
    m_chosen->setObjectName(QStringLiteral("chosenContact"));
    auto *contactBox = new QWidget;
    auto *contactLayout = new QVBoxLayout(contactBox);
    contactLayout->setContentsMargins(0, 0, 0, 0);
    contactLayout->addWidget(m_search);
    contactLayout->addWidget(m_results);
    contactLayout->addWidget(m_chosen);

    m_type = new QComboBox;
    m_type->setObjectName(QStringLiteral("typeCombo"));
    for (const BookingType &t : m_context.types) {
        if (t.isActive)
            m_type->addItem(tr("%1 (%n min)", nullptr, t.durationMinutes).arg(t.name), t.id);
    }
    m_resource = new QComboBox;
    m_resource->setObjectName(QStringLiteral("resourceCombo"));
    m_resource->addItem(tr("Any free resource"), QVariant());
    for (const Resource &r : m_context.resources) {
        if (r.isActive)
            m_resource->addItem(r.name, r.id);
    }
    m_date = new QDateEdit;
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_date->setCalendarPopup(true);
    m_time = new QTimeEdit;
    m_time->setObjectName(QStringLiteral("timeEdit"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    auto *when = new QWidget;
    auto *whenLayout = new QHBoxLayout(when);
    whenLayout->setContentsMargins(0, 0, 0, 0);
    whenLayout->addWidget(m_date);
    whenLayout->addWidget(m_time);
    m_end = new QLabel;
    m_end->setObjectName(QStringLiteral("endLabel"));
    m_zoneHint = new QLabel;
    m_zoneHint->setObjectName(QStringLiteral("zoneHint"));
    m_zoneHint->setEnabled(false);
    m_notes = new QPlainTextEdit;
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(80);
    m_generalError = errorLabel(QStringLiteral("generalError"));

    auto *form = new QFormLayout;
    form->addRow(
        tr("&Contact:"), withError(contactBox, m_errors.value(QStringLiteral("contact_id"))));
    form->addRow(
        tr("&Type:"), withError(m_type, m_errors.value(QStringLiteral("booking_type_id"))));
    form->addRow(
        tr("&Resource:"), withError(m_resource, m_errors.value(QStringLiteral("resource_id"))));
    form->addRow(tr("&Starts:"), withError(when, m_errors.value(QStringLiteral("starts_at"))));
    form->addRow(tr("Ends:"), m_end);
    form->addRow(QString(), m_zoneHint);
    form->addRow(tr("N&otes:"), withError(m_notes, m_errors.value(QStringLiteral("notes"))));
    qobject_cast<QLabel *>(form->labelForField(form->itemAt(0, QFormLayout::FieldRole)->widget()))
        ->setBuddy(m_search);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Book"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_generalError);
    layout->addWidget(m_buttons);

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(250);
    connect(&m_searchTimer, &QTimer::timeout, this, &BookingDialog::searchContacts);
    connect(m_search, &QLineEdit::textEdited, this, [this] { m_searchTimer.start(); });
    connect(m_results, &QListWidget::currentRowChanged, this, &BookingDialog::chooseContact);
    connect(m_type, &QComboBox::currentIndexChanged, this, &BookingDialog::updateEnd);
    connect(m_date, &QDateEdit::dateChanged, this, &BookingDialog::updateEnd);
    connect(m_time, &QTimeEdit::timeChanged, this, &BookingDialog::updateEnd);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &BookingDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setStart(CalendarRules::at(
        QDateTime::currentDateTimeUtc().toTimeZone(m_context.zone).date(), 9 * 60, m_context.zone));
    updateEnd();
}

void BookingDialog::setContact(const ContactRef &contact)
{
    m_contact = contact;
    m_chosen->setText(
        contact.id > 0 ? tr("Contact: %1").arg(contact.name) : tr("No contact chosen"));
}

void BookingDialog::setStart(const QDateTime &start)
{
    const QDateTime local = start.toTimeZone(m_context.zone);
    m_date->setDate(local.date());
    m_time->setTime(local.time());
    updateEnd();
}

void BookingDialog::setBookingType(qint64 id)
{
    const int index = m_type->findData(id);
    if (index >= 0)
        m_type->setCurrentIndex(index);
}

void BookingDialog::setResource(std::optional<qint64> id)
{
    const int index = id ? m_resource->findData(*id) : 0;
    m_resource->setCurrentIndex(qMax(0, index));
}

void BookingDialog::setNotes(const QString &notes)
{
    m_notes->setPlainText(notes);
}

void BookingDialog::editBooking(const Booking &booking, const QString &contactName)
{
    m_editingId = booking.id;
    setWindowTitle(tr("Edit booking"));
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    setContact(ContactRef { int(booking.contactId), contactName });
    m_search->setEnabled(false);
    m_results->hide();
    if (m_type->findData(booking.bookingTypeId) < 0)
        m_type->addItem(tr("Type #%1").arg(booking.bookingTypeId), booking.bookingTypeId);
    setBookingType(booking.bookingTypeId);
    if (booking.resourceId && m_resource->findData(*booking.resourceId) < 0)
        m_resource->addItem(tr("Resource #%1").arg(*booking.resourceId), *booking.resourceId);
    setResource(booking.resourceId);
    setStart(booking.startsAt);
    setNotes(booking.notes);
}

QDateTime BookingDialog::start() const
{
    return CalendarRules::at(
        m_date->date(), m_time->time().msecsSinceStartOfDay() / 60000, m_context.zone);
}

std::optional<qint64> BookingDialog::resource() const
{
    const QVariant id = m_resource->currentData();
    return id.isValid() ? std::optional<qint64>(id.toLongLong()) : std::nullopt;
}

qint64 BookingDialog::bookingType() const
{
    return m_type->currentData().toLongLong();
}

void BookingDialog::searchContacts()
{
    const int generation = ++m_searchGeneration;
    ContactQuery query;
    query.search = m_search->text().trimmed();
    query.page.perPage = 20;
    m_contacts.list(query, this, [this, generation](const ApiResult<Page<Contact>> &result) {
        if (generation != m_searchGeneration)
            return; // the user has typed on since
        if (!result) {
            showError(QStringLiteral("contact_id"), userMessage(result.error()));
            return;
        }
        const QSignalBlocker block(m_results);
        m_results->clear();
        for (const Contact &c : result.value().items) {
            auto *item = new QListWidgetItem(
                c.phone.isEmpty() ? c.name : tr("%1 (%2)").arg(c.name, c.phone));
            item->setData(Qt::UserRole, c.id);
            item->setData(Qt::UserRole + 1, c.name);
            m_results->addItem(item);
        }
        if (m_results->count() == 1)
            m_results->setCurrentRow(0), chooseContact(0);
    });
}

void BookingDialog::chooseContact(int row)
{
    const QListWidgetItem *item = m_results->item(row);
    if (!item)
        return;
    setContact(
        ContactRef { item->data(Qt::UserRole).toInt(), item->data(Qt::UserRole + 1).toString() });
    m_errors.value(QStringLiteral("contact_id"))->hide();
}

void BookingDialog::updateEnd()
{
    int minutes = 0;
    for (const BookingType &t : std::as_const(m_context.types)) {
        if (t.id == bookingType())
            minutes = t.durationMinutes;
    }
    const QDateTime begin = start();
    const QDateTime end = CalendarRules::endsAt(begin, minutes);
    m_end->setText(minutes > 0 ? CalendarRules::timeText(end.toTimeZone(m_context.zone).time())
                               : tr("Depends on the type"));
    const QString hint
        = CalendarRules::localHint(begin, m_context.zone, QTimeZone::systemTimeZone());
    m_zoneHint->setText(hint.isEmpty()
            ? QString()
            : tr("Times are in %1; %2").arg(QString::fromUtf8(m_context.zone.id()), hint));
    m_zoneHint->setVisible(!hint.isEmpty());
}

void BookingDialog::clearErrors()
{
    for (QLabel *label : std::as_const(m_errors))
        label->hide();
    m_generalError->hide();
}

void BookingDialog::showError(const QString &field, const QString &text)
{
    QLabel *label = m_errors.value(field, m_generalError);
    label->setText(text);
    label->show();
}

void BookingDialog::showApiError(const ApiError &error)
{
    if (error.kind == ApiError::Kind::Validation && !error.fieldErrors.isEmpty()) {
        for (auto it = error.fieldErrors.cbegin(); it != error.fieldErrors.cend(); ++it)
            showError(it.key(), it.value().join(u'\n'));
        return;
    }
    showError(QString(), tr("%1 Press Book to try again.").arg(userMessage(error)));
}

void BookingDialog::setBusy(bool busy)
{
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!busy);
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

void BookingDialog::save()
{
    clearErrors();
    bool ok = true;
    if (m_contact.id <= 0) {
        showError(QStringLiteral("contact_id"), tr("Choose a contact."));
        ok = false;
    }
    if (bookingType() <= 0) {
        showError(QStringLiteral("booking_type_id"), tr("Choose a booking type."));
        ok = false;
    }
    int minutes = 0;
    for (const BookingType &t : std::as_const(m_context.types)) {
        if (t.id == bookingType())
            minutes = t.durationMinutes;
    }
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
    input.notes = m_notes->toPlainText();
    setBusy(true);
    const auto done = [this](const ApiResult<Booking> &result) {
        setBusy(false);
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
