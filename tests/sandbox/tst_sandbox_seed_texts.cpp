// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "seed/demotexts.h"

#include <QSet>
#include <QTest>

using namespace Sandbox;

namespace {
bool isArabicScript(const QString &text)
{
    bool any = false;
    for (QChar c : text) {
        if (c.isLetter()) {
            if (c.script() != QChar::Script_Arabic)
                return false;
            any = true;
        }
    }
    return any;
}
bool isLatinScript(const QString &text)
{
    for (QChar c : text) {
        if (c.isLetter() && c.script() != QChar::Script_Latin)
            return false;
    }
    return true;
}
} // namespace

class TestSeedTexts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsAreInTheirScripts()
    {
        for (const QString &name : DemoTexts::arabicFirstNames() + DemoTexts::arabicLastNames())
            QVERIFY2(isArabicScript(name), qPrintable(name));
        for (const QString &name : DemoTexts::englishFirstNames() + DemoTexts::englishLastNames())
            QVERIFY2(isLatinScript(name), qPrintable(name));
        QVERIFY(DemoTexts::englishFirstNames().size() >= 20);
        QVERIFY(DemoTexts::arabicFirstNames().size() >= 20);
        QVERIFY(!DemoTexts::englishInbound().isEmpty());
        QVERIFY(!DemoTexts::englishOutbound().isEmpty());
        QVERIFY(!DemoTexts::arabicInbound().isEmpty());
        QVERIFY(!DemoTexts::arabicOutbound().isEmpty());
        for (const QString &text : DemoTexts::arabicInbound() + DemoTexts::arabicOutbound()) {
            bool hasArabic = false;
            for (QChar c : text)
                hasArabic = hasArabic || c.script() == QChar::Script_Arabic;
            QVERIFY2(hasArabic, qPrintable(text));
        }
    }

    void personNamesMixBothLanguagesDeterministically()
    {
        QSet<QString> names;
        int arabic = 0;
        for (int n = 0; n < 200; ++n) {
            const QString name = DemoTexts::personName(n);
            QCOMPARE(name, DemoTexts::personName(n));
            QCOMPARE(isArabicScript(name), DemoTexts::isArabicName(n));
            QCOMPARE(name.count(u' '), 1);
            names.insert(name);
            arabic += DemoTexts::isArabicName(n) ? 1 : 0;
        }
        QVERIFY(arabic >= 50 && arabic <= 100);
        QVERIFY2(names.size() >= 150, qPrintable(QString::number(names.size())));
    }
};

QTEST_GUILESS_MAIN(TestSeedTexts)
#include "tst_sandbox_seed_texts.moc"
