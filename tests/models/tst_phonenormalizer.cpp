// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Phone numbers as people type them, against libphonenumber: what becomes E.164 and what
// is stopped with a reason.
#include "contactdraft.h"
#include "emailcheck.h"
#include "phonenormalizer.h"

#include <QTest>

class TestPhoneNormalizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalises_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("e164"); // empty = must be rejected

        QTest::newRow("UAE national") << "AE" << "050 123 4567" << "+971501234567";
        QTest::newRow("UAE national, no spaces") << "AE" << "0501234567" << "+971501234567";
        QTest::newRow("UAE international") << "AE" << "+971 50 123 4567" << "+971501234567";
        QTest::newRow("UAE international, no spaces") << "AE" << "+971501234567" << "+971501234567";
        QTest::newRow("00 prefix") << "AE" << "00971501234567" << "+971501234567";
        QTest::newRow("dashes and brackets") << "US" << "(202) 555-0143" << "+12025550143";
        QTest::newRow("international from other region") << "US" << "+44 20 7946 0958" << "+442079460958";
        QTest::newRow("Arabic-Indic digits") << "AE"
            << QString::fromUtf8("٠٥٠ ١٢٣ ٤٥٦٧") << "+971501234567";
        QTest::newRow("Eastern Arabic-Indic digits") << "SA"
            << QString::fromUtf8("+۹۶۶ ۵۰ ۱۲۳ ۴۵۶۷") << "+966501234567";
        QTest::newRow("Saudi national") << "SA" << "050 123 4567" << "+966501234567";
        QTest::newRow("too short") << "AE" << "050 12" << "";
        QTest::newRow("too long") << "AE" << "+971 50 123 4567 8901" << "";
        QTest::newRow("wrong length for country") << "AE" << "+971 50 123 456" << "";
        QTest::newRow("letters") << "AE" << "call me" << "";
        QTest::newRow("empty") << "AE" << "" << "";
        QTest::newRow("no region, no plus") << "ZZ" << "0501234567" << "";
        QTest::newRow("invalid country code") << "AE" << "+999 1234 5678" << "";
    }

    void normalises()
    {
        QFETCH(QString, region);
        QFETCH(QString, input);
        QFETCH(QString, e164);
        const PhoneNormalizer phones(region);
        const PhoneNormalizer::Result result = phones.normalize(input);
        QCOMPARE(result.ok, !e164.isEmpty());
        QCOMPARE(result.e164, e164);
        if (!result.ok)
            QVERIFY2(!result.error.isEmpty(), "a rejected number says why");
    }

    void reasonsNameTheProblem()
    {
        const PhoneNormalizer phones(QStringLiteral("AE"));
        const QString shortError = phones.normalize(QStringLiteral("050 12")).error;
        QVERIFY2(shortError.contains(QLatin1String("short")), qPrintable(shortError));
        QVERIFY(phones.normalize(QStringLiteral("+971 50 123 4567 8901")).error.contains(QLatin1String("long")));
    }

    void formatsAsYouType()
    {
        const PhoneNormalizer phones(QStringLiteral("AE"));
        QCOMPARE(phones.formatAsYouType(QStringLiteral("+971501234567")), QStringLiteral("+971 50 123 4567"));
        QCOMPARE(phones.formatAsYouType(QString::fromUtf8("+٩٧١٥٠")), QStringLiteral("+971 50"));
    }

    void regionOfNumber()
    {
        QCOMPARE(PhoneNormalizer::regionOfNumber(QStringLiteral("+971501234567")), QStringLiteral("AE"));
        QCOMPARE(PhoneNormalizer::regionOfNumber(QStringLiteral("+442079460958")), QStringLiteral("GB"));
        QCOMPARE(PhoneNormalizer::regionOfNumber(QStringLiteral("nonsense")), QString());
    }

    void emails_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("ok");
        QTest::newRow("plain") << "sara@example.com" << true;
        QTest::newRow("subdomain and plus") << "a.b+c@mail.example.co.uk" << true;
        QTest::newRow("no at") << "sara.example.com" << false;
        QTest::newRow("two ats") << "sara@@example.com" << false;
        QTest::newRow("no domain dot") << "sara@example" << false;
        QTest::newRow("space") << "sara @example.com" << false;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("a@b..c") << "a@b..c" << false;
        QTest::newRow("a@b") << "a@b" << false;
        QTest::newRow("a@b.c") << "a@b.c" << true;
        QTest::newRow("unicode") << QStringLiteral("jörg@bücher.de") << true;
        QTest::newRow("arabic") << QStringLiteral("سارة@مثال.مصر") << true;
    }

    void emails()
    {
        QFETCH(QString, email);
        QFETCH(bool, ok);
        QCOMPARE(EmailCheck::problem(email).isEmpty(), ok);
    }

    void draftNeedsPhoneOrEmail()
    {
        const PhoneNormalizer phones(QStringLiteral("AE"));
        ContactDraft draft;
        draft.name = QStringLiteral("Nobody");
        ContactDraft::Checked checked = draft.validate(phones);
        QVERIFY(checked.errors.contains(QStringLiteral("phone")));
        QVERIFY(checked.errors.contains(QStringLiteral("email")));

        draft.phone = QStringLiteral("050 123 4567");
        draft.tags = QString::fromUtf8("vip, new ،عميل; vip");
        checked = draft.validate(phones);
        QVERIFY(checked.ok());
        QCOMPARE(*checked.input.phone, QStringLiteral("+971501234567"));
        QCOMPARE(*checked.input.tags,
            QStringList({QStringLiteral("vip"), QStringLiteral("new"), QString::fromUtf8("عميل")}));
        QVERIFY(!checked.input.email.has_value());
    }
};

QTEST_GUILESS_MAIN(TestPhoneNormalizer)
#include "tst_phonenormalizer.moc"
