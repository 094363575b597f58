// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keystore.h"

#include <QTest>

#include <functional>

// Runs one asynchronous KeyStore operation and waits for its callback. Every store
// promises asynchronous delivery (like the keychain), so a callback that already ran
// before the wait, or one that never runs within `timeoutMs`, fails the test outright.
inline KeyStore::Result waitForKeyStore(const std::function<void(KeyStore::Callback)> &operation,
                                        int timeoutMs)
{
    KeyStore::Result result;
    bool done = false;
    operation([&](const KeyStore::Result &r) {
        result = r;
        done = true;
    });
    if (done)
        qFatal("key store callback ran synchronously");
    if (!QTest::qWaitFor([&] { return done; }, timeoutMs))
        qFatal("key store operation never finished");
    return result;
}
