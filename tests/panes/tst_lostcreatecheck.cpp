// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// LostCreateCheck without a server: the pane's look-up is answered by hand. Found, not
// there and a look-up that fails each say their own words; only the failed look-up leaves
// the form unconfirmed (Save reads "Check again" and looks instead of sending).
#include "apierrortext.h"
#include "lostcreatecheck.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTest>

namespace {
// A form as the panes have them: busy while it looks, a general line, a Save button.
class Form final : public QDialog
{
public:
    Form() { buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this); }
    void setBusy(bool on) { busy.append(on); }
    void showGeneralError(const QString &text) { said.append(text); }
    QPushButton *save() const { return buttons->button(QDialogButtonBox::Save); }

    QDialogButtonBox *buttons;
    QList<bool> busy;
    QStringList said;
};

struct Harness
{
    Form form;
    QObject *context = nullptr;
    int lookUps = 0;
    ApiCallback<bool> answer;
    LostCreateCheck *check = LostCreateCheck::forForm(&form,
        { QStringLiteral("Checking."), QStringLiteral("Not saved: %1"), QStringLiteral("%1 Not checked.") },
        [this](QObject *c, const ApiCallback<bool> &a) {
            ++lookUps;
            context = c;
            answer = a;
        });
};
} // namespace

class TestLostCreateCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void foundSaysNothingMoreAndSaveStaysSave()
    {
        Harness h;
        h.check->check(ApiError(ApiError::Kind::Timeout));
        QCOMPARE(h.lookUps, 1);
        QCOMPARE(h.context, static_cast<QObject *>(h.check)); // the call ends with the form that owns the check
        QCOMPARE(h.form.busy, QList<bool>({ true }));
        QCOMPARE(h.form.said, QStringList({ QStringLiteral("Checking.") }));
        h.answer(true);
        QCOMPARE(h.form.busy, QList<bool>({ true, false }));
        QCOMPARE(h.form.said, QStringList({ QStringLiteral("Checking.") })); // the pane says "saved"
        QVERIFY(!h.check->isUnconfirmed());
        QCOMPARE(h.form.save()->text(), QStringLiteral("&Save"));
    }

    void notThereSaysWhyTheCreateFailed()
    {
        Harness h;
        const ApiError cause(ApiError::Kind::Server, 502);
        h.check->check(cause);
        h.answer(false);
        QCOMPARE(h.form.said.last(), QStringLiteral("Not saved: %1").arg(userMessage(cause)));
        QCOMPARE(h.form.busy.last(), false);
        QVERIFY(!h.check->isUnconfirmed()); // nothing was stored: Save may send again
        QCOMPARE(h.form.save()->text(), QStringLiteral("&Save"));
    }

    void aFailedLookUpLeavesItUnconfirmedUntilALookUpAnswers()
    {
        Harness h;
        h.check->check(ApiError(ApiError::Kind::Timeout));
        const ApiError lookUpError(ApiError::Kind::Network);
        h.answer(lookUpError);
        QCOMPARE(h.form.said.last(), QStringLiteral("%1 Not checked.").arg(userMessage(lookUpError)));
        QCOMPARE(h.form.busy.last(), false);
        QVERIFY(h.check->isUnconfirmed()); // it may exist: the next Save looks again
        QCOMPARE(h.form.save()->text(), QStringLiteral("&Check again"));

        h.check->check(ApiError(ApiError::Kind::Timeout));
        QCOMPARE(h.lookUps, 2);
        h.answer(true);
        QVERIFY(!h.check->isUnconfirmed());
        QCOMPARE(h.form.save()->text(), QStringLiteral("&Save"));
    }
};

QTEST_MAIN(TestLostCreateCheck)
#include "tst_lostcreatecheck.moc"
