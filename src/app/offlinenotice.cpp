// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "offlinenotice.h"

#include "apiclient.h"
#include "connectionstatus.h"

OfflineNotice::OfflineNotice(ApiClient &client, QWidget *parent)
    : QLabel(parent)
    , m_status(*client.connectionStatus())
{
    setObjectName(QStringLiteral("offlineNotice"));
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setMargin(6);
    setStyleSheet(QStringLiteral(
        "#offlineNotice { background: #e8eef7; color: #1d2b3a; border-bottom: 1px solid #b8c7dc; }"));
    hide();
    connect(&client, &ApiClient::answeredFromCache, this, &OfflineNotice::noteCachedAnswer);
    connect(&m_status, &ConnectionStatus::stateChanged, this, &OfflineNotice::follow);
}

QString OfflineNotice::textFor(const QDateTime &savedAt, const QDateTime &now, bool waiting)
{
    const QDateTime local = savedAt.toLocalTime();
    const QLocale locale;
    const QString when = local.date() == now.toLocalTime().date()
        ? locale.toString(local.time(), QLocale::ShortFormat)
        : locale.toString(local, QLocale::ShortFormat);
    if (waiting)
        return tr("Showing what was saved at %1 while the server answers…").arg(when);
    return tr("Offline: showing what was saved at %1. It refreshes by itself when the server "
              "answers again.")
        .arg(when);
}

void OfflineNotice::noteCachedAnswer(const QDateTime &savedAt)
{
    // The oldest answer on screen is the honest age of what the user sees.
    if (!m_oldest.isValid() || savedAt < m_oldest)
        m_oldest = savedAt;
    follow();
}

void OfflineNotice::follow()
{
    // Online: the panes reload from the server (ConnectionStatus::restored), saved data goes.
    if (m_status.state() == ConnectionStatus::State::Online || !m_oldest.isValid()) {
        clear();
        return;
    }
    setText(textFor(m_oldest, QDateTime::currentDateTimeUtc(),
                    m_status.state() == ConnectionStatus::State::Unknown));
    show();
}

void OfflineNotice::clear()
{
    m_oldest = QDateTime();
    hide();
}
