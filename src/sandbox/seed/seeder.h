// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Sandbox {
struct ServiceContext;
}

namespace Sandbox::Seed {

// Fills a fresh database (which already holds the baseline: account 1, subscription,
// channels, admin team member 1, demo key) with the named data set: "demo" or "large".
// Returns false with a message for an unknown name or a failure.
bool run(const QString &name, ServiceContext &context, QString *error = nullptr);

} // namespace Sandbox::Seed
