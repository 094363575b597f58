// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "offlinenotice.h"

#include "apiclient.h"

OfflineNotice::OfflineNotice(ApiClient &client, QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("offlineNotice"));
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setMargin(6);
    setStyleSheet(QStringLiteral(
        "#offlineNotice { background: #e8eef7; color: #1d2b3a; border-bottom: 1px solid #b8c7dc; }"));
    hide();
    connect(&client, &ApiClient::answeredFromCache, this, &OfflineNotice::noteCachedAnswer);
    connect(&client, &ApiClient::serverAnsweredAgain, this, &OfflineNotice::clear);
}

QString OfflineNotice::textFor(const QDateTime &savedAt, const QDateTime &now)
{
    const QDateTime local = savedAt.toLocalTime();
    const QLocale locale;
    const QString when = local.date() == now.toLocalTime().date()
        ? locale.toString(local.time(), QLocale::ShortFormat)
        : locale.toString(local, QLocale::ShortFormat);
    return tr("Offline: showing what was saved at %1. It refreshes by itself when the server "
              "answers again.")
        .arg(when);
}

void OfflineNotice::noteCachedAnswer(const QDateTime &savedAt)
{
    // The oldest answer on screen is the honest age of what the user sees.
    if (!m_oldest.isValid() || savedAt < m_oldest)
        m_oldest = savedAt;
    setText(textFor(m_oldest, QDateTime::currentDateTimeUtc()));
    show();
}

void OfflineNotice::clear()
{
    m_oldest = QDateTime();
    hide();
}
