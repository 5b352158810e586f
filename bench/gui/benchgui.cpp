// The window under load, offscreen: 1,000,000 events into a Session shown by the real MainWindow
// (event table model + QTableView), the time of filter changes over those rows, the GUI
// event-loop latency while 50,000 events/s keep arriving, and the resident memory.
//
//   QT_QPA_PLATFORM=offscreen fsnoop-bench-gui [EVENTS] [rules|processes]
//
// With "rules" it stops after the filter and highlight rule figures (issue 16: re-filtering 10
// million events, highlight paint overhead) and Find over the whole table:
// fsnoop-bench-gui 10000000 rules
// With "processes" it prints only the Processes tab's figures (issue 16): what counting events
// per process adds to each batch, and what a refresh of the process tree costs while events from
// 2,000 processes arrive: fsnoop-bench-gui 10000000 processes
//
// "spool" measures the window spooling a real capture (issue 12): the real MainWindow watches a
// tmpfs (mounted for the run when root) while a thread makes files at RATE events/s for SECONDS;
// it prints the rate reached, kernel overflows, events captured and committed to the session
// file, and the event-loop latency: fsnoop-bench-gui spool [SECONDS=60] [RATE=100000]

#include "analysis/sessionstats.h"
#include "io/csvreader.h"
#include "processes/processespanel.h"
#include "processes/processtreemodel.h"
#include "io/sqlitedatabase.h"
#include "events/eventfinder.h"
#include "timeslicer.h"
#include "events/eventtablemodel.h"
#include "events/highlightcolors.h"
#include "window/mainwindow.h"
#include "core/pathtable.h"
#include "core/session.h"
#include "session/sessionexporter.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTableView>
#include <QTimer>
#include <QTreeView>

#include <functional>
#include <memory>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <sys/inotify.h>
#include <sys/mount.h>
#include <unistd.h>

namespace {

double rssMiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

// Over EventTableModel::kSyncFilterEvents the pass runs in slices: the figure is to its end.
void waitForFilter(EventTableModel *model)
{
    if (model->isFiltering()) {
        QEventLoop loop;
        QObject::connect(model, &EventTableModel::filterFinished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    QCoreApplication::processEvents();
}

// How long one change of the filtering (criteria or rules) takes, to the end of its pass.
template<typename Change>
double filterPassMs(EventTableModel *model, Change &&change)
{
    QElapsedTimer clock;
    clock.start();
    change();
    waitForFilter(model);
    return clock.nsecsElapsed() / 1e6;
}

// A workload with the shape of real activity: 20,000 files in 400 folders, each touched by a
// few event types, some directories, a rename now and then.
struct Workload {
    std::vector<quint32> files;
    std::vector<quint32> dirs;
    quint64 n = 0;

    explicit Workload(PathTable &paths)
    {
        for (int d = 0; d < 400; ++d) {
            const QByteArray dir = "/home/user/project/src/module" + QByteArray::number(d);
            dirs.push_back(paths.internPath(dir));
            for (int f = 0; f < 50; ++f)
                files.push_back(paths.internPath(dir + "/file" + QByteArray::number(f)
                                                 + (f % 5 == 0 ? ".txt" : ".cpp")));
        }
    }

    FsEvent next()
    {
        static const quint32 masks[] = {IN_OPEN, IN_MODIFY, IN_MODIFY, IN_CLOSE_WRITE,
                                        IN_ACCESS, IN_CLOSE_NOWRITE, IN_ATTRIB, IN_CREATE,
                                        IN_DELETE, IN_MOVED_FROM, IN_MOVED_TO};
        FsEvent e;
        const quint64 i = n++;
        e.timeNs = 1700000000000000000LL + qint64(i) * 20000;
        e.mask = masks[i % 11];
        if (i % 97 == 0) {
            e.pathId = dirs[(i / 97) % dirs.size()];
            e.flags = FsEvent::IsDir;
            e.mask = IN_CREATE | IN_ISDIR;
        } else {
            e.pathId = files[(i * 7919) % files.size()];
        }
        if (e.mask == IN_MOVED_FROM || e.mask == IN_MOVED_TO)
            e.cookie = quint32(i / 11);
        return e;
    }

    FsEventBatch batch(int count)
    {
        FsEventBatch b;
        b.reserve(count);
        for (int i = 0; i < count; ++i)
            b.append(next());
        return b;
    }
};

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, std::size_t(p * double(v.size() - 1) + 0.5))];
}

