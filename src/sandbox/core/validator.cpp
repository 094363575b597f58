// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "validator.h"
#include "envelope.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

namespace Sandbox {

Validator::Validator(const QJsonObject &body)
    : m_body(body)
{
}

bool Validator::has(const QString &field) const
{
    return m_body.contains(field) && !m_body.value(field).isNull();
}

bool Validator::isNull(const QString &field) const
{
    return m_body.contains(field) && m_body.value(field).isNull();
}

QString Validator::label(const QString &field)
{
    QString text = field;
    return text.replace(QLatin1Char('_'), QLatin1Char(' '));
}

void Validator::addError(const QString &field, const QString &message)
{
    m_errors[field].append(message);
}

bool Validator::checkPresent(const QString &field, bool required)
{
    if (has(field))
        return true;
    if (required)
        addError(field, QStringLiteral("The %1 field is required.").arg(label(field)));
    return false;
}

std::optional<QString> Validator::string(const QString &field, bool required, int maxLength)
{
    if (!checkPresent(field, required))
        return std::nullopt;
    const QJsonValue value = m_body.value(field);
    if (!value.isString()) {
        addError(field, QStringLiteral("The %1 must be a string.").arg(label(field)));
        return std::nullopt;
    }
    const QString text = value.toString();
    if (required && text.trimmed().isEmpty()) {
        addError(field, QStringLiteral("The %1 field is required.").arg(label(field)));
        return std::nullopt;
    }
    if (maxLength > 0 && text.size() > maxLength) {
        addError(field,
            QStringLiteral("The %1 may not be greater than %2 characters.")
                .arg(label(field))
                .arg(maxLength));
        return std::nullopt;
    }
    return text;
}

std::optional<qint64> Validator::integer(const QString &field, bool required)
{
    if (!checkPresent(field, required))
        return std::nullopt;
    const QJsonValue value = m_body.value(field);
    const double number = value.toDouble(std::nan(""));
    if (!value.isDouble() || std::isnan(number) || number != std::floor(number)
        || std::fabs(number) > 9.0e15) {
        addError(field, QStringLiteral("The %1 must be an integer.").arg(label(field)));
        return std::nullopt;
    }
    return qint64(number);
}

std::optional<bool> Validator::boolean(const QString &field, bool required)
{
    if (!checkPresent(field, required))
        return std::nullopt;
    const QJsonValue value = m_body.value(field);
    if (!value.isBool()) {
        addError(field, QStringLiteral("The %1 field must be true or false.").arg(label(field)));
        return std::nullopt;
    }
    return value.toBool();
}

std::optional<QString> Validator::oneOf(
    const QString &field, const QStringList &allowed, bool required)
{
    const std::optional<QString> text = string(field, required);
    if (!text)
        return std::nullopt;
    if (!allowed.contains(*text)) {
        addError(field, QStringLiteral("The selected %1 is invalid.").arg(label(field)));
        return std::nullopt;
    }
    return text;
}

bool Validator::isValidEmail(const QString &value)
{
    static const QRegularExpression shape(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return value.size() <= 254 && shape.match(value).hasMatch();
}

bool Validator::isValidE164(const QString &value)
{
    static const QRegularExpression shape(QStringLiteral("^\\+[1-9]\\d{6,14}$"));
    return shape.match(value).hasMatch();
}

std::optional<QString> Validator::email(const QString &field, bool required)
{
    const std::optional<QString> text = string(field, required);
    if (!text)
        return std::nullopt;
    if (!isValidEmail(*text)) {
        addError(field, QStringLiteral("The %1 must be a valid email address.").arg(label(field)));
        return std::nullopt;
    }
    return text;
}

std::optional<QString> Validator::e164(const QString &field, bool required)
{
    const std::optional<QString> text = string(field, required);
    if (!text)
        return std::nullopt;
    if (!isValidE164(*text)) {
        addError(
            field, QStringLiteral("The %1 must be a valid E.164 phone number.").arg(label(field)));
        return std::nullopt;
    }
    return text;
}

std::optional<QStringList> Validator::stringArray(
    const QString &field, bool required, bool nonEmpty)
{
    if (!checkPresent(field, required))
        return std::nullopt;
    const QJsonValue value = m_body.value(field);
    if (!value.isArray()) {
        addError(field, QStringLiteral("The %1 must be an array.").arg(label(field)));
        return std::nullopt;
    }
    QStringList items;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        if (!item.isString()) {
            addError(field, QStringLiteral("Each %1 item must be a string.").arg(label(field)));
            return std::nullopt;
        }
        items.append(item.toString());
    }
    if (nonEmpty && items.isEmpty()) {
        addError(field, QStringLiteral("The %1 must have at least 1 item.").arg(label(field)));
        return std::nullopt;
    }
    return items;
}

std::optional<QJsonObject> Validator::object(const QString &field, bool required)
{
    if (!checkPresent(field, required))
        return std::nullopt;
    const QJsonValue value = m_body.value(field);
    if (!value.isObject()) {
        addError(field, QStringLiteral("The %1 must be an object.").arg(label(field)));
        return std::nullopt;
    }
    return value.toObject();
}

Response Validator::response() const
{
    return Envelope::validation(m_errors);
}

} // namespace Sandbox
