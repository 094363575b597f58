// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notificationsound.h"

#include <memory>

class QSoundEffect;

// The inbox chime (resources/sounds/chime.wav, made by scripts/make-chime.py) through
// Qt Multimedia. The effect is created on the first play, so panes that never chime
// never open an audio device.
class ChimeSound final : public NotificationSound
{
public:
    ChimeSound();
    ~ChimeSound() override;

    void play() override;

private:
    std::unique_ptr<QSoundEffect> m_effect;
};
