// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Text from customers and servers is data, never markup. The real sandbox holds a contact,
// note, message, booking and team member whose texts are HTML (<img src> pointing at a file,
// <b>, <p style>, <a href>); the whole client walks every pane, the dialogs and the
// tooltips, and the test checks that
//  - no label, tooltip or message box renders any of it as rich text (Qt guesses rich text
//    from the first tag: AutoText and tooltips are as dangerous as RichText),
//  - the literal text is what is shown, and
//  - no document ever asked for a resource (the <img> file is never opened).
// Set SKYLIGHT_SCREENSHOT_DIR to also save the panes as they look with such data.
#include "calendarpane.h"
#include "contactspane.h"
#include "desk.h"
#include "deskrun.h"
#include "inboxpane.h"
#include "mainwindow.h"
#include "memorykeystore.h"
#include "plaintext.h"
#include "sandboxfixture.h"
#include "sessioncontroller.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDateEdit>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimer>
#include <QTranslator>

class TestUntrustedText : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SandboxFixture> m_sandbox;
    QString m_name;     // the contact's (and the team member's) name
    QString m_note;     // note, message and booking notes
    QStringList m_requested; // every resource a text document asked for
    qint64 m_contactId = 0;
    QDate m_bookingDay;

    // Pieces of the seeded markup that must never reach a place that renders rich text
    // (the app's own rich labels use <b> for their captions, never around these words).
    static QStringList markers()
    {
        return {QStringLiteral("<img"), QStringLiteral("<b>Bold"), QStringLiteral("<p style"), QStringLiteral("<a href"),
                QStringLiteral("<b>vip"), QStringLiteral("<i>field")};
    }
    static bool hasMarkup(const QString &text)
    {
        for (const QString &m : markers()) {
            if (text.contains(m))
                return true;
        }
        return false;
    }
    // How a guessing place (AutoText label, tooltip) would show `text`: rich or not.
    static bool shownRich(const QString &text, Qt::TextFormat format)
    {
        return format == Qt::RichText || (format == Qt::AutoText && PlainText::looksRich(text));
    }

    // Every visible label, tooltip and item tooltip in the application, checked.
    void checkEverything(const char *where)
    {
        const QList<QWidget *> widgets = QApplication::allWidgets();
        for (QWidget *w : widgets) {
            if (auto *label = qobject_cast<QLabel *>(w)) {
                if (shownRich(label->text(), label->textFormat()))
                    QVERIFY2(!hasMarkup(label->text()), qPrintable(QStringLiteral("%1: label %2 renders %3")
                        .arg(QLatin1String(where), label->objectName(), label->text())));
            }
            if (PlainText::looksRich(w->toolTip()))
                QVERIFY2(!hasMarkup(w->toolTip()), qPrintable(QStringLiteral("%1: tooltip of %2: %3")
                    .arg(QLatin1String(where), w->objectName(), w->toolTip())));
            auto *view = qobject_cast<QAbstractItemView *>(w);
            if (!view || !view->model())
                continue;
            const QAbstractItemModel *model = view->model();
            for (int r = 0; r < qMin(model->rowCount(), 200); ++r) {
                for (int c = 0; c < model->columnCount(); ++c) {
                    const QString tip = model->index(r, c).data(Qt::ToolTipRole).toString();
                    if (PlainText::looksRich(tip))
                        QVERIFY2(!hasMarkup(tip), qPrintable(QStringLiteral("%1: item tooltip in %2: %3")
                            .arg(QLatin1String(where), view->objectName(), tip)));
                }
            }
        }
        QVERIFY2(m_requested.isEmpty(), qPrintable(QStringLiteral("%1: a document loaded %2")
            .arg(QLatin1String(where), m_requested.join(QLatin1String(", ")))));
    }

    // True when some visible plain label shows `text` literally.
    static bool shownLiterally(const QString &text)
    {
        const QList<QWidget *> widgets = QApplication::allWidgets();
        for (QWidget *w : widgets) {
            auto *label = qobject_cast<QLabel *>(w);
            if (label && label->isVisible() && !shownRich(label->text(), label->textFormat())
                && label->text().contains(text))
                return true;
        }
        return false;
    }

    static void shoot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("SKYLIGHT_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        w->grab().save(QDir(dir).filePath(name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString probe = m_dir.filePath(QStringLiteral("probe.png"));
        QFile file(probe);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not really a picture");
        file.close();
        // Any <img> a label or tooltip renders comes through here before its file is read.
        QTextDocument::setDefaultResourceProvider([this](const QUrl &url) {
            m_requested.append(url.toString());
            return QVariant();
        });
        m_name = QStringLiteral("<img src=\"%1\">Eve <b>Bold</b>").arg(QUrl::fromLocalFile(probe).toString());
        m_note = QStringLiteral("<p style=\"color:red;font-size:40px\">Your API key expired, re-enter it at "
                                "<a href=\"http://evil.example\">this page</a></p>");

        Sandbox::Options options = SandboxFixture::defaultOptions();
        options.seed = QStringLiteral("demo");
        options.rateLimitPerMinute = 100000;
        m_sandbox = std::make_unique<SandboxFixture>(options);
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->error()));
        TestHttp &http = m_sandbox->http();
        const TestReply contact = http.post(QStringLiteral("/contacts"),
            QJsonObject{{QStringLiteral("name"), m_name}, {QStringLiteral("phone"), QStringLiteral("+971509990001")},
                        {QStringLiteral("tags"), QJsonArray{QStringLiteral("<b>vip</b>")}},
                        {QStringLiteral("custom_fields"), QJsonObject{{QStringLiteral("<i>field</i>"), m_note}}}});
        QCOMPARE(contact.status, 201);
        m_contactId = contact.dataObject().value(QStringLiteral("id")).toInteger();
        QCOMPARE(http.post(QStringLiteral("/contacts/%1/notes").arg(m_contactId),
                           QJsonObject{{QStringLiteral("content"), m_note}}).status, 201);
        QCOMPARE(http.post(QStringLiteral("/_sandbox/contacts/%1/inbound").arg(m_contactId),
                           QJsonObject{{QStringLiteral("content"), m_note}}).status, 201);
        QCOMPARE(http.post(QStringLiteral("/team"),
                           QJsonObject{{QStringLiteral("name"), m_name}, {QStringLiteral("email"), QStringLiteral("eve@example.com")},
                                       {QStringLiteral("role"), QStringLiteral("agent")}}).status, 201);
        const qint64 typeId = http.get(QStringLiteral("/bookings/types")).data().toArray().first()
                                  .toObject().value(QStringLiteral("id")).toInteger();
        // The first free hour in the days after the sandbox's pinned "now".
        for (int day = 1; day <= 7 && !m_bookingDay.isValid(); ++day) {
            for (int hour = 6; hour <= 14 && !m_bookingDay.isValid(); ++hour) {
                const QDateTime start(SandboxFixture::defaultNow().date().addDays(day), QTime(hour, 0), Qt::UTC);
                const TestReply booking = http.post(QStringLiteral("/bookings"),
                    QJsonObject{{QStringLiteral("booking_type_id"), typeId}, {QStringLiteral("contact_id"), m_contactId},
                                {QStringLiteral("starts_at"), start.toString(Qt::ISODate)},
                                {QStringLiteral("notes"), m_note}});
                if (booking.status == 201)
                    m_bookingDay = start.toLocalTime().date();
            }
        }
        QVERIFY(m_bookingDay.isValid());
    }

    void everyPaneShowsMarkupAsText() { walk(QStringLiteral("en")); }

    // The same walk right to left, with the Arabic translation loaded (like tst_arabictext):
    // the markup stays literal there too. Its screenshots (…-ar.png) are what a reviewer
    // looks at for the order of the Latin values inside Arabic text.
    void everyPaneShowsMarkupAsTextInArabic()
    {
        QTranslator arabic;
        QVERIFY(arabic.load(QStringLiteral(":/i18n/skylight_ar")));
        QCoreApplication::installTranslator(&arabic);
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::Arabic));
        QApplication::setLayoutDirection(Qt::RightToLeft);
        walk(QStringLiteral("ar"));
        QApplication::setLayoutDirection(Qt::LeftToRight);
        QLocale::setDefault(before);
        QCoreApplication::removeTranslator(&arabic);
    }

