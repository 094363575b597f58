// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// TeamModel against the sandbox's demo team.
#include "restteamapi.h"
#include "sandboxclienttest.h"
#include "teammodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

class TestTeamModel : public SandboxClientTest
{
    Q_OBJECT

private:
    std::unique_ptr<RestTeamApi> m_api;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(startSandbox(QStringLiteral("demo")));
        createClient();
        m_api = std::make_unique<RestTeamApi>(m_client.get());
    }

    void cleanupTestCase()
    {
        m_api.reset();
        destroyClient();
        m_fixture.reset();
    }

    void loadsTheTeam()
    {
        TeamModel model(*m_api);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tester.setUseFetchMore(false);
        QSignalSpy loaded(&model, &TeamModel::loaded);
        model.refresh();
        QVERIFY(loaded.wait(10000));
        QVERIFY(model.rowCount() >= 2);
        QStringList roles;
        for (int r = 0; r < model.rowCount(); ++r) {
            const QString code = model.index(r, 0).data(TeamModel::RoleCodeRole).toString();
            QVERIFY(TeamModel::roleCodes().contains(code));
            QCOMPARE(model.index(r, TeamModel::RoleColumn).data().toString(), TeamModel::roleName(code));
            QCOMPARE(model.index(r, TeamModel::RoleColumn).data(Qt::ToolTipRole).toString(), TeamModel::roleExplanation(code));
            roles.append(code);
        }
        QVERIFY(roles.contains(QStringLiteral("admin")));
    }

    void updatesAndRemovesRowsInPlace()
    {
        TeamModel model(*m_api);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tester.setUseFetchMore(false);
        QSignalSpy loaded(&model, &TeamModel::loaded);
        model.refresh();
        QVERIFY(loaded.wait(10000));
        const int count = model.rowCount();
        TeamMember member = model.member(0);
        member.isActive = false;
        model.updateMember(member);
        QCOMPARE(model.index(0, TeamModel::ActiveColumn).data().toString(), QStringLiteral("Deactivated"));
        TeamMember added;
        added.id = 9999;
        added.name = QStringLiteral("New");
        added.role = QStringLiteral("agent");
        model.updateMember(added);
        QCOMPARE(model.rowCount(), count + 1);
        QCOMPARE(model.index(count, TeamModel::LastSeenColumn).data().toString(), QStringLiteral("Never"));
        model.removeMember(9999);
        QCOMPARE(model.rowCount(), count);
        model.removeMember(12345); // unknown: nothing happens
        QCOMPARE(model.rowCount(), count);
    }
};

QTEST_MAIN(TestTeamModel)
#include "tst_teammodel.moc"
