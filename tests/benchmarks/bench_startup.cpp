// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Cold start of demo mode (what `skylight-desk --sandbox` does) until the main window
// shows the Account pane with data, and the resident memory at that moment.
//
//   bench_startup [--runs N]       runs N fresh processes and prints each run and the median
//
// Each run is a new process (so nothing is warm inside Qt) with its own data folder: the
// first run creates and seeds the demo database, the later ones reuse it, as a user's
// second start would.
#include "accountpane.h"
#include "demosandbox.h"
#include "desk.h"
#include "mainwindow.h"
#include "memorykeystore.h"
#include "sessioncontroller.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <QWindow>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

namespace {

// Milliseconds since the kernel started this process (exec), from /proc.
double processAgeMs()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray s = stat.readAll();
    // Fields after the parenthesised command name; starttime is field 22 overall.
    const QList<QByteArray> fields = s.mid(s.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.value(19).toDouble();
    const double upSeconds = uptime.readAll().split(' ').value(0).toDouble();
    return (upSeconds - startTicks / double(sysconf(_SC_CLK_TCK))) * 1000.0;
}

QByteArray statusField(const char *name)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(name))
            return line.mid(int(qstrlen(name)) + 1).simplified();
    }
    return {};
}

int runChild(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SkyLight Chat"));
    QApplication::setApplicationName(QStringLiteral("SkyLight Desk"));
    QApplication::setQuitOnLastWindowClosed(false);

    QTemporaryDir settingsDir;
    QSettings settings(settingsDir.filePath(QStringLiteral("bench.ini")), QSettings::IniFormat);
    MemoryKeyStore keys;
    DemoSandbox demo;
    QString error;
    if (!demo.start(&error)) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(error));
        return 1;
    }
    const qint64 sandboxMs = sinceMain.elapsed();
    CommandLine commandLine;
    commandLine.sandbox = true;
    Desk desk(commandLine, Desk::Services{&settings, &keys});
    desk.startDemo(demo.connection());

    int rc = 2;
    QTimer poll;
    poll.setInterval(1);
    QObject::connect(&poll, &QTimer::timeout, &app, [&] {
        MainWindow *window = desk.session()->mainWindow();
        auto *pane = window ? window->findChild<AccountPane *>() : nullptr;
        if (!pane || !pane->isLoaded() || !pane->isVisible() || !window->windowHandle()
            || !window->windowHandle()->isExposed())
            return;
        poll.stop();
        std::printf("result main_to_account_ms=%lld exec_to_account_ms=%.0f sandbox_ready_ms=%lld "
                    "rss=\"%s\" rss_peak=\"%s\"\n",
                    sinceMain.elapsed(), processAgeMs(), sandboxMs, statusField("VmRSS:").constData(),
                    statusField("VmHWM:").constData());
        std::fflush(stdout);
        rc = 0;
        app.quit();
    });
    poll.start();
    QTimer::singleShot(60000, &app, [&] {
        std::fprintf(stderr, "timed out waiting for the Account pane\n");
        app.quit();
    });
    QApplication::exec();
    return rc;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc > 1 && qstrcmp(argv[1], "--child") == 0)
        return runChild(argc, argv);

    QCoreApplication app(argc, argv);
    int runs = 5;
    const QStringList args = QCoreApplication::arguments();
    const qsizetype runsAt = args.indexOf(QStringLiteral("--runs"));
    if (runsAt > 0 && runsAt + 1 < args.size())
        runs = std::max(1, args.at(runsAt + 1).toInt());

    QTemporaryDir data; // the demo database lives here for every run of this benchmark
    QList<double> mainTimes;
    QList<double> execTimes;
    for (int i = 0; i < runs; ++i) {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), data.path());
        if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=false;qt.qpa.*=false"));
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child")});
        if (!child.waitForFinished(90000) || child.exitCode() != 0) {
            std::fprintf(stderr, "run %d failed\n", i + 1);
            return 1;
        }
        const QByteArray line = child.readAllStandardOutput().trimmed();
        std::printf("run %d (%s database): %s\n", i + 1, i == 0 ? "new" : "existing", line.constData());
        const auto field = [&](const char *name) {
            const qsizetype at = line.indexOf(name);
            return line.mid(at + qstrlen(name) + 1).split(' ').value(0).toDouble();
        };
        if (i > 0) {
            mainTimes.append(field("main_to_account_ms"));
            execTimes.append(field("exec_to_account_ms"));
        }
    }
    if (!mainTimes.isEmpty()) {
        std::sort(mainTimes.begin(), mainTimes.end());
        std::sort(execTimes.begin(), execTimes.end());
        std::printf("median of runs 2..%d: main_to_account_ms=%.0f exec_to_account_ms=%.0f\n", runs,
                    mainTimes.at(mainTimes.size() / 2), execTimes.at(execTimes.size() / 2));
    }
    return 0;
}
