// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Phone numbers as people type them ("050 123 4567", "+971 50 123 4567", Arabic-Indic
// digits) checked with libphonenumber and turned into E.164, the only form the API takes.
// The default region decides what a number without "+" means.
class PhoneNormalizer
{
public:
    struct Result
    {
        bool ok = false;
        QString e164;  // set when ok
        QString error; // a sentence for the user when not ok
    };

    // region: ISO 3166 code ("AE"); empty takes the system locale's territory.
    explicit PhoneNormalizer(const QString &region = {});

    QString region() const { return m_region; }
    Result normalize(const QString &input) const;
    // The number grouped the way it is written in its country, for the field being typed in.
    QString formatAsYouType(const QString &input) const;

    // "+971501234567" → "AE"; empty when the number says nothing about a region.
    static QString regionOfNumber(const QString &e164);
    // Arabic-Indic and Eastern Arabic-Indic digits to ASCII; everything else unchanged.
    static QString toAsciiDigits(const QString &input);

private:
    QString m_region;
};
