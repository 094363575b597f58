// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagebar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel)
    , m_retryButton(new QPushButton(tr("&Retry")))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    m_text->setObjectName(QStringLiteral("messageText"));
    m_text->setWordWrap(true);
    // Load errors carry server texts.
    m_text->setTextFormat(Qt::PlainText);
    m_retryButton->setObjectName(QStringLiteral("retryButton"));
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retryButton);
    // A type selector, so the tint stays on the bar and not on its button.
    setStyleSheet(QStringLiteral(
        "MessageBar { background: #fdecea; border: 1px solid #e6a19a; border-radius: 4px; }"));
    hide();
    connect(m_retryButton, &QPushButton::clicked, this, [this] {
        hide();
        // Moved out first: the retry may show a new message with a new retry.
        const std::function<void()> retry = std::move(m_retry);
        if (retry)
            retry();
    });
}

void MessageBar::showMessage(const QString &text, std::function<void()> retry)
{
    m_text->setText(text);
    m_retry = std::move(retry);
    m_retryButton->setVisible(bool(m_retry));
    show();
}

QString MessageBar::text() const
{
    return isVisible() ? m_text->text() : QString();
}

void MessageBar::setRetryShortcut(const QKeySequence &key, const QString &whatRetryDoes)
{
    m_retryButton->setShortcut(key);
    m_retryButton->setToolTip(
        QStringLiteral("%1 (%2)").arg(whatRetryDoes, key.toString(QKeySequence::NativeText)));
}
