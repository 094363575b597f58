// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The Contacts pane and its dialogs: against the real sandbox (demo seed) for the
// directory, and a scripted ContactsApi for the contact dialog's error paths.
#include "contactdetails.h"
#include "contactdialog.h"
#include "contactimport.h"
#include "contactsmodel.h"
#include "contactspane.h"
#include "fakecontactsapi.h"
#include "importdialog.h"
#include "notesmodel.h"
#include "panenavigator.h"
#include "phonenormalizer.h"
#include "restcontactsapi.h"
#include "sandboxfixture.h"
#include "screenshot.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QImage>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QAccessible>
#include <QTest>
#include <QTimer>
#include <QMessageBox>
#include <QAbstractButton>
#include <QTranslator>

#include "apiclient.h"
#include "ratelimiter.h"

namespace {

class RecordingNavigator final : public PaneNavigator
{
public:
    int conversationFor = 0;
    ContactRef booked;
    bool canOpenContact() const override { return true; }
    void openContact(int) override {}
    bool canOpenConversation() const override { return true; }
    void openConversation(int contactId) override { conversationFor = contactId; }
    bool canBookAppointment() const override { return true; }
    void bookAppointment(const ContactRef &contact) override { booked = contact; }
};

template<typename T> T *child(QWidget &parent, const char *name)
{
    T *w = parent.findChild<T *>(QLatin1String(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

} // namespace

class TestContactsPane : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_fixture;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<RestContactsApi> m_api;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    RecordingNavigator m_navigator;

    std::unique_ptr<ContactsPane> makePane()
    {
        auto pane = std::make_unique<ContactsPane>(*m_api, m_navigator, *m_settings, QStringLiteral("AE"));
        pane->resize(1100, 650);
        pane->show();
        return pane;
    }

    bool waitIdle(ContactsPane &pane)
    {
        return QTest::qWaitFor([&pane] { return !pane.model()->isLoading(); }, 15000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        Sandbox::Options options = SandboxFixture::defaultOptions();
        options.seed = QStringLiteral("demo");
        options.rateLimitPerMinute = 100000;
        m_fixture = std::make_unique<SandboxFixture>(options);
        QVERIFY2(m_fixture->start(), qPrintable(m_fixture->error()));
        m_network = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<ApiClient>(m_network.get());
        m_client->rateLimiter()->setLimit(100000);
        ApiConnection connection;
        connection.baseUrl = m_fixture->baseUrl();
        connection.apiKey = m_fixture->apiKey();
        m_client->setConnection(connection);
        m_api = std::make_unique<RestContactsApi>(m_client.get());
        QVERIFY(m_dir.isValid());
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    }

    void init() { m_settings->clear(); }

    void loadsAndShowsTheTotal()
    {
        auto pane = makePane();
        QSignalSpy loaded(pane.get(), &ContactsPane::loaded);
        QVERIFY(loaded.wait());
        QVERIFY(pane->model()->rowCount() > 0);
        QVERIFY(child<QLabel>(*pane, "totalLabel")->text().contains(QString::number(pane->model()->total())));
    }

    void typingSearchesAfterAPause()
    {
        auto pane = makePane();
        QVERIFY(waitIdle(*pane));
        auto *search = child<QLineEdit>(*pane, "search");
        QTest::keyClicks(search, QStringLiteral("Sarah Johnson"));
        QCOMPARE(pane->model()->query().search, QString()); // debounced: not yet
        QTRY_COMPARE(pane->model()->query().search, QStringLiteral("Sarah Johnson"));
        QVERIFY(waitIdle(*pane));
        QVERIFY(pane->model()->rowCount() >= 1);
        QVERIFY(pane->model()->nameAt(0).contains(QLatin1String("Sarah Johnson")));
        QCOMPARE(m_settings->value(QStringLiteral("contactsPane/search")).toString(), QStringLiteral("Sarah Johnson"));
    }

    void filtersAreRemembered()
    {
        {
            auto pane = makePane();
            child<QComboBox>(*pane, "blacklistFilter")->setCurrentIndex(1);
            QCOMPARE(pane->model()->query().isBlacklisted, std::optional<bool>(true));
        }
        auto pane = makePane();
        QCOMPARE(child<QComboBox>(*pane, "blacklistFilter")->currentIndex(), 1);
        QCOMPARE(pane->model()->query().isBlacklisted, std::optional<bool>(true));
    }

    // A header click sorts on the server by the columns it can sort by, with the indicator
    // shown; other columns leave sort and indicator alone. The choice is remembered.
    void headerClickSortsOnTheServer()
    {
        {
            auto pane = makePane();
            QVERIFY(waitIdle(*pane));
            QHeaderView *header = pane->table()->horizontalHeader();
            QVERIFY(header->isSortIndicatorShown());
            QCOMPARE(header->sortIndicatorSection(), int(ContactsModel::CreatedColumn));
            QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder); // the default, newest first
            const auto click = [header](int column) {
                const QPoint centre(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                    header->height() / 2);
                QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, centre);
            };
            click(ContactsModel::NameColumn);
            QCOMPARE(pane->model()->query().sort, QStringLiteral("name"));
            QCOMPARE(header->sortIndicatorSection(), int(ContactsModel::NameColumn));
            QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
            QVERIFY(waitIdle(*pane));
            QVERIFY(pane->model()->rowCount() > 1);
            click(ContactsModel::NameColumn);
            QCOMPARE(pane->model()->query().sort, QStringLiteral("-name"));
            QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
            QVERIFY(waitIdle(*pane));
            QVERIFY(QString::compare(pane->model()->nameAt(0), pane->model()->nameAt(1), Qt::CaseInsensitive) >= 0);
            for (const int unsortable : {ContactsModel::PhoneColumn, ContactsModel::TagsColumn}) {
                click(unsortable);
                QCOMPARE(pane->model()->query().sort, QStringLiteral("-name"));
                QCOMPARE(header->sortIndicatorSection(), int(ContactsModel::NameColumn));
                QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
            }
            click(ContactsModel::LastMessageColumn);
            QCOMPARE(pane->model()->query().sort, QStringLiteral("-last_message_at"));
            QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
            QCOMPARE(child<QComboBox>(*pane, "sortOrder")->currentData().toString(), QStringLiteral("-last_message_at"));
            // The sort box moves the indicator too.
            auto *box = child<QComboBox>(*pane, "sortOrder");
            box->setCurrentIndex(box->findData(QStringLiteral("created_at")));
            QCOMPARE(header->sortIndicatorSection(), int(ContactsModel::CreatedColumn));
            QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
            click(ContactsModel::LastMessageColumn);
            QVERIFY(waitIdle(*pane));
        }
        auto pane = makePane();
        QCOMPARE(pane->model()->query().sort, QStringLiteral("-last_message_at"));
        QCOMPARE(pane->table()->horizontalHeader()->sortIndicatorSection(), int(ContactsModel::LastMessageColumn));
        QCOMPARE(pane->table()->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
        QVERIFY(waitIdle(*pane));
    }

    void showContactAndNavigate()
    {
        auto pane = makePane();
        QSignalSpy shown(pane.get(), &ContactsPane::contactShown);
        pane->showContact(42);
        QVERIFY(shown.wait());
        QCOMPARE(pane->currentContactId(), qint64(42));
        QCOMPARE(child<QLabel>(*pane, "contactTitle")->text(), QStringLiteral("Sarah Johnson"));
        child<QPushButton>(*pane, "conversationButton")->click();
        QCOMPARE(m_navigator.conversationFor, 42);
        child<QPushButton>(*pane, "bookingButton")->click();
        QCOMPARE(m_navigator.booked.id, 42);
        QCOMPARE(m_navigator.booked.name, QStringLiteral("Sarah Johnson"));
    }

    // Each detail is its own field, named by its label: a screen reader says "E-mail,
    // sarah@…", not one block of every field run together.
    void contactDetailsAreSeparateLabelledFields()
    {
        auto pane = makePane();
        QSignalSpy shown(pane.get(), &ContactsPane::contactShown);
        pane->showContact(42);
        QVERIFY(shown.wait());
        const Contact &contact = pane->details()->contact();
        QVERIFY(!contact.email.isEmpty());
        QLabel *email = nullptr;
        for (QLabel *label : pane->findChildren<QLabel *>()) {
            if (label->text() == contact.email)
                email = label;
        }
        QVERIFY(email);
        QAccessibleInterface *field = QAccessible::queryAccessibleInterface(email);
        QCOMPARE(field->text(QAccessible::Name), QStringLiteral("E-mail: ") + contact.email);
        QCOMPARE(email->textFormat(), Qt::PlainText);
        QVERIFY(email->focusPolicy() != Qt::NoFocus); // the keyboard reaches it, to copy
        QVERIFY(!email->text().contains(contact.phone.right(4)));
    }

    void blacklistBannerFollowsTheToggle()
    {
        auto pane = makePane();
        QSignalSpy shown(pane.get(), &ContactsPane::contactShown);
        pane->showContact(42);
        QVERIFY(shown.wait());
        auto *banner = child<QLabel>(*pane, "blacklistBanner");
        const bool before = pane->details()->contact().isBlacklisted;
        QCOMPARE(banner->isVisible(), before);
        child<QPushButton>(*pane, "blacklistButton")->click();
        QTRY_COMPARE(pane->details()->contact().isBlacklisted, !before);
        QCOMPARE(banner->isVisible(), !before);
        child<QPushButton>(*pane, "blacklistButton")->click();
        QTRY_COMPARE(pane->details()->contact().isBlacklisted, before);
        QCOMPARE(banner->isVisible(), before);
    }

    void addsANoteOnTop()
    {
        auto pane = makePane();
        QSignalSpy shown(pane.get(), &ContactsPane::contactShown);
        pane->showContact(42);
        QVERIFY(shown.wait());
        NotesModel *notes = pane->details()->notes();
        auto *text = child<QPlainTextEdit>(*pane, "noteText");
        text->setPlainText(QStringLiteral("Called back about Friday"));
        child<QPushButton>(*pane, "addNoteButton")->click();
        QTRY_COMPARE(notes->index(0).data(NotesModel::ContentRole).toString(), QStringLiteral("Called back about Friday"));
        QTRY_VERIFY(text->toPlainText().isEmpty());
    }

    void deleteAsksNamingTheContact()
    {
        ContactInput input;
        input.name = QStringLiteral("Delete Me Khalil");
        input.phone = QStringLiteral("+971504449999");
        std::optional<ApiResult<Contact>> created;
        QObject context;
        m_api->create(input, &context, [&created](const ApiResult<Contact> &r) { created.emplace(r); });
        QTRY_VERIFY(created.has_value());
        QVERIFY(created->isOk());
        const int id = int(created->value().id);

        auto pane = makePane();
        QVERIFY(waitIdle(*pane));
        QSignalSpy shown(pane.get(), &ContactsPane::contactShown);
        pane->showContact(id);
        QVERIFY(shown.wait());

        // First answer Cancel: nothing happens.
        QString asked;
        const auto answer = [&asked](bool confirm) {
            QTimer::singleShot(0, [&asked, confirm] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                if (!box)
                    return;
                asked = box->text();
                for (QAbstractButton *b : box->buttons()) {
                    if (confirm == (box->buttonRole(b) == QMessageBox::DestructiveRole)) {
                        b->click();
                        return;
                    }
                }
            });
        };
        answer(false);
        pane->deleteContact();
        QVERIFY2(asked.contains(QLatin1String("Delete Me Khalil")), qPrintable(asked));
        QTest::qWait(100);
        QCOMPARE(pane->currentContactId(), qint64(id));

        asked.clear();
        answer(true);
        pane->deleteContact();
        QVERIFY(asked.contains(QLatin1String("Delete Me Khalil")));
        // The row goes, and the details move on (to the next row, or to nothing).
        QTRY_COMPARE(pane->model()->rowOf(id), -1);
        QTRY_VERIFY(pane->currentContactId() != qint64(id));
        std::optional<ApiResult<Contact>> gone;
        m_api->get(id, &context, [&gone](const ApiResult<Contact> &r) { gone.emplace(r); });
        QTRY_VERIFY(gone.has_value());
        QCOMPARE(gone->error().kind, ApiError::Kind::NotFound);
    }

    void invalidPhoneIsStoppedBeforeAnyRequest()
    {
        FakeContactsApi api;
        const PhoneNormalizer phones(QStringLiteral("AE"));
        ContactDialog dialog(api, phones, Contact());
        dialog.show();
        child<QLineEdit>(dialog, "name")->setText(QStringLiteral("Omar"));
        child<QLineEdit>(dialog, "phone")->setText(QStringLiteral("050 12"));
        child<QLineEdit>(dialog, "email")->setText(QStringLiteral("omar@"));
        dialog.save();
        QVERIFY(api.saves.isEmpty());
        QVERIFY(dialog.fieldError(QStringLiteral("phone")).contains(QLatin1String("short")));
        QVERIFY(!dialog.fieldError(QStringLiteral("email")).isEmpty());
        QCOMPARE(child<QLineEdit>(dialog, "phone")->text(), QStringLiteral("050 12"));
    }

    void serverErrorsAppearAtTheirFieldsAndNothingIsLost()
    {
        FakeContactsApi api;
        const PhoneNormalizer phones(QStringLiteral("AE"));
        ContactDialog dialog(api, phones, Contact());
        dialog.show();
        child<QLineEdit>(dialog, "name")->setText(QString::fromUtf8("عمر"));
        child<QLineEdit>(dialog, "phone")->setText(QStringLiteral("050 123 4567"));
        child<QLineEdit>(dialog, "email")->setText(QStringLiteral("omar@example.com"));
        child<QLineEdit>(dialog, "tags")->setText(QStringLiteral("vip, new"));
        dialog.save();
        QCOMPARE(api.saves.size(), 1);
        QCOMPARE(*api.saves.first().input.phone, QStringLiteral("+971501234567"));
        QCOMPARE(*api.saves.first().input.tags, QStringList({QStringLiteral("vip"), QStringLiteral("new")}));
        ApiError error(ApiError::Kind::Validation, 422, QStringLiteral("The given data was invalid."));
        error.fieldErrors.insert(QStringLiteral("email"), {QStringLiteral("The email has already been taken.")});
        error.fieldErrors.insert(QStringLiteral("channel"), {QStringLiteral("The selected channel is invalid.")});
        api.answer(error);
        QCOMPARE(dialog.fieldError(QStringLiteral("email")), QStringLiteral("The email has already been taken."));
        QCOMPARE(dialog.fieldError(QStringLiteral("channel")), QStringLiteral("The selected channel is invalid."));
        QVERIFY(dialog.isVisible());
        QCOMPARE(child<QLineEdit>(dialog, "name")->text(), QString::fromUtf8("عمر"));
        QCOMPARE(child<QLineEdit>(dialog, "email")->text(), QStringLiteral("omar@example.com"));

        // A failure without field errors (network) is shown in plain words, still nothing lost.
        dialog.save();
        api.answer(ApiError(ApiError::Kind::Network));
        QVERIFY(!dialog.fieldError(QString()).isEmpty());
        QVERIFY(dialog.isVisible());
        QCOMPARE(child<QLineEdit>(dialog, "tags")->text(), QStringLiteral("vip, new"));

        dialog.save();
        Contact saved;
        saved.id = 900;
        saved.name = QString::fromUtf8("عمر");
        api.answer(saved);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.saved().id, qint64(900));
    }

