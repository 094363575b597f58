// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonreader.h"

#include "timestamp.h"

#include <cmath>

JsonReader::JsonReader(const QJsonValue &value, const QString &path)
    : JsonReader(value, path, std::make_shared<QString>())
{
}

JsonReader::JsonReader(const QJsonValue &value, const QString &path, std::shared_ptr<QString> error)
    : m_value(value)
    , m_path(path)
    , m_error(std::move(error))
{
}

void JsonReader::fail(const QString &key, const QString &expected) const
{
    if (!m_error->isEmpty())
        return;
    const QString where = key.isEmpty() ? m_path : m_path + QLatin1Char('.') + key;
    *m_error = where + QStringLiteral(" should be ") + expected;
}

QJsonValue JsonReader::field(const char *key) const
{
    // A reader over null (an absent optional object) answers every field with "absent".
    if (!m_value.isObject())
        return QJsonValue(QJsonValue::Undefined);
    return m_value.toObject().value(QLatin1String(key));
}

bool JsonReader::has(const char *key) const
{
    return !isAbsent(field(key));
}

qint64 JsonReader::id(const char *key) const
{
    if (!has(key)) {
        fail(QString::fromLatin1(key), QStringLiteral("present"));
        return 0;
    }
    return integer(key);
}

qint64 JsonReader::integer(const char *key, qint64 fallback) const
{
    const std::optional<qint64> value = optionalInteger(key);
    return value ? *value : fallback;
}

std::optional<qint64> JsonReader::optionalInteger(const char *key) const
{
    const QJsonValue value = field(key);
    if (isAbsent(value))
        return std::nullopt;
    const double number = value.toDouble();
    // 2^53: beyond it a JSON number is no longer an exact integer.
    if (!value.isDouble() || std::trunc(number) != number
        || std::fabs(number) > 9007199254740992.0) {
        fail(QString::fromLatin1(key), QStringLiteral("an integer"));
        return std::nullopt;
    }
    return static_cast<qint64>(number);
}

double JsonReader::number(const char *key, double fallback) const
{
    const QJsonValue value = field(key);
    if (isAbsent(value))
        return fallback;
    if (value.isDouble())
        return value.toDouble();
    // Laravel serialises decimal columns (prices) as strings: accept a numeric string.
    if (value.isString()) {
        bool ok = false;
        const double parsed = value.toString().toDouble(&ok);
        if (ok)
            return parsed;
    }
    fail(QString::fromLatin1(key), QStringLiteral("a number"));
    return fallback;
}

QString JsonReader::string(const char *key, const QString &fallback) const
{
    const QJsonValue value = field(key);
    if (isAbsent(value))
        return fallback;
    if (!value.isString()) {
        fail(QString::fromLatin1(key), QStringLiteral("a string"));
        return fallback;
    }
    return value.toString();
}

bool JsonReader::boolean(const char *key, bool fallback) const
{
    const QJsonValue value = field(key);
    if (isAbsent(value))
        return fallback;
    if (value.isBool())
        return value.toBool();
    // MySQL-backed services often send tinyint 0/1 for booleans.
    if (value.isDouble() && (value.toDouble() == 0.0 || value.toDouble() == 1.0))
        return value.toDouble() == 1.0;
    fail(QString::fromLatin1(key), QStringLiteral("true or false"));
    return fallback;
}

QDateTime JsonReader::dateTime(const char *key) const
{
    const QString text = string(key);
    if (text.isEmpty())
        return {};
    const QDateTime parsed = Timestamp::parse(text);
    if (!parsed.isValid())
        fail(QString::fromLatin1(key), QStringLiteral("an ISO 8601 time"));
    return parsed;
}

QDate JsonReader::date(const char *key) const
{
    const QString text = string(key);
    if (text.isEmpty())
        return {};
    const QDate parsed = Timestamp::parseDate(text);
    if (!parsed.isValid())
        fail(QString::fromLatin1(key), QStringLiteral("a YYYY-MM-DD date"));
    return parsed;
}

QStringList JsonReader::stringList(const char *key) const
{
    QStringList strings;
    const QJsonValue value = field(key);
    if (isAbsent(value))
        return strings;
    if (!value.isArray()) {
        fail(QString::fromLatin1(key), QStringLiteral("an array of strings"));
        return strings;
    }
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        if (!item.isString()) {
            fail(QString::fromLatin1(key), QStringLiteral("an array of strings"));
            return {};
        }
        strings.append(item.toString());
    }
    return strings;
}

QJsonObject JsonReader::jsonObject(const char *key) const
{
    const QJsonValue value = field(key);
    if (isAbsent(value))
        return {};
    // PHP encodes an empty associative array as [], so an empty array means an empty map.
    if (value.isArray() && value.toArray().isEmpty())
        return {};
    if (!value.isObject()) {
        fail(QString::fromLatin1(key), QStringLiteral("an object"));
        return {};
    }
    return value.toObject();
}

JsonReader JsonReader::child(const char *key) const
{
    const QJsonValue value = field(key);
    const QString childPath = m_path + QLatin1Char('.') + QString::fromLatin1(key);
    if (isAbsent(value))
        return JsonReader(QJsonValue(QJsonValue::Null), childPath, m_error);
    if (!value.isObject())
        fail(QString::fromLatin1(key), QStringLiteral("an object"));
    return JsonReader(value, childPath, m_error);
}
