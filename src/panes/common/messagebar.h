// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QKeySequence>

#include <functional>

class QLabel;
class QPushButton;

// A plain-words error above a pane's view, with Retry when there is something to try
// again. The view below stays usable while it shows. Every pane uses this one bar, so a
// failed load looks and behaves the same everywhere.
class MessageBar final : public QFrame
{
    Q_OBJECT

public:
    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(const QString &text, std::function<void()> retry = {});
    QString text() const; // empty while hidden
    // A key for Retry, for panes that have no other refresh command on it; the tooltip
    // says what retrying does and names the key.
    void setRetryShortcut(const QKeySequence &key, const QString &whatRetryDoes);

private:
    QLabel *m_text;
    QPushButton *m_retryButton;
    std::function<void()> m_retry;
};
