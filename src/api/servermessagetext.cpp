// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "servermessagetext.h"

#include <QLocale>
#include <QRegularExpression>

namespace {
constexpr const char *kContext = "ServerMessageText";

// Whole sentences the server sends (docs/contract.md, the sandbox's validator and rules).
const char *const kSentences[] = {
    QT_TRANSLATE_NOOP("ServerMessageText", "A cancelled booking cannot be changed."),
    QT_TRANSLATE_NOOP("ServerMessageText", "A completed booking cannot be cancelled."),
    QT_TRANSLATE_NOOP("ServerMessageText", "A completed booking cannot be changed."),
    QT_TRANSLATE_NOOP("ServerMessageText", "A completed booking cannot be reopened."),
    QT_TRANSLATE_NOOP("ServerMessageText", "A contact needs a phone or an email."),
    QT_TRANSLATE_NOOP("ServerMessageText", "The booking is already cancelled."),
    QT_TRANSLATE_NOOP("ServerMessageText", "The contact is blacklisted."),
    QT_TRANSLATE_NOOP("ServerMessageText", "The email field is required when phone is not present."),
    QT_TRANSLATE_NOOP("ServerMessageText", "The phone field is required when email is not present."),
    QT_TRANSLATE_NOOP("ServerMessageText", "The email has already been taken."),
    QT_TRANSLATE_NOOP("ServerMessageText", "The given data was invalid."),
    QT_TRANSLATE_NOOP("ServerMessageText", "The last active admin cannot be deactivated."),
    QT_TRANSLATE_NOOP("ServerMessageText", "The last active admin cannot be deleted."),
    QT_TRANSLATE_NOOP("ServerMessageText", "The last active admin cannot be demoted."),
    QT_TRANSLATE_NOOP("ServerMessageText", "The selected slot is not available."),
    QT_TRANSLATE_NOOP("ServerMessageText", "The timezone must be a valid IANA time zone."),
    QT_TRANSLATE_NOOP("ServerMessageText", "The url must be a valid URL."),
    QT_TRANSLATE_NOOP("ServerMessageText",
        "The url must use https (plain http is allowed only for localhost)."),
    QT_TRANSLATE_NOOP("ServerMessageText", "The date does not match the format Y-m-d."),
    QT_TRANSLATE_NOOP("ServerMessageText", "The request body is larger than 1 MB."),
    QT_TRANSLATE_NOOP("ServerMessageText", "Too Many Attempts."),
    QT_TRANSLATE_NOOP("ServerMessageText", "Not found."),
    QT_TRANSLATE_NOOP("ServerMessageText", "Server Error."),
    QT_TRANSLATE_NOOP("ServerMessageText", "Unauthenticated."),
    QT_TRANSLATE_NOOP("ServerMessageText", "Malformed JSON body."),
    QT_TRANSLATE_NOOP("ServerMessageText", "This domain is not allowed to use this API key."),
};

// Sentences about one field (%1) and sometimes a number (%2).
const char *const kTemplates[] = {
    QT_TRANSLATE_NOOP("ServerMessageText", "The %1 field is required."),
    QT_TRANSLATE_NOOP("ServerMessageText", "The %1 must be a string."),
    QT_TRANSLATE_NOOP("ServerMessageText", "The %1 must be an integer."),
    QT_TRANSLATE_NOOP("ServerMessageText", "The %1 must be an array."),
    QT_TRANSLATE_NOOP("ServerMessageText", "The %1 must be an object."),
    QT_TRANSLATE_NOOP("ServerMessageText", "The %1 must have at least 1 item."),
    QT_TRANSLATE_NOOP("ServerMessageText", "The selected %1 is invalid."),
    QT_TRANSLATE_NOOP("ServerMessageText", "The %1 must be a valid email address."),
    QT_TRANSLATE_NOOP("ServerMessageText", "The %1 must be a valid E.164 phone number."),
    QT_TRANSLATE_NOOP("ServerMessageText", "The %1 may not be greater than %2 characters."),
    QT_TRANSLATE_NOOP("ServerMessageText", "The %1 is not a valid date."),
    QT_TRANSLATE_NOOP("ServerMessageText", "The %1 field must be true or false."),
    QT_TRANSLATE_NOOP("ServerMessageText", "The %1 channel is not connected."),
    QT_TRANSLATE_NOOP("ServerMessageText", "The event %1 is not one of the available events."),
};

const char *const kFields[][2] = {
    { "name", QT_TRANSLATE_NOOP("ServerMessageText", "name") },
    { "email", QT_TRANSLATE_NOOP("ServerMessageText", "email") },
    { "phone", QT_TRANSLATE_NOOP("ServerMessageText", "phone") },
    { "url", QT_TRANSLATE_NOOP("ServerMessageText", "URL") },
    { "events", QT_TRANSLATE_NOOP("ServerMessageText", "events") },
    { "role", QT_TRANSLATE_NOOP("ServerMessageText", "role") },
    { "contact id", QT_TRANSLATE_NOOP("ServerMessageText", "contact") },
    { "booking type id", QT_TRANSLATE_NOOP("ServerMessageText", "booking type") },
    { "resource id", QT_TRANSLATE_NOOP("ServerMessageText", "resource") },
    { "starts at", QT_TRANSLATE_NOOP("ServerMessageText", "start time") },
    { "notes", QT_TRANSLATE_NOOP("ServerMessageText", "notes") },
    { "content", QT_TRANSLATE_NOOP("ServerMessageText", "message text") },
    { "channel", QT_TRANSLATE_NOOP("ServerMessageText", "channel") },
    { "status", QT_TRANSLATE_NOOP("ServerMessageText", "status") },
    { "business name", QT_TRANSLATE_NOOP("ServerMessageText", "business name") },
    { "timezone", QT_TRANSLATE_NOOP("ServerMessageText", "time zone") },
    { "date", QT_TRANSLATE_NOOP("ServerMessageText", "date") },
    { "description", QT_TRANSLATE_NOOP("ServerMessageText", "description") },
    { "tags", QT_TRANSLATE_NOOP("ServerMessageText", "tags") },
    { "custom fields", QT_TRANSLATE_NOOP("ServerMessageText", "custom fields") },
};

// Keeps a Latin word or number the right way round inside an Arabic sentence.
QString isolated(const QString &text)
{
    return QChar(0x2068) + text + QChar(0x2069);
}
} // namespace

