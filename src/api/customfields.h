// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>
#include <utility>

// One entry of a contact's custom fields. The contract allows any JSON value
// (`additionalProperties: true`); the kind is kept so that a number, a yes/no or a nested
// value the user never touched goes back to the server exactly as it came.
struct CustomField
{
    enum class Kind { Text, Number, Boolean, Null, Structured }; // Structured: object or array

    QString name;
    Kind kind = Kind::Text;
    // Text: the text itself. Number, Boolean, Structured: the value's compact JSON text
    // ("12.5", "true", "{\"a\":1}"). Null: empty.
    QString text;

    // What a person reads (the panes show this and edit it as text).
    QString toString() const { return text; }

    bool operator==(const CustomField &other) const
    {
        return name == other.name && kind == other.kind && text == other.text;
    }
    bool operator!=(const CustomField &other) const { return !(*this == other); }
};

// A contact's custom fields: names → values in order, with no JSON in sight above src/api.
// JSON goes in and out only through CustomFieldsJson (src/api); the models' CSV files use the
// text form below.
class CustomFields
{
public:
    using Row = std::pair<QString, QString>; // name, text as typed in an editor

    bool isEmpty() const { return m_fields.isEmpty(); }
    qsizetype size() const { return m_fields.size(); }
    const QList<CustomField> &fields() const { return m_fields; }
    QList<CustomField>::const_iterator begin() const { return m_fields.cbegin(); }
    QList<CustomField>::const_iterator end() const { return m_fields.cend(); }

    bool contains(const QString &name) const;
    // The field called name, or an empty text field when there is none.
    CustomField value(const QString &name) const;
    // Replaces the field of the same name where it stands, or appends it.
    void insert(const CustomField &field);
    void insert(const QString &name, const QString &text);

    // What an editor's rows (name, text) mean: rows without a name are dropped, names are
    // trimmed, a later row wins over an earlier one of the same name. A value left exactly as
    // `before` showed it keeps its kind; anything typed is text.
    static CustomFields edited(const QList<Row> &rows, const CustomFields &before);

    // The CSV cell form (export writes it, import reads it): a JSON object as text,
    // e.g. {"vip":"yes"}; empty for no fields. fromCsvText() gives nothing when the text is
    // neither empty nor a JSON object.
    QString toCsvText() const;
    static std::optional<CustomFields> fromCsvText(const QString &text);

    bool operator==(const CustomFields &other) const { return m_fields == other.m_fields; }
    bool operator!=(const CustomFields &other) const { return !(*this == other); }

private:
    QList<CustomField> m_fields;
};
