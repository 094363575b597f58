// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "paletteentry.h"

#include <QList>
#include <QString>

class QSettings;

// What the user chose in the palette lately, newest first, per profile (contact 42 of one
// account is not contact 42 of another). Kept in the injected settings with enough of
// each entry to show and open it before anything is loaded.
class PaletteRecents
{
public:
    static constexpr int Limit = 8;

    PaletteRecents(QSettings &settings, const QString &profile);

    QList<PaletteEntry> entries() const;
    void remember(const PaletteEntry &entry);
    void forget(const QString &key);

private:
    void save(const QList<PaletteEntry> &entries);

    QSettings &m_settings;
    QString m_group;
};
