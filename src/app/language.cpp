// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "language.h"

#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcLanguage, "skylight.app.language")

Language::Language(QObject *parent)
    : QObject(parent)
{
}

bool Language::apply(const QString &code)
{
    const QString lang = supported().contains(code) ? code : QStringLiteral("en");
    if (m_app) {
        QCoreApplication::removeTranslator(m_app);
        delete m_app;
        m_app = nullptr;
    }
    if (m_qt) {
        QCoreApplication::removeTranslator(m_qt);
        delete m_qt;
        m_qt = nullptr;
    }

    bool ok = true;
    m_app = new QTranslator(this);
    if (m_app->load(QStringLiteral(":/i18n/skylight_") + lang)) {
        QCoreApplication::installTranslator(m_app);
    } else {
        qCWarning(lcLanguage) << "no app translation for" << lang;
        ok = false;
    }
    m_qt = new QTranslator(this);
    if (m_qt->load(QStringLiteral("qtbase_") + lang,
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(m_qt);
    } else if (lang != QLatin1String("en")) {
        qCWarning(lcLanguage) << "Qt's own translation for" << lang << "is not installed";
    }

    const QLocale locale(lang == QLatin1String("ar") ? QLocale::Arabic : QLocale::English);
    QLocale::setDefault(locale);
    QGuiApplication::setLayoutDirection(lang == QLatin1String("ar") ? Qt::RightToLeft
                                                                    : Qt::LeftToRight);
    m_current = lang;
    return ok;
}
