#pragma once

#include "capture/eventsource.h"
#include "capture/pathfilter.h"
#include "core/pathtable.h"
#include "inotify/inotifyselffilter.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>

#include <memory>
#include <optional>
#include <vector>

class NewDirectoryLister;
class ProcessTable;

namespace fsnoop::proto {
struct MountRecord;
struct Ready;
struct RootNote;
}

// The roots and the filesystems mounted inside the tree, as the helper announced them (the ready
// record's notes, Mount records): which of them the helper marked, and an inotify source of our
// own for each it could not (overlayfs, FUSE, a btrfs subvolume mounted on its own), whose rows
// have no process. It exists apart from FanotifySource because this bookkeeping is its own
// concern: FanotifySource runs the helper and turns its events into rows, this decides what
// watches each filesystem and says what each one lets us see (FilesystemNotes).
//
// One inotify source for the roots, one per unmarked mount, unless an inotify source around it
// sees it already (inotify crosses mount points). A row of ours whose nearest root or mount the
// helper marked is dropped: the helper reports it already, with the process. A filesystem mounted
// during the capture is listed (NewDirectoryLister, `scan` rows): a marked one at once, an
// unmarked one once its inotify source watches it. An unmount is said and its source goes.
//
// Used from the FanotifySource's thread only; `processes` and `lister` must outlive it.
class FanotifyFallbacks final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FanotifyFallbacks)

public:
    FanotifyFallbacks(std::shared_ptr<PathTable> paths, ProcessTable &processes, NewDirectoryLister &lister,
                      QObject *parent = nullptr);
    ~FanotifyFallbacks() override;

    // A new capture: forgets the last one's sources and marks.
    void reset(const WatchOptions &options, const PathFilter &filter);
    // The helper's ready record for `rootIds` (the canonical roots it was sent): reports what each
    // root's filesystem lets us see, starts the inotify source for the roots it could not mark.
    void takeReady(const fsnoop::proto::Ready &ready, const QList<quint32> &rootIds);
    void handleMount(const fsnoop::proto::MountRecord &record);

    // An inotify source the capture waits for (started before it was ready) is still setting up.
    bool settingUp() const;
    // Adds what the inotify sources watch and read to `stats`.
    void addTo(EventSource::Stats &stats) const;
    // Stops every inotify source; its last rows still come through. They go at the next reset().
    void stop();

Q_SIGNALS:
    // Rows of the inotify sources, those the helper reports already taken out.
    void eventsReady(const FsEventBatch &batch);
    void problem(const MonitorProblem &problem);
    // An inotify source the capture waited for finished its set-up (see settingUp()).
    void setupFinished();

private:
    struct Fallback
    {
        QByteArray mountPoint; // empty: the roots' source
        std::unique_ptr<EventSource> source;
        // Our listing of the mount, which it watches already, makes it report an open, reads and
        // a close of each directory listed (InotifySelfFilter); keyed by path id, no name.
        InotifySelfFilter ownListing;
        bool settingUp = false; // started before the capture was ready, which waits for its set-up
    };

    // The FilesystemNotes words for a root or mount.
    void reportNotes(const QByteArray &path, const fsnoop::proto::RootNote &note);
    // The capture waits for the set-up of the inotify source at `mountPoint` (empty: the roots').
    void awaitSetup(const QByteArray &mountPoint);
    // Whether the helper marked the nearest root or announced mount at or above `path`; none if
    // there is none (fd mode has no notes for the roots).
    std::optional<bool> nearestMarked(PathTable::Id path) const;
    // Notes the mount at `mountPoint` as marked by the helper or not; true if it needs an inotify
    // source of its own (unmarked, and not inside a root or mount an inotify source watches).
    bool needsOwnSource(PathTable::Id mountPoint, bool marked);
    void listMount(PathTable::Id mountPoint, qint64 timeNs, std::vector<PathTable::Id> *opened = nullptr);
    // An inotify source of ours for `roots` (FilesystemNotes), or null if it could not start
    // (said through problem()). `mountPoint`: the mount it watches, empty for the roots.
    EventSource *startFallback(const QList<QByteArray> &roots, const QByteArray &mountPoint);
    Fallback *fallbackAt(const QByteArray &mountPoint);

    std::shared_ptr<PathTable> m_paths;
    ProcessTable &m_processes;
    NewDirectoryLister &m_lister;
    WatchOptions m_options;
    PathFilter m_filter;
    QList<quint32> m_rootIds;
    bool m_followsMounts = false; // the helper sends Mount records (FeatureMountFollowing)
    std::vector<Fallback> m_fallbacks;
    // Each root and each mount the helper announced: whether it marked it. A row of an inotify
    // source of ours whose nearest such place is marked is the helper's to report (a marked
    // filesystem mounted inside one inotify watches).
    QHash<PathTable::Id, bool> m_mountsMarked;
};
