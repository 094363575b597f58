// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhooksignaturechecker.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace {

const QLatin1String kPrefix("sha256=");
const QLatin1String kHeaderName("x-skylight-signature:");

bool isHex(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool digit = u >= u'0' && u <= u'9';
        const bool lower = u >= u'a' && u <= u'f';
        const bool upper = u >= u'A' && u <= u'F';
        if (!digit && !lower && !upper)
            return false;
    }
    return !text.isEmpty();
}

// Same running time whatever the first differing byte: a habit worth keeping even in a
// local tool, since the class may end up checking real traffic.
bool equalConstantTime(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

} // namespace

QString WebhookSignatureChecker::sign(const QByteArray &payload, const QString &secret)
{
    const QByteArray mac =
        QMessageAuthenticationCode::hash(payload, secret.toUtf8(), QCryptographicHash::Sha256);
    return kPrefix + QString::fromLatin1(mac.toHex());
}

WebhookSignatureChecker::Result WebhookSignatureChecker::check(
    const QByteArray &payload, const QString &header, const QString &secret)
{
    Result result;
    QString value = header.trimmed();
    if (value.startsWith(kHeaderName, Qt::CaseInsensitive))
        value = value.mid(kHeaderName.size()).trimmed();
    if (secret.isEmpty()) {
        result.outcome = Outcome::MissingSecret;
        return result;
    }
    result.expected = sign(payload, secret);
    if (value.isEmpty()) {
        result.outcome = Outcome::MalformedHeader;
        return result;
    }
    if (!value.startsWith(kPrefix, Qt::CaseInsensitive)) {
        result.outcome = isHex(value) ? Outcome::MissingPrefix : Outcome::MalformedHeader;
        return result;
    }
    const QString hex = value.mid(kPrefix.size());
    if (!isHex(hex)) {
        result.outcome = Outcome::MalformedHeader;
        return result;
    }
    const QByteArray expectedHex = result.expected.mid(kPrefix.size()).toLatin1();
    result.outcome = equalConstantTime(hex.toLower().toLatin1(), expectedHex) ? Outcome::Match
                                                                               : Outcome::Mismatch;
    return result;
}

QString WebhookSignatureChecker::describe(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Match:
        return tr("The signature matches: this payload was signed with this secret.");
    case Outcome::Mismatch:
        return tr("The signature does not match. Either the secret is wrong or the payload was changed.");
    case Outcome::MissingPrefix:
        return tr("The signature must start with \"sha256=\".");
    case Outcome::MalformedHeader:
        return tr("Paste the X-SkyLight-Signature header: \"sha256=\" followed by hexadecimal digits.");
    case Outcome::MissingSecret:
        return tr("Enter the webhook's secret.");
    }
    return {};
}
