// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The defects the Arabic screenshot review found in dialogs (docs/accessibility.md), one
// test each: the booking dialog's end time in the start field's clock and its type names
// isolated, the inbox settings' interval boxes wide enough for "١٥ ث", the sign-in
// introduction off the dialog's edges; and in English the quick-reply list of the inbox
// settings not squeezed at the dialog's first size. With SKYLIGHT_SCREENSHOT_DIR set, the
// dialogs are saved in both languages for the review by eye.
#include "apiclient.h"
#include "bookingdialog.h"
#include "fakeconnectiontester.h"
#include "inboxsettingsdialog.h"
#include "quickrepliesstore.h"
#include "restbookingsapi.h"
#include "restcontactsapi.h"
#include "signindialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSpinBox>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QTranslator>

namespace {
void save(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("SKYLIGHT_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    widget->grab().save(QDir(dir).filePath(name + u".png"));
}

// A start time with Arabic-Indic or Latin digits, read back without the bidi marks.
QString withoutMarks(QString text)
{
    for (const QChar mark : { QChar(0x2066), QChar(0x2067), QChar(0x2068), QChar(0x2069),
             QChar(0x200E), QChar(0x200F), QChar(0x061C) })
        text.remove(mark);
    return text.trimmed();
}
} // namespace

class TestArabicDialogs : public QObject
{
    Q_OBJECT

private:
    QTranslator m_arabic;
    QNetworkAccessManager m_network;
    ApiClient m_client { &m_network }; // never asked: the dialogs get what they need
    RestBookingsApi m_bookings { &m_client };
    RestContactsApi m_contacts { &m_client };
    QTemporaryDir m_dir;

    void useLanguage(const QString &lang)
    {
        QCoreApplication::removeTranslator(&m_arabic);
        if (lang == u"ar") {
            QCoreApplication::installTranslator(&m_arabic);
            QLocale::setDefault(QLocale(QLocale::Arabic));
            QApplication::setLayoutDirection(Qt::RightToLeft);
        } else {
            QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
            QApplication::setLayoutDirection(Qt::LeftToRight);
        }
    }

    std::unique_ptr<BookingDialog> bookingDialog()
    {
        BookingDialog::Context context;
        context.types = { BookingType { 3, QStringLiteral("30-Minute Consultation"), 30, {}, true } };
        context.resources = { Resource { 1, QStringLiteral("Dr. Ahmed Al-Rashid"), QStringLiteral("staff"), true } };
        context.zone = QTimeZone::utc();
        auto dialog = std::make_unique<BookingDialog>(m_bookings, m_contacts, context);
        dialog->setBookingType(3);
        dialog->setStart(QDateTime(QDate(2026, 3, 10), QTime(3, 43), QTimeZone::utc()));
        dialog->show();
        return dialog;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_arabic.load(QStringLiteral(":/i18n/skylight_ar")));
    }

    void cleanup()
    {
        useLanguage(QStringLiteral("en"));
    }

    // "٣:٤٣" started a 24-hour field, and the end beside it said "٤:١٣ ص".
    void theBookingEndIsInTheStartFieldsClock()
    {
        useLanguage(QStringLiteral("ar"));
        auto dialog = bookingDialog();
        auto *time = dialog->findChild<QTimeEdit *>(QStringLiteral("timeEdit"));
        auto *end = dialog->findChild<QLabel *>(QStringLiteral("endLabel"));
        QCOMPARE(time->displayFormat(), QStringLiteral("HH:mm"));
        const QString shown = withoutMarks(end->text());
        QCOMPARE(time->locale().toTime(shown, time->displayFormat()), QTime(4, 13));
        QCOMPARE(shown, QStringLiteral("٠٤:١٣"));
        save(dialog.get(), QStringLiteral("arabic-booking-dialog-ar"));
        useLanguage(QStringLiteral("en"));
        auto english = bookingDialog();
        save(english.get(), QStringLiteral("arabic-booking-dialog-en"));
    }

    // "30-Minute Consultation (30 دقيقة)" read "Minute Consultation-30" in the type list.
    void theBookingTypeNameIsIsolated()
    {
        useLanguage(QStringLiteral("ar"));
        auto dialog = bookingDialog();
        auto *type = dialog->findChild<QComboBox *>(QStringLiteral("typeCombo"));
        QVERIFY2(type->currentText().contains(
                     QChar(0x2068) + QStringLiteral("30-Minute Consultation") + QChar(0x2069)),
            qPrintable(type->currentText()));
    }

