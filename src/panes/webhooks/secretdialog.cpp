// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretdialog.h"
#include "plaintextwidgets.h"
#include "ui_secretdialog.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>

SecretDialog::SecretDialog(const QString &url, const QString &secret, bool regenerated, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SecretDialog>())
{
    m_ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose);
    // The URL is isolated (U+2068…U+2069) so that in Arabic its slashes and dots stay with it
    // instead of being reordered into the sentence around it.
    const QString isolatedUrl = QChar(0x2068) + url + QChar(0x2069);
    m_ui->introLabel->setText(regenerated
            ? tr("The new signing secret of %1. The old secret no longer works.").arg(isolatedUrl)
            : tr("The signing secret of %1. Use it to check the X-SkyLight-Signature header.").arg(isolatedUrl));
    // Mixed-direction text: keep every line on the dialog's leading side.
    const Qt::Alignment leading = Qt::AlignAbsolute | Qt::AlignVCenter
        | (layoutDirection() == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft);
    m_ui->introLabel->setAlignment(leading);
    m_ui->secretWarning->setAlignment(leading);
    // Read-only text can still be selected and copied with the keyboard; that is the
    // user's own choice too, like the button.
    m_ui->secretEdit->setText(secret);

    QPushButton *copy = m_ui->buttons->addButton(tr("&Copy secret"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copySecretButton"));
    copy->setToolTip(tr("Copy the secret to the clipboard"));
    connect(copy, &QPushButton::clicked, this, [this, copy] {
        QGuiApplication::clipboard()->setText(m_ui->secretEdit->text());
        copy->setText(tr("Copied"));
    });
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(width(), sizeHint().height());
    // Names, notes and server texts land in these labels: they show as typed.
    PlainText::lockLabels(this);
}

SecretDialog::~SecretDialog()
{
    m_ui->secretEdit->clear();
}
