// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apierrortext.h"

#include "apierror.h"
#include "servermessagetext.h"

#include <QCoreApplication>
#include <QLocale>

namespace {
// The field messages the server sent, skipping blank ones, through the one translation.
QStringList translatedFieldMessages(const ApiError &error, const QString &field)
{
    QStringList lines;
    for (const QString &message : error.fieldErrors.value(field)) {
        if (!message.trimmed().isEmpty())
            lines.append(ServerMessageText::translated(message));
    }
    return lines;
}

QString validationText(const ApiError &error)
{
    QStringList lines; // a line a message: this text has the room
    for (auto it = error.fieldErrors.cbegin(); it != error.fieldErrors.cend(); ++it)
        lines.append(translatedFieldMessages(error, it.key()));
    if (!lines.isEmpty())
        return lines.join(QLatin1Char('\n'));
    if (!error.serverMessage.trimmed().isEmpty())
        return ServerMessageText::translated(error.serverMessage);
    return QCoreApplication::translate("ApiError",
        "The server did not accept the request. Please check the values and try again.");
}
} // namespace

QString userMessage(const ApiError &error)
{
    using Kind = ApiError::Kind;
    switch (error.kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        return QCoreApplication::translate("ApiError",
            "Could not reach the server. Check your internet connection and the server address.");
    case Kind::Timeout:
        return QCoreApplication::translate(
            "ApiError", "The server took too long to answer. Please try again.");
    case Kind::Tls:
        return QCoreApplication::translate("ApiError",
            "The server's security certificate could not be verified, so the connection was not "
            "made.");
    case Kind::Unauthorized:
        return QCoreApplication::translate(
            "ApiError", "The API key was not accepted. Please enter a valid key.");
    case Kind::Forbidden:
        return QCoreApplication::translate("ApiError", "This API key is not allowed to do that.");
    case Kind::NotFound:
        return QCoreApplication::translate(
            "ApiError", "The item was not found. It may have been deleted.");
    case Kind::Validation:
        return validationText(error);
    case Kind::RateLimited:
        if (error.retryAfter.isValid()) {
            return QCoreApplication::translate(
                "ApiError", "Too many requests. Requests will continue at %1.")
                .arg(QLocale().toString(
                    error.retryAfter.toLocalTime().time(), QLocale::ShortFormat));
        }
        return QCoreApplication::translate("ApiError", "Too many requests. Please wait a moment.");
    case Kind::Server:
        return QCoreApplication::translate(
            "ApiError", "The server had a problem. Please try again later.");
    case Kind::MalformedResponse:
        return QCoreApplication::translate(
            "ApiError", "The server sent an answer this app does not understand.");
    case Kind::Cancelled:
        return QCoreApplication::translate("ApiError", "The request was cancelled.");
    case Kind::InsecureUrl:
        return QCoreApplication::translate("ApiError",
            "The server address must start with https:// (plain http is only allowed for this "
            "computer).");
    case Kind::ResponseTooLarge:
        return QCoreApplication::translate("ApiError",
            "The server's answer was too large to read safely, so it was dropped. Narrow the "
            "list with a search or a filter and try again.");
    }
    return QCoreApplication::translate("ApiError", "Something went wrong.");
}

QString userMessageForWrite(const ApiError &error)
{
    if (error.kind == ApiError::Kind::Network && error.requestNeverSent) {
        // Said outright: the user may safely send again, nothing can be duplicated.
        return QCoreApplication::translate("ApiError",
            "Could not reach the server, so nothing was sent. Check your internet connection "
            "and the server address.");
    }
    return userMessage(error);
}

QString fieldMessage(const ApiError &error, const QString &field)
{
    if (error.kind != ApiError::Kind::Validation)
        return {};
    return translatedFieldMessages(error, field).join(QLatin1Char(' '));
}

QMap<QString, QString> fieldMessages(const ApiError &error)
{
    QMap<QString, QString> out;
    if (error.kind != ApiError::Kind::Validation)
        return out;
    for (auto it = error.fieldErrors.cbegin(); it != error.fieldErrors.cend(); ++it) {
        const QString text = fieldMessage(error, it.key());
        if (!text.isEmpty())
            out.insert(it.key(), text);
    }
    return out;
}

QString oneLineMessage(const ApiError &error)
{
    const QMap<QString, QString> fields = fieldMessages(error);
    if (fields.isEmpty())
        return userMessage(error);
    return QStringList(fields.values()).join(QLatin1Char(' '));
}
