// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxoptions.h"

#include <QStringList>

QT_BEGIN_NAMESPACE
class QCoreApplication;
QT_END_NAMESPACE

namespace Sandbox::Cli {

// What the command line asks for: serve (default), or one of the key commands.
struct Command
{
    enum class Kind
    {
        Serve,
        KeysCreate,
        KeysList,
        KeysRevoke,
        Exit
    };
    Kind kind = Kind::Serve;
    Options options;
    QString keyName; // keys create NAME
    QStringList keyDomains; // keys create NAME --domains a,b
    QString keyToRevoke; // keys revoke ID-OR-KEY: an id, the whole key or its hint
    int exitCode = 0; // Kind::Exit: --help, --version or a usage error (already printed)
};

// Parses the arguments of skylight-sandbox; prints help, version and usage errors itself.
Command parse(const QCoreApplication &app);

// The default database file under the user's application-data folder.
QString defaultDatabasePath();

} // namespace Sandbox::Cli
