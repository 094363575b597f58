// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "response.h"

#include <QJsonObject>
#include <QMap>
#include <QStringList>

#include <optional>

namespace Sandbox {

// Checks a JSON request body field by field and collects Laravel-style messages, so one
// 422 lists every problem at once. Each check returns the value when it is valid and
// present, std::nullopt otherwise; an absent optional field is not an error. Unknown
// fields are ignored. A JSON null counts as "absent" for optional fields.
class Validator
{
public:
    explicit Validator(const QJsonObject &body);

    bool has(const QString &field) const;
    bool isNull(const QString &field) const;

    std::optional<QString> string(const QString &field, bool required = false, int maxLength = 255);
    std::optional<qint64> integer(const QString &field, bool required = false);
    std::optional<bool> boolean(const QString &field, bool required = false);
    std::optional<QString> oneOf(
        const QString &field, const QStringList &allowed, bool required = false);
    std::optional<QString> email(const QString &field, bool required = false);
    std::optional<QString> e164(const QString &field, bool required = false);
    std::optional<QStringList> stringArray(
        const QString &field, bool required = false, bool nonEmpty = false);
    std::optional<QJsonObject> object(const QString &field, bool required = false);

    void addError(const QString &field, const QString &message);
    bool hasErrors() const { return !m_errors.isEmpty(); }
    bool hasError(const QString &field) const { return m_errors.contains(field); }
    const QMap<QString, QStringList> &errors() const { return m_errors; }
    // The 422 envelope of the collected errors.
    Response response() const;

    static bool isValidEmail(const QString &value);
    static bool isValidE164(const QString &value);

private:
    bool checkPresent(const QString &field, bool required);
    static QString label(const QString &field);

    QJsonObject m_body;
    QMap<QString, QStringList> m_errors;
};

} // namespace Sandbox
