// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// CSV as spreadsheets write it, read and written back.
#include "csvreader.h"
#include "csvwriter.h"

#include <QTest>

class TestCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsPlainRows()
    {
        const auto rows = CsvReader::parse(QByteArray("name,phone\nSara,+971501234567\n"));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1), QStringList({QStringLiteral("Sara"), QStringLiteral("+971501234567")}));
    }

    void stripsBom()
    {
        const auto rows = CsvReader::parse(QByteArray("\xEF\xBB\xBFname,phone\r\nA,1\r\n"));
        QCOMPARE(rows.first().first(), QStringLiteral("name"));
        QCOMPARE(rows.size(), 2);
    }

    void quotedFieldsWithCommasQuotesAndLineBreaks()
    {
        const QByteArray csv = "name,note\r\n\"Doe, Jane\",\"said \"\"hi\"\"\nthen left\"\r\nlast,\r\n";
        const auto rows = CsvReader::parse(csv);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(1).at(0), QStringLiteral("Doe, Jane"));
        QCOMPARE(rows.at(1).at(1), QStringLiteral("said \"hi\"\nthen left"));
        QCOMPARE(rows.at(2), QStringList({QStringLiteral("last"), QString()}));
    }

    void arabicNames()
    {
        const QString name = QString::fromUtf8("فاطمة الزهراء");
        const auto rows = CsvReader::parse((QStringLiteral("name\n") + name + QLatin1Char('\n')).toUtf8());
        QCOMPARE(rows.at(1).first(), name);
    }

    void semicolonSeparator()
    {
        const auto rows = CsvReader::parse(QByteArray("name;phone\nSara;+971501234567\n"));
        QCOMPARE(rows.at(1).size(), 2);
    }

    void skipsBlankLines()
    {
        const auto rows = CsvReader::parse(QByteArray("a,b\n\n\n1,2\n"));
        QCOMPARE(rows.size(), 2);
    }

    void writerRoundTrips()
    {
        CsvWriter writer;
        const QStringList tricky = {QStringLiteral("Doe, Jane"), QStringLiteral("say \"hi\""),
            QStringLiteral("two\nlines"), QString::fromUtf8("سارة"), QString()};
        writer.addRow({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
            QStringLiteral("d"), QStringLiteral("e")});
        writer.addRow(tricky);
        QVERIFY(writer.data().startsWith("\xEF\xBB\xBF"));
        const auto rows = CsvReader::parse(writer.data());
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1), tricky);
    }

    void formulaCellsAreNeutralisedAndReadBack()
    {
        // The OWASP list: a spreadsheet runs a cell starting with = + - @ tab or CR.
        const QStringList risky = {QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"), QStringLiteral("+1"),
            QStringLiteral("-2+3"), QStringLiteral("@SUM(A1)"), QStringLiteral("\tcmd"), QStringLiteral("\rcmd"),
            QStringLiteral("a=b"), QStringLiteral("'quoted")};
        CsvWriter writer;
        writer.addRow(risky);
        const QString line = QString::fromUtf8(writer.data().mid(3));
        QCOMPARE(line, QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",'+1,'-2+3,'@SUM(A1),'\tcmd,"
                                      "\"'\rcmd\",a=b,'quoted\r\n"));
        const auto rows = CsvReader::parse(writer.data());
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first(), risky);
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
