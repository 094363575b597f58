// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The booking details panel shows a long value (a name, notes) in full: the word-wrapped
// label grows to as many lines as its text needs at the panel's width, Latin or Arabic,
// left-to-right or right-to-left.
#include "bookingdetails.h"
#include "screenshot.h"

#include <QApplication>
#include <QLabel>
#include <QSplitter>
#include <QTest>

namespace {

QString longText(const QString &word, int chars)
{
    QString text;
    while (text.size() < chars)
        text += word + QLatin1Char(' ');
    return text.left(chars);
}

Booking booking(const QString &notes)
{
    Booking b;
    b.id = 7;
    b.contactId = 3;
    b.bookingTypeId = 1;
    b.title = QStringLiteral("Consultation");
    b.startsAt = QDateTime(QDate(2026, 3, 4), QTime(9, 0), Qt::UTC);
    b.endsAt = b.startsAt.addSecs(30 * 60);
    b.createdAt = b.startsAt.addDays(-2);
    b.updatedAt = b.startsAt.addDays(-1);
    b.status = QStringLiteral("pending");
    b.notes = notes;
    return b;
}

} // namespace

class TestBookingDetails : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void longValuesWrapFully_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<bool>("rtl");
        QTest::newRow("latin-ltr") << QStringLiteral("appointment") << false;
        QTest::newRow("arabic-rtl") << QStringLiteral("موعد") << true;
    }

    void longValuesWrapFully()
    {
        QFETCH(QString, word);
        QFETCH(bool, rtl);
        // As in the Calendar pane: the panel is the narrow side of a splitter.
        QSplitter splitter;
        splitter.setLayoutDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
        auto *calendar = new QWidget;
        auto *details = new BookingDetails;
        details->setMinimumWidth(300);
        splitter.addWidget(calendar);
        splitter.addWidget(details);
        splitter.setStretchFactor(0, 4);
        splitter.setStretchFactor(1, 1);
        splitter.resize(1200, 600); // shorter than the values: the panel scrolls
        splitter.show();
        QVERIFY(QTest::qWaitForWindowExposed(&splitter));

        const QString name = longText(word, 300);
        details->showBooking(booking(longText(word, 300)), name, longText(word, 300),
            QStringLiteral("Room 1"), QTimeZone::utc(), QString());
        const QList<QLabel *> values { details->findChild<QLabel *>(QStringLiteral("detailContact")),
            details->findChild<QLabel *>(QStringLiteral("detailType")),
            details->findChild<QLabel *>(QStringLiteral("detailNotes")) };
        for (QLabel *value : values) {
            QVERIFY(value);
            QTRY_VERIFY(value->isVisible());
            // Several lines are needed, and the label is as high as they are.
            QTRY_VERIFY2(value->height() >= value->heightForWidth(value->width()),
                qPrintable(QStringLiteral("%1: %2 high, needs %3 at width %4")
                               .arg(value->objectName())
                               .arg(value->height())
                               .arg(value->heightForWidth(value->width()))
                               .arg(value->width())));
            QVERIFY(value->heightForWidth(value->width()) > 3 * value->fontMetrics().height());
        }
        QCOMPARE(values.first()->text(), name); // the whole value, not cut
        Screenshot::save(&splitter,
            QStringLiteral("bookingdetails/long-%1.png").arg(QString::fromLatin1(QTest::currentDataTag())));
    }
};

QTEST_MAIN(TestBookingDetails)
#include "tst_bookingdetails.moc"
