// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "paletterecents.h"

#include <QCryptographicHash>
#include <QSettings>

namespace {

// Profile names are free text; a hash keeps them out of the settings' key syntax.
QString groupFor(const QString &profile)
{
    const QByteArray id = QCryptographicHash::hash(profile.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QStringLiteral("palette/recent-") + QString::fromLatin1(id);
}

} // namespace

PaletteRecents::PaletteRecents(QSettings &settings, const QString &profile)
    : m_settings(settings)
    , m_group(groupFor(profile))
{
}

QList<PaletteEntry> PaletteRecents::entries() const
{
    QList<PaletteEntry> out;
    const int count = m_settings.beginReadArray(m_group);
    for (int i = 0; i < count && out.size() < Limit; ++i) {
        m_settings.setArrayIndex(i);
        PaletteEntry e;
        const int kind = m_settings.value(QStringLiteral("kind")).toInt();
        if (kind < int(PaletteEntry::Kind::Section) || kind > int(PaletteEntry::Kind::Booking))
            continue;
        e.kind = PaletteEntry::Kind(kind);
        e.key = m_settings.value(QStringLiteral("key")).toString();
        e.title = m_settings.value(QStringLiteral("title")).toString();
        e.detail = m_settings.value(QStringLiteral("detail")).toString();
        e.keywords = m_settings.value(QStringLiteral("keywords")).toString();
        e.paneId = m_settings.value(QStringLiteral("pane")).toString();
        e.id = m_settings.value(QStringLiteral("id")).toLongLong();
        e.when = m_settings.value(QStringLiteral("when")).toDateTime();
        if (e.isValid())
            out.append(e);
    }
    m_settings.endArray();
    return out;
}

void PaletteRecents::remember(const PaletteEntry &entry)
{
    if (!entry.isValid())
        return;
    QList<PaletteEntry> list = entries();
    list.removeIf([&entry](const PaletteEntry &e) { return e.key == entry.key; });
    list.prepend(entry);
    save(list.mid(0, Limit));
}

void PaletteRecents::forget(const QString &key)
{
    QList<PaletteEntry> list = entries();
    list.removeIf([&key](const PaletteEntry &e) { return e.key == key; });
    save(list);
}

void PaletteRecents::save(const QList<PaletteEntry> &entries)
{
    m_settings.remove(m_group);
    m_settings.beginWriteArray(m_group, int(entries.size()));
    for (int i = 0; i < entries.size(); ++i) {
        const PaletteEntry &e = entries.at(i);
        m_settings.setArrayIndex(i);
        m_settings.setValue(QStringLiteral("kind"), int(e.kind));
        m_settings.setValue(QStringLiteral("key"), e.key);
        m_settings.setValue(QStringLiteral("title"), e.title);
        m_settings.setValue(QStringLiteral("detail"), e.detail);
        m_settings.setValue(QStringLiteral("keywords"), e.keywords);
        m_settings.setValue(QStringLiteral("pane"), e.paneId);
        m_settings.setValue(QStringLiteral("id"), e.id);
        m_settings.setValue(QStringLiteral("when"), e.when);
    }
    m_settings.endArray();
}
