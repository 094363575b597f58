// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contactinput.h"
#include "customfields.h"

#include <QMap>
#include <QString>
#include <QStringList>

class PhoneNormalizer;

// What the user typed for one contact (dialog or CSV row), checked before any request:
// validate() fills errors per API field name ("phone", "email", "name") and builds the
// ContactInput with the phone in E.164.
struct ContactDraft
{
    QString name;
    QString phone;
    QString email;
    QString channel;
    QString tags; // comma or semicolon separated
    CustomFields customFields;

    struct Checked
    {
        ContactInput input;
        QMap<QString, QString> errors;
        bool ok() const { return errors.isEmpty(); }
    };

    Checked validate(const PhoneNormalizer &phones) const;
    static QStringList splitTags(const QString &tags);
};
