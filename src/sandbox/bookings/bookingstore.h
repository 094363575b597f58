// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bookingrules.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace Sandbox {

class Database;
struct Pagination;

struct BookingRow
{
    qint64 id = 0;
    qint64 contactId = 0;
    qint64 bookingTypeId = 0;
    qint64 resourceId = 0; // 0 = none
    QString title;
    QString startsAt; // stored stamps, "2026-03-10T14:00:00.000000Z"
    QString endsAt;
    QString status;
    QVariant notes; // null or a string
    QString createdAt;
    QString updatedAt;

    QJsonObject toJson() const;
};

struct BookingTypeRow
{
    qint64 id = 0;
    QString name;
    int durationMinutes = 0;
    QVariant description;
    bool isActive = true;

    QJsonObject toJson() const;
};

struct ResourceRow
{
    qint64 id = 0;
    QString name;
    QString type;
    bool isActive = true;

    QJsonObject toJson() const;
};

struct BookingListFilter
{
    QString status;     // empty = any
    qint64 contactId = 0; // 0 = any
    QString from;       // stamp; starts_at >= from
    QString to;         // stamp; starts_at < to
};

// The SQL behind the bookings endpoints. Throws SqlError (through Database) on failure.
class BookingStore
{
public:
    explicit BookingStore(Database &database);

    std::optional<BookingRow> booking(qint64 id) const;
    QList<BookingRow> list(const BookingListFilter &filter, const Pagination &page, qint64 *total) const;
    qint64 insert(const BookingRow &row) const;
    void update(const BookingRow &row) const;

    std::optional<BookingTypeRow> type(qint64 id) const;
    QList<BookingTypeRow> types() const;
    std::optional<ResourceRow> resource(qint64 id) const;
    QList<ResourceRow> resources() const;
    QList<qint64> activeResourceIds() const;
    std::optional<QString> contactName(qint64 contactId) const;
    // The account's IANA zone name ("UTC" when there is no account yet).
    QString accountTimeZone() const;

    // Non-cancelled bookings of these resources that overlap window.
    QList<BookedInterval> busy(const QList<qint64> &resourceIds, const TimeRange &window) const;

private:
    Database &m_database;
};

} // namespace Sandbox
