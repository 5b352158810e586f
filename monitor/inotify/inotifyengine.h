#pragma once

#include "capture/pathfilter.h"
#include "core/fsevent.h"
#include "core/monitorproblem.h"
#include "core/pathtable.h"
#include "core/uniquefd.h"
#include "core/watchoptions.h"
#include "inotify/inotifyreader.h"
#include "inotify/inotifyselffilter.h"
#include "inotify/lastnamecache.h"
#include "inotify/mountwatcher.h"
#include "inotify/pendingscancreates.h"
#include "inotify/rootrecovery.h"
#include "inotify/treewalker.h"
#include "inotify/watchmasks.h"
#include "inotify/watchregistry.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSet>

#include <atomic>
#include <memory>
#include <unordered_set>
#include <vector>

class EventBatcher;
class QSocketNotifier;
class QTimer;
struct InotifyCounters;

// The recursive inotify engine, the worker of InotifyMonitor. It lives in the reader thread and
// owns everything that touches the inotify fd: the socket notifier, the reading (InotifyReader)
// and classifying of events, the pairing of directory moves, the watch registry, the tree walks
// (TreeWalker), the roots that went away (RootRecovery) and the batch being filled. Nothing here
// is called from another thread except through queued invocations; stop requests arrive through
// an atomic flag so that a long set-up walk can be cancelled promptly.
//
// It must be destroyed in the reader thread, or after that thread has finished: its notifier and
// timers are children that belong to it.
class InotifyEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InotifyEngine)

public:
    InotifyEngine(UniqueFd fd, std::shared_ptr<PathTable> paths, const WatchOptions &options,
                  const QList<QByteArray> &roots, InotifyCounters *counters,
                  const std::atomic<bool> *stopRequested);
    ~InotifyEngine() override;

    // Both run in the reader thread (queued / blocking-queued invocations).
    void begin();    // set up the notifier, walk the roots, then read
    void shutdown(); // read and hand over what is queued, then stop listening

Q_SIGNALS:
    void batchReady(const FsEventBatch &batch);
    void setupProgress(qint64 directoriesScanned);
    void setupFinished(qint64 watchedDirectories, qint64 unwatchedDirectories);
    void problem(const MonitorProblem &problem);
    void allRootsGone();

private:
    void onReadable();
    void onGatherTimeout();
    bool drain(); // reads until EAGAIN; false on a fatal read error
    void handle(const InotifyRawEvent &ev, qint64 now);
    void handleSubdirectory(quint32 mask, quint32 cookie, int wd, PathTable::Id path);
    void handleMovedTo(quint32 cookie, int wd, PathTable::Id path);
    void handleIgnored(int wd);
    void handleOverflow(qint64 now);
    void onMountsChanged();
    void followMount(const QByteArray &mountPoint);
    bool trackEntry(quint32 mask, int wd, QByteArrayView name);
    void resolvePendingMoves();
    void dropSubtree(int wd);
    void announceGone();
    void processScanQueue();
    void finishPass();
    void record(qint64 now, quint32 mask, quint32 cookie, PathTable::Id path, quint16 flags);

    static qint64 nowNs();

    const UniqueFd m_fd; // closing it removes every watch (inotify(7))
    std::shared_ptr<PathTable> m_paths;
    const WatchOptions m_options;
    const QList<QByteArray> m_rootPaths;
    InotifyCounters *m_counters;
    const std::atomic<bool> *m_stop;
    const WatchMasks m_masks;

    const PathFilter m_filter;
    WatchRegistry m_registry;
    LastNameCache m_names;
    InotifySelfFilter m_self;
    PendingScanCreates m_pendingCreates;
    EventBatcher *m_batcher; // child
    TreeWalker m_walker;     // uses the members above: declared after them
    RootRecovery m_rootRecovery; // uses the walker: declared after it

    InotifyReader m_reader;
    std::vector<InotifyRawEvent> m_raw; // the records of the last read

    struct PendingMove {
        quint32 cookie;
        int wd;
    };
    std::vector<PendingMove> m_pendingMoves;

    QSocketNotifier *m_notifier = nullptr; // child, from begin()
    MountWatcher m_mounts;
    QSocketNotifier *m_mountNotifier = nullptr; // child, from begin(), if /proc is there
    // Every mount point the table has shown since the start: the directory an unmounted
    // filesystem was mounted on is one of them, its subdirectories are not (isUnmountTop()).
    QSet<QByteArray> m_mountPointsSeen;
    QTimer *m_gatherTimer = nullptr;       // child, from begin()
    bool m_listening = false;              // between begin() and shutdown()
    bool m_gather = false;
    qint64 m_gatherBelow = 0; // events per wake-up above which we do not pause
    qint64 m_drainAfterSelfEvents = 0;
    QElapsedTimer m_progressClock;

    std::unordered_set<int> m_unmounted; // wds that saw IN_UNMOUNT, until their IN_IGNORED
    struct UnmountedDir {
        PathTable::Id path;
        int parentWd;
        bool root;
    };
    std::vector<UnmountedDir> m_unmountTops; // re-watched in this read, said at its end
    bool isUnmountTop(const UnmountedDir &dir) const;
    bool m_gone = false;
    bool m_goneAnnounced = false;
};
