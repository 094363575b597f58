// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QTranslator;

// Installs the app's own translation and Qt's (qtbase_<lang>) for one language, and sets
// the layout direction explicitly: once the app has called setLayoutDirection(), Qt no
// longer derives it from the loaded translation, so every switch must set it.
class Language final : public QObject
{
    Q_OBJECT

public:
    explicit Language(QObject *parent = nullptr);

    static QStringList supported() { return {QStringLiteral("en"), QStringLiteral("ar")}; }
    // "en" or "ar"; anything else falls back to English. Returns false if the app's own
    // catalogue could not be loaded (the UI then shows English).
    bool apply(const QString &code);
    QString current() const { return m_current; }

private:
    QTranslator *m_app = nullptr;
    QTranslator *m_qt = nullptr;
    QString m_current;
};
