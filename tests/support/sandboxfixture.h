// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "testhttp.h"

#include "sandboxoptions.h"
#include "sandboxthread.h"

#include <memory>

// A real sandbox on 127.0.0.1 (a free port) in its own thread, plus a TestHttp signed in
// with the demo key. Defaults: in-memory database, no seed, clock pinned at
// 2026-03-04T09:00:00Z. Typical use in initTestCase():
//     m_fixture = std::make_unique<SandboxFixture>();
//     QVERIFY2(m_fixture->start(), qPrintable(m_fixture->error()));
class SandboxFixture
{
public:
    static QDateTime defaultNow();
    static Sandbox::Options defaultOptions();

    explicit SandboxFixture(const Sandbox::Options &options = defaultOptions());
    ~SandboxFixture();

    bool start();
    // Stops the server (joins its thread); start() may be called again (same options).
    void stop();
    QString error() const { return m_error; }

    QUrl baseUrl() const;
    QString apiKey() const;
    const Sandbox::Options &options() const { return m_options; }
    TestHttp &http() { return *m_http; }

private:
    Sandbox::Options m_options;
    std::unique_ptr<Sandbox::SandboxThread> m_thread;
    std::unique_ptr<TestHttp> m_http;
    QString m_error;
};
