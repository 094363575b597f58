// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The key must never reach a core file: after the call the process is not dumpable and
// may not write a core of any size.
#include "coredumps.h"

#include <QTest>

#include <sys/prctl.h>
#include <sys/resource.h>

class TestCoreDumps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theProcessCannotDumpCoreAfterwards()
    {
        // A test runner may itself forbid cores; make sure the call is what turns them off.
        QCOMPARE(prctl(PR_SET_DUMPABLE, 1, 0, 0, 0), 0);
        QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 1);

        QVERIFY(CoreDumps::disableForThisProcess());

        QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
        rlimit limit {};
        QCOMPARE(getrlimit(RLIMIT_CORE, &limit), 0);
        QCOMPARE(limit.rlim_cur, rlim_t(0));
        QCOMPARE(limit.rlim_max, rlim_t(0));
    }
};

QTEST_APPLESS_MAIN(TestCoreDumps)
#include "tst_coredumps.moc"
