// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Arabic that reads right, one defect per test: every plural has its six Arabic forms,
// numbers use the locale's digits, Arabic commands carry no Latin mnemonic, the server's
// known messages are translated (unknown ones marked, as sent), and Latin or digit-led
// names keep their order inside right-to-left text. The catalogue is the embedded
// :/i18n/skylight_ar.qm; the list of messages comes from translations/skylight_ar.ts.
#include "calendarview.h"
#include "servermessagetext.h"
#include "timefield.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTextLayout>
#include <QTimeEdit>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {
struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QStringList translations;
};

QList<Message> arabicMessages()
{
    QList<Message> messages;
    QFile file(QStringLiteral(SKYLIGHT_AR_TS));
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            if (!current.source.isEmpty())
                messages.append(current);
            current = Message { context, {}, {}, xml.attributes().value(QLatin1String("numerus")) == u"yes", {} };
        } else if (xml.name() == u"source") {
            current.source = xml.readElementText();
        } else if (xml.name() == u"comment") {
            current.comment = xml.readElementText();
        } else if (xml.name() == u"translation" && !current.numerus) {
            current.translations.append(xml.readElementText());
        } else if (xml.name() == u"numerusform") {
            current.translations.append(xml.readElementText());
        }
    }
    if (!current.source.isEmpty())
        messages.append(current);
    return messages;
}

QString translate(const Message &m, int n = -1)
{
    return QCoreApplication::translate(m.context.toUtf8().constData(), m.source.toUtf8().constData(),
        m.comment.isEmpty() ? nullptr : m.comment.toUtf8().constData(), n);
}

const QRegularExpression kDigits(QStringLiteral("[0-9\u0660-\u0669]+"));
} // namespace

