// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretdialog.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

SecretDialog::SecretDialog(const QString &url, const QString &secret, bool regenerated, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("secretDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Webhook secret"));
    auto *intro = new QLabel(regenerated
            ? tr("The new signing secret of %1. The old secret no longer works.").arg(url)
            : tr("The signing secret of %1. Use it to check the X-SkyLight-Signature header.").arg(url),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    m_secret = new QLineEdit(secret, this);
    m_secret->setObjectName(QStringLiteral("secretEdit"));
    m_secret->setReadOnly(true);
    m_secret->setLayoutDirection(Qt::LeftToRight);
    m_secret->setFont(QFont(QStringLiteral("monospace")));
    // Read-only text can still be selected and copied with the keyboard; that is the
    // user's own choice too, like the button.

    auto *warning = new QLabel(
        tr("Copy it now and keep it somewhere safe: it will not be shown again."), this);
    warning->setObjectName(QStringLiteral("secretWarning"));
    warning->setWordWrap(true);
    warning->setStyleSheet(QStringLiteral("font-weight: bold; color: #8a5a00;"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *copy = buttons->addButton(tr("&Copy secret"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copySecretButton"));
    copy->setToolTip(tr("Copy the secret to the clipboard"));
    connect(copy, &QPushButton::clicked, this, [this, copy] {
        QGuiApplication::clipboard()->setText(m_secret->text());
        copy->setText(tr("Copied"));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_secret);
    layout->addWidget(warning);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

SecretDialog::~SecretDialog()
{
    m_secret->clear();
}
