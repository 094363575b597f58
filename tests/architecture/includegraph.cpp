// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "includegraph.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>
#include <functional>

QString IncludeGraph::Include::where() const
{
    return QStringLiteral("%1:%2: #include \"%3\" (%4)").arg(from).arg(line).arg(text, to);
}

QMap<QString, QStringList> IncludeGraph::allowedLayers()
{
    const QString app = QStringLiteral("app"), panes = QStringLiteral("panes"),
                  models = QStringLiteral("models"), api = QStringLiteral("api"),
                  cache = QStringLiteral("cache"), auth = QStringLiteral("auth"),
                  sandbox = QStringLiteral("sandbox");
    return {
        { app, { app, panes, models, api, cache, auth, sandbox } }, // wiring, demo mode
        { panes, { panes, models, api } },
        { models, { models, api } },
        { api, { api } },
        { cache, { cache, api } }, // implements the API layer's ResponseCache
        { auth, { auth } },
        { sandbox, { sandbox } }, // shares no code with the client
    };
}

IncludeGraph::IncludeGraph(const QString &root)
    : m_root(QDir(root).absolutePath())
{
    const QDir base(m_root);
    QDirIterator it(m_root, { QStringLiteral("*.h"), QStringLiteral("*.cpp") }, QDir::Files,
        QDirIterator::Subdirectories);
    QSet<QString> folders;
    while (it.hasNext())
        m_files.insert(base.relativeFilePath(it.next()));
    for (const QString &file : std::as_const(m_files))
        folders.insert(folderOf(file));
    for (const QString &folder : std::as_const(folders)) {
        if (layerOf(folder) == QLatin1String("sandbox"))
            m_sandboxFolders.append(folder);
        else
            m_sharedFolders.append(folder);
    }
    m_sharedFolders.append(QStringLiteral("sandbox"));
    std::sort(m_sharedFolders.begin(), m_sharedFolders.end());
    std::sort(m_sandboxFolders.begin(), m_sandboxFolders.end());

    static const QRegularExpression quoted(QStringLiteral(R"re(^\s*#\s*include\s+"([^"]+)")re"));
    static const QRegularExpression json(QStringLiteral(R"(^\s*#\s*include\s+<(QJson\w*)>)"));
    QStringList sorted = m_files.values();
    std::sort(sorted.begin(), sorted.end());
    for (const QString &file : std::as_const(sorted)) {
        QFile source(base.filePath(file));
        if (!source.open(QIODevice::ReadOnly | QIODevice::Text))
            continue;
        int number = 0;
        while (!source.atEnd()) {
            const QString line = QString::fromUtf8(source.readLine());
            ++number;
            if (const QRegularExpressionMatch m = json.match(line); m.hasMatch())
                m_jsonIncludes.append(QStringLiteral("%1:%2: <%3>").arg(file).arg(number).arg(m.captured(1)));
            const QRegularExpressionMatch m = quoted.match(line);
            if (!m.hasMatch())
                continue;
            const QString to = resolve(file, m.captured(1));
            if (!to.isEmpty())
                m_includes.append({ file, number, m.captured(1), to });
        }
    }
}

QString IncludeGraph::resolve(const QString &from, const QString &text) const
{
    QStringList folders { folderOf(from) };
    if (layerOf(from) == QLatin1String("sandbox"))
        folders += m_sandboxFolders;
    folders += m_sharedFolders;
    QStringList found;
    for (const QString &folder : std::as_const(folders)) {
        const QString candidate = QDir::cleanPath(folder + QLatin1Char('/') + text);
        if (m_files.contains(candidate) && !found.contains(candidate))
            found.append(candidate);
    }
    if (found.isEmpty())
        return {};
    // Two headers of one name in different layers (the sandbox has its own ratelimiter.h):
    // the own folder wins, then the own layer, then one the layer may see, as in the build.
    const QString layer = layerOf(from);
    const QStringList allowed = allowedLayers().value(layer);
    for (const QString &candidate : std::as_const(found)) {
        if (folderOf(candidate) == folderOf(from))
            return candidate;
    }
    for (const QString &candidate : std::as_const(found)) {
        if (layerOf(candidate) == layer)
            return candidate;
    }
    for (const QString &candidate : std::as_const(found)) {
        if (allowed.contains(layerOf(candidate)))
            return candidate;
    }
    return found.first();
}

QList<IncludeGraph::Include> IncludeGraph::upwardIncludes() const
{
    const QMap<QString, QStringList> allowed = allowedLayers();
    QList<Include> wrong;
    for (const Include &include : m_includes) {
        if (!allowed.value(layerOf(include.from)).contains(layerOf(include.to)))
            wrong.append(include);
    }
    return wrong;
}

QStringList IncludeGraph::jsonIncludes(const QStringList &layers) const
{
    QStringList found;
    for (const QString &entry : m_jsonIncludes) {
        if (layers.contains(layerOf(entry.section(QLatin1Char(':'), 0, 0))))
            found.append(entry);
    }
    return found;
}

QList<QList<IncludeGraph::Include>> IncludeGraph::folderCycles() const
{
    // Folder → folder arrows, each with the first include that draws it.
    QMap<QString, QMap<QString, Include>> arrows;
    for (const Include &include : m_includes) {
        const QString from = folderOf(include.from), to = folderOf(include.to);
        if (from != to && !arrows[from].contains(to))
            arrows[from].insert(to, include);
    }
    // Tarjan's strongly connected components: any component of two or more folders holds a
    // circle; one circle through it is reported, found by a walk back to its first folder.
    QHash<QString, int> index, low;
    QStringList stack;
    QSet<QString> onStack;
    QList<QStringList> components;
    int counter = 0;
    std::function<void(const QString &)> visit = [&](const QString &v) {
        index[v] = low[v] = counter++;
        stack.append(v);
        onStack.insert(v);
        const QMap<QString, Include> out = arrows.value(v);
        for (auto it = out.cbegin(); it != out.cend(); ++it) {
            if (!index.contains(it.key())) {
                visit(it.key());
                low[v] = std::min(low[v], low[it.key()]);
            } else if (onStack.contains(it.key())) {
                low[v] = std::min(low[v], index[it.key()]);
            }
        }
        if (low[v] == index[v]) {
            QStringList component;
            QString w;
            do {
                w = stack.takeLast();
                onStack.remove(w);
                component.append(w);
            } while (w != v);
            if (component.size() > 1)
                components.append(component);
        }
    };
    for (auto it = arrows.cbegin(); it != arrows.cend(); ++it) {
        if (!index.contains(it.key()))
            visit(it.key());
    }

    QList<QList<Include>> cycles;
    for (const QStringList &component : std::as_const(components)) {
        const QSet<QString> inside(component.cbegin(), component.cend());
        const QString start = *std::min_element(component.cbegin(), component.cend());
        // Breadth-first from start, inside the component, until an arrow leads back to it.
        QHash<QString, Include> cameBy;
        QStringList queue { start };
        QList<Include> cycle;
        while (!queue.isEmpty() && cycle.isEmpty()) {
            const QString v = queue.takeFirst();
            const QMap<QString, Include> out = arrows.value(v);
            for (auto it = out.cbegin(); it != out.cend(); ++it) {
                if (!inside.contains(it.key()))
                    continue;
                if (it.key() == start) {
                    cycle.prepend(it.value());
                    for (QString at = v; at != start; at = folderOf(cameBy[at].from))
                        cycle.prepend(cameBy[at]);
                    break;
                }
                if (!cameBy.contains(it.key())) {
                    cameBy.insert(it.key(), it.value());
                    queue.append(it.key());
                }
            }
        }
        cycles.append(cycle);
    }
    return cycles;
}
