// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "memorykeystore.h"

#include <QMetaObject>

namespace {
void deliver(QObject *context, KeyStore::Callback callback, KeyStore::Result result)
{
    QMetaObject::invokeMethod(
        context,
        [callback = std::move(callback), result = std::move(result)] { callback(result); },
        Qt::QueuedConnection);
}
} // namespace

void MemoryKeyStore::readKey(const QString &profile, QObject *context, Callback callback)
{
    Result result;
    const auto it = m_keys.constFind(profile);
    if (it == m_keys.constEnd())
        result.error = ErrorKind::NotFound;
    else
        result.key = it.value();
    deliver(context, std::move(callback), std::move(result));
}

void MemoryKeyStore::writeKey(const QString &profile, const QString &key, QObject *context,
                              Callback callback)
{
    m_keys.insert(profile, key);
    deliver(context, std::move(callback), Result{});
}

void MemoryKeyStore::removeKey(const QString &profile, QObject *context, Callback callback)
{
    m_keys.remove(profile);
    deliver(context, std::move(callback), Result{});
}
