// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

// Tolerant reading of one JSON object: unknown fields are ignored, missing or null fields
// give the default, and a field of the wrong type records an error (the first one wins)
// that the caller turns into ApiError::MalformedResponse. Child readers share the error,
// so a nested mistake fails the whole value. Never throws, never crashes on any input.
class JsonReader
{
public:
    explicit JsonReader(const QJsonValue &value, const QString &path = QStringLiteral("data"));

    bool isObject() const { return m_value.isObject(); }
    bool has(const char *key) const; // present and not null

    qint64 id(const char *key = "id") const; // required: missing is an error
    qint64 integer(const char *key, qint64 fallback = 0) const;
    std::optional<qint64> optionalInteger(const char *key) const;
    double number(const char *key, double fallback = 0.0) const;
    QString string(const char *key, const QString &fallback = {}) const;
    bool boolean(const char *key, bool fallback = false) const;
    QDateTime dateTime(const char *key) const; // invalid when missing or null
    QDate date(const char *key) const;
    QStringList stringList(const char *key) const;
    QJsonObject jsonObject(const char *key) const; // free-form maps (custom_fields)
    JsonReader child(const char *key) const; // a null reader when missing

    template<typename T> QList<T> list(const char *key) const
    {
        QList<T> items;
        const QJsonValue value = field(key);
        if (isAbsent(value))
            return items;
        if (!value.isArray()) {
            fail(QString::fromLatin1(key), QStringLiteral("an array"));
            return items;
        }
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size() && ok(); ++i) {
            const JsonReader item(array.at(i),
                m_path + QLatin1Char('.') + QString::fromLatin1(key) + QLatin1Char('[')
                    + QString::number(i) + QLatin1Char(']'),
                m_error);
            if (!item.isObject()) {
                item.fail({}, QStringLiteral("an object"));
                break;
            }
            items.append(T::fromJson(item));
        }
        return items;
    }

    bool ok() const { return m_error->isEmpty(); }
    QString error() const { return *m_error; }
    // Records "<path>.<key> should be <expected>" unless an earlier error is already kept.
    void fail(const QString &key, const QString &expected) const;

private:
    JsonReader(const QJsonValue &value, const QString &path, std::shared_ptr<QString> error);
    QJsonValue field(const char *key) const;
    static bool isAbsent(const QJsonValue &value) { return value.isNull() || value.isUndefined(); }

    QJsonValue m_value;
    QString m_path;
    std::shared_ptr<QString> m_error;
};
