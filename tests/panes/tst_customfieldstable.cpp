// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The custom fields table of the contact dialog and the inbox's tags editor: what it shows,
// and that saving without touching a value sends it back with its kind (a number stays a
// number) while a typed value goes as text.
#include "customfieldstable.h"

#include <QApplication>
#include <QTableWidget>
#include <QTest>

class TestCustomFieldsTable : public QObject
{
    Q_OBJECT

private:
    static CustomFields sample()
    {
        CustomFields fields;
        fields.insert(QStringLiteral("company"), QStringLiteral("Acme"));
        fields.insert(CustomField { QStringLiteral("visits"), CustomField::Kind::Number, QStringLiteral("12") });
        fields.insert(CustomField { QStringLiteral("vip"), CustomField::Kind::Boolean, QStringLiteral("true") });
        return fields;
    }

private Q_SLOTS:
    void showsEveryFieldAsText()
    {
        QTableWidget table(0, 2);
        table.setRowCount(5); // what an earlier contact left is cleared
        CustomFieldsTable::fill(&table, sample());
        QCOMPARE(table.rowCount(), 3);
        QCOMPARE(table.item(1, 0)->text(), QStringLiteral("visits"));
        QCOMPARE(table.item(1, 1)->text(), QStringLiteral("12"));
        QCOMPARE(table.item(2, 1)->text(), QStringLiteral("true"));
    }

    void untouchedValuesKeepTheirKind()
    {
        QTableWidget table(0, 2);
        CustomFieldsTable::fill(&table, sample());
        QCOMPARE(CustomFieldsTable::read(&table, sample()), sample());
    }

    void typedValuesAndNewRowsAreText()
    {
        QTableWidget table(0, 2);
        CustomFieldsTable::fill(&table, sample());
        table.item(1, 1)->setText(QStringLiteral("13"));
        table.insertRow(3);
        table.setItem(3, 0, new QTableWidgetItem(QStringLiteral("note")));
        table.insertRow(4); // a row added and left empty is no field
        const CustomFields read = CustomFieldsTable::read(&table, sample());
        QCOMPARE(read.size(), 4);
        QCOMPARE(read.value(QStringLiteral("visits")).kind, CustomField::Kind::Text);
        QCOMPARE(read.value(QStringLiteral("visits")).toString(), QStringLiteral("13"));
        QCOMPARE(read.value(QStringLiteral("vip")).kind, CustomField::Kind::Boolean);
        QCOMPARE(read.value(QStringLiteral("note")).kind, CustomField::Kind::Text);
        QVERIFY(read.value(QStringLiteral("note")).toString().isEmpty());
    }
};

QTEST_MAIN(TestCustomFieldsTable)
#include "tst_customfieldstable.moc"