class TestArabicText : public QObject
{
    Q_OBJECT

private:
    QTranslator m_arabic;
    QList<Message> m_messages;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_arabic.load(QStringLiteral(":/i18n/skylight_ar")));
        QCoreApplication::installTranslator(&m_arabic);
        QLocale::setDefault(QLocale(QLocale::Arabic));
        m_messages = arabicMessages();
        QVERIFY(m_messages.size() > 100);
    }

    // "1 رسائل": Arabic says one, two, a few (3–10) and many (11–99) differently.
    void everyPluralHasItsArabicForms()
    {
        int plurals = 0;
        for (const Message &m : std::as_const(m_messages)) {
            if (!m.numerus)
                continue;
            ++plurals;
            QCOMPARE(m.translations.size(), 6);
            QStringList forms;
            for (int n : { 1, 2, 3, 11 })
                forms.append(translate(m, n).remove(kDigits));
            forms.removeDuplicates();
            QVERIFY2(forms.size() == 4, qPrintable(m.source + u" → " + forms.join(u" | ")));
        }
        QVERIFY(plurals >= 8);
    }

    // Times and dates are in Arabic-Indic digits; counts must not be in Latin ones.
    void countsUseTheLocalesDigits()
    {
        for (const Message &m : std::as_const(m_messages)) {
            if (!m.numerus)
                continue;
            const QString text = translate(m, 25);
            QVERIFY2(text.contains(QLocale().toString(25)), qPrintable(m.source + u" → " + text));
            QVERIFY2(!text.contains(QStringLiteral("25")), qPrintable(text));
        }
    }

    // "(&E)" after an Arabic word: the key is Latin, the word is not.
    void arabicCommandsHaveNoLatinMnemonic()
    {
        const QRegularExpression latin(QStringLiteral("&[A-Za-z]"));
        for (const Message &m : std::as_const(m_messages)) {
            for (const QString &t : m.translations)
                QVERIFY2(!latin.match(t).hasMatch(), qPrintable(m.source + u" → " + t));
        }
    }

    void knownServerMessagesAreTranslated_data()
    {
        QTest::addColumn<QString>("sent");
        QTest::newRow("slot") << QStringLiteral("The selected slot is not available.");
        QTest::newRow("blacklisted") << QStringLiteral("The contact is blacklisted.");
        QTest::newRow("required field") << QStringLiteral("The starts at field is required.");
        QTest::newRow("length") << QStringLiteral("The name may not be greater than 255 characters.");
        QTest::newRow("email") << QStringLiteral("The email must be a valid email address.");
    }

    void knownServerMessagesAreTranslated()
    {
        QFETCH(QString, sent);
        const QString shown = ServerMessageText::translated(sent);
        QVERIFY2(!shown.contains(QRegularExpression(QStringLiteral("[A-Za-z]"))), qPrintable(shown));
        QVERIFY(shown.contains(QRegularExpression(QStringLiteral("[\u0600-\u06FF]"))));
    }

    void unknownServerMessagesAreShownAsSentAndMarked()
    {
        const QString sent = QStringLiteral("Quota exceeded for tenant 7.");
        const QString shown = ServerMessageText::translated(sent);
        QVERIFY2(shown.contains(sent), qPrintable(shown));
        QVERIFY(shown.size() > sent.size() + 3); // the mark
        QVERIFY(shown.contains(QChar(0x2068))); // isolated in the Arabic sentence
        QCoreApplication::removeTranslator(&m_arabic);
        QCOMPARE(ServerMessageText::translated(sent), sent); // English: as sent, unmarked
        QCoreApplication::installTranslator(&m_arabic);
    }

    // QDateTimeEdit reverses its sections right to left and the digits stay left to right:
    // 01:00 read "٠٠:٠١". Every time field goes through TimeField.
    void timeFieldsReadHoursFirst()
    {
        QWidget window;
        window.setLayoutDirection(Qt::RightToLeft);
        auto *bare = new QTimeEdit(&window);
        bare->setDisplayFormat(QStringLiteral("HH:mm"));
        bare->setTime(QTime(1, 0));
        const QString hoursFirst = QStringLiteral("٠١:٠٠");
        QCOMPARE(bare->text(), QStringLiteral("٠٠:٠١")); // the defect
        auto *edit = new QTimeEdit(&window);
        TimeField::prepare(edit);
        edit->setTime(QTime(1, 0));
        QCOMPARE(edit->text(), hoursFirst);
        QCOMPARE(edit->layoutDirection(), Qt::LeftToRight);
        QCOMPARE(TimeField::displayFormat(QLocale(QLocale::English, QLocale::UnitedStates)),
            QStringLiteral("h:mm AP"));
    }

    // "30-Minute Consultation" drawn in a right-to-left line must not become
    // "Minute Consultation-30".
    void digitLedNamesKeepTheirOrderRightToLeft()
    {
        const QString name = QStringLiteral("30-Minute Consultation");
        const auto digitsLeftOfWord = [](const QString &text) {
            QTextLayout layout(text);
            QTextOption option;
            option.setTextDirection(Qt::RightToLeft);
            layout.setTextOption(option);
            layout.beginLayout();
            QTextLine line = layout.createLine();
            line.setLineWidth(1000);
            layout.endLayout();
            const int three = int(text.indexOf(u'3'));
            const int m = int(text.indexOf(u'M'));
            // Inside each run (after "3", after "M"): a run's edge is ambiguous.
            return line.cursorToX(three + 1) < line.cursorToX(m + 1);
        };
        QVERIFY(!digitsLeftOfWord(name)); // the defect, as Qt lays it out bare
        // The calendar draws each block's "time label" line right to left in Arabic.
        CalendarView view;
        view.setLayoutDirection(Qt::RightToLeft);
        view.resize(800, 600);
        const QDate day(2026, 3, 10);
        view.setDays({ day });
        view.setLanes({ { 1, QStringLiteral("Dr. Ahmed Al-Rashid") } });
        Booking booking;
        booking.id = 101;
        booking.resourceId = 1;
        booking.title = name;
        booking.status = QStringLiteral("confirmed");
        booking.startsAt = QDateTime(day, QTime(14, 0), QTimeZone::utc());
        booking.endsAt = booking.startsAt.addSecs(3600);
        view.setBookings({ booking });
        const QString drawn = view.blockText(101);
        QVERIFY(drawn.contains(QStringLiteral("Minute")));
        QVERIFY2(digitsLeftOfWord(drawn), qPrintable(drawn));
    }
};

QTEST_MAIN(TestArabicText)
#include "tst_arabictext.moc"
