// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookingstore.h"

#include "core/clock.h"
#include "core/database.h"
#include "core/pagination.h"

#include <QJsonValue>
#include <QSqlQuery>

namespace Sandbox {

namespace {

const QString kBookingColumns = QStringLiteral(
    "id, contact_id, booking_type_id, resource_id, title, starts_at, ends_at, status, notes,"
    " created_at, updated_at");

QJsonValue nullable(const QVariant &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value.toString());
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

BookingRow readBooking(const QSqlQuery &query)
{
    BookingRow row;
    row.id = query.value(0).toLongLong();
    row.contactId = query.value(1).toLongLong();
    row.bookingTypeId = query.value(2).toLongLong();
    row.resourceId = query.value(3).isNull() ? 0 : query.value(3).toLongLong();
    row.title = query.value(4).toString();
    row.startsAt = query.value(5).toString();
    row.endsAt = query.value(6).toString();
    row.status = query.value(7).toString();
    row.notes = query.value(8).isNull() ? QVariant() : QVariant(query.value(8).toString());
    row.createdAt = query.value(9).toString();
    row.updatedAt = query.value(10).toString();
    return row;
}

BookingTypeRow readType(const QSqlQuery &query)
{
    BookingTypeRow row;
    row.id = query.value(0).toLongLong();
    row.name = query.value(1).toString();
    row.durationMinutes = query.value(2).toInt();
    row.description = query.value(3).isNull() ? QVariant() : QVariant(query.value(3).toString());
    row.isActive = query.value(4).toBool();
    return row;
}

ResourceRow readResource(const QSqlQuery &query)
{
    return { query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
             query.value(3).toBool() };
}

} // namespace

QJsonObject BookingRow::toJson() const
{
    return {
        { QStringLiteral("id"), id },
        { QStringLiteral("contact_id"), contactId },
        { QStringLiteral("booking_type_id"), bookingTypeId },
        { QStringLiteral("resource_id"), resourceId > 0 ? QJsonValue(resourceId) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("title"), title },
        { QStringLiteral("starts_at"), startsAt },
        { QStringLiteral("ends_at"), endsAt },
        { QStringLiteral("status"), status },
        { QStringLiteral("notes"), nullable(notes) },
        { QStringLiteral("created_at"), createdAt },
        { QStringLiteral("updated_at"), updatedAt },
    };
}

QJsonObject BookingTypeRow::toJson() const
{
    return {
        { QStringLiteral("id"), id },
        { QStringLiteral("name"), name },
        { QStringLiteral("duration_minutes"), durationMinutes },
        { QStringLiteral("description"), nullable(description) },
        { QStringLiteral("is_active"), isActive },
    };
}

QJsonObject ResourceRow::toJson() const
{
    return {
        { QStringLiteral("id"), id },
        { QStringLiteral("name"), name },
        { QStringLiteral("type"), type },
        { QStringLiteral("is_active"), isActive },
    };
}

BookingStore::BookingStore(Database &database)
    : m_database(database)
{
}

std::optional<BookingRow> BookingStore::booking(qint64 id) const
{
    QSqlQuery query = m_database.exec(
        QStringLiteral("SELECT %1 FROM bookings WHERE id = ?").arg(kBookingColumns), { id });
    if (!query.next())
        return std::nullopt;
    return readBooking(query);
}

QList<BookingRow> BookingStore::list(const BookingListFilter &filter, const Pagination &page,
                                     qint64 *total) const
{
    QStringList where;
    QVariantList values;
    if (!filter.status.isEmpty()) {
        where.append(QStringLiteral("status = ?"));
        values.append(filter.status);
    }
    if (filter.contactId > 0) {
        where.append(QStringLiteral("contact_id = ?"));
        values.append(filter.contactId);
    }
    if (!filter.from.isEmpty()) {
        where.append(QStringLiteral("starts_at >= ?"));
        values.append(filter.from);
    }
    if (!filter.to.isEmpty()) {
        where.append(QStringLiteral("starts_at < ?"));
        values.append(filter.to);
    }
    const QString clause = where.isEmpty() ? QString() : u" WHERE " + where.join(u" AND ");
    if (total)
        *total = m_database.scalar(u"SELECT COUNT(*) FROM bookings" + clause, values).toLongLong();

    QVariantList pageValues = values;
    pageValues << page.perPage << page.offset();
    QSqlQuery query = m_database.exec(QStringLiteral("SELECT %1 FROM bookings%2 ORDER BY starts_at, id LIMIT ? OFFSET ?")
                                          .arg(kBookingColumns, clause),
                                      pageValues);
    QList<BookingRow> rows;
    while (query.next())
        rows.append(readBooking(query));
    return rows;
}

qint64 BookingStore::insert(const BookingRow &row) const
{
    return m_database.insert(
        QStringLiteral("INSERT INTO bookings (contact_id, booking_type_id, resource_id, title, starts_at,"
                       " ends_at, status, notes, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)"),
        { row.contactId, row.bookingTypeId, nullableId(row.resourceId), row.title, row.startsAt,
          row.endsAt, row.status, row.notes.isNull() ? QVariant(QMetaType::fromType<QString>()) : row.notes,
          row.createdAt, row.updatedAt });
}

void BookingStore::update(const BookingRow &row) const
{
    m_database.exec(
        QStringLiteral("UPDATE bookings SET booking_type_id = ?, resource_id = ?, title = ?, starts_at = ?,"
                       " ends_at = ?, status = ?, notes = ?, updated_at = ? WHERE id = ?"),
        { row.bookingTypeId, nullableId(row.resourceId), row.title, row.startsAt, row.endsAt, row.status,
          row.notes.isNull() ? QVariant(QMetaType::fromType<QString>()) : row.notes, row.updatedAt, row.id });
}

std::optional<BookingTypeRow> BookingStore::type(qint64 id) const
{
    QSqlQuery query = m_database.exec(
        QStringLiteral("SELECT id, name, duration_minutes, description, is_active FROM booking_types WHERE id = ?"),
        { id });
    if (!query.next())
        return std::nullopt;
    return readType(query);
}

QList<BookingTypeRow> BookingStore::types() const
{
    QSqlQuery query = m_database.exec(
        QStringLiteral("SELECT id, name, duration_minutes, description, is_active FROM booking_types ORDER BY id"));
    QList<BookingTypeRow> rows;
    while (query.next())
        rows.append(readType(query));
    return rows;
}

std::optional<ResourceRow> BookingStore::resource(qint64 id) const
{
    QSqlQuery query = m_database.exec(
        QStringLiteral("SELECT id, name, type, is_active FROM resources WHERE id = ?"), { id });
    if (!query.next())
        return std::nullopt;
    return readResource(query);
}

QList<ResourceRow> BookingStore::resources() const
{
    QSqlQuery query = m_database.exec(
        QStringLiteral("SELECT id, name, type, is_active FROM resources ORDER BY id"));
    QList<ResourceRow> rows;
    while (query.next())
        rows.append(readResource(query));
    return rows;
}

QList<qint64> BookingStore::activeResourceIds() const
{
    QSqlQuery query = m_database.exec(
        QStringLiteral("SELECT id FROM resources WHERE is_active = 1 ORDER BY id"));
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

std::optional<QString> BookingStore::contactName(qint64 contactId) const
{
    const QVariant name = m_database.scalar(QStringLiteral("SELECT name FROM contacts WHERE id = ?"), { contactId });
    if (!name.isValid())
        return std::nullopt;
    return name.toString();
}

QString BookingStore::accountTimeZone() const
{
    const QVariant zone = m_database.scalar(QStringLiteral("SELECT timezone FROM accounts ORDER BY id LIMIT 1"));
    return zone.isValid() ? zone.toString() : QStringLiteral("UTC");
}

QList<BookedInterval> BookingStore::busy(const QList<qint64> &resourceIds, const TimeRange &window) const
{
    QList<BookedInterval> intervals;
    if (resourceIds.isEmpty())
        return intervals;
    QStringList marks;
    QVariantList values;
    for (qint64 id : resourceIds) {
        marks.append(QStringLiteral("?"));
        values.append(id);
    }
    // A booking lasts as long as its type, so one that reaches into the window started at
    // most the longest type duration before it. That lower bound keeps the index range on
    // (resource_id, starts_at) narrow instead of reading a resource's whole history.
    const qint64 longestMinutes =
        m_database.scalar(QStringLiteral("SELECT COALESCE(MAX(duration_minutes), 1440) FROM booking_types")).toLongLong();
    values << Clock::stamp(window.start.addSecs(-longestMinutes * 60)) << Clock::stamp(window.end)
           << Clock::stamp(window.start);
    QSqlQuery query = m_database.exec(
        QStringLiteral("SELECT id, resource_id, starts_at, ends_at FROM bookings WHERE resource_id IN (%1)"
                       " AND starts_at >= ? AND starts_at < ? AND ends_at > ? AND status != 'cancelled'")
            .arg(marks.join(u',')),
        values);
    while (query.next()) {
        intervals.append({ query.value(0).toLongLong(), query.value(1).toLongLong(),
                           { Clock::parse(query.value(2).toString()), Clock::parse(query.value(3).toString()) },
                           BookingStatus::Confirmed });
    }
    return intervals;
}

} // namespace Sandbox
