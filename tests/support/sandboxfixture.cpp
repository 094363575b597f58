// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxfixture.h"

QDateTime SandboxFixture::defaultNow()
{
    return QDateTime::fromString(QStringLiteral("2026-03-04T09:00:00Z"), Qt::ISODate);
}

Sandbox::Options SandboxFixture::defaultOptions()
{
    Sandbox::Options options;
    options.databasePath = QStringLiteral(":memory:");
    options.pinnedNow = defaultNow();
    return options;
}

SandboxFixture::SandboxFixture(const Sandbox::Options &options)
    : m_options(options)
{
}

SandboxFixture::~SandboxFixture()
{
    stop();
}

bool SandboxFixture::start()
{
    stop();
    m_thread = std::make_unique<Sandbox::SandboxThread>(m_options);
    m_error.clear();
    if (!m_thread->start(&m_error)) {
        m_thread.reset();
        return false;
    }
    m_http = std::make_unique<TestHttp>(m_thread->baseUrl(), m_thread->apiKey());
    return true;
}

void SandboxFixture::stop()
{
    m_http.reset();
    m_thread.reset();
}

QUrl SandboxFixture::baseUrl() const
{
    return m_thread ? m_thread->baseUrl() : QUrl();
}

QString SandboxFixture::apiKey() const
{
    return m_thread ? m_thread->apiKey() : QString();
}
