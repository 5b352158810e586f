// fsnoop-bench-statsviews: what the statistics, rename and process views cost on a big session
// (issue 12: the window's peak RSS <= 500 MB, no long stall while a session streams in). The
// session file is read chunk by chunk into a Session, one Session::append per chunk of 65,536
// events with the event loop run between chunks, as SessionStreamer does in the window, and
// the three views (as addAnalysisViews makes them) follow it. It prints:
//   - the heap (RssAnon) after the load, minus the same without views: what the views hold,
//   - the longest one chunk's append took (the counting) and the longest the event loop then
//     ran (the views' redraws), i.e. how long the window could stall per chunk,
//   - what the views hold (chains, steps, file rows, processes).
//
//   - in shown mode, the longest event-loop run by the view in front,
//   - in hidden mode, how long bringing the Renames tab to front after the load takes (it
//     catches up then).
//
//   QT_QPA_PLATFORM=offscreen fsnoop-bench-statsviews SESSION.fsnoop [shown|renames|hidden|bare]
//
// shown: the three views in their tab widget, each brought to front in turn as the load goes
// (a user looking at them); renames: the Renames tab in front for the whole load (the costliest
// view to keep up to date); hidden: made but behind the event table's tab, as in
// fsnoop-bench-bigsession; bare: no views (the baseline for the memory figure).

#include "analysis/renamechainpanel.h"
#include "analysis/sessionstats.h"
#include "analysis/statspanel.h"
#include "core/session.h"
#include "io/sessionfilereader.h"
#include "processes/processespanel.h"
#include "residentmemory.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QTabWidget>

#include <algorithm>
#include <array>
#include <cstdio>
#include <memory>

#include <malloc.h>

namespace {

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: fsnoop-bench-statsviews SESSION.fsnoop [shown|renames|hidden|bare]\n");
        return 2;
    }
    const QString file = QString::fromLocal8Bit(argv[1]);
    const QByteArray mode = argc > 2 ? QByteArray(argv[2]) : QByteArray("shown");
    if (mode != "shown" && mode != "renames" && mode != "hidden" && mode != "bare") {
        std::fprintf(stderr, "mode: shown, renames, hidden or bare\n");
        return 2;
    }

    SessionFileReader reader;
    Session session;
    QList<MonitorProblem> problems;
    if (!reader.open(file) || !reader.readTables(session.paths(), session.processes(), &problems)) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(file), reader.error().detail.constData());
        return 1;
    }
    session.setOrigin(file); // read-only, as the window's reopened sessions are

    std::unique_ptr<QTabWidget> tabs;
    StatsPanel *stats = nullptr;
    RenameChainPanel *renames = nullptr;
    ProcessesPanel *processes = nullptr;
    if (mode != "bare") {
        tabs = std::make_unique<QTabWidget>();
        tabs->addTab(new QLabel(QStringLiteral("events")), QStringLiteral("Events"));
        stats = new StatsPanel(&session);
        renames = new RenameChainPanel(&session);
        processes = new ProcessesPanel(&session);
        tabs->addTab(stats, QStringLiteral("Statistics"));
        tabs->addTab(renames, QStringLiteral("Renames"));
        tabs->addTab(processes, QStringLiteral("Processes"));
        tabs->resize(1320, 760);
        if (mode == "renames")
            tabs->setCurrentWidget(renames);
        tabs->show();
    }
    QCoreApplication::processEvents();
    malloc_trim(0);
    const long anonBefore = statusKiB("RssAnon:");
    std::printf("mode %s, %lld events; heap before the load: %ld KiB\n", mode.constData(),
                static_cast<long long>(reader.eventCount()), anonBefore);

    QElapsedTimer total;
    total.start();
    QElapsedTimer clock;
    qint64 worstAppend = 0;
    qint64 worstLoop = 0;
    std::array<qint64, 4> worstLoopByTab{}; // by the tab in front (shown mode: which view stalls)
    qint64 chunks = 0;
    const bool ok = reader.readEvents([&](const FsEvent *events, qsizetype n) {
        clock.start();
        session.append(events, n);
        worstAppend = std::max(worstAppend, clock.nsecsElapsed());
        // A user looking at the views: each comes to the front for a while.
        if (mode == "shown" && chunks % 64 == 0)
            tabs->setCurrentIndex(1 + int(chunks / 64) % 3);
        clock.start();
        QCoreApplication::processEvents();
        worstLoop = std::max(worstLoop, clock.nsecsElapsed());
        if (tabs)
            worstLoopByTab[std::size_t(tabs->currentIndex())] =
                std::max(worstLoopByTab[std::size_t(tabs->currentIndex())], clock.nsecsElapsed());
        ++chunks;
        return true;
    });
    if (!ok) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(file), reader.error().detail.constData());
        return 1;
    }
    // The end of the load, as the window says it (SessionStreamer's finished).
    clock.start();
    if (renames)
        renames->finish();
    for (SessionStatsPanel *p : {static_cast<SessionStatsPanel *>(stats),
                                 static_cast<SessionStatsPanel *>(renames),
                                 static_cast<SessionStatsPanel *>(processes)}) {
        // Behind another tab, the Renames panel waits to be shown, as in the window.
        if (p && !(mode == "hidden" && p == renames))
            p->refreshNow();
    }
    QCoreApplication::processEvents();
    const qint64 finalRefresh = clock.nsecsElapsed();
    const double loadMs = ms(total.nsecsElapsed());
    qint64 showRenames = -1;
    if (mode == "hidden") {
        // The user comes to the Renames tab once the session is in: the panel catches up.
        clock.start();
        tabs->setCurrentWidget(renames);
        QCoreApplication::processEvents();
        showRenames = clock.nsecsElapsed();
    }

    malloc_trim(0);
    const long anonAfter = statusKiB("RssAnon:");
    std::printf("load: %.0f ms for %lld chunks; longest append (counting) %.0f ms, longest event "
                "loop run after a chunk (redraws) %.0f ms, final refresh %.0f ms\n",
                loadMs, static_cast<long long>(chunks), ms(worstAppend), ms(worstLoop),
                ms(finalRefresh));
    if (mode == "shown")
        std::printf("longest event loop run with Statistics in front %.0f ms, Renames %.0f ms, "
                    "Processes %.0f ms\n",
                    ms(worstLoopByTab[1]), ms(worstLoopByTab[2]), ms(worstLoopByTab[3]));
    if (showRenames >= 0)
        std::printf("showing the Renames tab after the load: %.0f ms\n", ms(showRenames));
    std::printf("heap after the load: %ld KiB (+%ld KiB); events in RAM %zu KiB, paths %zu KiB; "
                "peak RSS (VmHWM) %ld KiB\n",
                anonAfter, anonAfter - anonBefore, session.events().memoryUsage() / 1024,
                session.paths().memoryUsage() / 1024, statusKiB("VmHWM:"));
    if (renames) {
        const RenameTracker &t = renames->stats()->renames();
        const qsizetype steps = t.stepCount();
        std::printf("renames: %d chains, %lld steps; files: %d rows; processes: %d rows\n",
                    t.chainCount(), static_cast<long long>(steps),
                    stats->stats()->files().rowCount(),
                    processes->stats()->processes().rowCount());
    }
    return 0;
}
