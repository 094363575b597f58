// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Sandbox {

// Names and message texts the demo and large seeds draw from: English and Arabic (Arabic
// script), so the app's right-to-left paths meet real data.
class DemoTexts
{
public:
    static const QStringList &englishFirstNames();
    static const QStringList &englishLastNames();
    static const QStringList &arabicFirstNames();
    static const QStringList &arabicLastNames();
    // What customers write, and what staff answer.
    static const QStringList &englishInbound();
    static const QStringList &englishOutbound();
    static const QStringList &arabicInbound();
    static const QStringList &arabicOutbound();

    // The n-th name of a deterministic sequence; Arabic for every third n.
    static QString personName(int n);
    static bool isArabicName(int n) { return n % 3 == 2; }
};

} // namespace Sandbox
