// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "webhook.h"
#include "webhookevent.h"
#include "webhookinput.h"

#include <QDialog>
#include <QList>
#include <QMap>

#include <memory>

namespace Ui {
class WebhookDialog;
}
class QCheckBox;
class QLabel;
class QPushButton;

// Create or edit one webhook. Save does not close the dialog: the pane sends the input and
// closes it only when the server accepted it, so a refusal shows at the field and nothing
// typed is lost.
class WebhookDialog final : public QDialog
{
    Q_OBJECT

public:
    // existing.id == 0: create.
    WebhookDialog(const QList<WebhookEvent> &events, const Webhook &existing, QWidget *parent = nullptr);
    ~WebhookDialog() override;

    qint64 webhookId() const { return m_id; }
    WebhookInput input() const;
    // Checks the form locally; shows the problems at their fields.
    bool validate();
    // The server's refusal, field -> words already made (fieldMessages()), at its fields.
    void showServerErrors(const QMap<QString, QString> &errors);
    void showGeneralError(const QString &text);
    void setBusy(bool busy);

Q_SIGNALS:
    void submitRequested();

private:
    void addEvents(const QList<WebhookEvent> &events, const QStringList &chosen);
    void clearErrors();
    void updateSelectAll();

    std::unique_ptr<Ui::WebhookDialog> m_ui;
    qint64 m_id = 0;
    QList<QCheckBox *> m_eventBoxes;
    QPushButton *m_save;
};
