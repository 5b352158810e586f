#pragma once

#include "core/fsevent.h"
#include "core/pathtable.h"

#include <QHash>
#include <QList>

#include <array>
#include <deque>
#include <iterator>

// Rebuilds the history of renamed files and directories from IN_MOVED_FROM / IN_MOVED_TO pairs.
//
// inotify(7): a rename inside the watched tree gives IN_MOVED_FROM then IN_MOVED_TO with the same
// nonzero cookie. They are queued in that order on one inotify fd but need not be adjacent (other
// events may come between, and a read() may end between them), so a MOVED_FROM waits here up to a
// grace window (by event time) for its partner. A MOVED_FROM never paired is an object that left
// the watched tree ("moved out"); a MOVED_TO with no pending MOVED_FROM came from outside ("moved
// in") — its partner cannot arrive later, the kernel queues FROM first. After pairing, the cookie
// is forgotten: the kernel's cookie counter is a plain incrementing u32 and may come round again.
//
// Successive renames of one object form a chain (a -> b -> c): the new name of a step is the old
// name of the next. A directory rename carries its subtree: PathTable gives the new directory new
// nodes, so a file renamed inside "dir" before "mv dir dir2" and again inside "dir2" afterwards is
// still one chain (the tracker maps dir2/x back to dir/x when looking for its chain).
//
// Pure data, no Qt signals; Session-driven users call add() from Session::eventsAppended.
class RenameTracker final
{
public:
    struct Step {
        enum Kind : quint8 {
            Renamed,  // from -> to, both inside the watched tree
            MovedOut, // from -> outside (unpaired IN_MOVED_FROM); to is NoPath
            MovedIn,  // outside -> to (unpaired IN_MOVED_TO); from is NoPath
        };
        Kind kind = Renamed;
        PathTable::Id from = PathTable::NoPath;
        PathTable::Id to = PathTable::NoPath;
        quint32 cookie = 0; // 0 for fanotify's one-event renames
        qint64 timeNs = 0;
    };

    // The steps of one chain, oldest first: a view into the tracker's storage, valid until the
    // tracker changes. Steps of all chains share one store, linked per chain (a chain is a few
    // steps, a big session has hundreds of thousands of chains: no heap block per chain), so
    // at() walks the chain: O(i).
    class Steps
    {
    public:
        class const_iterator
        {
        public:
            using iterator_category = std::forward_iterator_tag;
            using value_type = Step;
            using difference_type = std::ptrdiff_t;
            using pointer = const Step *;
            using reference = const Step &;

            const_iterator() = default;
            const Step &operator*() const { return m_tracker->m_steps[std::size_t(m_index)]; }
            const Step *operator->() const { return &**this; }
            const_iterator &operator++()
            {
                m_index = m_tracker->m_nextStep[std::size_t(m_index)];
                return *this;
            }
            bool operator==(const const_iterator &o) const { return m_index == o.m_index; }
            bool operator!=(const const_iterator &o) const { return m_index != o.m_index; }

        private:
            friend class Steps;
            const_iterator(const RenameTracker *tracker, qint32 index)
                : m_tracker(tracker)
                , m_index(index)
            {
            }
            const RenameTracker *m_tracker = nullptr;
            qint32 m_index = -1;
        };

        qsizetype size() const { return m_count; }
        bool isEmpty() const { return m_count == 0; }
        const Step &at(qsizetype i) const;
        const Step &operator[](qsizetype i) const { return at(i); }
        const Step &constFirst() const { return m_tracker->m_steps[std::size_t(m_first)]; }
        const Step &constLast() const { return m_tracker->m_steps[std::size_t(m_last)]; }
        const_iterator begin() const { return const_iterator(m_tracker, m_count ? m_first : -1); }
        const_iterator end() const { return const_iterator(m_tracker, -1); }

    private:
        friend class RenameTracker;
        const RenameTracker *m_tracker = nullptr;
        qint32 m_first = -1;
        qint32 m_last = -1;
        qint32 m_count = 0;
    };

    // One chain as chain() gives it: a small value that looks into the tracker.
    struct Chain {
        Steps steps;
        bool isDir = false;

        PathTable::Id firstPath() const;   // the name it had first (NoPath if it moved in)
        PathTable::Id currentPath() const; // the last name it had inside the tree (NoPath if gone)
        qint64 firstNs() const { return steps.constFirst().timeNs; }
        qint64 lastNs() const { return steps.constLast().timeNs; }
        bool movedOut() const { return steps.constLast().kind == Step::MovedOut; }
        bool movedIn() const { return steps.constFirst().kind == Step::MovedIn; }
        // A lone half: one unpaired move and nothing else.
        bool isUnpaired() const { return steps.size() == 1 && steps.constFirst().kind != Step::Renamed; }
        QList<PathTable::Id> allPaths() const; // every name it had, in order, without repeats
    };

