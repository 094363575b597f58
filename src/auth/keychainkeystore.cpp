// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "keychainkeystore.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QLoggingCategory>
#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcAuth, "skylight.auth")

namespace {

bool secretServiceReachable()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface())
        return false;
    const QString service = QStringLiteral("org.freedesktop.secrets");
    if (bus.interface()->isServiceRegistered(service).value())
        return true;
    return bus.interface()->activatableServiceNames().value().contains(service);
}

KeyStore::Result resultOf(const QKeychain::Job &job)
{
    KeyStore::Result result;
    switch (job.error()) {
    case QKeychain::NoError:
        return result;
    case QKeychain::EntryNotFound:
        result.error = KeyStore::ErrorKind::NotFound;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        result.error = KeyStore::ErrorKind::NoKeychain;
        break;
    case QKeychain::OtherError:
        // With libsecret and no D-Bus session (or no Secret Service on it) QtKeychain
        // 0.13 reports OtherError rather than NoBackendAvailable, so ask D-Bus directly.
        result.error = secretServiceReachable() ? KeyStore::ErrorKind::Other
                                                : KeyStore::ErrorKind::NoKeychain;
        break;
    default:
        result.error = KeyStore::ErrorKind::Other;
        break;
    }
    result.errorDetail = job.errorString();
    if (result.error != KeyStore::ErrorKind::NotFound)
        qCWarning(lcAuth) << "keychain job failed, error" << int(job.error()) << job.errorString();
    return result;
}

} // namespace

KeychainKeyStore::KeychainKeyStore(QString service)
    : m_service(std::move(service))
{
}

void KeychainKeyStore::readKey(const QString &profile, QObject *context, Callback callback)
{
    // Jobs delete themselves after finished(); a job outliving `context` just finishes
    // unobserved because the connection dies with the context.
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(profile);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [callback = std::move(callback)](QKeychain::Job *finished) {
                         Result result = resultOf(*finished);
                         if (result.ok())
                             result.key = static_cast<QKeychain::ReadPasswordJob *>(finished)
                                              ->textData();
                         callback(result);
                     });
    job->start();
}

void KeychainKeyStore::writeKey(const QString &profile, const QString &key, QObject *context,
                                Callback callback)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(profile);
    job->setTextData(key);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [callback = std::move(callback)](QKeychain::Job *finished) {
                         callback(resultOf(*finished));
                     });
    job->start();
}

void KeychainKeyStore::removeKey(const QString &profile, QObject *context, Callback callback)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(profile);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [callback = std::move(callback)](QKeychain::Job *finished) {
                         Result result = resultOf(*finished);
                         if (result.error == ErrorKind::NotFound)
                             result = Result{};
                         callback(result);
                     });
    job->start();
}
