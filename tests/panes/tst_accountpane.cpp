// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The Account pane against a scripted AccountApi: every state the user can see.
#include "accountpane.h"
#include "channelsmodel.h"
#include "fakeaccountapi.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

namespace {

Account sampleAccount()
{
    Account a;
    a.id = 1;
    a.businessName = QStringLiteral("Glow Beauty Salon");
    a.email = QStringLiteral("owner@glow.example");
    a.phone = QStringLiteral("+971501234567");
    a.timezone = QStringLiteral("Asia/Dubai");
    a.locale = QStringLiteral("en");
    return a;
}

Subscription sampleSubscription()
{
    Subscription s;
    s.plan.code = QStringLiteral("pro");
    s.plan.name = QStringLiteral("Pro");
    s.plan.price = 49.0;
    s.plan.currency = QStringLiteral("USD");
    s.plan.interval = QStringLiteral("month");
    s.status = QStringLiteral("active");
    s.currentPeriodEnd = QDateTime(QDate(2026, 4, 1), QTime(0, 0), Qt::UTC);
    s.limits = {10000, 10, 50000, 5};
    s.usage = {2500, 4, 50000, 3};
    return s;
}

template<typename T>
T *child(QWidget &pane, const char *name)
{
    T *w = pane.findChild<T *>(QLatin1String(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

} // namespace

class TestAccountPane : public QObject
{
    Q_OBJECT

private:
    void answerAll(FakeAccountApi &api)
    {
        api.account.answer(sampleAccount());
        api.subscription.answer(sampleSubscription());
        Channel c;
        c.channel = QStringLiteral("whatsapp");
        c.status = QStringLiteral("connected");
        c.identifier = QStringLiteral("+971501234567");
        api.channels.answer(QList<Channel>{c});
    }

private Q_SLOTS:
    void showsEverythingOnceLoaded()
    {
        FakeAccountApi api;
        AccountPane pane(api);
        pane.show();
        QSignalSpy loaded(&pane, &AccountPane::loaded);
        QVERIFY(child<QLabel>(pane, "loadingLabel")->isVisible());
        QVERIFY(!child<QWidget>(pane, "profileGroup")->isEnabled());
        answerAll(api);
        QCOMPARE(loaded.size(), 1);
        QVERIFY(!child<QLabel>(pane, "loadingLabel")->isVisible());
        QCOMPARE(child<QLineEdit>(pane, "businessNameEdit")->text(), QStringLiteral("Glow Beauty Salon"));
        QCOMPARE(child<QLabel>(pane, "emailValue")->text(), QStringLiteral("owner@glow.example"));
        QCOMPARE(child<QComboBox>(pane, "timezoneCombo")->currentText(), QStringLiteral("Asia/Dubai"));
        QCOMPARE(child<QComboBox>(pane, "localeCombo")->currentData().toString(), QStringLiteral("en"));
        QVERIFY(child<QLabel>(pane, "planValue")->text().startsWith(QLatin1String("Pro")));
        QCOMPARE(child<QLabel>(pane, "statusValue")->text(), QStringLiteral("Active"));
        QVERIFY(!child<QLabel>(pane, "renewalValue")->text().isEmpty());
        auto *contacts = child<QProgressBar>(pane, "contactsUsageBar");
        QCOMPARE(contacts->maximum(), 10000);
        QCOMPARE(contacts->value(), 2500);
        QCOMPARE(child<QLabel>(pane, "contactsUsageValue")->text(), QStringLiteral("2,500 of 10,000"));
        QCOMPARE(child<QProgressBar>(pane, "monthlyMessagesUsageBar")->toolTip(), QStringLiteral("Limit reached"));
        QCOMPARE(child<QTableView>(pane, "channelsView")->model()->rowCount(), 1);
        QVERIFY(!child<QPushButton>(pane, "saveButton")->isEnabled());
    }

    void loadErrorOffersRetry()
    {
        FakeAccountApi api;
        AccountPane pane(api);
        pane.show();
        api.account.answer(ApiError(ApiError::Kind::Network));
        api.subscription.answer(sampleSubscription());
        api.channels.answer(QList<Channel>{});
        auto *frame = child<QWidget>(pane, "errorFrame");
        QVERIFY(frame->isVisible());
        QVERIFY(child<QLabel>(pane, "errorLabel")->text().contains(QLatin1String("Could not reach the server")));
        QSignalSpy loaded(&pane, &AccountPane::loaded);
        QTest::mouseClick(child<QPushButton>(pane, "retryButton"), Qt::LeftButton);
        QCOMPARE(api.accountCalls, 2);
        QVERIFY(!frame->isVisible());
        answerAll(api);
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(child<QLineEdit>(pane, "businessNameEdit")->text(), QStringLiteral("Glow Beauty Salon"));
    }

    void saveSendsOnlyChangedFields()
    {
        FakeAccountApi api;
        AccountPane pane(api);
        pane.show();
        answerAll(api);
        auto *name = child<QLineEdit>(pane, "businessNameEdit");
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Glow Spa"));
        QVERIFY(pane.hasUnsavedChanges());
        auto *save = child<QPushButton>(pane, "saveButton");
        QVERIFY(save->isEnabled());
        QSignalSpy saved(&pane, &AccountPane::saved);
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(api.update.isOpen());
        QCOMPARE(api.lastUpdate.businessName.value_or(QString()), QStringLiteral("Glow Spa"));
        QVERIFY(!api.lastUpdate.phone.has_value());
        QVERIFY(!api.lastUpdate.timezone.has_value());
        QVERIFY(!save->isEnabled()); // no double submit while saving
        Account updated = sampleAccount();
        updated.businessName = QStringLiteral("Glow Spa");
        api.update.answer(updated);
        QCOMPARE(saved.size(), 1);
        QVERIFY(!pane.hasUnsavedChanges());
        QCOMPARE(child<QLabel>(pane, "saveStatusLabel")->text(), QStringLiteral("Your changes were saved."));
    }

    // Issue 16: usage went stale after contacts were added elsewhere, until a restart.
    void usageIsReadAgainWhenTheSectionIsShownAgain()
    {
        FakeAccountApi api;
        AccountPane pane(api);
        pane.show();
        answerAll(api);
        QCOMPARE(child<QLabel>(pane, "contactsUsageValue")->text(), QStringLiteral("2,500 of 10,000"));
        pane.hide(); // the agent works in Contacts meanwhile
        pane.show();
        QVERIFY(api.subscription.isOpen());
        Subscription later = sampleSubscription();
        later.usage.contacts = 2507;
        api.account.answer(sampleAccount());
        api.subscription.answer(later);
        api.channels.answer(QList<Channel>{});
        QCOMPARE(child<QLabel>(pane, "contactsUsageValue")->text(), QStringLiteral("2,507 of 10,000"));
        QCOMPARE(child<QProgressBar>(pane, "contactsUsageBar")->value(), 2507);
    }

    // Issue 16: a new time zone reached the calendar only after a restart.
    void aSavedTimeZoneIsAnnounced()
    {
        FakeAccountApi api;
        AccountPane pane(api);
        pane.show();
        answerAll(api);
        auto *zone = child<QComboBox>(pane, "timezoneCombo");
        zone->setCurrentText(QStringLiteral("Europe/London"));
        QSignalSpy changed(&pane, &AccountPane::accountChanged);
        QTest::mouseClick(child<QPushButton>(pane, "saveButton"), Qt::LeftButton);
        Account updated = sampleAccount();
        updated.timezone = QStringLiteral("Europe/London");
        api.update.answer(updated);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().value<Account>().timezone, QStringLiteral("Europe/London"));
    }

    void validationErrorsShowAtTheFieldAndKeepInput()
    {
        FakeAccountApi api;
        AccountPane pane(api);
        pane.show();
        answerAll(api);
        auto *phone = child<QLineEdit>(pane, "phoneEdit");
        phone->selectAll();
        QTest::keyClicks(phone, QStringLiteral("12345"));
        QTest::mouseClick(child<QPushButton>(pane, "saveButton"), Qt::LeftButton);
        ApiError error(ApiError::Kind::Validation, 422, QStringLiteral("The given data was invalid."));
        error.fieldErrors.insert(QStringLiteral("phone"), {QStringLiteral("The phone must be in E.164 format.")});
        api.update.answer(error);
        auto *phoneError = child<QLabel>(pane, "phoneError");
        QVERIFY(phoneError->isVisible());
        QCOMPARE(phoneError->text(), QStringLiteral("The phone must be in E.164 format."));
        QVERIFY(!child<QLabel>(pane, "businessNameError")->isVisible());
        QCOMPARE(phone->text(), QStringLiteral("12345"));
        QVERIFY(pane.hasUnsavedChanges());
        QVERIFY(child<QPushButton>(pane, "saveButton")->isEnabled());
        // Typing into the field clears its message.
        QTest::keyClick(phone, Qt::Key_0);
        QVERIFY(!phoneError->isVisible());
    }

    void reloadKeepsUnsavedEdits()
    {
        FakeAccountApi api;
        AccountPane pane(api);
        pane.show();
        answerAll(api);
        auto *name = child<QLineEdit>(pane, "businessNameEdit");
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Typed but not saved"));
        pane.reload();
        answerAll(api);
        QCOMPARE(name->text(), QStringLiteral("Typed but not saved"));
        QVERIFY(pane.hasUnsavedChanges());
        QTest::mouseClick(child<QPushButton>(pane, "revertButton"), Qt::LeftButton);
        QCOMPARE(name->text(), QStringLiteral("Glow Beauty Salon"));
    }

    void otherSaveErrorsKeepInput()
    {
        FakeAccountApi api;
        AccountPane pane(api);
        pane.show();
        answerAll(api);
        auto *name = child<QLineEdit>(pane, "businessNameEdit");
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("New name"));
        QTest::mouseClick(child<QPushButton>(pane, "saveButton"), Qt::LeftButton);
        api.update.answer(ApiError(ApiError::Kind::Timeout));
        QCOMPARE(name->text(), QStringLiteral("New name"));
        QVERIFY(child<QLabel>(pane, "saveStatusLabel")->text().startsWith(QLatin1String("Your changes were not saved.")));
    }
};

QTEST_MAIN(TestAccountPane)
#include "tst_accountpane.moc"
