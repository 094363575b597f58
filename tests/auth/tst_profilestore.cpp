// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilestore.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class TestProfileStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++m_counter));
    }

    void emptyStoreHasNoProfiles()
    {
        QSettings settings(m_path, QSettings::IniFormat);
        ProfileStore store(settings);
        QVERIFY(store.profiles().isEmpty());
        QVERIFY(!store.profile(QStringLiteral("x")).has_value());
        QVERIFY(store.lastUsed().isEmpty());
    }

    void saveAndReloadKeepsEveryField()
    {
        Profile p;
        p.name = QStringLiteral("Dubai / front desk");
        p.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080/api/v1"));
        p.authStyle = Profile::AuthStyle::ApiKeyHeader;
        p.workRole = QStringLiteral("receptionist");
        {
            QSettings settings(m_path, QSettings::IniFormat);
            ProfileStore store(settings);
            store.save(p);
            store.setLastUsed(p.name);
        }
        QSettings settings(m_path, QSettings::IniFormat);
        ProfileStore store(settings);
        QCOMPARE(store.names(), QStringList{p.name});
        QCOMPARE(store.profile(p.name).value(), p);
        QCOMPARE(store.lastUsed(), p.name);
    }

    void workRoleIsPerProfileAndCanBeCleared()
    {
        QSettings settings(m_path, QSettings::IniFormat);
        ProfileStore store(settings);
        Profile front;
        front.name = QStringLiteral("front");
        front.workRole = QStringLiteral("receptionist");
        Profile back;
        back.name = QStringLiteral("back");
        back.workRole = QStringLiteral("admin");
        store.save(front);
        store.save(back);
        QCOMPARE(store.profile(QStringLiteral("front"))->workRole, QStringLiteral("receptionist"));
        QCOMPARE(store.profile(QStringLiteral("back"))->workRole, QStringLiteral("admin"));
        front.workRole.clear();
        store.save(front);
        QVERIFY(store.profile(QStringLiteral("front"))->workRole.isEmpty());
        QCOMPARE(store.profile(QStringLiteral("back"))->workRole, QStringLiteral("admin"));
    }

    void saveSameNameOverwrites()
    {
        QSettings settings(m_path, QSettings::IniFormat);
        ProfileStore store(settings);
        Profile p;
        p.name = QStringLiteral("work");
        store.save(p);
        p.authStyle = Profile::AuthStyle::ApiKeyHeader;
        store.save(p);
        QCOMPARE(store.profiles().size(), 1);
        QCOMPARE(store.profile(QStringLiteral("work"))->authStyle, Profile::AuthStyle::ApiKeyHeader);
    }

    void removeForgetsProfileAndLastUsed()
    {
        QSettings settings(m_path, QSettings::IniFormat);
        ProfileStore store(settings);
        Profile a;
        a.name = QStringLiteral("alpha");
        Profile b;
        b.name = QStringLiteral("beta");
        store.save(a);
        store.save(b);
        store.setLastUsed(QStringLiteral("alpha"));
        store.remove(QStringLiteral("alpha"));
        QCOMPARE(store.names(), QStringList{QStringLiteral("beta")});
        QVERIFY(store.lastUsed().isEmpty());
    }

    void settingsNeverHoldAKeyField()
    {
        QSettings settings(m_path, QSettings::IniFormat);
        ProfileStore store(settings);
        Profile p;
        p.name = QStringLiteral("work");
        store.save(p);
        settings.sync();
        const QStringList keys = settings.allKeys();
        for (const QString &k : keys)
            QVERIFY2(!k.contains(QLatin1String("key"), Qt::CaseInsensitive)
                         && !k.contains(QLatin1String("secret"), Qt::CaseInsensitive),
                     qPrintable(k));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
