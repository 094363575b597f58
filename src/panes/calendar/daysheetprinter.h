// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "booking.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <functional>
#include <optional>

class QPagedPaintDevice;

// The receptionist's paper copy of one day: a section per resource, its bookings in time
// order with status and notes. Goes to any QPrinter, a PDF file included.
class DaySheetPrinter
{
    Q_DECLARE_TR_FUNCTIONS(DaySheetPrinter)

public:
    struct Section
    {
        std::optional<qint64> resourceId;
        QString name;
    };
    using Describe = std::function<QString(const Booking &)>;

    static QString html(const QString &business, const QDate &day, const QTimeZone &zone,
        const QList<Section> &sections, const QList<Booking> &bookings, const Describe &label,
        const Describe &status);
    static void print(QPagedPaintDevice *device, const QString &html);
};