    static constexpr qint64 kDefaultGraceNs = 1000000000; // 1 s of event time

    explicit RenameTracker(qint64 graceNs = kDefaultGraceNs);

    void add(const FsEvent &event, const PathTable &paths);
    void add(const FsEvent *events, qsizetype count, const PathTable &paths);

    // fanotify's FAN_RENAME reports the old and the new name in one event: nothing to pair.
    void addRename(PathTable::Id oldPath, PathTable::Id newPath, qint64 timeNs, bool isDir,
                   const PathTable &paths);

    // MOVED_FROMs older than nowNs - grace become "moved out". add() does this with each event's
    // time; a live view calls it on a timer when the capture is quiet.
    void expire(qint64 nowNs);
    // End of capture (or a reopened file fully read): every pending MOVED_FROM is moved out.
    void flush();
    void clear();

    int chainCount() const { return int(m_chains.size()); }
    Chain chain(int index) const;
    qsizetype stepCount() const { return qsizetype(m_steps.size()); } // of every chain
    // How many steps of every chain are of `kind` (a summary without walking a million steps).
    qsizetype stepCount(Step::Kind kind) const { return m_kindCounts[kind]; }
    int pendingCount() const { return m_pendingCount; }
    qint64 graceNs() const { return m_graceNs; }
    quint64 revision() const { return m_revision; } // bumped on every change of the chains

    // Where `path` is now, following the directory renames seen since `sinceNs`
    // ("mv dir dir2": dir/f -> dir2/f). Returns `path` when no rename applies; the new node must
    // already be known to the PathTable (it is, once an event happened there).
    PathTable::Id currentPathOf(PathTable::Id path, qint64 sinceNs, const PathTable &paths) const;

    // Whether `path` was deleted (IN_DELETE, IN_DELETE_SELF) at or after `sinceNs`, last time
    // it was: a chain whose last name was then deleted ends there. Every event given to add()
    // counts, so a view needs no pass of its own over the stored events.
    bool deletedSince(PathTable::Id path, qint64 sinceNs) const;
    qsizetype deletedPathCount() const { return m_deletedNs.size(); } // grows as paths are deleted

    // The chain whose current name is `path` (directly or through a renamed parent), -1 if none.
    int chainAt(PathTable::Id path, const PathTable &paths) const;

    // The chain an event belongs to, -1 if none (the Event Properties dialog): a rename half
    // is the step with its cookie and name (*step set to it); any other event belongs to the
    // chain that had its path as one of its names (*step = -1). O(steps), for one event at a time.
    int chainOfEvent(const FsEvent &event, int *step) const;

private:
    struct Pending {
        PathTable::Id from;
        quint32 cookie;
        qint64 timeNs;
        int chain; // the chain `from` belonged to, -1 if none
        bool isDir;
        bool live;
    };
    // A chain as stored: where its steps are in m_steps (linked through m_nextStep).
    struct ChainSteps {
        qint32 first;
        qint32 last;
        qint32 count;
        bool isDir;
    };
    struct DirMove {
        PathTable::Id to;
        qint64 timeNs;
    };

    // Returns the chain index and, through *key, the m_chainOfPath key that matched.
    int lookup(PathTable::Id path, const PathTable &paths, PathTable::Id *key, int depth) const;
    int detachChain(PathTable::Id path, const PathTable &paths);
    void completeRename(int chain, const Step &step, bool isDir);
    void resolveMovedOut(Pending &p);
    void pruneFront();

    // deques, not vectors: a million steps grow without copying them all at each doubling.
    std::deque<ChainSteps> m_chains;
    std::deque<Step> m_steps;      // every chain's steps, in the order they were completed
    std::deque<qint32> m_nextStep; // per step: the next step of its chain, -1 for the last
    std::array<qsizetype, 3> m_kindCounts{}; // by Step::Kind
    QHash<PathTable::Id, qint64> m_deletedNs;  // path -> time of its last delete
    QHash<PathTable::Id, int> m_chainOfPath;      // current name -> chain
    QHash<PathTable::Id, PathTable::Id> m_dirFrom; // new dir node -> old dir node (last rename)
    QHash<PathTable::Id, DirMove> m_dirTo;         // old dir node -> where it went (last rename)
    std::deque<Pending> m_pending;                  // in arrival order
    QHash<quint32, qsizetype> m_pendingByCookie;    // cookie -> m_pendingBase-relative serial
    qsizetype m_pendingBase = 0;                    // serial of m_pending.front()
    int m_pendingCount = 0;
    qint64 m_graceNs;
    quint64 m_revision = 0;
};
