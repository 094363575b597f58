// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace Sandbox {

// The four states of the seed's Booking object.
enum class BookingStatus { Pending, Confirmed, Cancelled, Completed };

std::optional<BookingStatus> bookingStatusFromString(QStringView text);
QString bookingStatusToString(BookingStatus status);

} // namespace Sandbox
