// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chimesound.h"

#include <QSoundEffect>
#include <QUrl>

ChimeSound::ChimeSound() = default;
ChimeSound::~ChimeSound() = default;

void ChimeSound::play()
{
    if (!m_effect) {
        m_effect = std::make_unique<QSoundEffect>();
        m_effect->setSource(QUrl(QStringLiteral("qrc:/sounds/chime.wav")));
        m_effect->setVolume(0.7f);
    }
    // Loading is asynchronous; QSoundEffect plays as soon as the file is loaded. A chime
    // already ringing restarts rather than queueing a second one.
    m_effect->play();
}
