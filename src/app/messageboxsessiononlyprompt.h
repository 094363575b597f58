// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sessiononlyprompt.h"

// The message box: why the key was not saved, "Use for this session only" or Cancel.
class MessageBoxSessionOnlyPrompt final : public SessionOnlyPrompt
{
public:
    void ask(QWidget *parent, const KeyStore::Result &failure, std::function<void(bool)> answer) override;
};
