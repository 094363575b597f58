// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "signaturecheckerdialog.h"

#include "webhooksignaturechecker.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

SignatureCheckerDialog::SignatureCheckerDialog(const QString &payload, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("signatureCheckerDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Check a webhook signature"));

    auto *intro = new QLabel(tr("Paste the raw body your endpoint received and its "
                                "X-SkyLight-Signature header, then enter the webhook's secret."),
        this);
    intro->setWordWrap(true);

    m_payload = new QPlainTextEdit(payload, this);
    m_payload->setObjectName(QStringLiteral("payloadEdit"));
    m_payload->setLayoutDirection(Qt::LeftToRight);
    m_payload->setFont(QFont(QStringLiteral("monospace")));
    m_payload->setTabChangesFocus(true);
    m_header = new QLineEdit(this);
    m_header->setObjectName(QStringLiteral("headerEdit"));
    m_header->setPlaceholderText(QStringLiteral("sha256=…"));
    m_header->setLayoutDirection(Qt::LeftToRight);
    m_secret = new QLineEdit(this);
    m_secret->setObjectName(QStringLiteral("secretEdit"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(QStringLiteral("whsec_…"));
    m_secret->setLayoutDirection(Qt::LeftToRight);

    auto *form = new QFormLayout;
    form->addRow(tr("&Payload:"), m_payload);
    form->addRow(tr("Si&gnature header:"), m_header);
    form->addRow(tr("S&ecret:"), m_secret);
    qobject_cast<QLabel *>(form->labelForField(m_payload))->setBuddy(m_payload);
    qobject_cast<QLabel *>(form->labelForField(m_header))->setBuddy(m_header);
    qobject_cast<QLabel *>(form->labelForField(m_secret))->setBuddy(m_secret);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("resultLabel"));
    m_result->setWordWrap(true);
    m_expected = new QLineEdit(this);
    m_expected->setObjectName(QStringLiteral("expectedEdit"));
    m_expected->setReadOnly(true);
    m_expected->setLayoutDirection(Qt::LeftToRight);
    m_expected->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *checkButton = buttons->addButton(tr("C&heck"), QDialogButtonBox::ActionRole);
    checkButton->setObjectName(QStringLiteral("checkButton"));
    checkButton->setToolTip(tr("Check the signature (Ctrl+Return)"));
    checkButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    checkButton->setDefault(true);
    connect(checkButton, &QPushButton::clicked, this, &SignatureCheckerDialog::check);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addWidget(m_expected);
    layout->addWidget(buttons);
    resize(600, 460);
}

SignatureCheckerDialog::~SignatureCheckerDialog()
{
    m_secret->clear();
}

void SignatureCheckerDialog::check()
{
    const auto result = WebhookSignatureChecker::check(
        m_payload->toPlainText().toUtf8(), m_header->text(), m_secret->text());
    m_result->setText(WebhookSignatureChecker::describe(result.outcome));
    m_result->setStyleSheet(result.matches() ? QStringLiteral("color: #1b7a32; font-weight: bold;")
                                             : QStringLiteral("color: #b02020; font-weight: bold;"));
    m_result->setProperty("matches", result.matches());
    const bool showExpected = !result.matches() && !result.expected.isEmpty();
    m_expected->setText(showExpected ? tr("Expected: %1").arg(result.expected) : QString());
    m_expected->setVisible(showExpected);
}
