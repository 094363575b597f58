// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile.h"

#include <QList>
#include <QStringList>

#include <optional>

class QSettings;

// Profiles (name, base URL, auth style) and the last used one, in QSettings. Never the
// key: callers remove a profile's key from the KeyStore themselves (see SessionController).
class ProfileStore final
{
public:
    explicit ProfileStore(QSettings &settings);

    QStringList names() const;
    QList<Profile> profiles() const;
    std::optional<Profile> profile(const QString &name) const;
    void save(const Profile &profile);
    void remove(const QString &name);

    QString lastUsed() const;
    void setLastUsed(const QString &name);

private:
    QSettings &m_settings;
};
