// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keystore.h"

#include <functional>

class QWidget;

// The question SessionController asks when the keychain did not take a key: use it for
// this session only? MessageBoxSessionOnlyPrompt asks the user; tests answer themselves.
class SessionOnlyPrompt
{
public:
    virtual ~SessionOnlyPrompt() = default;
    // Calls answer exactly once, now or later: true for "this session only".
    virtual void ask(QWidget *parent, const KeyStore::Result &failure, std::function<void(bool)> answer) = 0;

protected:
    SessionOnlyPrompt() = default;
    SessionOnlyPrompt(const SessionOnlyPrompt &) = default;
    SessionOnlyPrompt &operator=(const SessionOnlyPrompt &) = default;
};
