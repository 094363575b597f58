// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// With no Secret Service reachable the store must say so (NoKeychain) rather than fail
// vaguely or fall back to a file.
#include "keychainkeystore.h"

#include <QDir>
#include <QTemporaryDir>
#include "keystorewait.h"

#include <QTest>

class TestKeychainUnreachable : public QObject
{
    Q_OBJECT

private:
    KeyStore::Result run(const std::function<void(KeyStore::Callback)> &operation)
    {
        return waitForKeyStore(operation, 20000);
    }

    QTemporaryDir m_home;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // The bus must be unreachable before QtDBus first connects (in the first job).
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/skylight-test-bus");
        qputenv("HOME", QFile::encodeName(m_home.path()));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.path()));
    }

    void writeReportsNoKeychainAndLeavesNoFile()
    {
        KeychainKeyStore store(QStringLiteral("com.skylightchat.Desk.test"));
        const auto r = run([&](auto cb) {
            store.writeKey(QStringLiteral("work"), QStringLiteral("sk_test_secret"), this, cb);
        });
        QCOMPARE(r.error, KeyStore::ErrorKind::NoKeychain);
        QVERIFY(!r.errorDetail.isEmpty());
        // No plaintext fallback: nothing was written below the private home.
        const auto entries = QDir(m_home.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
        QVERIFY2(entries.isEmpty(), qPrintable(entries.join(QLatin1Char(','))));
    }

    void readReportsNoKeychain()
    {
        KeychainKeyStore store(QStringLiteral("com.skylightchat.Desk.test"));
        const auto r = run([&](auto cb) { store.readKey(QStringLiteral("work"), this, cb); });
        QCOMPARE(r.error, KeyStore::ErrorKind::NoKeychain);
    }
};

QTEST_GUILESS_MAIN(TestKeychainUnreachable)
#include "tst_keychainunreachable.moc"