// The Processes tab under load: `total` events from 2,000 processes (a tree, four children each)
// appended in reader-sized batches to a session with and without the per-process counting, and the
// tree model's refresh (the panel's, every 500 ms) timed every 25 batches, shown in a QTreeView.
int processesFigures(qint64 total)
{
    constexpr int kProcesses = 2000;
    constexpr int kBatch = 8192;
    auto feed = [total](bool counted, double *worstRefreshMs, int *rows) {
        Session session;
        Workload work(session.paths());
        std::vector<quint32> ids;
        for (int i = 0; i < kProcesses; ++i) {
            ProcessInfo info(1000 + i, "worker" + QByteArray::number(i % 50), "/usr/bin/worker");
            info.parentPid = i == 0 ? 1 : 1000 + (i - 1) / 4;
            info.startTimeNs = 1700000000000000000LL + i;
            ids.push_back(session.processes().intern(info));
        }
        // The real tab (its own SessionStats, ResizeToContents columns, expanded tree), or none.
        std::unique_ptr<ProcessesPanel> panel;
        if (counted) {
            panel = std::make_unique<ProcessesPanel>(&session);
            panel->resize(1300, 700);
            panel->show();
        }
        qint64 feedNs = 0;
        int batches = 0;
        for (qint64 done = 0; done < total; done += kBatch) {
            FsEventBatch b = work.batch(int(std::min<qint64>(kBatch, total - done)));
            for (qsizetype i = 0; i < b.size(); ++i)
                b[i].processId = ids[std::size_t((done + i) * 7919 % kProcesses)];
            QElapsedTimer t;
            t.start();
            session.append(b);
            feedNs += t.nsecsElapsed();
            if (counted && ++batches % 25 == 0) {
                QElapsedTimer r;
                r.start();
                panel->refreshNow();
                panel->treeView()->viewport()->repaint();
                *worstRefreshMs = std::max(*worstRefreshMs, r.nsecsElapsed() / 1e6);
            }
        }
        if (panel) {
            panel->refreshNow();
            const QAbstractItemModel *m = panel->treeView()->model();
            std::function<int(const QModelIndex &)> count = [&](const QModelIndex &parent) {
                int n = m->rowCount(parent);
                for (int r = 0, end = n; r < end; ++r)
                    n += count(m->index(r, 0, parent));
                return n;
            };
            *rows = count({});
        }
        return double(feedNs) / double(total);
    };
    double worst = 0, unused = 0;
    int rows = 0, none = 0;
    const double plainNs = feed(false, &unused, &none);
    const double countedNs = feed(true, &worst, &rows);
    std::printf("%-34s %.1f ns/event plain, %.1f ns/event counted per process (%+.1f ns)\n",
                "processes: session append:", plainNs, countedNs, countedNs - plainNs);
    std::printf("%-34s %.2f ms worst (tree of %d processes, refreshed every 25 batches)\n",
                "processes: tree refresh + paint:", worst, rows);
    std::printf("%-34s %.1f MiB\n", "RSS after both feeds:", rssMiB());
    return 0;
}

// The latency probe: a 5 ms timer, how late each tick comes.
struct LoopProbe {
    std::vector<double> lateness;
    QElapsedTimer clock;
    QTimer timer;

    LoopProbe()
    {
        timer.setTimerType(Qt::PreciseTimer);
        timer.setInterval(5);
        QObject::connect(&timer, &QTimer::timeout, [this] {
            lateness.push_back(std::max(0.0, clock.nsecsElapsed() / 1e6 - 5.0));
            clock.restart();
        });
    }
    void start()
    {
        lateness.clear();
        clock.start();
        timer.start();
    }
};

