// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "customfields.h"

#include "customfieldsjson.h"

#include <QJsonDocument>

bool CustomFields::contains(const QString &name) const
{
    for (const CustomField &field : m_fields) {
        if (field.name == name)
            return true;
    }
    return false;
}

CustomField CustomFields::value(const QString &name) const
{
    for (const CustomField &field : m_fields) {
        if (field.name == name)
            return field;
    }
    return CustomField { name, CustomField::Kind::Text, QString() };
}

void CustomFields::insert(const CustomField &field)
{
    for (CustomField &existing : m_fields) {
        if (existing.name == field.name) {
            existing = field;
            return;
        }
    }
    m_fields.append(field);
}

void CustomFields::insert(const QString &name, const QString &text)
{
    insert(CustomField { name, CustomField::Kind::Text, text });
}

CustomFields CustomFields::edited(const QList<Row> &rows, const CustomFields &before)
{
    CustomFields fields;
    for (const Row &row : rows) {
        const QString name = row.first.trimmed();
        if (name.isEmpty())
            continue;
        // A number or a nested value shown as text and left alone must not come back as a
        // string: the server (and other apps on the key) would see its type change.
        const CustomField old = before.value(name);
        if (before.contains(name) && old.kind != CustomField::Kind::Text && old.text == row.second)
            fields.insert(old);
        else
            fields.insert(name, row.second);
    }
    return fields;
}

QString CustomFields::toCsvText() const
{
    if (isEmpty())
        return QString();
    return QString::fromUtf8(QJsonDocument(CustomFieldsJson::toJson(*this)).toJson(QJsonDocument::Compact));
}

std::optional<CustomFields> CustomFields::fromCsvText(const QString &text)
{
    if (text.trimmed().isEmpty())
        return CustomFields();
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (!document.isObject())
        return std::nullopt;
    return CustomFieldsJson::fromJson(document.object());
}
