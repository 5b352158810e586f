#pragma once

#include "core/monitorproblem.h"
#include "core/pathtable.h"
#include "inotify/directoryscanner.h"
#include "inotify/knownentries.h"
#include "inotify/watchmasks.h"

#include <QElapsedTimer>
#include <QList>

#include <atomic>
#include <functional>
#include <optional>
#include <unordered_map>
#include <utility>
#include <vector>

class EventBatcher;
class InotifySelfFilter;
class PathFilter;
class PendingScanCreates;
class WatchRegistry;
struct InotifyCounters;

// The directory walks of the inotify engine: the initial walk of the roots, the walk of a
// directory created or moved into the tree, and the rescan after a queue overflow. For every
// directory it meets it adds the watch first, then lists the directory, notes its entries in
// KnownEntries, queues the subdirectories and, for a new directory, records what it already held
// as synthesized IN_CREATE events (ARCHITECTURE.md, "Recursive inotify done right").
//
// The rescan compares each listing with the known entries and records the difference as `rescan`
// rows (FsEvent::Rescan): an entry not known is created (a directory with everything inside it),
// a known one gone is deleted, and one whose type or inode changed under the same name is a
// delete plus a create. Replaying the record then gives the tree as it is, not the lost history.
// Deletions are collected in one pass over the known entries when the rescan ends (finishPass()).
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
               const PathFilter &filter, EventBatcher &batcher, PendingScanCreates &pending,
               InotifyCounters &counters,
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
    // A root that went away is there again (`returning`: recorded as a `scan` IN_CREATE of the
    // root itself), or a filesystem was mounted on it: watch it, record what it holds.
    void queueRoot(PathTable::Id root, bool returning);
    // Roots the last rescan did not find any more (their IN_IGNORED may have been lost): gone.
    std::vector<PathTable::Id> takeLostRoots() { return std::exchange(m_lostRoots, {}); }
    // Roots whose path held no directory when the walk came to watch them (ENOENT, ENOTDIR,
    // ELOOP from inotify_add_watch): gone again, unlike a root the walk could not watch for a
    // reason it reported (EACCES...).
    std::vector<PathTable::Id> takeVanishedRoots() { return std::exchange(m_vanishedRoots, {}); }
    // Events were lost: walk every root again once the current pass is over.
    void requestRescan() { m_rescanPending = true; }
    void clear() { m_queue.clear(); }

    bool hasWork() const { return !m_queue.empty(); }
    void scanNext(qint64 now);

    // The queue ran dry: ends a rescan (drops the watches it did not meet again, records the
    // entries it did not find, reports what it found), reports the watch limit (at most once a
    // second at run time), and at the end of the set-up walk gives the watches it reduced their
    // full mask. Returns true when this pass ended the set-up walk.
    bool finishPass(qint64 now);
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
        Synthesize = 0x2, // emit CREATE for everything found inside (a new directory)
        Compare = 0x4,    // rescan: record how the listing differs from the known entries
        NoWatch = 0x8,    // below a directory we could not watch: only count
        FromRescan = 0x10, // the rows made for this directory are `rescan` rows
        Returning = 0x20,  // a root that is there again: record it, as found by a scan
    };
    // addWatch(): no watch, but walk on (below an unwatched directory, or past the limit).
    static constexpr int kUnwatched = -1;
    // addWatch(): stop here (the directory is gone, or the error was reported).
    static constexpr int kAbandon = -2;

    void scan(const Item &item, qint64 now);
    PathTable::Id currentPath(const Item &item) const;
    int addWatch(const Item &item, const QByteArray &fsPath);
    void countLimitUnwatched();
    void prepareListing(const Item &item, PathTable::Id path, int wd);
    void list(quint8 flags, PathTable::Id path, const QByteArray &fsPath, int wd, qint64 now);
    // Records a synthesized IN_CREATE or IN_DELETE if the user asked for it and the path is not
    // filtered out; returns the row's number (EventBatcher::appended()) or nothing.
    std::optional<quint64> recordRow(qint64 now, quint32 kind, PathTable::Id path, bool isDir,
                                     quint8 source);

    void startRescan();
    void finishRescan(qint64 now);
    void upgradeSetupWatches();
    void reportWatchLimit();

    const int m_fd;
    PathTable &m_paths;
    WatchRegistry &m_registry;
    InotifySelfFilter &m_self;
    const PathFilter &m_filter;
    EventBatcher &m_batcher;
    PendingScanCreates &m_pending;
    KnownEntries &m_known;
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

    // The rescan under way: directories whose listing missed known entries (true: drop those
    // silently, the directory was recorded as new with all it holds), and what it found.
    std::unordered_map<int, bool> m_sweep;
    std::vector<PathTable::Id> m_lostRoots;
    std::vector<PathTable::Id> m_vanishedRoots;
    qint64 m_rescanOverflows = 0;
    qint64 m_rescanCreated = 0;
    qint64 m_rescanDeleted = 0;

    // Watch limit (ENOSPC): stop adding until the next pass finds room again.
    bool m_limitHit = false;
    qint64 m_limitUnwatched = 0; // directories not watched because of the limit, not yet reported
    QElapsedTimer m_limitClock;  // since the last WatchLimit report
};