QString ServerMessageText::fieldName(const QString &label)
{
    for (const auto &field : kFields) {
        if (label == QLatin1String(field[0]))
            return QCoreApplication::translate(kContext, field[1]);
    }
    return isolated(label);
}

QString ServerMessageText::translated(const QString &message)
{
    const QString text = message.trimmed();
    for (const char *sentence : kSentences) {
        if (text == QLatin1String(sentence))
            return QCoreApplication::translate(kContext, sentence);
    }
    for (const char *pattern : kTemplates) {
        QString expression = QRegularExpression::escape(QLatin1String(pattern));
        expression.replace(QStringLiteral("\\%1"), QStringLiteral("(.+?)")); // escape() escapes %
        expression.replace(QStringLiteral("\\%2"), QStringLiteral("(\\d+)"));
        const QRegularExpressionMatch match
            = QRegularExpression(u'^' + expression + u'$').match(text);
        if (!match.hasMatch())
            continue;
        QString result = QCoreApplication::translate(kContext, pattern);
        if (result == QLatin1String(pattern))
            return message; // untranslated (English): the server's own words are best
        result = result.arg(fieldName(match.captured(1)));
        if (match.lastCapturedIndex() >= 2)
            result = result.arg(QLocale().toString(match.captured(2).toInt()));
        return result;
    }
    // Unknown: as sent. A translated interface says whose words they are.
    const char *marked = QT_TRANSLATE_NOOP("ServerMessageText", "The server says: %1");
    const QString translatedMark = QCoreApplication::translate(kContext, marked);
    if (message.isEmpty() || translatedMark == QLatin1String(marked))
        return message;
    return translatedMark.arg(isolated(message));
}

QStringList ServerMessageText::translated(const QStringList &messages)
{
    QStringList out;
    out.reserve(messages.size());
    for (const QString &message : messages)
        out.append(translated(message));
    return out;
}
