// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inboxsettings.h"

#include <QSettings>

#include <algorithm>

namespace {
const QLatin1String kList("inbox/listRefreshSeconds");
const QLatin1String kThread("inbox/threadRefreshSeconds");
const QLatin1String kEnterSends("inbox/enterSends");
const QLatin1String kSound("inbox/sound");
const QLatin1String kSoundWhenFocused("inbox/soundWhenFocused");
const QLatin1String kMuted("inbox/muted");
} // namespace

InboxSettings InboxSettings::load(const QSettings &settings)
{
    const InboxSettings defaults;
    InboxSettings s;
    s.listSeconds = settings.value(kList, defaults.listSeconds).toInt();
    s.threadSeconds = settings.value(kThread, defaults.threadSeconds).toInt();
    s.enterSends = settings.value(kEnterSends, defaults.enterSends).toBool();
    s.soundEnabled = settings.value(kSound, defaults.soundEnabled).toBool();
    s.soundWhenFocused = settings.value(kSoundWhenFocused, defaults.soundWhenFocused).toBool();
    s.muted = settings.value(kMuted, defaults.muted).toBool();
    // A hand-edited file must not turn the refresh into a flood (or into never).
    return s.bounded();
}

void InboxSettings::save(QSettings &settings) const
{
    const InboxSettings s = bounded();
    settings.setValue(kList, s.listSeconds);
    settings.setValue(kThread, s.threadSeconds);
    settings.setValue(kEnterSends, s.enterSends);
    settings.setValue(kSound, s.soundEnabled);
    settings.setValue(kSoundWhenFocused, s.soundWhenFocused);
    settings.setValue(kMuted, s.muted);
}

InboxSettings InboxSettings::bounded() const
{
    InboxSettings s = *this;
    s.listSeconds = std::clamp(listSeconds, MinListSeconds, MaxListSeconds);
    s.threadSeconds = std::clamp(threadSeconds, MinThreadSeconds, MaxThreadSeconds);
    return s;
}

int InboxSettings::requestsPerMinute() const
{
    const InboxSettings s = bounded();
    const auto perMinute = [](int seconds) { return (60 + seconds - 1) / seconds; };
    return perMinute(s.listSeconds) + perMinute(s.threadSeconds);
}
