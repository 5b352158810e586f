#pragma once

#include "core/monitorproblem.h"
#include "core/pathtable.h"
#include "inotify/directoryscanner.h"
#include "inotify/watchmasks.h"

#include <QElapsedTimer>
#include <QList>

#include <atomic>
#include <functional>
#include <unordered_map>
#include <vector>

class EventBatcher;
class InotifySelfFilter;
class PathFilter;
class WatchRegistry;
struct InotifyCounters;

// The directory walks of the inotify engine: the initial walk of the roots, the walk of a
// directory created or moved into the tree, and the rescan after a queue overflow. For every
// directory it meets it adds the watch first, then lists the directory (unless it is a leaf, see
// isLeaf()), queues the subdirectories and, for a new directory, records what it already held
// as synthesized IN_CREATE events (ARCHITECTURE.md, "Recursive inotify done right").
//
// The queue is a stack: depth first keeps it as small as the widest directory, not the whole
// tree. The engine pops it one directory at a time (scanNext()) so it can read the inotify fd
// between two directories.
//
// Used from the reader thread only, by InotifyEngine, which owns everything passed in.
class TreeWalker final
{
public:
    using ProblemSink = std::function<void(const MonitorProblem &)>;

    TreeWalker(int inotifyFd, PathTable &paths, WatchRegistry &registry, InotifySelfFilter &self,
               const PathFilter &filter, EventBatcher &batcher, InotifyCounters &counters,
               const WatchMasks &masks, bool recursive, const std::atomic<bool> &stopRequested,
               ProblemSink report);
    TreeWalker(const TreeWalker &) = delete;
    TreeWalker &operator=(const TreeWalker &) = delete;

    // The set-up walk: every root, first root first.
    void startSetup(const QList<QByteArray> &roots);
    // A directory created in, or moved into, the watched directory `parentWd`: watch it, then list
    // it and synthesize what it already holds.
    void queueNewDirectory(PathTable::Id path, int parentWd);
    // The directory under a filesystem that was unmounted is visible again: watch it.
    void queueRewatch(PathTable::Id path, int parentWd, bool root);
    // Events were lost: walk every root again once the current pass is over.
    void requestRescan() { m_rescanPending = true; }
    void clear() { m_queue.clear(); }

    bool hasWork() const { return !m_queue.empty(); }
    void scanNext(qint64 now);

    // The queue ran dry: drops the watches a rescan did not meet again, reports the watch limit
    // (at most once a second at run time), and at the end of the set-up walk gives the watches it
    // reduced their full mask. Returns true when this pass ended the set-up walk.
    bool finishPass();
    // Starts the rescan requestRescan() asked for, if any.
    void startRescanIfRequested();

    bool inSetup() const { return m_inSetup; }
    qint64 scanned() const { return m_scanned; }

    // Events our listings caused since the fd was last drained to EAGAIN (see InotifySelfFilter).
    qint64 expectedSelfEvents() const { return m_expectedSelfEvents; }
    void forgetSelfEvents() { m_expectedSelfEvents = 0; }

private:
    struct Item {
        PathTable::Id path; // the path when queued (re-derived from the parent if it moved since)
        int parentWd;       // watched parent, -1 for a root or below an unwatched directory
        quint8 flags;
    };
    enum Flag : quint8 {
        Root = 0x1,
        Synthesize = 0x2,  // emit CREATE for everything found inside (a new directory)
        ReportIfNew = 0x4, // rescan: emit CREATE|ISDIR for this directory if it was not watched
        NoWatch = 0x8,     // below a directory we could not watch: only count
    };
    // addWatch(): no watch, but walk on (below an unwatched directory, or past the limit).
    static constexpr int kUnwatched = -1;
    // addWatch(): stop here (the directory is gone, or the error was reported).
    static constexpr int kAbandon = -2;

    void scan(const Item &item, qint64 now);
    PathTable::Id currentPath(const Item &item) const;
    int addWatch(const Item &item, const QByteArray &fsPath, bool *reduced);
    void countLimitUnwatched();
    bool shouldList(const Item &item, PathTable::Id path, const QByteArray &fsPath, bool isNew,
                    bool *synthesize, qint64 now);
    void prepareListing(const Item &item, PathTable::Id path, const QByteArray &fsPath, int wd,
                        bool reduced);
    void list(const Item &item, PathTable::Id path, const QByteArray &fsPath, int wd,
              bool synthesize, qint64 now);
    void recordCreate(qint64 now, PathTable::Id path, bool isDir);

    void startRescan();
    void finishRescan();
    void upgradeSetupWatches();
    void reportWatchLimit();
    static bool mayBeLeaf(const Item &item);
    bool isLeaf(const QByteArray &fsPath);

    const int m_fd;
    PathTable &m_paths;
    WatchRegistry &m_registry;
    InotifySelfFilter &m_self;
    const PathFilter &m_filter;
    EventBatcher &m_batcher;
    InotifyCounters &m_counters;
    const WatchMasks m_masks;
    const bool m_recursive;
    const std::atomic<bool> &m_stop;
    ProblemSink m_report;

    DirectoryScanner m_scanner;
    std::vector<Item> m_queue;

    bool m_inSetup = false;
    bool m_rescanPending = false;
    bool m_rescanning = false;
    quint32 m_generation = 0;
    qint64 m_scanned = 0;
    qint64 m_expectedSelfEvents = 0;

    // Watch limit (ENOSPC): stop adding until the next pass finds room again.
    bool m_limitHit = false;
    qint64 m_limitUnwatched = 0; // directories not watched because of the limit, not yet reported
    QElapsedTimer m_limitClock;  // since the last WatchLimit report
    std::unordered_map<quint64, bool> m_nlinkTrusted; // st_dev -> link counts count subdirs
};