// Real files at `rate` events/s: each cycle is create, open, modify, close_write, delete (5
// inotify events) in one of 8 folders, paced every 10 ms so the rate is steady, not a burst.
void makeFiles(const QByteArray &root, int seconds, int rate, std::atomic<qint64> *made)
{
    using Clock = std::chrono::steady_clock;
    const auto start = Clock::now();
    constexpr int kEventsPerCycle = 5;
    const qint64 perTick = std::max(1, rate / 100 / kEventsPerCycle);
    qint64 cycles = 0;
    for (int tick = 0; tick < seconds * 100; ++tick) {
        std::this_thread::sleep_until(start + std::chrono::milliseconds(10 * tick));
        for (qint64 i = 0; i < perTick; ++i, ++cycles) {
            const QByteArray name = root + "/d" + QByteArray::number(cycles % 8) + "/f"
                + QByteArray::number(cycles % 1000);
            const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
            if (fd < 0)
                continue;
            (void)!::write(fd, "x", 1);
            ::close(fd);
            ::unlink(name.constData());
        }
        made->store(cycles * kEventsPerCycle, std::memory_order_relaxed);
    }
}

int spoolBench(int seconds, int rate)
{
    QTemporaryDir state, root;
    qputenv("XDG_STATE_HOME", QFile::encodeName(state.path()));
    const QByteArray rootPath = QFile::encodeName(root.path());
    // ext4 here slows down after mass deletes; a tmpfs measures fsnoop, not the disk.
    const bool mounted = ::geteuid() == 0
        && ::mount("fsnoop-bench", rootPath.constData(), "tmpfs", 0, "size=64m") == 0;
    for (int d = 0; d < 8; ++d)
        QDir().mkdir(root.filePath(QStringLiteral("d%1").arg(d)));

    MainWindow window;
    window.resize(1400, 900);
    window.show();
    WatchOptions options;
    options.roots = {rootPath};
    if (!window.startWatching(options)) {
        std::printf("could not watch %s\n", rootPath.constData());
        return 1;
    }
    QElapsedTimer wait;
    wait.start();
    while (window.source()->stats().watchedDirectories < 9 && wait.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    const QString spoolFile = window.capture()->openSpoolFile();

    LoopProbe probe;
    std::atomic<qint64> made{0};
    std::atomic<bool> done{false};
    QElapsedTimer clock;
    clock.start();
    probe.start();
    std::thread writer([&] {
        makeFiles(rootPath, seconds, rate, &made);
        done = true;
    });
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (done)
            loop.quit();
    });
    poll.start(50);
    loop.exec();
    writer.join();
    const double genSecs = clock.nsecsElapsed() / 1e9;
    probe.timer.stop();
    window.stopWatching();
    QCoreApplication::processEvents();
    const qint64 captured = qint64(window.session()->events().size()
                                   + window.session()->events().droppedCount());
    // Committed within a quarter second of the stop: wait for the file to hold them all.
    qint64 inFile = -1;
    wait.restart();
    while (wait.elapsed() < 30000) {
        SqliteDatabase db;
        if (db.open(QFile::encodeName(spoolFile), SqliteDatabase::Mode::ReadOnly)
            && db.queryInt("SELECT count(*) FROM events", &inFile)
            && inFile + window.capture()->unspooledEvents() >= window.capture()->spooledEvents())
            break;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 100);
    }
    std::printf("%-34s %lld events made in %.1f s (%.0f events/s, asked %d) on %s\n",
                "spool: load:", static_cast<long long>(made.load()), genSecs,
                made.load() / genSecs, rate, mounted ? "tmpfs" : "the temp dir's filesystem");
    std::printf("%-34s %lld captured, %lld kernel overflows (target 0)\n", "spool: capture:",
                static_cast<long long>(captured),
                static_cast<long long>(window.session()->overflowCount()));
    std::printf("%-34s %lld of %lld spooled events committed, %lld not queued (target 0)\n",
                "spool: session file:", static_cast<long long>(inFile),
                static_cast<long long>(window.capture()->spooledEvents()),
                static_cast<long long>(window.capture()->unspooledEvents()));
    std::printf("%-34s p50 %.1f ms, p99 %.1f ms, max %.1f ms over %zu ticks (target p99 <= 50 ms)\n",
                "spool: event-loop latency:", percentile(probe.lateness, 0.5),
                percentile(probe.lateness, 0.99), percentile(probe.lateness, 1.0),
                probe.lateness.size());
    std::printf("%-34s %.1f MiB\n", "spool: RSS:", rssMiB());
    if (mounted)
        ::umount2(rootPath.constData(), MNT_DETACH);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen")
                                                                     : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("fsnoop-bench"));
    if (argc > 1 && QByteArray(argv[1]) == "spool")
        return spoolBench(argc > 2 ? std::max(1, atoi(argv[2])) : 60,
                          argc > 3 ? std::max(100, atoi(argv[3])) : 100000);
    const qint64 total = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    if (argc > 2 && QByteArray(argv[2]) == "processes")
        return processesFigures(total);

    const double rssStart = rssMiB();
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QCoreApplication::processEvents();
    Session *session = window.session();
    EventTableModel *model = window.eventModel();
    Workload work(session->paths());

    // 1. A million events arrive in reader-sized batches, the event loop turning in between.
    QElapsedTimer clock;
    clock.start();
    for (qint64 done = 0; done < total;) {
        const int n = int(std::min<qint64>(8192, total - done));
        session->append(work.batch(n));
        done += n;
        QCoreApplication::processEvents();
    }
    model->flush();
    QCoreApplication::processEvents();
    const double loadMs = clock.nsecsElapsed() / 1e6;
    std::printf("%-34s %lld events into the table in %.0f ms (%d rows)\n", "load:",
                static_cast<long long>(total), loadMs, model->rowCount());
    std::printf("%-34s %.1f MiB at %lld events (%.1f MiB before; target <= 200 MiB)\n", "RSS:",
                rssMiB(), static_cast<long long>(total), rssStart);

    // 2. Filter changes over all rows, including the repaint of the view.
    struct Step {
        const char *what;
        EventFilter::Criteria c;
    };
    std::vector<Step> steps;
    EventFilter::Criteria c;
    c.pathText = QStringLiteral("module12");
    steps.push_back({"path text 'module12'", c});
    c = {};
    c.pathText = QStringLiteral("module1[0-9]/file[0-4]\\.cpp$");
    c.pathIsRegex = true;
    steps.push_back({"path regex", c});
    c = {};
    c.eventMask = IN_MODIFY | IN_CLOSE_WRITE;
    steps.push_back({"event types modify,close_write", c});
    c.kind = EventFilter::Kind::Files;
    c.pathText = QStringLiteral(".txt");
    steps.push_back({"types + files + '.txt'", c});
    c = {};
    c.onlyPaths = {work.files[42]};
    steps.push_back({"show only one file", c});
    steps.push_back({"clear filters", EventFilter::Criteria()});
    double worst = 0;
    for (const Step &s : steps) {
        const double ms = filterPassMs(model, [&] { model->setCriteria(s.c); });
        worst = std::max(worst, ms);
        std::printf("filter change: %-30s %7.1f ms -> %d rows\n", s.what, ms, model->rowCount());
    }
    std::printf("%-34s %.1f ms (target <= 100 ms)\n", "filter change, worst:", worst);

    // 2b. Filter rules (Ctrl+L) applied over every event, and the paint cost of highlights.
    const auto mk = [](FilterRule::Column c, FilterRule::Relation r, const char *v,
                       FilterRule::Action a = FilterRule::Action::Include) {
        FilterRule f;
        f.column = c;
        f.relation = r;
        f.value = QString::fromLatin1(v);
        f.action = a;
        return f;
    };
    using C = FilterRule::Column;
    using R = FilterRule::Relation;
    struct RuleStep {
        const char *what;
        FilterRules rules;
    };
    const std::vector<RuleStep> ruleSteps = {
        {"1 rule: path contains module1", {mk(C::Path, R::Contains, "module1")}},
        {"3 rules: 2 event types OR, .txt out",
         {mk(C::EventType, R::Is, "modify"), mk(C::EventType, R::Is, "close_write"),
          mk(C::Extension, R::Is, "txt", FilterRule::Action::Exclude)}},
        {"5 rules: regex, folder, time, kind",
         {mk(C::Path, R::Matches, "module1[0-9]/file[0-4]\\.cpp$"),
          mk(C::Folder, R::BeginsWith, "/home/user/project/src/module1"),
          mk(C::Time, R::MoreThan, "00:00"), mk(C::Kind, R::Is, "folder", FilterRule::Action::Exclude),
          mk(C::Cookie, R::MoreThan, "1000", FilterRule::Action::Exclude)}},
        {"no rules", {}},
    };
    double worstRules = 0;
    for (const RuleStep &s : ruleSteps) {
        const double ms = filterPassMs(model, [&] { model->setRules(s.rules); });
        worstRules = std::max(worstRules, ms);
        std::printf("rules: %-38s %7.1f ms -> %d rows\n", s.what, ms, model->rowCount());
    }
    std::printf("%-34s %.1f ms over %lld events (target <= 1000 ms)\n", "rules re-filter, worst:",
                worstRules, static_cast<long long>(model->totalCount()));

    QTableView *view = window.eventView();
    view->scrollToBottom();
    const auto paintMs = [&] {
        constexpr int kFrames = 100;
        QElapsedTimer paint;
        paint.start();
        for (int i = 0; i < kFrames; ++i)
            view->viewport()->repaint();
        return paint.nsecsElapsed() / 1e6 / kFrames;
    };
    FilterRules highlights = HighlightColors::defaultRules();
    highlights << mk(C::EventType, R::Is, "modify") << mk(C::Path, R::Contains, "module3")
               << mk(C::Name, R::EndsWith, ".txt") << mk(C::Process, R::Is, "make", FilterRule::Action::Exclude);
    highlights[2].color = QStringLiteral("#3278dc");
    highlights[3].color = QStringLiteral("#3caa46");
    highlights[4].color = QStringLiteral("#9650c8");
    // Alternating runs, best of each: the machine is shared, and a neighbour's burst must not
    // land on one side only.
    double plain = 1e9, lit = 1e9;
    paintMs(); // warm up caches and fonts
    for (int round = 0; round < 4; ++round) {
        model->setHighlightRules({});
        plain = std::min(plain, paintMs());
        model->setHighlightRules(highlights);
        lit = std::min(lit, paintMs());
    }
    std::printf("%-34s %.2f ms plain, %.2f ms with %lld highlight rules: %+.1f%% (target <= 10%%)\n",
                "table paint (one viewport):", plain, lit, static_cast<long long>(highlights.size()),
                (lit - plain) * 100.0 / plain);

    // 2c. Find (Ctrl+F) over every row, for a text no event has: the whole table is searched in
    // EventFinder's slices, and a 0 ms probe timer sees how long the window went unanswered.
    model->setRules({});
    model->setHighlightRules(HighlightColors::defaultRules());
    model->setFindText(QStringLiteral("no-such-name"));
    {
        EventFinder finder(model);
        QEventLoop loop;
        QObject::connect(&finder, &EventFinder::notFound, &loop, &QEventLoop::quit);
        QObject::connect(&finder, &EventFinder::found, &loop, &QEventLoop::quit);
        double longestWait = 0;
        QElapsedTimer sinceProbe;
        QTimer probe;
        probe.setInterval(0);
        QObject::connect(&probe, &QTimer::timeout, [&] {
            longestWait = std::max(longestWait, sinceProbe.nsecsElapsed() / 1e6);
            sinceProbe.restart();
        });
        QElapsedTimer findClock;
        findClock.start();
        sinceProbe.start();
        probe.start();
        finder.find(-1, true);
        if (finder.isRunning())
            loop.exec();
        probe.stop();
        std::printf("%-34s %.0f ms over %d rows; window unanswered at most %.1f ms (slice %d ms)\n",
                    "find, no match (whole table):", findClock.nsecsElapsed() / 1e6,
                    model->rowCount(), longestWait, TimeSlicer::kSliceMs);
    }
    model->setFindText(QString());

    if (argc > 2 && QByteArray(argv[2]) == "rules")
        return 0;

    // 3. Event-loop latency while 50,000 events/s arrive: a feeder appends 500 events every
    // 10 ms (as the inotify reader's batches would), a probe timer measures how late it fires.
    const int seconds = 5;
    QTimer feeder;
    feeder.setTimerType(Qt::PreciseTimer);
    feeder.setInterval(10);
    qint64 fed = 0;
    qint64 lastFeedMs = 1;
    QElapsedTimer feedClock;
    QObject::connect(&feeder, &QTimer::timeout, [&] {
        // Catch up on time, not on ticks, so a late tick does not lower the rate.
        lastFeedMs = feedClock.elapsed();
        const qint64 due = lastFeedMs * 50;
        if (due > fed) {
            session->append(work.batch(int(due - fed)));
            fed = due;
        }
    });
    LoopProbe probe;
    const std::vector<double> &lateness = probe.lateness;
    QEventLoop loop;
    QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    feedClock.start();
    feeder.start();
    probe.start();
    loop.exec();
    feeder.stop();
    probe.timer.stop();
    std::printf("%-34s %lld events in %.2f s (%.0f events/s), table %d rows\n",
                "sustained feed:", static_cast<long long>(fed), lastFeedMs / 1000.0,
                fed * 1000.0 / double(std::max<qint64>(1, lastFeedMs)), model->rowCount());
    std::printf("%-34s p50 %.1f ms, p99 %.1f ms, max %.1f ms "
                "(target p99 <= 50 ms)\n",
                "event-loop latency under the feed:", percentile(lateness, 0.5), percentile(lateness, 0.99),
                percentile(lateness, 1.0));
    std::printf("%-34s %.1f MiB\n", "RSS after the feed:", rssMiB());

    // 4. Export everything to CSV in time slices while the probe keeps measuring the loop.
    QTemporaryDir tmp;
    SessionExporter exporter(session);
    clock.restart();
    probe.start();
    QEventLoop exportLoop;
    QObject::connect(&exporter, &SessionExporter::finished, &exportLoop, &QEventLoop::quit);
    if (!exporter.start(tmp.filePath(QStringLiteral("bench.csv")))) {
        std::printf("export failed: %s\n", qPrintable(exporter.errorString()));
        return 1;
    }
    exportLoop.exec();
    probe.timer.stop();
    const auto stalls = std::count_if(lateness.begin(), lateness.end(), [](double l) { return l > 20; });
    std::printf("%-34s %lld events in %.0f ms, %.1f MB; loop p99 %.1f ms, max %.1f ms, "
                "%lld of %zu ticks late by > 20 ms (QSaveFile::commit syncs the file)\n",
                "CSV export (sliced):", static_cast<long long>(exporter.total()),
                clock.nsecsElapsed() / 1e6,
                QFileInfo(tmp.filePath(QStringLiteral("bench.csv"))).size() / 1e6,
                percentile(lateness, 0.99), percentile(lateness, 1.0),
                static_cast<long long>(stalls), lateness.size());

    // 5. Reading it back (what File > Open Session runs in its worker thread).
    clock.restart();
    CsvError error;
    std::unique_ptr<Session> reread = CsvReader::load(tmp.filePath(QStringLiteral("bench.csv")), &error);
    std::printf("%-34s %lld events in %.0f ms%s\n", "CSV open (worker thread's work):",
                reread ? static_cast<long long>(reread->events().size()) : -1LL,
                clock.nsecsElapsed() / 1e6, reread ? "" : " FAILED");
    return 0;
}
