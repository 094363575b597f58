// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Issue 17, "done when the include graph has no arrow running up and no circle": every
// quoted include of src/ goes to its own layer or one below it (docs/architecture.md:
// app → panes → models → api; cache → api; auth and the sandbox alone), no two folders
// include each other round a circle, no pane includes JSON and the API layer's JSON
// helpers stay in it. A failure names the file and line. The checker itself is tried on
// small trees that break each rule.
#include "includegraph.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestIncludeGraph : public QObject
{
    Q_OBJECT

private:
    static QString sourceDir() { return QStringLiteral(SKYLIGHT_SOURCE_DIR); }

    static bool write(const QTemporaryDir &dir, const QString &path, const QByteArray &text)
    {
        QDir().mkpath(QFileInfo(dir.filePath(path)).absolutePath());
        QFile file(dir.filePath(path));
        return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
    }

    static QString listed(const QList<IncludeGraph::Include> &includes)
    {
        QStringList lines;
        for (const IncludeGraph::Include &include : includes)
            lines << include.where();
        return lines.join(QLatin1Char('\n'));
    }

private Q_SLOTS:
    void theSourceTreeIsFound()
    {
        // A wrong path would make every other check pass on nothing.
        const IncludeGraph graph(sourceDir());
        QVERIFY2(graph.fileCount() > 400, qPrintable(sourceDir()));
        QVERIFY(graph.includes().size() > 1000);
    }

    void noIncludeRunsUp()
    {
        const IncludeGraph graph(sourceDir());
        const QList<IncludeGraph::Include> wrong = graph.upwardIncludes();
        QVERIFY2(wrong.isEmpty(), qPrintable(QStringLiteral("\n") + listed(wrong)));
    }

    void noCircleBetweenFolders()
    {
        const IncludeGraph graph(sourceDir());
        QStringList report;
        for (const QList<IncludeGraph::Include> &cycle : graph.folderCycles())
            report << QStringLiteral("circle:\n") + listed(cycle);
        QVERIFY2(report.isEmpty(), qPrintable(QStringLiteral("\n") + report.join(QLatin1Char('\n'))));
    }

    void panesIncludeNoJson()
    {
        const QStringList found = IncludeGraph(sourceDir()).jsonIncludes({ QStringLiteral("panes") });
        QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("\n") + found.join(QLatin1Char('\n'))));
    }

    void jsonHelpersOfTheApiLayerStayInIt()
    {
        // The value types are what the layers above see; these headers turn JSON into them.
        const QStringList internal { QStringLiteral("api/customfieldsjson.h"), QStringLiteral("api/jsonreader.h"),
            QStringLiteral("api/apienvelope.h"), QStringLiteral("api/envelopedecoder.h"),
            QStringLiteral("api/apidecode.h") };
        const IncludeGraph graph(sourceDir());
        QList<IncludeGraph::Include> wrong;
        for (const IncludeGraph::Include &include : graph.includes()) {
            if (internal.contains(include.to) && IncludeGraph::layerOf(include.from) != QLatin1String("api"))
                wrong.append(include);
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(QStringLiteral("\n") + listed(wrong)));
    }

    void anUpwardIncludeIsReportedWithItsLine()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(write(dir, QStringLiteral("models/contacts/contactsmodel.h"), "#pragma once\n"));
        QVERIFY(write(dir, QStringLiteral("api/contact.h"), "#pragma once\n"));
        QVERIFY(write(dir, QStringLiteral("api/contact.cpp"),
            "#include \"contact.h\"\n\n#include \"contactsmodel.h\"\n#include \"ui_x.h\"\n"));
        const QList<IncludeGraph::Include> wrong = IncludeGraph(dir.path()).upwardIncludes();
        QCOMPARE(wrong.size(), 1);
        QCOMPARE(wrong.first().from, QStringLiteral("api/contact.cpp"));
        QCOMPARE(wrong.first().line, 3);
        QCOMPARE(wrong.first().to, QStringLiteral("models/contacts/contactsmodel.h"));
        QVERIFY(wrong.first().where().startsWith(QStringLiteral("api/contact.cpp:3: ")));
    }

    void aHeaderNameTheSandboxSharesResolvesAsTheBuildDoes()
    {
        // The sandbox has its own ratelimiter.h; the app means the API layer's, and the
        // sandbox its own: neither is an arrow out of bounds.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(write(dir, QStringLiteral("api/ratelimiter.h"), "#pragma once\n"));
        QVERIFY(write(dir, QStringLiteral("sandbox/core/ratelimiter.h"), "#pragma once\n"));
        QVERIFY(write(dir, QStringLiteral("sandbox/http/server.cpp"), "#include \"core/ratelimiter.h\"\n"));
        QVERIFY(write(dir, QStringLiteral("panes/contacts/pane.cpp"), "#include \"ratelimiter.h\"\n"));
        const IncludeGraph graph(dir.path());
        QCOMPARE(graph.includes().size(), 2);
        QVERIFY2(graph.upwardIncludes().isEmpty(), qPrintable(listed(graph.upwardIncludes())));
        // A pane reaching into the sandbox is out of bounds.
        QVERIFY(write(dir, QStringLiteral("panes/contacts/demo.cpp"), "#include \"core/ratelimiter.h\"\n"));
        QCOMPARE(IncludeGraph(dir.path()).upwardIncludes().size(), 1);
    }

    void aCircleBetweenFoldersIsReported()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(write(dir, QStringLiteral("panes/calendar/calendarview.h"), "#pragma once\n"));
        QVERIFY(write(dir, QStringLiteral("panes/common/messagebar.h"), "#pragma once\n"));
        QVERIFY(write(dir, QStringLiteral("panes/calendar/calendarview.cpp"), "#include \"messagebar.h\"\n"));
        QVERIFY(write(dir, QStringLiteral("panes/team/teampane.cpp"), "#include \"messagebar.h\"\n"));
        QVERIFY(IncludeGraph(dir.path()).folderCycles().isEmpty()); // arrows, but no circle
        QVERIFY(write(dir, QStringLiteral("panes/common/messagebar.cpp"),
            "// SPDX\n#include \"messagebar.h\"\n#include \"calendarview.h\"\n"));
        const QList<QList<IncludeGraph::Include>> cycles = IncludeGraph(dir.path()).folderCycles();
        QCOMPARE(cycles.size(), 1);
        QCOMPARE(cycles.first().size(), 2);
        QCOMPARE(cycles.first().at(0).where(),
            QStringLiteral("panes/calendar/calendarview.cpp:1: #include \"messagebar.h\" (panes/common/messagebar.h)"));
        QCOMPARE(cycles.first().at(1).where(),
            QStringLiteral("panes/common/messagebar.cpp:3: #include \"calendarview.h\" (panes/calendar/calendarview.h)"));
    }

    void jsonInAPaneIsReported()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(write(dir, QStringLiteral("api/contact.cpp"), "#include <QJsonObject>\n"));
        QVERIFY(write(dir, QStringLiteral("panes/contacts/dialog.cpp"), "#include <QLabel>\n#include <QJsonValue>\n"));
        QCOMPARE(IncludeGraph(dir.path()).jsonIncludes({ QStringLiteral("panes") }),
            QStringList { QStringLiteral("panes/contacts/dialog.cpp:2: <QJsonValue>") });
    }
};

QTEST_GUILESS_MAIN(TestIncludeGraph)
#include "tst_includegraph.moc"
