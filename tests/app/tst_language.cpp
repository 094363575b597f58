// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "language.h"

#include <QApplication>
#include <QLocale>
#include <QTest>

class TestLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void arabicTranslatesAndTurnsRightToLeft()
    {
        Language language;
        QVERIFY(language.apply(QStringLiteral("ar")));
        QCOMPARE(language.current(), QStringLiteral("ar"));
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
        QCOMPARE(QLocale().language(), QLocale::Arabic);
        // Our catalogue, including the API layer's error texts ...
        QCOMPARE(QCoreApplication::translate("AccountPane", "&Save"), QStringLiteral("حفظ"));
        QVERIFY(QCoreApplication::translate("ApiError", "The request was cancelled.")
                != QLatin1String("The request was cancelled."));
        // ... and Qt's own (qtbase_ar), which the standard dialog buttons use.
        QVERIFY(QCoreApplication::translate("QPlatformTheme", "Cancel") != QLatin1String("Cancel"));
    }

    void switchingBackRestoresEnglishLeftToRight()
    {
        Language language;
        QVERIFY(language.apply(QStringLiteral("ar")));
        QVERIFY(language.apply(QStringLiteral("en")));
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
        QCOMPARE(QCoreApplication::translate("AccountPane", "&Save"), QStringLiteral("&Save"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
    }

    void unknownLanguageFallsBackToEnglish()
    {
        Language language;
        language.apply(QStringLiteral("fr"));
        QCOMPARE(language.current(), QStringLiteral("en"));
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
