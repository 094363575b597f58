// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "page.h"

#include <QString>
#include <QUrlQuery>

// GET /webhooks/{id}/deliveries filters.
struct DeliveryQuery
{
    QString status; // success, failed, pending
    QString event;
    PageRequest page;

    QUrlQuery toQuery() const;
};