    void phoneIsFormattedAsTyped()
    {
        FakeContactsApi api;
        const PhoneNormalizer phones(QStringLiteral("AE"));
        ContactDialog dialog(api, phones, Contact());
        dialog.show();
        auto *phone = child<QLineEdit>(dialog, "phone");
        QTest::keyClicks(phone, QStringLiteral("+971501234567"));
        QCOMPARE(phone->text(), QStringLiteral("+971 50 123 4567"));
    }

    void arabicDigitsTypedInRightToLeft()
    {
        FakeContactsApi api;
        const PhoneNormalizer phones(QStringLiteral("AE"));
        ContactDialog dialog(api, phones, Contact());
        dialog.setLayoutDirection(Qt::RightToLeft);
        dialog.show();
        child<QLineEdit>(dialog, "name")->setFocus();
        for (const QChar c : QString::fromUtf8("سارة")) {
            QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
            QApplication::sendEvent(child<QLineEdit>(dialog, "name"), &press);
        }
        auto *phone = child<QLineEdit>(dialog, "phone");
        for (const QChar c : QString::fromUtf8("٠٥٠١٢٣٤٥٦٧")) {
            QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
            QApplication::sendEvent(phone, &press);
        }
        dialog.save();
        QCOMPARE(api.saves.size(), 1);
        QCOMPARE(*api.saves.first().input.name, QString::fromUtf8("سارة"));
        QCOMPARE(*api.saves.first().input.phone, QStringLiteral("+971501234567"));
    }

