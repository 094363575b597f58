// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

// The `#include "…"` graph of a source tree laid out as src/<layer>/<folders…> (issue 17:
// "no arrow running up and no circle"). Each quoted include is resolved as the build does:
// the including file's own folder first, then every folder a layer exports (each folder of
// every layer but the sandbox, which exports only its root to the others and sees all of its
// own). What resolves to nothing (ui_*.h, *.moc) is generated and skipped.
class IncludeGraph
{
public:
    struct Include
    {
        QString from; // relative to the scanned root, e.g. "panes/contacts/contactdialog.cpp"
        int line = 0;
        QString text; // as written between the quotes
        QString to; // the file it resolves to, relative to the root
        QString where() const;
    };

    // Which layers each layer may include (itself included): docs/architecture.md's table.
    static QMap<QString, QStringList> allowedLayers();

    explicit IncludeGraph(const QString &root);

    int fileCount() const { return int(m_files.size()); }
    const QList<Include> &includes() const { return m_includes; }
    // Includes whose target is in a layer the including layer may not see, or in a layer
    // the table does not know.
    QList<Include> upwardIncludes() const;
    // `#include <QJson…>` in a layer that must not see JSON ("file:line: text").
    QStringList jsonIncludes(const QStringList &layers) const;
    // Circles between folders: each as the folders in order, with one include per arrow.
    QList<QList<Include>> folderCycles() const;

    static QString layerOf(const QString &path) { return path.section(QLatin1Char('/'), 0, 0); }
    static QString folderOf(const QString &path) { return path.section(QLatin1Char('/'), 0, -2); }

private:
    QString resolve(const QString &from, const QString &text) const;

    QString m_root;
    QSet<QString> m_files;
    QStringList m_sharedFolders; // what every layer sees
    QStringList m_sandboxFolders; // what only the sandbox sees
    QList<Include> m_includes;
    QStringList m_jsonIncludes; // "file:line: text" for every <QJson…> include
};
