// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What plays the new-message sound. The pane asks for it; tests count the requests
// instead of needing an audio device.
class NotificationSound
{
public:
    virtual ~NotificationSound() = default;
    virtual void play() = 0;
};
