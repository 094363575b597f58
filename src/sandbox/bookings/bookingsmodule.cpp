// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookingsmodule.h"

#include "availabilitycalculator.h"
#include "bookingrules.h"
#include "bookingstore.h"

#include "core/clock.h"
#include "core/database.h"
#include "core/envelope.h"
#include "core/eventbus.h"
#include "core/pagination.h"
#include "core/request.h"
#include "core/response.h"
#include "core/router.h"
#include "core/servicecontext.h"
#include "core/validator.h"

#include <QJsonArray>
#include <QTimeZone>

namespace Sandbox {

namespace {

const QString kSlotTaken = QStringLiteral("The selected slot is not available.");

QString invalid(const QString &field)
{
    return QStringLiteral("The selected %1 is invalid.").arg(QString(field).replace(u'_', u' '));
}

// A list bound: a date (YYYY-MM-DD) or any ISO 8601 date-time. A date as "to" includes
// that whole day, as a person reading "to=2026-03-10" expects.
QDateTime parseBound(const QString &text, bool isUpperBound)
{
    const QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (date.isValid() && text.trimmed().size() == 10) {
        const QDateTime midnight(isUpperBound ? date.addDays(1) : date, QTime(0, 0), QTimeZone::utc());
        return midnight;
    }
    return Clock::parse(text);
}

} // namespace

void BookingsModule::registerRoutes(Router &router, ServiceContext &context)
{
    m_context = &context;
    const QString base = QStringLiteral("/api/v1/bookings");
    router.get(base, [this](const Request &r) { return list(r); });
    router.post(base, [this](const Request &r) { return create(r); });
    router.get(base + u"/types", [this](const Request &) { return types(); });
    router.get(base + u"/resources", [this](const Request &) { return resources(); });
    router.get(base + u"/availability", [this](const Request &r) { return availability(r); });
    router.get(base + u"/{id}", [this](const Request &r) { return show(r); });
    router.put(base + u"/{id}", [this](const Request &r) { return update(r); });
    router.post(base + u"/{id}/cancel", [this](const Request &r) { return cancel(r); });
}

Response BookingsModule::list(const Request &request) const
{
    BookingListFilter filter;
    QMap<QString, QStringList> errors;
    const QString status = request.queryValue(QStringLiteral("status"));
    if (!status.isEmpty()) {
        if (bookingStatusFromString(status))
            filter.status = status;
        else
            errors[QStringLiteral("status")].append(invalid(QStringLiteral("status")));
    }
    const QString contact = request.queryValue(QStringLiteral("contact_id"));
    if (!contact.isEmpty()) {
        bool ok = false;
        filter.contactId = contact.toLongLong(&ok);
        if (!ok || filter.contactId <= 0)
            errors[QStringLiteral("contact_id")].append(QStringLiteral("The contact id must be an integer."));
    }
    for (const auto &[field, isUpper] : { std::pair{ QStringLiteral("from"), false },
                                          std::pair{ QStringLiteral("to"), true } }) {
        const QString text = request.queryValue(field);
        if (text.isEmpty())
            continue;
        const QDateTime bound = parseBound(text, isUpper);
        if (!bound.isValid())
            errors[field].append(QStringLiteral("The %1 is not a valid date.").arg(field));
        else
            (isUpper ? filter.to : filter.from) = Clock::stamp(bound);
    }
    if (!errors.isEmpty())
        return Envelope::validation(errors);

    const Pagination page = Pagination::fromQuery(request.query);
    qint64 total = 0;
    const QList<BookingRow> rows = BookingStore(m_context->database).list(filter, page, &total);
    QJsonArray data;
    for (const BookingRow &row : rows)
        data.append(row.toJson());
    return Envelope::list(data, page.meta(total));
}

Response BookingsModule::create(const Request &request) const
{
    const BookingStore store(m_context->database);
    Validator v(request.object());
    const auto contactId = v.integer(QStringLiteral("contact_id"), true);
    const auto typeId = v.integer(QStringLiteral("booking_type_id"), true);
    const auto startsText = v.string(QStringLiteral("starts_at"), true, 64);
    const auto resourceId = v.integer(QStringLiteral("resource_id"));
    const auto notes = v.string(QStringLiteral("notes"), false, 2000);

    std::optional<QString> contactName;
    if (contactId && !(contactName = store.contactName(*contactId)))
        v.addError(QStringLiteral("contact_id"), invalid(QStringLiteral("contact_id")));
    std::optional<BookingTypeRow> type;
    if (typeId && (!(type = store.type(*typeId)) || !type->isActive))
        v.addError(QStringLiteral("booking_type_id"), invalid(QStringLiteral("booking_type_id")));
    if (resourceId) {
        const auto resource = store.resource(*resourceId);
        if (!resource || !resource->isActive)
            v.addError(QStringLiteral("resource_id"), invalid(QStringLiteral("resource_id")));
    }
    QDateTime startsAt;
    if (startsText && !(startsAt = Clock::parse(*startsText)).isValid())
        v.addError(QStringLiteral("starts_at"), QStringLiteral("The starts at is not a valid date."));
    if (v.hasErrors())
        return v.response();

    const TimeRange range{ startsAt, BookingRules::endsAt(startsAt, type->durationMinutes) };
    const QList<qint64> candidates = resourceId ? QList<qint64>{ *resourceId } : store.activeResourceIds();
    const qint64 assigned = BookingRules::firstFreeResource(store.busy(candidates, range), candidates, range);
    if (assigned == 0)
        return Envelope::validation(QStringLiteral("starts_at"), kSlotTaken);

    BookingRow row;
    row.contactId = *contactId;
    row.bookingTypeId = type->id;
    row.resourceId = assigned;
    row.title = BookingRules::title(type->name, *contactName);
    row.startsAt = Clock::stamp(range.start);
    row.endsAt = Clock::stamp(range.end);
    row.status = bookingStatusToString(BookingStatus::Confirmed);
    if (notes)
        row.notes = *notes;
    row.createdAt = row.updatedAt = m_context->clock.nowStamp();
    row.id = store.insert(row);

    const QJsonObject json = row.toJson();
    m_context->events.publish(QStringLiteral("booking.created"), json);
    return Envelope::created(json, QStringLiteral("Booking created successfully."));
}

Response BookingsModule::show(const Request &request) const
{
    const auto row = BookingStore(m_context->database).booking(request.idArg());
    if (!row)
        return Envelope::notFound(QStringLiteral("Booking"));
    return Envelope::success(row->toJson());
}

Response BookingsModule::update(const Request &request) const
{
    const BookingStore store(m_context->database);
    auto row = store.booking(request.idArg());
    if (!row)
        return Envelope::notFound(QStringLiteral("Booking"));
    const BookingRow before = *row;
    const BookingStatus current = bookingStatusFromString(row->status).value_or(BookingStatus::Confirmed);

    Validator v(request.object());
    const auto startsText = v.string(QStringLiteral("starts_at"), false, 64);
    const auto typeId = v.integer(QStringLiteral("booking_type_id"));
    const auto resourceId = v.integer(QStringLiteral("resource_id"));
    const bool autoResource = v.isNull(QStringLiteral("resource_id"));
    const auto notes = v.string(QStringLiteral("notes"), false, 2000);
    const auto status = v.oneOf(QStringLiteral("status"),
                                { QStringLiteral("pending"), QStringLiteral("confirmed"), QStringLiteral("completed") });

    QString why;
    if (current == BookingStatus::Cancelled) {
        v.addError(QStringLiteral("status"), QStringLiteral("A cancelled booking cannot be changed."));
        return v.response();
    }
    const bool reschedules = startsText || typeId || resourceId || autoResource;
    if (reschedules && !BookingRules::canReschedule(current, &why))
        v.addError(QStringLiteral("status"), why);
    if (status && !BookingRules::canChangeStatus(current, *bookingStatusFromString(*status), &why))
        v.addError(QStringLiteral("status"), why);

    std::optional<BookingTypeRow> type = store.type(typeId.value_or(row->bookingTypeId));
    if (typeId && (!type || !type->isActive))
        v.addError(QStringLiteral("booking_type_id"), invalid(QStringLiteral("booking_type_id")));
    if (resourceId) {
        const auto resource = store.resource(*resourceId);
        if (!resource || !resource->isActive)
            v.addError(QStringLiteral("resource_id"), invalid(QStringLiteral("resource_id")));
    }
    QDateTime startsAt = Clock::parse(row->startsAt);
    if (startsText && !(startsAt = Clock::parse(*startsText)).isValid())
        v.addError(QStringLiteral("starts_at"), QStringLiteral("The starts at is not a valid date."));
    if (v.hasErrors())
        return v.response();
    if (!type) // the stored type was removed from under the booking; nothing sensible to move to
        return Envelope::validation(QStringLiteral("booking_type_id"), invalid(QStringLiteral("booking_type_id")));

    if (reschedules) {
        const TimeRange range{ startsAt, BookingRules::endsAt(startsAt, type->durationMinutes) };
        QList<qint64> candidates;
        if (resourceId)
            candidates = { *resourceId };
        else if (autoResource || row->resourceId == 0)
            candidates = store.activeResourceIds();
        else
            candidates = { row->resourceId };
        const qint64 assigned =
            BookingRules::firstFreeResource(store.busy(candidates, range), candidates, range, row->id);
        if (assigned == 0)
            return Envelope::validation(QStringLiteral("starts_at"), kSlotTaken);
        row->resourceId = assigned;
        row->startsAt = Clock::stamp(range.start);
        row->endsAt = Clock::stamp(range.end);
        if (type->id != row->bookingTypeId) {
            row->bookingTypeId = type->id;
            row->title = BookingRules::title(type->name, store.contactName(row->contactId).value_or(QString()));
        }
    }
    if (notes)
        row->notes = *notes;
    else if (v.isNull(QStringLiteral("notes")))
        row->notes = QVariant();
    if (status)
        row->status = *status;
    row->updatedAt = m_context->clock.nowStamp();
    store.update(*row);

    const QJsonObject json = row->toJson();
    m_context->events.publish(QStringLiteral("booking.updated"), json);
    if (row->status == u"completed" && before.status != u"completed")
        m_context->events.publish(QStringLiteral("booking.completed"), json);
    return Envelope::success(json, QStringLiteral("Booking updated successfully."));
}

Response BookingsModule::cancel(const Request &request) const
{
    const BookingStore store(m_context->database);
    auto row = store.booking(request.idArg());
    if (!row)
        return Envelope::notFound(QStringLiteral("Booking"));
    QString why;
    if (!BookingRules::canCancel(bookingStatusFromString(row->status).value_or(BookingStatus::Confirmed), &why))
        return Envelope::validation(QStringLiteral("status"), why);
    row->status = bookingStatusToString(BookingStatus::Cancelled);
    row->updatedAt = m_context->clock.nowStamp();
    store.update(*row);
    const QJsonObject json = row->toJson();
    m_context->events.publish(QStringLiteral("booking.cancelled"), json);
    return Envelope::success(json, QStringLiteral("Booking cancelled."));
}

Response BookingsModule::types() const
{
    QJsonArray data;
    for (const BookingTypeRow &type : BookingStore(m_context->database).types())
        data.append(type.toJson());
    return Envelope::success(data);
}

Response BookingsModule::resources() const
{
    QJsonArray data;
    for (const ResourceRow &resource : BookingStore(m_context->database).resources())
        data.append(resource.toJson());
    return Envelope::success(data);
}

Response BookingsModule::availability(const Request &request) const
{
    const BookingStore store(m_context->database);
    QMap<QString, QStringList> errors;
    const auto readId = [&](const QString &field, bool required) -> qint64 {
        const QString text = request.queryValue(field);
        if (text.isEmpty()) {
            if (required)
                errors[field].append(QStringLiteral("The %1 field is required.").arg(QString(field).replace(u'_', u' ')));
            return 0;
        }
        bool ok = false;
        const qint64 id = text.toLongLong(&ok);
        if (!ok || id <= 0) {
            errors[field].append(QStringLiteral("The %1 must be an integer.").arg(QString(field).replace(u'_', u' ')));
            return 0;
        }
        return id;
    };
    const qint64 typeId = readId(QStringLiteral("booking_type_id"), true);
    const qint64 resourceId = readId(QStringLiteral("resource_id"), false);
    const QString dateText = request.queryValue(QStringLiteral("date"));
    const QDate date = QDate::fromString(dateText, QStringLiteral("yyyy-MM-dd"));
    if (dateText.isEmpty())
        errors[QStringLiteral("date")].append(QStringLiteral("The date field is required."));
    else if (!date.isValid())
        errors[QStringLiteral("date")].append(QStringLiteral("The date does not match the format Y-m-d."));

    std::optional<BookingTypeRow> type;
    if (typeId > 0 && (!(type = store.type(typeId)) || !type->isActive))
        errors[QStringLiteral("booking_type_id")].append(invalid(QStringLiteral("booking_type_id")));
    if (resourceId > 0) {
        const auto resource = store.resource(resourceId);
        if (!resource || !resource->isActive)
            errors[QStringLiteral("resource_id")].append(invalid(QStringLiteral("resource_id")));
    }
    if (!errors.isEmpty())
        return Envelope::validation(errors);

    AvailabilityCalculator calculator(QTimeZone(store.accountTimeZone().toUtf8()), m_context->clock.now());
    const QList<qint64> candidates = resourceId > 0 ? QList<qint64>{ resourceId } : store.activeResourceIds();
    const TimeRange hours = calculator.businessHours(date);
    if (hours.isValid()) {
        for (const BookedInterval &booked : store.busy(candidates, hours))
            calculator.addBusy(booked.resourceId, booked.range);
    }
    QJsonArray slotList;
    for (const AvailabilitySlot &slot : calculator.daySlots(date, type->durationMinutes, candidates)) {
        slotList.append(QJsonObject{
            { QStringLiteral("starts_at"), AvailabilityCalculator::formatSlotTime(slot.startsAt) },
            { QStringLiteral("ends_at"), AvailabilityCalculator::formatSlotTime(slot.endsAt) },
            { QStringLiteral("available"), slot.available },
        });
    }
    return Envelope::success(QJsonObject{ { QStringLiteral("date"), date.toString(Qt::ISODate) },
                                          { QStringLiteral("slots"), slotList } });
}

} // namespace Sandbox
