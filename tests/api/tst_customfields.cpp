// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// CustomFields, the value type that carries a contact's custom_fields above the API layer:
// JSON in and out without losing a kind, a member or a character; the CSV cell form; and
// what an editor's rows mean.
#include "customfields.h"
#include "customfieldsjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using Kind = CustomField::Kind;

class TestCustomFields : public QObject
{
    Q_OBJECT

private:
    static QJsonObject everyKind()
    {
        return QJsonDocument::fromJson(QStringLiteral(
            R"({"company": "شركة الأمل ✓", "visits": 12, "balance": -0.25, "vip": true,
                "referrer": null, "address": {"city": "Dubai", "zip": [1, 2]}, "langs": ["ar", "en"]})")
                                           .toUtf8())
            .object();
    }

private Q_SLOTS:
    void jsonToValueKeepsOrderKindsAndUnicode()
    {
        const CustomFields fields = CustomFieldsJson::fromJson(everyKind());
        QCOMPARE(fields.size(), 7);
        // The order JSON hands them over in (a QJsonObject's: by name).
        QStringList names;
        for (const CustomField &field : fields)
            names << field.name;
        QCOMPARE(names, (QStringList { QStringLiteral("address"), QStringLiteral("balance"),
                             QStringLiteral("company"), QStringLiteral("langs"),
                             QStringLiteral("referrer"), QStringLiteral("vip"), QStringLiteral("visits") }));
        QCOMPARE(fields.value(QStringLiteral("company")).kind, Kind::Text);
        QCOMPARE(fields.value(QStringLiteral("company")).toString(), QStringLiteral("شركة الأمل ✓"));
        QCOMPARE(fields.value(QStringLiteral("visits")).kind, Kind::Number);
        QCOMPARE(fields.value(QStringLiteral("visits")).toString(), QStringLiteral("12"));
        QCOMPARE(fields.value(QStringLiteral("balance")).toString(), QStringLiteral("-0.25"));
        QCOMPARE(fields.value(QStringLiteral("vip")).kind, Kind::Boolean);
        QCOMPARE(fields.value(QStringLiteral("vip")).toString(), QStringLiteral("true"));
        QCOMPARE(fields.value(QStringLiteral("referrer")).kind, Kind::Null);
        QVERIFY(fields.value(QStringLiteral("referrer")).toString().isEmpty());
        // Values the app has no editor for are kept, readable, rather than dropped.
        QCOMPARE(fields.value(QStringLiteral("address")).kind, Kind::Structured);
        QCOMPARE(fields.value(QStringLiteral("address")).toString(),
            QStringLiteral(R"({"city":"Dubai","zip":[1,2]})"));
        QCOMPARE(fields.value(QStringLiteral("langs")).kind, Kind::Structured);
    }

    void valueToJsonGivesBackWhatCame()
    {
        const QJsonObject original = everyKind();
        const CustomFields fields = CustomFieldsJson::fromJson(original);
        const QJsonObject back = CustomFieldsJson::toJson(fields);
        QCOMPARE(back, original);
        QCOMPARE(back.value(QStringLiteral("visits")).type(), QJsonValue::Double);
        QCOMPARE(back.value(QStringLiteral("referrer")).type(), QJsonValue::Null);
        QCOMPARE(CustomFieldsJson::fromJson(back), fields);
        QVERIFY(CustomFieldsJson::fromJson(QJsonObject()).isEmpty());
    }

    void missingFieldsReadAsEmptyText()
    {
        const CustomFields fields = CustomFieldsJson::fromJson(everyKind());
        QVERIFY(!fields.contains(QStringLiteral("nope")));
        QVERIFY(fields.value(QStringLiteral("nope")).toString().isEmpty());
    }

    void insertReplacesInPlaceOrAppends()
    {
        CustomFields fields;
        fields.insert(QStringLiteral("b"), QStringLiteral("1"));
        fields.insert(QStringLiteral("a"), QStringLiteral("2"));
        fields.insert(QStringLiteral("b"), QStringLiteral("3"));
        QCOMPARE(fields.size(), 2);
        QCOMPARE(fields.fields().first().name, QStringLiteral("b"));
        QCOMPARE(fields.fields().first().text, QStringLiteral("3"));
        QCOMPARE(fields.fields().last().name, QStringLiteral("a"));
    }

    void editedRowsKeepTheKindOfWhatWasLeftAlone()
    {
        const CustomFields before = CustomFieldsJson::fromJson(everyKind());
        const QList<CustomFields::Row> rows {
            { QStringLiteral(" visits "), QStringLiteral("12") }, // untouched number, name padded
            { QStringLiteral("vip"), QStringLiteral("no") }, // typed over: text now
            { QStringLiteral("address"), QStringLiteral(R"({"city":"Dubai","zip":[1,2]})") },
            { QStringLiteral("referrer"), QString() }, // still empty: still null
            { QStringLiteral("   "), QStringLiteral("dropped") }, // no name
            { QStringLiteral("new"), QStringLiteral("42") }, // typed: text, even if it looks like a number
            { QStringLiteral("new"), QStringLiteral("43") }, // the later row wins
        };
        const CustomFields edited = CustomFields::edited(rows, before);
        QCOMPARE(edited.size(), 5);
        QCOMPARE(edited.value(QStringLiteral("visits")).kind, Kind::Number);
        QCOMPARE(edited.value(QStringLiteral("vip")).kind, Kind::Text);
        QCOMPARE(edited.value(QStringLiteral("vip")).toString(), QStringLiteral("no"));
        QCOMPARE(edited.value(QStringLiteral("address")).kind, Kind::Structured);
        QCOMPARE(edited.value(QStringLiteral("referrer")).kind, Kind::Null);
        QCOMPARE(edited.value(QStringLiteral("new")).kind, Kind::Text);
        QCOMPARE(edited.value(QStringLiteral("new")).toString(), QStringLiteral("43"));

        const QJsonObject json = CustomFieldsJson::toJson(edited);
        QCOMPARE(json.value(QStringLiteral("visits")), QJsonValue(12));
        QCOMPARE(json.value(QStringLiteral("address")).toObject().value(QStringLiteral("city")).toString(),
            QStringLiteral("Dubai"));
        QCOMPARE(json.value(QStringLiteral("new")), QJsonValue(QStringLiteral("43")));
    }

    void csvTextRoundTrip()
    {
        const CustomFields fields = CustomFieldsJson::fromJson(everyKind());
        const QString text = fields.toCsvText();
        QVERIFY2(!text.contains(QLatin1Char('\n')), qPrintable(text)); // one cell, one line
        QVERIFY2(text.contains(QStringLiteral("شركة الأمل ✓")), qPrintable(text)); // not \u-escaped
        const std::optional<CustomFields> back = CustomFields::fromCsvText(text);
        QVERIFY(back);
        QCOMPARE(*back, fields);

        QCOMPARE(CustomFields().toCsvText(), QString());
        QVERIFY(CustomFields::fromCsvText(QString()));
        QVERIFY(CustomFields::fromCsvText(QStringLiteral("  "))->isEmpty());
    }

    void csvTextThatIsNoObjectIsRefused()
    {
        QVERIFY(!CustomFields::fromCsvText(QStringLiteral("vip")));
        QVERIFY(!CustomFields::fromCsvText(QStringLiteral("[1, 2]")));
        QVERIFY(!CustomFields::fromCsvText(QStringLiteral("{\"vip\": ")));
    }
};

QTEST_GUILESS_MAIN(TestCustomFields)
#include "tst_customfields.moc"
