// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Runs against a real gnome-keyring in a private D-Bus session (with-keyring.sh).
#include "keychainkeystore.h"

#include "keystorewait.h"

#include <QTest>
#include <QUuid>

class TestKeychainKeyStore : public QObject
{
    Q_OBJECT

private:
    KeyStore::Result run(const std::function<void(KeyStore::Callback)> &operation)
    {
        return waitForKeyStore(operation, 10000);
    }

    // A service name of our own so the test never touches a real user's entries.
    KeychainKeyStore m_store{QStringLiteral("com.skylightchat.Desk.test-")
                             + QUuid::createUuid().toString(QUuid::WithoutBraces)};

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run through with-keyring.sh");
    }

    void readMissingKeyIsNotFound()
    {
        const auto r = run([&](auto cb) { m_store.readKey(QStringLiteral("nobody"), this, cb); });
        QCOMPARE(r.error, KeyStore::ErrorKind::NotFound);
    }

    void writeReadOverwriteRemove()
    {
        const QString profile = QStringLiteral("work");
        QVERIFY(run([&](auto cb) { m_store.writeKey(profile, QStringLiteral("sk_test_one"), this, cb); }).ok());
        auto r = run([&](auto cb) { m_store.readKey(profile, this, cb); });
        QVERIFY2(r.ok(), qPrintable(r.errorDetail));
        QCOMPARE(r.key, QStringLiteral("sk_test_one"));

        QVERIFY(run([&](auto cb) { m_store.writeKey(profile, QStringLiteral("sk_test_two"), this, cb); }).ok());
        r = run([&](auto cb) { m_store.readKey(profile, this, cb); });
        QCOMPARE(r.key, QStringLiteral("sk_test_two"));

        QVERIFY(run([&](auto cb) { m_store.removeKey(profile, this, cb); }).ok());
        r = run([&](auto cb) { m_store.readKey(profile, this, cb); });
        QCOMPARE(r.error, KeyStore::ErrorKind::NotFound);
    }

    void profilesAreSeparateEntries()
    {
        QVERIFY(run([&](auto cb) { m_store.writeKey(QStringLiteral("a"), QStringLiteral("ka"), this, cb); }).ok());
        QVERIFY(run([&](auto cb) { m_store.writeKey(QStringLiteral("b"), QStringLiteral("kb"), this, cb); }).ok());
        QCOMPARE(run([&](auto cb) { m_store.readKey(QStringLiteral("a"), this, cb); }).key, QStringLiteral("ka"));
        QCOMPARE(run([&](auto cb) { m_store.readKey(QStringLiteral("b"), this, cb); }).key, QStringLiteral("kb"));
        QVERIFY(run([&](auto cb) { m_store.removeKey(QStringLiteral("a"), this, cb); }).ok());
        QCOMPARE(run([&](auto cb) { m_store.readKey(QStringLiteral("b"), this, cb); }).key, QStringLiteral("kb"));
        QVERIFY(run([&](auto cb) { m_store.removeKey(QStringLiteral("b"), this, cb); }).ok());
    }

    void callbackDroppedWhenContextDies()
    {
        bool called = false;
        auto *context = new QObject;
        m_store.readKey(QStringLiteral("nobody"), context, [&](const KeyStore::Result &) { called = true; });
        delete context;
        // The job still finishes (and deletes itself); a later job proves the daemon answered.
        QVERIFY(run([&](auto cb) { m_store.removeKey(QStringLiteral("nobody"), this, cb); }).ok());
        QTest::qWait(50);
        QVERIFY(!called);
    }

    void removingMissingKeySucceeds()
    {
        QVERIFY(run([&](auto cb) { m_store.removeKey(QStringLiteral("never-written"), this, cb); }).ok());
    }
};

QTEST_GUILESS_MAIN(TestKeychainKeyStore)
#include "tst_keychainkeystore.moc"