private:
    void walk(const QString &language)
    {
        const auto shot = [&language](const char *name) {
            return QStringLiteral("untrusted-%1-%2.png").arg(QLatin1String(name), language);
        };
        QSettings settings(m_dir.filePath(QStringLiteral("settings-%1.ini").arg(language)), QSettings::IniFormat);
        MemoryKeyStore keys;
        Desk desk(CommandLine(), Desk::Services{&settings, &keys});
        desk.startDemo(ApiConnection{m_sandbox->baseUrl(), m_sandbox->apiKey(), ApiConnection::AuthStyle::Bearer});
        QTRY_VERIFY_WITH_TIMEOUT(desk.session()->mainWindow(), 10000);
        MainWindow *window = desk.session()->mainWindow();
        window->resize(1280, 800);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));

        // Contacts: the list, the details with the note, and the delete confirmation.
        window->setCurrentPane(QStringLiteral("contacts"));
        auto *contacts = window->findChild<ContactsPane *>();
        contacts->showContact(int(m_contactId));
        QTRY_VERIFY_WITH_TIMEOUT(shownLiterally(m_name), 10000);
        QVERIFY(waitForShownPaneSettled(desk)); // the notes arrive
        window->grab();
        checkEverything("contacts");
        shoot(window, shot("contacts"));
        bool confirmChecked = false;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&confirmChecked, &shot, this] {
            for (QWidget *top : QApplication::topLevelWidgets()) {
                auto *box = qobject_cast<QMessageBox *>(top);
                if (!box || !box->isVisible())
                    continue;
                box->grab();
                shoot(box, shot("delete-contact"));
                confirmChecked = box->textFormat() == Qt::PlainText && box->text().contains(m_name);
                checkEverything("delete contact confirmation");
                box->reject();
            }
        });
        poll.start(50);
        contacts->findChild<QPushButton *>(QStringLiteral("deleteButton"))->click();
        poll.stop();
        QVERIFY(confirmChecked);
        checkEverything("delete contact");

        // Inbox: the conversation list, the thread's title and the contact panel.
        window->setCurrentPane(QStringLiteral("inbox"));
        window->findChild<InboxPane *>()->openConversation(int(m_contactId));
        QTRY_VERIFY_WITH_TIMEOUT(shownLiterally(m_name), 10000);
        QVERIFY(waitForShownPaneSettled(desk)); // the thread and the contact panel
        window->grab();
        checkEverything("inbox");
        shoot(window, shot("inbox"));

        // Calendar: the booking (titled "<type> – <name>") in the list and its details.
        window->setCurrentPane(QStringLiteral("calendar"));
        auto *calendar = window->findChild<CalendarPane *>();
        calendar->setDate(m_bookingDay); // first: the list's range starts at the calendar's date
        calendar->setMode(CalendarMode::List);
        auto *table = window->findChild<QTableView *>(QStringLiteral("bookingsTable"));
        // The list keeps its own range (from the real today): the booking's week instead.
        window->findChild<QDateEdit *>(QStringLiteral("listTo"))->setDate(m_bookingDay.addDays(7));
        window->findChild<QDateEdit *>(QStringLiteral("listFrom"))->setDate(m_bookingDay);
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, 10000);
        QAbstractItemModel *rows = table->model();
        for (int r = 0; r < rows->rowCount(); ++r) {
            for (int c = 0; c < rows->columnCount(); ++c) {
                if (rows->index(r, c).data().toString().contains(QLatin1String("Eve <b>Bold")))
                    table->setCurrentIndex(rows->index(r, c));
            }
        }
        QVERIFY(table->currentIndex().isValid());
        QTRY_VERIFY_WITH_TIMEOUT(shownLiterally(m_note), 10000);
        window->grab();
        checkEverything("calendar");
        shoot(window, shot("calendar"));

        // Team: the member list and the delete confirmation.
        window->setCurrentPane(QStringLiteral("team"));
        auto *team = window->findChild<QTableView *>(QStringLiteral("teamView"));
        QTRY_VERIFY_WITH_TIMEOUT(team->model()->rowCount() > 0, 10000);
        for (int r = 0; r < team->model()->rowCount(); ++r) {
            if (team->model()->index(r, 0).data().toString() == m_name)
                team->setCurrentIndex(team->model()->index(r, 0));
        }
        QWidget *teamPane = window->findChild<QWidget *>(QStringLiteral("teamPane"));
        teamPane->findChild<QPushButton *>(QStringLiteral("deleteButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(window->findChild<QMessageBox *>(QStringLiteral("confirmDeleteBox")), 5000);
        auto *box = window->findChild<QMessageBox *>(QStringLiteral("confirmDeleteBox"));
        box->grab();
        QCOMPARE(box->textFormat(), Qt::PlainText);
        QVERIFY(box->text().contains(m_name));
        checkEverything("team");
        shoot(box, shot("delete-member"));
        box->reject();
        shoot(window, shot("team"));
    }
};

QTEST_MAIN(TestUntrustedText)
#include "tst_untrustedtext.moc"
