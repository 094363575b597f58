// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QSettings;

// The agent's inbox preferences as stored in QSettings ("inbox/..."): refresh intervals,
// Enter-sends, sound and mute. Intervals are kept inside bounds that protect the API's
// rate budget (the list and the open thread each cost one request per refresh).
struct InboxSettings
{
    static constexpr int MinListSeconds = 5;
    static constexpr int MaxListSeconds = 600;
    static constexpr int MinThreadSeconds = 2;
    static constexpr int MaxThreadSeconds = 300;
    static constexpr int BackgroundSeconds = 60;
    // The contract's budget: 120 requests a minute per API key.
    static constexpr int RateBudgetPerMinute = 120;

    int listSeconds = 15;
    int threadSeconds = 5;
    bool enterSends = true;
    bool soundEnabled = false;
    bool soundWhenFocused = true;
    bool muted = false;

    static InboxSettings load(const QSettings &settings);
    void save(QSettings &settings) const;
    // The same settings with the intervals clamped into their bounds.
    InboxSettings bounded() const;
    // Requests a minute the two refreshes cost while the window is active (rounded up).
    int requestsPerMinute() const;

    friend bool operator==(const InboxSettings &a, const InboxSettings &b)
    {
        return a.listSeconds == b.listSeconds && a.threadSeconds == b.threadSeconds && a.enterSends == b.enterSends
            && a.soundEnabled == b.soundEnabled && a.soundWhenFocused == b.soundWhenFocused && a.muted == b.muted;
    }
    friend bool operator!=(const InboxSettings &a, const InboxSettings &b) { return !(a == b); }
};
