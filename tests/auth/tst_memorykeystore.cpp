// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "memorykeystore.h"

#include "keystorewait.h"

#include <QTest>

class TestMemoryKeyStore : public QObject
{
    Q_OBJECT

private:
    KeyStore::Result run(const std::function<void(KeyStore::Callback)> &operation)
    {
        return waitForKeyStore(operation, 1000);
    }

private Q_SLOTS:
    void readMissingKeyIsNotFound()
    {
        MemoryKeyStore store;
        const auto r = run([&](auto cb) { store.readKey(QStringLiteral("work"), this, cb); });
        QCOMPARE(r.error, KeyStore::ErrorKind::NotFound);
        QVERIFY(r.key.isEmpty());
    }

    void writeThenReadReturnsKey()
    {
        MemoryKeyStore store;
        const auto w = run([&](auto cb) {
            store.writeKey(QStringLiteral("work"), QStringLiteral("sk_test_abc"), this, cb);
        });
        QVERIFY(w.ok());
        const auto r = run([&](auto cb) { store.readKey(QStringLiteral("work"), this, cb); });
        QVERIFY(r.ok());
        QCOMPARE(r.key, QStringLiteral("sk_test_abc"));
        const auto other = run([&](auto cb) { store.readKey(QStringLiteral("home"), this, cb); });
        QCOMPARE(other.error, KeyStore::ErrorKind::NotFound);
    }

    void removeDeletesKeyAndToleratesMissing()
    {
        MemoryKeyStore store;
        run([&](auto cb) { store.writeKey(QStringLiteral("work"), QStringLiteral("k"), this, cb); });
        QVERIFY(run([&](auto cb) { store.removeKey(QStringLiteral("work"), this, cb); }).ok());
        QVERIFY(!store.contains(QStringLiteral("work")));
        QVERIFY(run([&](auto cb) { store.removeKey(QStringLiteral("work"), this, cb); }).ok());
    }

    void callbackDroppedWhenContextDies()
    {
        MemoryKeyStore store;
        bool called = false;
        auto *context = new QObject;
        store.readKey(QStringLiteral("work"), context, [&](const KeyStore::Result &) { called = true; });
        delete context;
        QTest::qWait(50);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestMemoryKeyStore)
#include "tst_memorykeystore.moc"
