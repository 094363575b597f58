// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QLabel>
#include <QPointer>
#include <QTimer>

#include <functional>

// "Loading…" above a list once it has waited about a second, and "taking longer than
// usual" once it has waited long enough to worry, well before the client's 30 s time-out
// ends the wait with an error. It asks the model whether it is loading a few times a
// second while its pane is on screen (the models have no loading signals, and a missed
// edge would leave the notice stuck), and costs nothing while the pane is hidden.
class LoadingNotice final : public QLabel
{
    Q_OBJECT

public:
    static constexpr int defaultShowAfterMs = 1000;
    static constexpr int defaultSlowAfterMs = 10000;

    // watched: the pane whose visibility gates the polling; isLoading: the model's answer.
    LoadingNotice(QWidget *watched, std::function<bool()> isLoading, QWidget *parent = nullptr);

    void setDelays(int showAfterMs, int slowAfterMs);
    // The pane's load error: while it is on screen the notice stays hidden. It already says
    // the list is not current and goes with the next success; the tries meanwhile (a poll,
    // Retry, the client's retries) are no news, and "Loading…" under it read as if the
    // load had not failed (seen offline in the Inbox).
    void setQuietWhile(QWidget *loadError) { m_loadError = loadError; }
    bool isSlow() const { return m_slow; }

protected:
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    void poll();

    QWidget *m_watched;
    QPointer<QWidget> m_loadError;
    std::function<bool()> m_isLoading;
    QTimer m_poll;
    QElapsedTimer m_since; // valid while a load is going on
    int m_showAfterMs = defaultShowAfterMs;
    int m_slowAfterMs = defaultSlowAfterMs;
    bool m_slow = false;
};
