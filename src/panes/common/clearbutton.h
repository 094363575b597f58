// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class QLineEdit;

// QLineEdit's clear button (setClearButtonEnabled) is an action without text, so a screen
// reader found an unnamed button in every search field. This turns it on with a name.
class ClearButton
{
    Q_DECLARE_TR_FUNCTIONS(ClearButton)

public:
    static void enable(QLineEdit *edit);
};
