// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "customfieldsjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace {

// A lone JSON value as compact text: wrapped in an array, as a document must be an
// object or an array, and unwrapped again.
QString compactText(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

QJsonValue parsedText(const QString &text)
{
    const QJsonDocument wrapped = QJsonDocument::fromJson("[" + text.toUtf8() + "]");
    if (!wrapped.isArray() || wrapped.array().size() != 1)
        return text; // built by hand with a text that is no JSON: send it as the text it is
    return wrapped.array().first();
}

CustomField::Kind kindOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Double:
        return CustomField::Kind::Number;
    case QJsonValue::Bool:
        return CustomField::Kind::Boolean;
    case QJsonValue::Null:
        return CustomField::Kind::Null;
    case QJsonValue::Object:
    case QJsonValue::Array:
        return CustomField::Kind::Structured;
    default:
        return CustomField::Kind::Text;
    }
}

} // namespace

namespace CustomFieldsJson {

CustomFields fromJson(const QJsonObject &object)
{
    CustomFields fields;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        CustomField field { it.key(), kindOf(it.value()), QString() };
        if (field.kind == CustomField::Kind::Text)
            field.text = it.value().toString();
        else if (field.kind != CustomField::Kind::Null)
            field.text = compactText(it.value());
        fields.insert(field);
    }
    return fields;
}

QJsonObject toJson(const CustomFields &fields)
{
    QJsonObject object;
    for (const CustomField &field : fields) {
        switch (field.kind) {
        case CustomField::Kind::Text:
            object.insert(field.name, field.text);
            break;
        case CustomField::Kind::Null:
            object.insert(field.name, QJsonValue::Null);
            break;
        default:
            object.insert(field.name, parsedText(field.text));
            break;
        }
    }
    return object;
}

} // namespace CustomFieldsJson
