// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "phonenormalizer.h"

#include <QCoreApplication>
#include <QLocale>

#include <phonenumbers/asyoutypeformatter.h>
#include <phonenumbers/phonenumberutil.h>

#include <algorithm>
#include <memory>

using i18n::phonenumbers::AsYouTypeFormatter;
using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PhoneNormalizer", text);
}

QString systemRegion()
{
    const QString name = QLocale::system().name(); // "en_AE"
    const qsizetype sep = name.indexOf(QLatin1Char('_'));
    return sep > 0 ? name.mid(sep + 1, 2).toUpper() : QString();
}

} // namespace

PhoneNormalizer::PhoneNormalizer(const QString &region)
    : m_region(region.isEmpty() ? systemRegion() : region.toUpper())
{
    // "C" locales have no territory; "ZZ" makes libphonenumber demand a leading "+".
    if (m_region.size() != 2)
        m_region = QStringLiteral("ZZ");
}

QString PhoneNormalizer::toAsciiDigits(const QString &input)
{
    QString out = input;
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if (u >= 0x0660 && u <= 0x0669)
            c = QChar(u'0' + (u - 0x0660));
        else if (u >= 0x06F0 && u <= 0x06F9)
            c = QChar(u'0' + (u - 0x06F0));
    }
    return out;
}

PhoneNormalizer::Result PhoneNormalizer::normalize(const QString &input) const
{
    Result result;
    const QString text = toAsciiDigits(input).trimmed();
    if (text.isEmpty()) {
        result.error = tr("Enter a phone number.");
        return result;
    }
    for (const QChar c : text) {
        if (c.isLetter()) {
            result.error = tr("A phone number may only contain digits, spaces, \"+\", \"-\" and brackets.");
            return result;
        }
    }
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    const auto parsed = util->Parse(text.toStdString(), m_region.toStdString(), &number);
    if (parsed == PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR) {
        result.error = m_region == QLatin1String("ZZ")
            ? tr("Start the number with \"+\" and the country code, e.g. +971 50 123 4567.")
            : tr("The country code is not valid.");
        return result;
    }
    if (parsed == PhoneNumberUtil::TOO_SHORT_NSN || parsed == PhoneNumberUtil::TOO_SHORT_AFTER_IDD) {
        result.error = tr("The number is too short.");
        return result;
    }
    if (parsed == PhoneNumberUtil::TOO_LONG_NSN) {
        result.error = tr("The number is too long.");
        return result;
    }
    if (parsed != PhoneNumberUtil::NO_PARSING_ERROR) {
        result.error = tr("This is not a phone number.");
        return result;
    }
    switch (util->IsPossibleNumberWithReason(number)) {
    case PhoneNumberUtil::TOO_SHORT:
        result.error = tr("The number is too short.");
        return result;
    case PhoneNumberUtil::TOO_LONG:
        result.error = tr("The number is too long.");
        return result;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE:
        result.error = tr("The country code is not valid.");
        return result;
    case PhoneNumberUtil::INVALID_LENGTH:
    case PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY:
        result.error = tr("The number has the wrong number of digits for its country.");
        return result;
    case PhoneNumberUtil::IS_POSSIBLE:
        break;
    }
    if (!util->IsValidNumber(number)) {
        // libphonenumber calls very short local numbers "possible"; compared with the
        // country's real numbers, the user learns what is actually wrong.
        std::string region;
        util->GetRegionCodeForCountryCode(number.country_code(), &region);
        std::string nsn;
        util->GetNationalSignificantNumber(number, &nsn);
        size_t shortest = 0;
        size_t longest = 0;
        for (const auto type : {PhoneNumberUtil::MOBILE, PhoneNumberUtil::FIXED_LINE}) {
            PhoneNumber example;
            std::string exampleNsn;
            if (util->GetExampleNumberForType(region, type, &example)) {
                util->GetNationalSignificantNumber(example, &exampleNsn);
                shortest = shortest ? std::min(shortest, exampleNsn.size()) : exampleNsn.size();
                longest = std::max(longest, exampleNsn.size());
            }
        }
        if (shortest && nsn.size() < shortest) {
            result.error = tr("The number is too short.");
            return result;
        }
        if (longest && nsn.size() > longest) {
            result.error = tr("The number is too long.");
            return result;
        }
        result.error = tr("This number does not exist in its country's numbering plan.");
        return result;
    }
    std::string e164;
    util->Format(number, PhoneNumberUtil::E164, &e164);
    result.ok = true;
    result.e164 = QString::fromStdString(e164);
    return result;
}

QString PhoneNormalizer::formatAsYouType(const QString &input) const
{
    const std::unique_ptr<AsYouTypeFormatter> formatter(
        PhoneNumberUtil::GetInstance()->GetAsYouTypeFormatter(m_region.toStdString()));
    std::string formatted;
    for (const QChar c : toAsciiDigits(input)) {
        if (c.isDigit() || c == QLatin1Char('+'))
            formatter->InputDigit(c.unicode(), &formatted);
    }
    return QString::fromStdString(formatted);
}

QString PhoneNormalizer::regionOfNumber(const QString &e164)
{
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util->Parse(toAsciiDigits(e164).toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return {};
    std::string region;
    util->GetRegionCodeForNumber(number, &region);
    return region == "ZZ" ? QString() : QString::fromStdString(region);
}