    // Every field label of the contact dialog shows whole in Arabic: no ink on the edge
    // the text runs out of (an underlined mnemonic inside a joined Arabic word is drawn
    // wider than QLabel measures it, which clipped "البريد الإلكتروني").
    void dialogLabelsAreWholeInArabic()
    {
        QTranslator arabic;
        QVERIFY(arabic.load(QStringLiteral(":/i18n/skylight_ar")));
        QCoreApplication::installTranslator(&arabic);
        QApplication::setLayoutDirection(Qt::RightToLeft);
        const auto restore = qScopeGuard([&arabic] {
            QCoreApplication::removeTranslator(&arabic);
            QApplication::setLayoutDirection(Qt::LeftToRight);
        });
        FakeContactsApi fake;
        const PhoneNormalizer phones(QStringLiteral("AE"));
        ContactDialog dialog(fake, phones, Contact());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        int checked = 0;
        for (QLabel *label : dialog.findChildren<QLabel *>()) {
            if (!label->buddy() || label->text().isEmpty())
                continue;
            const QImage image = label->grab().toImage();
            int leftmostInk = image.width();
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    if (qGray(image.pixel(x, y)) < 128) {
                        leftmostInk = qMin(leftmostInk, x);
                        break;
                    }
                }
            }
            QVERIFY2(leftmostInk > 0, qPrintable(label->objectName() + QLatin1Char(' ') + label->text()));
            ++checked;
        }
        QCOMPARE(checked, 6); // name, phone, e-mail, channel, tags, custom fields
    }

    // Renders the pane with a contact and the dialogs in both directions; the images go to
    // $SKYLIGHT_SCREENSHOT_DIR when set, with the app's catalogues (English plurals, Arabic).
    void rendersInBothDirections()
    {
        QTranslator english;
        QTranslator arabic;
        QVERIFY(english.load(QStringLiteral(":/i18n/skylight_en")));
        QVERIFY(arabic.load(QStringLiteral(":/i18n/skylight_ar")));
        for (const bool rtl : {false, true}) {
            QCoreApplication::installTranslator(rtl ? &arabic : &english);
            QApplication::setLayoutDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
            const QString suffix = rtl ? QStringLiteral("-ar") : QStringLiteral("-en");
            auto pane = makePane();
            QSignalSpy shown(pane.get(), &ContactsPane::contactShown);
            pane->showContact(42);
            QVERIFY(shown.wait());
            QVERIFY(QTest::qWaitFor([&pane] { return !pane->model()->isLoading(); }, 15000));
            QTest::qWait(200);
            const QImage image = pane->grab().toImage();
            QVERIFY(!image.isNull());
            QCOMPARE(pane->isRightToLeft(), rtl);
            FakeContactsApi fake;
            const PhoneNormalizer phones(QStringLiteral("AE"));
            ContactDialog dialog(fake, phones, pane->details()->contact());
            dialog.show();
            child<QLineEdit>(dialog, "phone")->setText(QStringLiteral("050 12"));
            dialog.save();
            ImportDialog import(*m_api, phones);
            import.show();
            import.loadData(QString::fromUtf8("name,phone,email\nSara Ahmed,050 123 4567,sara@example.com\n"
                                              "فاطمة,٠٥٠ ٩٨٧ ٦٥٤٣,\nBroken,12,x@\n").toUtf8());
            const QImage mapping = import.grab().toImage();
            QSignalSpy imported(&import, &ImportDialog::imported);
            import.startImport();
            QVERIFY(imported.wait());
            QVERIFY(!import.reportText().isEmpty());
            const QImage report = import.grab().toImage();
            // Export of the whole directory, caught while its progress dialog is up.
            pane->exportCsvTo(m_dir.filePath(QStringLiteral("shot-export.csv")));
            QProgressDialog *progress = nullptr;
            QVERIFY(QTest::qWaitFor([&] {
                progress = pane->findChild<QProgressDialog *>(QStringLiteral("exportProgress"));
                return progress && progress->isVisible();
            }, 5000));
            const QImage exporting = progress->grab().toImage();
            QVERIFY(QTest::qWaitFor([&] { return !pane->findChild<QProgressDialog *>(QStringLiteral("exportProgress")); }, 15000));
            Screenshot::save(image, QStringLiteral("contacts/pane") + suffix + QStringLiteral(".png"));
            Screenshot::save(&dialog, QStringLiteral("contacts/dialog") + suffix + QStringLiteral(".png"));
            Screenshot::save(mapping, QStringLiteral("contacts/import") + suffix + QStringLiteral(".png"));
            Screenshot::save(report, QStringLiteral("contacts/import-report") + suffix + QStringLiteral(".png"));
            Screenshot::save(exporting, QStringLiteral("contacts/export") + suffix + QStringLiteral(".png"));
        }
        QCoreApplication::removeTranslator(&english);
        QCoreApplication::removeTranslator(&arabic);
        QApplication::setLayoutDirection(Qt::LeftToRight);
    }
};

QTEST_MAIN(TestContactsPane)
#include "tst_contactspane.moc"
