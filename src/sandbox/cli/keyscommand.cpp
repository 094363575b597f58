// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyscommand.h"

#include "core/apikeystore.h"
#include "core/servicecontext.h"
#include "sandboxserver.h"

#include <QTextStream>

#include <optional>

namespace Sandbox::Cli {

namespace {

QString domainsText(const QStringList &domains)
{
    return domains.isEmpty() ? QStringLiteral("*") : domains.join(QLatin1Char(','));
}

int create(ApiKeyStore &keys, const Command &command, QTextStream &out)
{
    const QString key = keys.create(command.keyName, command.keyDomains);
    // The only time this key is ever shown.
    out << "key=" << key << " name=" << command.keyName
        << " domains=" << domainsText(command.keyDomains) << '\n';
    return 0;
}

int list(const ApiKeyStore &keys, QTextStream &out)
{
    out << "id\tname\thint\tdomains\trevoked\tcreated_at\tlast_used_at\n";
    const QList<ApiKey> all = keys.list();
    for (const ApiKey &key : all) {
        out << key.id << '\t' << key.name << '\t' << key.hint << '\t' << domainsText(key.domains)
            << '\t' << (key.revoked ? "yes" : "no") << '\t' << key.createdAt << '\t'
            << (key.lastUsedAt.isEmpty() ? QStringLiteral("never") : key.lastUsedAt) << '\n';
    }
    return 0;
}

// The number is an id; anything else is the whole key or the hint `keys list` shows
// ("sk_test_…abcd", or typed with three dots). Only hashes are stored, so a key cannot be
// found by a prefix. *candidates gets every key a hint fits.
std::optional<ApiKey> findKeyToRevoke(const ApiKeyStore &keys, const QString &given,
    QList<ApiKey> *candidates)
{
    const QList<ApiKey> all = keys.list();
    bool isNumber = false;
    const qint64 id = given.toLongLong(&isNumber);
    if (isNumber) {
        for (const ApiKey &key : all) {
            if (key.id == id)
                return key;
        }
        return std::nullopt;
    }
    if (const std::optional<ApiKey> exact = keys.find(given))
        return exact;
    QString hint = given;
    hint.replace(QStringLiteral("..."), QStringLiteral("…"));
    QList<ApiKey> matches;
    for (const ApiKey &key : all) {
        if (key.hint == hint)
            matches.append(key);
    }
    *candidates = matches;
    if (matches.size() == 1)
        return matches.first();
    return std::nullopt;
}

int revoke(ApiKeyStore &keys, const QString &given, QTextStream &out, QTextStream &err)
{
    QList<ApiKey> candidates;
    const std::optional<ApiKey> key = findKeyToRevoke(keys, given, &candidates);
    if (!key) {
        if (candidates.size() > 1) {
            QStringList ids;
            for (const ApiKey &k : std::as_const(candidates))
                ids.append(QString::number(k.id));
            err << "skylight-sandbox: '" << given << "' fits more than one key (ids "
                << ids.join(QStringLiteral(", ")) << "); revoke by id\n";
        } else {
            err << "skylight-sandbox: no key '" << given
                << "': give an id, the whole key or a hint shown by 'skylight-sandbox keys list'\n";
        }
        return 1;
    }
    // The documentation promises that the demo key always opens a local sandbox.
    const std::optional<ApiKey> demo = keys.find(ApiKeyStore::demoKey());
    if (demo && demo->id == key->id) {
        err << "skylight-sandbox: the demo key cannot be revoked: it always opens a local sandbox\n";
        return 1;
    }
    if (key->revoked) {
        out << "already revoked id=" << key->id << " name=" << key->name << " hint=" << key->hint
            << '\n';
        return 0;
    }
    if (!keys.revoke(key->id)) {
        err << "skylight-sandbox: key " << key->id << " could not be revoked\n";
        return 1;
    }
    out << "revoked id=" << key->id << " name=" << key->name << " hint=" << key->hint << '\n';
    return 0;
}

} // namespace

int runKeysCommand(const Command &command)
{
    QTextStream err(stderr);
    SandboxServer server(command.options);
    QString error;
    if (!server.openDatabase(&error)) {
        err << "skylight-sandbox: cannot open " << command.options.databasePath << ": " << error
            << '\n';
        return 1;
    }
    QTextStream out(stdout);
    ApiKeyStore &keys = server.context().keys;
    switch (command.kind) {
    case Command::Kind::KeysCreate:
        return create(keys, command, out);
    case Command::Kind::KeysList:
        return list(keys, out);
    case Command::Kind::KeysRevoke:
        return revoke(keys, command.keyToRevoke, out, err);
    case Command::Kind::Serve:
    case Command::Kind::Exit:
        break;
    }
    return 1;
}

} // namespace Sandbox::Cli
