// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactdraft.h"

#include "emailcheck.h"
#include "phonenormalizer.h"

#include <QCoreApplication>
#include <QRegularExpression>

QStringList ContactDraft::splitTags(const QString &tags)
{
    static const QRegularExpression separators(QStringLiteral("[,;،]"));
    QStringList out;
    for (const QString &part : tags.split(separators)) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty() && !out.contains(tag))
            out.append(tag);
    }
    return out;
}

ContactDraft::Checked ContactDraft::validate(const PhoneNormalizer &phones) const
{
    Checked checked;
    const QString trimmedName = name.trimmed();
    if (trimmedName.isEmpty())
        checked.errors.insert(QStringLiteral("name"),
            QCoreApplication::translate("ContactDraft", "Enter the contact's name."));
    else if (trimmedName.size() > 255)
        checked.errors.insert(QStringLiteral("name"),
            QCoreApplication::translate("ContactDraft", "The name is longer than 255 characters."));
    checked.input.name = trimmedName;

    if (phone.trimmed().isEmpty() && email.trimmed().isEmpty()) {
        const QString why = QCoreApplication::translate("ContactDraft",
            "A contact needs a phone number or an e-mail address.");
        checked.errors.insert(QStringLiteral("phone"), why);
        checked.errors.insert(QStringLiteral("email"), why);
        return checked;
    }
    if (!phone.trimmed().isEmpty()) {
        const PhoneNormalizer::Result result = phones.normalize(phone);
        if (result.ok)
            checked.input.phone = result.e164;
        else
            checked.errors.insert(QStringLiteral("phone"), result.error);
    }
    if (!email.trimmed().isEmpty()) {
        const QString problem = EmailCheck::problem(email);
        if (problem.isEmpty())
            checked.input.email = email.trimmed();
        else
            checked.errors.insert(QStringLiteral("email"), problem);
    }
    if (!channel.trimmed().isEmpty())
        checked.input.channel = channel.trimmed().toLower();
    checked.input.tags = splitTags(tags);
    checked.input.customFields = customFields;
    return checked;
}
