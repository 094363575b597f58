// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookingstatus.h"

namespace Sandbox {

std::optional<BookingStatus> bookingStatusFromString(QStringView text)
{
    if (text == u"pending")
        return BookingStatus::Pending;
    if (text == u"confirmed")
        return BookingStatus::Confirmed;
    if (text == u"cancelled")
        return BookingStatus::Cancelled;
    if (text == u"completed")
        return BookingStatus::Completed;
    return std::nullopt;
}

QString bookingStatusToString(BookingStatus status)
{
    switch (status) {
    case BookingStatus::Pending:
        return QStringLiteral("pending");
    case BookingStatus::Confirmed:
        return QStringLiteral("confirmed");
    case BookingStatus::Cancelled:
        return QStringLiteral("cancelled");
    case BookingStatus::Completed:
        return QStringLiteral("completed");
    }
    return QString();
}

} // namespace Sandbox
