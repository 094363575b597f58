// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customfields.h"

class QTableWidget;

// The two-column (name, value) table in which the contact dialog and the inbox's tags
// editor edit custom fields. Both read it back the same way: CustomFields::edited() keeps
// the kind of every value the user left alone.
namespace CustomFieldsTable {

void fill(QTableWidget *table, const CustomFields &fields);
CustomFields read(const QTableWidget *table, const CustomFields &shown);

} // namespace CustomFieldsTable
