// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilestore.h"

#include <QSettings>

#include <algorithm>

namespace {

const QLatin1String kGroup("profiles");
const QLatin1String kLastUsed("lastProfile");
const QLatin1String kName("name");
const QLatin1String kBaseUrl("baseUrl");
const QLatin1String kAuthStyle("authStyle");
const QLatin1String kWorkRole("workRole");

// Profile names are free text ("Dubai / front desk"); QSettings treats '/' and '\' as
// separators, so each profile's group is named by its percent-encoded name.
QString groupFor(const QString &name)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(name));
}

QString styleToString(Profile::AuthStyle style)
{
    return style == Profile::AuthStyle::ApiKeyHeader ? QStringLiteral("x-api-key")
                                                     : QStringLiteral("bearer");
}

Profile::AuthStyle styleFromString(const QString &value)
{
    return value == QLatin1String("x-api-key") ? Profile::AuthStyle::ApiKeyHeader
                                               : Profile::AuthStyle::Bearer;
}

} // namespace

ProfileStore::ProfileStore(QSettings &settings)
    : m_settings(settings)
{
}

QStringList ProfileStore::names() const
{
    QStringList result;
    const auto all = profiles();
    for (const Profile &p : all)
        result.append(p.name);
    return result;
}

QList<Profile> ProfileStore::profiles() const
{
    QList<Profile> result;
    m_settings.beginGroup(kGroup);
    const QStringList groups = m_settings.childGroups();
    for (const QString &group : groups) {
        m_settings.beginGroup(group);
        Profile p;
        p.name = m_settings.value(kName).toString();
        p.baseUrl = QUrl(m_settings.value(kBaseUrl).toString());
        p.authStyle = styleFromString(m_settings.value(kAuthStyle).toString());
        p.workRole = m_settings.value(kWorkRole).toString();
        m_settings.endGroup();
        if (p.isValid())
            result.append(p);
    }
    m_settings.endGroup();
    std::sort(result.begin(), result.end(), [](const Profile &a, const Profile &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return result;
}

std::optional<Profile> ProfileStore::profile(const QString &name) const
{
    const auto all = profiles();
    for (const Profile &p : all) {
        if (p.name == name)
            return p;
    }
    return std::nullopt;
}

void ProfileStore::save(const Profile &profile)
{
    m_settings.beginGroup(kGroup);
    m_settings.beginGroup(groupFor(profile.name));
    m_settings.setValue(kName, profile.name);
    m_settings.setValue(kBaseUrl, profile.baseUrl.toString());
    m_settings.setValue(kAuthStyle, styleToString(profile.authStyle));
    if (profile.workRole.isEmpty())
        m_settings.remove(kWorkRole);
    else
        m_settings.setValue(kWorkRole, profile.workRole);
    m_settings.endGroup();
    m_settings.endGroup();
}

void ProfileStore::remove(const QString &name)
{
    m_settings.beginGroup(kGroup);
    m_settings.remove(groupFor(name));
    m_settings.endGroup();
    if (lastUsed() == name)
        m_settings.remove(kLastUsed);
}

QString ProfileStore::lastUsed() const
{
    return m_settings.value(kLastUsed).toString();
}

void ProfileStore::setLastUsed(const QString &name)
{
    m_settings.setValue(kLastUsed, name);
}