    // The interval boxes cut "١٥ ث" short in Arabic.
    void theInboxIntervalBoxesFitTheirText_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("ar") << QStringLiteral("ar");
    }

    void theInboxIntervalBoxesFitTheirText()
    {
        QFETCH(QString, lang);
        useLanguage(lang);
        QSettings settings(m_dir.filePath(QStringLiteral("q.ini")), QSettings::IniFormat);
        QuickRepliesStore replies(settings);
        replies.setReplies({ QStringLiteral("Thank you for your message!"),
            QStringLiteral("We open at 9:00 tomorrow."), QStringLiteral("Your booking is confirmed."),
            QStringLiteral("See you soon.") });
        InboxSettingsDialog dialog(InboxSettings {}, replies);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        save(&dialog, QStringLiteral("arabic-inbox-settings-") + lang);
        dialog.resize(dialog.minimumSizeHint());
        QTest::qWait(0);
        for (QSpinBox *box : dialog.findChildren<QSpinBox *>()) {
            QLineEdit *edit = box->findChild<QLineEdit *>();
            QVERIFY(edit);
            for (const int value : { box->minimum(), box->maximum() }) {
                const QString text = box->prefix() + box->locale().toString(value) + box->suffix();
                const int needed = edit->fontMetrics().horizontalAdvance(text);
                QVERIFY2(edit->width() >= needed,
                    qPrintable(QStringLiteral("%1: %2 px for \"%3\" (%4 px)")
                                   .arg(box->objectName()).arg(edit->width()).arg(text).arg(needed)));
            }
        }
    }

    // At the dialog's first size the quick-reply list showed little more than a row.
    void theQuickReplyListIsNotSqueezedAtFirst_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("ar") << QStringLiteral("ar");
    }

    void theQuickReplyListIsNotSqueezedAtFirst()
    {
        QFETCH(QString, lang);
        useLanguage(lang);
        QSettings settings(m_dir.filePath(QStringLiteral("q2.ini")), QSettings::IniFormat);
        QuickRepliesStore replies(settings);
        replies.setReplies({ QStringLiteral("Thank you for your message!"),
            QStringLiteral("We open at 9:00 tomorrow."), QStringLiteral("Your booking is confirmed."),
            QStringLiteral("See you soon.") });
        InboxSettingsDialog dialog(InboxSettings {}, replies);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("quickRepliesList"));
        QVERIFY(list);
        // Every reply of the four in sight, whole rows.
        const int rows = list->viewport()->height() / qMax(1, list->sizeHintForRow(0));
        QVERIFY2(rows >= 4, qPrintable(QStringLiteral("%1 rows in sight").arg(rows)));
    }

    // In Arabic an English reply was drawn "!Thank you for your message": each reply is
    // painted as an isolate of its own direction, and stays stored as typed.
    void theQuickRepliesKeepTheirOwnDirection_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("ar") << QStringLiteral("ar");
    }

    void theQuickRepliesKeepTheirOwnDirection()
    {
        QFETCH(QString, lang);
        useLanguage(lang);
        QSettings settings(m_dir.filePath(QStringLiteral("q3.ini")), QSettings::IniFormat);
        QuickRepliesStore replies(settings);
        const QStringList typed { QStringLiteral("Thank you for your message!"),
            QStringLiteral("(9:00) See you soon."), QStringLiteral("شكراً لرسالتك!") };
        replies.setReplies(typed);
        InboxSettingsDialog dialog(InboxSettings {}, replies);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        save(&dialog, QStringLiteral("quick-replies-") + lang);
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("quickRepliesList"));
        QVERIFY(list);
        QCOMPARE(list->layoutDirection(), lang == u"ar" ? Qt::RightToLeft : Qt::LeftToRight);
        auto *delegate = qobject_cast<QStyledItemDelegate *>(list->itemDelegate());
        QVERIFY(delegate);
        QCOMPARE(list->count(), typed.size());
        for (int row = 0; row < list->count(); ++row) {
            const QModelIndex index = list->model()->index(row, 0);
            QCOMPARE(delegate->displayText(index.data(), list->locale()),
                QChar(0x2068) + typed.at(row) + QChar(0x2069));
            QCOMPARE(list->item(row)->text(), typed.at(row));
        }
        QCOMPARE(replies.replies(), typed);
    }

    // At its smallest the introduction ran from one edge of the dialog to the other.
    void theSignInIntroductionKeepsASideMargin_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("ar") << QStringLiteral("ar");
    }

    void theSignInIntroductionKeepsASideMargin()
    {
        QFETCH(QString, lang);
        useLanguage(lang);
        FakeConnectionTester tester;
        SignInDialog dialog(tester);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        save(&dialog, QStringLiteral("arabic-signin-") + lang);
        dialog.resize(dialog.minimumSizeHint());
        QTest::qWait(0);
        save(&dialog, QStringLiteral("arabic-signin-smallest-") + lang);
        auto *intro = dialog.findChild<QLabel *>(QStringLiteral("introLabel"));
        const int margin = dialog.style()->pixelMetric(QStyle::PM_LayoutLeftMargin);
        QVERIFY(margin > 0);
        const QRect r = intro->geometry();
        QVERIFY2(r.left() >= margin && r.right() < dialog.width() - margin,
            qPrintable(QStringLiteral("introduction at %1..%2 in a dialog %3 wide")
                           .arg(r.left()).arg(r.right()).arg(dialog.width())));
    }
};

QTEST_MAIN(TestArabicDialogs)
#include "tst_arabicdialogs.moc"
