// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "seeder.h"

#include "demoseeder.h"
#include "largeseeder.h"

#include "core/clock.h"
#include "core/database.h"
#include "core/servicecontext.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSeed, "skylight.sandbox.seed")

namespace Sandbox::Seed {

bool run(const QString &name, ServiceContext &context, QString *error)
{
    if (name != u"demo" && name != u"large") {
        if (error)
            *error = QStringLiteral("unknown seed \"%1\" (use demo or large)").arg(name);
        return false;
    }
    Database &db = context.database;
    QElapsedTimer clock;
    clock.start();
    // One transaction: all or nothing, and fast (SQLite commits once instead of per row).
    try {
        db.transaction();
        DemoSeeder(context).run();
        if (name == u"large")
            LargeSeeder(db, context.clock.now()).run();
        db.commit();
    } catch (const std::exception &e) {
        db.rollback();
        if (error)
            *error = QString::fromUtf8(e.what());
        return false;
    }
    qCInfo(lcSeed) << "seeded" << name << "in" << clock.elapsed() << "ms";
    return true;
}

} // namespace Sandbox::Seed
