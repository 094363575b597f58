// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;

// A plain-words error above the view, with Retry when there is something to try again.
// The view below stays usable while it shows.
class MessageBar final : public QWidget
{
    Q_OBJECT

public:
    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(const QString &text, std::function<void()> retry = {});
    QString text() const; // empty while hidden

private:
    QLabel *m_text;
    QPushButton *m_retryButton;
    std::function<void()> m_retry;
};
