// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// WebhooksPane saving a webhook: the request and, when its outcome is unknown, checking
// (LostCreateCheck) whether the create happened before the user is told anything (kept
// apart from the pane's layout and actions in webhookspane.cpp).
#include "webhookspane.h"
#include "loadingnotice.h"
#include "lostcreatecheck.h"
#include "statuscolours.h"
#include "webhooklookup.h"
#include "writeoutcome.h"
#include "apierrortext.h"
#include "deliverylogview.h"
#include "messagebar.h"
#include "plaintextwidgets.h"
#include "secretdialog.h"
#include "signaturecheckerdialog.h"
#include "testdeliverywatcher.h"
#include "webhookdialog.h"
#include "webhookeventtext.h"
#include "webhooksapi.h"
#include "webhooksmodel.h"
#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

LostCreateCheck *WebhooksPane::lostCreateCheck(WebhookDialog *dialog)
{
    LostCreateCheck::Words words { tr("The server did not confirm the webhook. Checking whether it was created…"),
        tr("The webhook was not saved. %1"),
        tr("%1 The webhook could not be checked, so it may have been created. Press Check again before saving again.") };
    auto lookUp = [this, dialog](QObject *context, const ApiCallback<bool> &answer) {
        QSet<qint64> knownBefore;
        for (int row = 0; row < m_model->rowCount(); ++row)
            knownBefore.insert(m_model->webhook(row).id);
        WebhookLookup::findCreated(m_api, dialog->input(), knownBefore, context,
            [this, dialog, answer](const ApiResult<WebhookLookup::Found> &found) {
                LostCreateCheck::pass(answer, found, [this, dialog](const Webhook &saved) {
                    m_model->updateWebhook(saved);
                    selectWebhook(saved.id);
                    dialog->accept();
                    Q_EMIT requestSucceeded();
                    // Its secret came only in the answer that was lost: say how to get one.
                    showMessage(tr("The webhook %1 was created, but its signing secret did not arrive. "
                                   "Use Regenerate secret to get one.").arg(saved.url), false);
                });
            });
    };
    return LostCreateCheck::forForm(dialog, std::move(words), std::move(lookUp));
}

void WebhooksPane::submit(WebhookDialog *dialog, LostCreateCheck *check)
{
    if (check && check->isUnconfirmed()) {
        check->check(ApiError(ApiError::Kind::Timeout));
        return;
    }
    dialog->setBusy(true);
    const qint64 id = dialog->webhookId();
    auto done = [this, dialog, id, check](const ApiResult<Webhook> &result) {
        dialog->setBusy(false);
        const WriteOutcome outcome = WriteOutcome::of(result);
        if (check && outcome.isUnknown()) {
            check->check(outcome.error());
            return;
        }
        if (!result) {
            const ApiError error = result.error();
            const QMap<QString, QString> fields = fieldMessages(error);
            if (!fields.isEmpty())
                dialog->showServerErrors(fields);
            else
                dialog->showGeneralError(tr("The webhook was not saved. %1").arg(userMessage(error)));
            if (error.kind != ApiError::Kind::Validation)
                Q_EMIT loadFailed(error);
            return;
        }
        const Webhook saved = result.value();
        m_model->updateWebhook(saved);
        selectWebhook(saved.id);
        dialog->accept();
        Q_EMIT requestSucceeded();
        if (id == 0) {
            showSecret(saved.url, saved.secret, false);
            refreshSecretHint(saved.id);
        }
    };
    if (id == 0)
        m_api.create(dialog->input(), dialog, done);
    else
        m_api.update(id, dialog->input(), dialog, done);
}
