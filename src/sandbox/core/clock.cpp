// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace Sandbox {

Clock::Clock(const QDateTime &pinnedNow)
    : m_pinned(pinnedNow.isValid() ? pinnedNow.toUTC() : QDateTime())
{
}

QDateTime Clock::now() const
{
    return m_pinned.isValid() ? m_pinned : QDateTime::currentDateTimeUtc();
}

QString Clock::stamp(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QStringLiteral("000Z");
}

QString Clock::slotStamp(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

QDateTime Clock::parse(const QString &text)
{
    // Qt keeps milliseconds only; the seeds send microseconds, so cut the fraction to 3 digits.
    static const QRegularExpression shape(QStringLiteral(
        "^(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2})?)(?:\\.(\\d+))?(Z|[+-]\\d{2}:?\\d{2})$"));
    const QRegularExpressionMatch m = shape.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    QString normalized = m.captured(1);
    if (normalized.size() == 16)
        normalized += QStringLiteral(":00");
    const QString fraction = m.captured(2);
    if (!fraction.isEmpty())
        normalized += QLatin1Char('.') + QString(fraction + QStringLiteral("000")).left(3);
    normalized += m.captured(3);
    const QDateTime parsed = QDateTime::fromString(normalized, Qt::ISODateWithMs);
    return parsed.isValid() ? parsed.toUTC() : QDateTime();
}

} // namespace Sandbox
