// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The Team pane against the real sandbox: create, edit, the duplicate e-mail and
// last-admin refusals at their fields, deactivate, delete, and an Arabic name.
#include "emailcheck.h"
#include "language.h"
#include "panesandboxtestbase.h"
#include "restteamapi.h"
#include "screenshot.h"
#include "teammemberdialog.h"
#include "teammodel.h"
#include "teampane.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QUrlQuery>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <memory>

namespace {

using PaneTest::child;

const QString kAdminEmail = QStringLiteral("mona@skylight-demo.example");

} // namespace

class TestTeamPane : public QObject, private PaneSandboxTestBase
{
    Q_OBJECT

private:
    std::unique_ptr<RestTeamApi> m_api;

    std::unique_ptr<TeamPane> makePane()
    {
        auto pane = std::make_unique<TeamPane>(*m_api, *m_settings);
        pane->resize(900, 500);
        pane->show();
        QSignalSpy loaded(pane.get(), &TeamPane::loaded);
        pane->reload();
        if (!loaded.wait(10000))
            qFatal("team did not load");
        return pane;
    }

    int rowOfEmail(TeamPane &pane, const QString &email)
    {
        for (int r = 0; r < pane.model()->rowCount(); ++r) {
            if (pane.model()->member(r).email == email)
                return r;
        }
        return -1;
    }

    TeamMemberDialog *openNew(TeamPane &pane, const QString &name, const QString &email, const QString &role)
    {
        pane.newMember();
        auto *dialog = pane.findChild<TeamMemberDialog *>();
        if (!dialog)
            return nullptr;
        child<QLineEdit>(*dialog, "nameEdit")->setText(name);
        child<QLineEdit>(*dialog, "emailEdit")->setText(email);
        auto *roles = child<QComboBox>(*dialog, "roleCombo");
        roles->setCurrentIndex(roles->findData(role));
        return dialog;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Sandbox::Options options = SandboxFixture::defaultOptions();
        options.rateLimitPerMinute = 100000;
        QVERIFY2(startSandbox(options), qPrintable(m_fixture->error()));
        m_api = std::make_unique<RestTeamApi>(m_client.get());
        QVERIFY(m_dir->isValid());
    }

    void cleanupTestCase()
    {
        m_api.reset();
        stopClient();
    }

    void rolesAreExplainedInOneLine()
    {
        auto pane = makePane();
        pane->newMember();
        auto *dialog = pane->findChild<TeamMemberDialog *>();
        QVERIFY(dialog);
        auto *roles = child<QComboBox>(*dialog, "roleCombo");
        QCOMPARE(roles->count(), 3);
        for (int i = 0; i < roles->count(); ++i) {
            roles->setCurrentIndex(i);
            const QString hint = child<QLabel>(*dialog, "roleHint")->text();
            QCOMPARE(hint, TeamModel::roleExplanation(roles->itemData(i).toString()));
            QVERIFY(!hint.isEmpty() && !hint.contains(QLatin1Char('\n')));
        }
        // Local checks before anything is sent.
        QTest::mouseClick(child<QPushButton>(*dialog, "saveButton"), Qt::LeftButton);
        QVERIFY(child<QLabel>(*dialog, "nameError")->isVisible());
        QVERIFY(child<QLabel>(*dialog, "emailError")->isVisible());
        dialog->reject();
    }

