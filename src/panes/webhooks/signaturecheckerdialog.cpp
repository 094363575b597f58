// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "signaturecheckerdialog.h"
#include "plaintextwidgets.h"
#include "statuscolours.h"
#include "ui_signaturecheckerdialog.h"

#include "webhooksignaturechecker.h"

#include <QPushButton>

SignatureCheckerDialog::SignatureCheckerDialog(const QString &payload, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SignatureCheckerDialog>())
{
    m_ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose);
    m_ui->payloadEdit->setPlainText(payload);
    m_ui->expectedEdit->hide();

    QPushButton *checkButton = m_ui->buttons->addButton(tr("C&heck"), QDialogButtonBox::ActionRole);
    checkButton->setObjectName(QStringLiteral("checkButton"));
    checkButton->setToolTip(tr("Check the signature (Ctrl+Return)"));
    checkButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    checkButton->setDefault(true);
    connect(checkButton, &QPushButton::clicked, this, &SignatureCheckerDialog::check);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Names, notes and server texts land in these labels: they show as typed.
    PlainText::lockLabels(this);
}

SignatureCheckerDialog::~SignatureCheckerDialog()
{
    m_ui->secretEdit->clear();
}

void SignatureCheckerDialog::check()
{
    const auto result = WebhookSignatureChecker::check(
        m_ui->payloadEdit->toPlainText().toUtf8(), m_ui->headerEdit->text(), m_ui->secretEdit->text());
    m_ui->resultLabel->setText(WebhookSignatureChecker::describe(result.outcome));
    m_ui->resultLabel->setStyleSheet(result.matches()
            ? StatusColours::successStyle(palette(), true)
            : StatusColours::errorStyle(palette(), true));
    m_ui->resultLabel->setProperty("matches", result.matches());
    const bool showExpected = !result.matches() && !result.expected.isEmpty();
    m_ui->expectedEdit->setText(showExpected ? tr("Expected: %1").arg(result.expected) : QString());
    m_ui->expectedEdit->setVisible(showExpected);
}
