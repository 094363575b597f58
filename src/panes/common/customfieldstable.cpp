// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "customfieldstable.h"

#include <QTableWidget>

namespace CustomFieldsTable {

void fill(QTableWidget *table, const CustomFields &fields)
{
    table->setRowCount(0);
    for (const CustomField &field : fields) {
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(field.name));
        table->setItem(row, 1, new QTableWidgetItem(field.toString()));
    }
}

CustomFields read(const QTableWidget *table, const CustomFields &shown)
{
    QList<CustomFields::Row> rows;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QTableWidgetItem *name = table->item(row, 0);
        const QTableWidgetItem *value = table->item(row, 1);
        if (name)
            rows.append({ name->text(), value ? value->text() : QString() });
    }
    return CustomFields::edited(rows, shown);
}

} // namespace CustomFieldsTable