    // The dialog uses EmailCheck like contacts do; its own pattern once accepted "a@b..c".
    void dialogChecksEmailAsContactsDo_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("ok");
        QTest::newRow("a@b..c") << "a@b..c" << false;
        QTest::newRow("a@b") << "a@b" << false;
        QTest::newRow("a@b.c") << "a@b.c" << true;
        QTest::newRow("unicode") << QStringLiteral("jörg@bücher.de") << true;
        QTest::newRow("arabic") << QStringLiteral("سارة@مثال.مصر") << true;
    }

    void dialogChecksEmailAsContactsDo()
    {
        QFETCH(QString, email);
        QFETCH(bool, ok);
        TeamMemberDialog dialog(TeamMember {});
        child<QLineEdit>(dialog, "nameEdit")->setText(QStringLiteral("Omar"));
        child<QLineEdit>(dialog, "emailEdit")->setText(email);
        QCOMPARE(dialog.validate(), ok);
        QCOMPARE(child<QLabel>(dialog, "emailError")->isVisibleTo(&dialog), !ok);
        QCOMPARE(EmailCheck::problem(email).isEmpty(), ok);
    }

    void createEditAndDelete()
    {
        auto pane = makePane();
        const int before = pane->model()->rowCount();
        auto *dialog = openNew(*pane, QStringLiteral("Omar Haddad"), QStringLiteral("omar@example.com"), QStringLiteral("receptionist"));
        QVERIFY(dialog);
        QTest::mouseClick(child<QPushButton>(*dialog, "saveButton"), Qt::LeftButton);
        QTRY_COMPARE(pane->model()->rowCount(), before + 1);
        const int row = rowOfEmail(*pane, QStringLiteral("omar@example.com"));
        QVERIFY(row >= 0);
        QCOMPARE(pane->model()->member(row).role, QStringLiteral("receptionist"));
        QTRY_VERIFY(!pane->findChild<TeamMemberDialog *>());

        // Edit: new name and role.
        pane->selectMember(pane->model()->member(row).id);
        pane->editMember();
        dialog = pane->findChild<TeamMemberDialog *>();
        QVERIFY(dialog);
        QCOMPARE(child<QLineEdit>(*dialog, "nameEdit")->text(), QStringLiteral("Omar Haddad"));
        child<QLineEdit>(*dialog, "nameEdit")->setText(QStringLiteral("Omar H."));
        auto *roles = child<QComboBox>(*dialog, "roleCombo");
        roles->setCurrentIndex(roles->findData(QStringLiteral("agent")));
        QTest::mouseClick(child<QPushButton>(*dialog, "saveButton"), Qt::LeftButton);
        QTRY_COMPARE(pane->model()->member(row).name, QStringLiteral("Omar H."));
        QCOMPARE(pane->model()->member(row).role, QStringLiteral("agent"));

        // Deactivate and activate again.
        QTest::mouseClick(child<QPushButton>(*pane, "toggleActiveButton"), Qt::LeftButton);
        QTRY_VERIFY(!pane->model()->member(row).isActive);
        QVERIFY(child<QPushButton>(*pane, "toggleActiveButton")->text().contains(QLatin1String("Ac")));
        QTest::mouseClick(child<QPushButton>(*pane, "toggleActiveButton"), Qt::LeftButton);
        QTRY_VERIFY(pane->model()->member(row).isActive);

        // Delete asks first, naming the person.
        pane->deleteMember();
        auto *box = pane->findChild<QMessageBox *>(QStringLiteral("confirmDeleteBox"));
        QVERIFY(box);
        QVERIFY(box->text().contains(QLatin1String("Omar H.")));
        QTest::mouseClick(child<QPushButton>(*box, "confirmButton"), Qt::LeftButton);
        QTRY_COMPARE(rowOfEmail(*pane, QStringLiteral("omar@example.com")), -1);
        QCOMPARE(pane->model()->rowCount(), before);
    }

    void duplicateEmailIsShownAtTheField()
    {
        auto pane = makePane();
        auto *dialog = openNew(*pane, QStringLiteral("Second Mona"), kAdminEmail.toUpper(), QStringLiteral("agent"));
        QVERIFY(dialog);
        QTest::mouseClick(child<QPushButton>(*dialog, "saveButton"), Qt::LeftButton);
        auto *error = child<QLabel>(*dialog, "emailError");
        QTRY_VERIFY(error->isVisible());
        QVERIFY(error->text().contains(QLatin1String("already been taken")));
        // Nothing typed is lost and the dialog stays.
        QVERIFY(dialog->isVisible());
        QCOMPARE(child<QLineEdit>(*dialog, "nameEdit")->text(), QStringLiteral("Second Mona"));
        dialog->reject();
    }

    // The answer to a create is lost and the first look for it fails too: the dialog says
    // so and Save becomes Check again, which looks (never sends a second copy) and finds it.
    void aLostCreateIsLookedForNotSentTwice()
    {
        const QString email = QStringLiteral("lina.lost@example.com");
        auto pane = makePane();
        auto *dialog = openNew(*pane, QStringLiteral("Lina Lost"), email, QStringLiteral("agent"));
        QVERIFY(dialog);
        const auto fault = [this](QJsonObject body) {
            body.insert(QStringLiteral("count"), 1);
            return m_fixture->http().post(QStringLiteral("/_sandbox/faults"), body).status;
        };
        QCOMPARE(fault({ { QStringLiteral("type"), QStringLiteral("drop") }, { QStringLiteral("after_run"), true },
                     { QStringLiteral("path"), QStringLiteral("/api/v1/team") }, { QStringLiteral("method"), QStringLiteral("POST") } }),
            201);
        QCOMPARE(fault({ { QStringLiteral("type"), QStringLiteral("status") }, { QStringLiteral("status"), 500 },
                     { QStringLiteral("path"), QStringLiteral("/api/v1/team*") }, { QStringLiteral("method"), QStringLiteral("GET") } }),
            201);
        auto *save = child<QPushButton>(*dialog, "saveButton");
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(save->text(), QStringLiteral("&Check again"), 15000);
        QVERIFY(child<QLabel>(*dialog, "generalError")->text().contains(QLatin1String("could not be checked")));
        QVERIFY(dialog->isVisible());

        QTRY_VERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY(!pane->findChild<TeamMemberDialog *>());
        QVERIFY(rowOfEmail(*pane, email) >= 0);
        int onServer = 0;
        for (const QJsonValue &v : m_fixture->http().get(QStringLiteral("/team"), QUrlQuery { { QStringLiteral("per_page"), QStringLiteral("100") } }).dataArray())
            onServer += v.toObject().value(QStringLiteral("email")).toString() == email ? 1 : 0;
        QCOMPARE(onServer, 1);
    }

    void theLastAdminIsProtected()
    {
        auto pane = makePane();
        const int row = rowOfEmail(*pane, kAdminEmail);
        QVERIFY(row >= 0);
        const qint64 id = pane->model()->member(row).id;
        pane->selectMember(id);
        pane->editMember();
        auto *dialog = pane->findChild<TeamMemberDialog *>();
        QVERIFY(dialog);
        auto *roles = child<QComboBox>(*dialog, "roleCombo");
        roles->setCurrentIndex(roles->findData(QStringLiteral("agent")));
        QTest::mouseClick(child<QPushButton>(*dialog, "saveButton"), Qt::LeftButton);
        auto *roleError = child<QLabel>(*dialog, "roleError");
        QTRY_VERIFY(roleError->isVisible());
        QVERIFY(roleError->text().contains(QLatin1String("last active admin")));
        dialog->reject();

        QTest::mouseClick(child<QPushButton>(*pane, "toggleActiveButton"), Qt::LeftButton);
        auto *message = child<QLabel>(*pane, "messageLabel");
        QTRY_VERIFY(message->text().contains(QLatin1String("last active admin")));
        QVERIFY(pane->model()->member(row).isActive);

        pane->deleteMember();
        auto *box = pane->findChild<QMessageBox *>(QStringLiteral("confirmDeleteBox"));
        QVERIFY(box);
        QTest::mouseClick(child<QPushButton>(*box, "confirmButton"), Qt::LeftButton);
        QTRY_VERIFY(message->text().contains(QLatin1String("cannot be deleted")));
        QCOMPARE(pane->model()->rowOf(id), row);
    }

    void arabicNameTypedRightToLeftIsSaved()
    {
        QApplication::setLayoutDirection(Qt::RightToLeft);
        auto pane = makePane();
        pane->newMember();
        auto *dialog = pane->findChild<TeamMemberDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->layoutDirection(), Qt::RightToLeft);
        auto *name = child<QLineEdit>(*dialog, "nameEdit");
        name->setFocus();
        const QString arabic = QStringLiteral("ليلى حسن");
        for (const QChar c : arabic) {
            QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
            QApplication::sendEvent(name, &press);
        }
        QCOMPARE(name->text(), arabic);
        child<QLineEdit>(*dialog, "emailEdit")->setText(QStringLiteral("layla@example.com"));
        Screenshot::save(dialog, QStringLiteral("team/dialog-rtl.png"));
        QTest::mouseClick(child<QPushButton>(*dialog, "saveButton"), Qt::LeftButton);
        QTRY_VERIFY(rowOfEmail(*pane, QStringLiteral("layla@example.com")) >= 0);
        auto reloaded = makePane();
        const int row = rowOfEmail(*reloaded, QStringLiteral("layla@example.com"));
        QVERIFY(row >= 0);
        QCOMPARE(reloaded->model()->member(row).name, arabic);
        Screenshot::save(reloaded.get(), QStringLiteral("team/pane-rtl.png"));
        QApplication::setLayoutDirection(Qt::LeftToRight);
        auto english = makePane();
        Screenshot::save(english.get(), QStringLiteral("team/pane-en.png"));
        english->editMember();
        auto *edit = english->findChild<TeamMemberDialog *>();
        Screenshot::save(edit, QStringLiteral("team/dialog-en.png"));
        edit->reject();
    }

    void screenshotsInBothLanguages()
    {
        Language language;
        for (const QString &code : {QStringLiteral("en"), QStringLiteral("ar")}) {
            QVERIFY(language.apply(code));
            QApplication::setLayoutDirection(code == QLatin1String("ar") ? Qt::RightToLeft : Qt::LeftToRight);
            for (const QSize &size : {QSize(1000, 700), QSize(800, 600)}) {
                auto pane = makePane();
                pane->resize(size);
                QCoreApplication::processEvents();
                QCOMPARE(pane->size(), size);
                // Every column in sight: no sideways scrolling to see when someone was last seen.
                QVERIFY(!pane->findChild<QTableView *>(QStringLiteral("teamView"))->horizontalScrollBar()->isVisible());
                const QList<QPushButton *> buttons = pane->findChildren<QPushButton *>();
                for (QPushButton *button : buttons) {
                    if (button->isVisible())
                        QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(button->text()));
                }
                Screenshot::save(pane.get(), QStringLiteral("team/pane-%1-%2x%3.png")
                                              .arg(code).arg(size.width()).arg(size.height()));
            }
            auto pane = makePane();
            pane->editMember();
            auto *dialog = pane->findChild<TeamMemberDialog *>();
            QVERIFY(dialog);
            QCOMPARE(dialog->layoutDirection(), code == QLatin1String("ar") ? Qt::RightToLeft : Qt::LeftToRight);
            Screenshot::save(dialog, QStringLiteral("team/member-%1.png").arg(code));
            // A server refusal at its field, as the user would see it.
            dialog->showServerErrors({{QStringLiteral("email"), {QStringLiteral("The email has already been taken.")}}});
            Screenshot::save(dialog, QStringLiteral("team/member-error-%1.png").arg(code));
            dialog->reject();
        }
        QVERIFY(language.apply(QStringLiteral("en")));
        QApplication::setLayoutDirection(Qt::LeftToRight);
    }
};

QTEST_MAIN(TestTeamPane)
#include "tst_teampane.moc"
