#pragma once

#include "capture/pathfilter.h"
#include "inotify/directoryscanner.h"
#include "core/fsevent.h"
#include "inotify/inotifyparser.h"
#include "inotify/inotifyselffilter.h"
#include "core/monitorproblem.h"
#include "core/pathtable.h"
#include "core/uniquefd.h"
#include "core/watchoptions.h"
#include "inotify/watchregistry.h"

#include <QElapsedTimer>
#include <QObject>

#include <atomic>
#include <memory>
#include <unordered_map>
#include <unordered_set>
#include <vector>

class EventBatcher;
class QSocketNotifier;
class QTimer;

// Counters shared between the reader thread (writer) and the monitor's thread (reader).
struct InotifyCounters {
    std::atomic<qint64> watched{0};
    std::atomic<qint64> unwatched{0};
    std::atomic<qint64> overflows{0};
    std::atomic<qint64> eventsRead{0};
    std::atomic<qint64> eventsRecorded{0};
};

// The worker of InotifyMonitor. It lives in the reader thread and owns everything that touches the
// inotify fd: the socket notifier, the watch registry, the directory walks and the batch being
// filled. Nothing here is called from another thread except through queued invocations; stop
// requests arrive through an atomic flag so that a long set-up walk can be cancelled promptly.
class InotifyReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InotifyReader)

public:
    InotifyReader(UniqueFd fd, std::shared_ptr<PathTable> paths, const WatchOptions &options,
                  const QList<QByteArray> &roots, InotifyCounters *counters,
                  const std::atomic<bool> *stopRequested);
    ~InotifyReader() override;

    // Both run in the reader thread (queued / blocking-queued invocations).
    void begin();    // set up the notifier, walk the roots, then read
    void shutdown(); // flush the last batch, drop the notifier and timer, close the fd

Q_SIGNALS:
    void batchReady(const FsEventBatch &batch);
    void setupProgress(qint64 directoriesScanned);
    void setupFinished(qint64 watchedDirectories, qint64 unwatchedDirectories);
    void problem(const MonitorProblem &problem);
    void allRootsGone();

private:
    struct ScanItem {
        PathTable::Id path; // the path when queued (re-derived from the parent if it moved since)
        int parentWd;       // watched parent, -1 for a root or below an unwatched directory
        quint8 flags;
    };
    enum ScanFlag : quint8 {
        Root = 0x1,
        Synthesize = 0x2,    // emit CREATE for everything found inside (a new directory)
        ReportIfNew = 0x4,   // rescan: emit CREATE|ISDIR for this directory if it was not watched
        NoWatch = 0x8,       // below a directory we could not watch: only count
    };

    void onReadable();
    bool drain(); // reads until EAGAIN; false on a fatal read error
    void handle(const InotifyRawEvent &ev, qint64 now);
    void handleIgnored(int wd);
    PathTable::Id internCached(PathTable::Id dir, QByteArrayView name);
    void handleOverflow(qint64 now);
    void resolvePendingMoves();
    void dropSubtree(int wd);
    void announceGone();
    void processScanQueue();
    void scanOne(const ScanItem &item, qint64 now);
    void finishPass();
    void startRescan();
    void upgradeSetupWatches();
    bool mayBeLeaf(const ScanItem &item) const;
    bool isLeaf(const QByteArray &fsPath);

    void record(qint64 now, quint32 mask, quint32 cookie, PathTable::Id path, quint16 flags,
                quint8 source);
    void reportWatchLimit();

    static qint64 nowNs();

    const UniqueFd m_fd; // closing it removes every watch (inotify(7))
    std::shared_ptr<PathTable> m_paths;
    WatchOptions m_options;
    QList<QByteArray> m_rootPaths;
    InotifyCounters *m_counters;
    const std::atomic<bool> *m_stop;

    quint32 m_userMask = 0;   // what gets recorded
    quint32 m_dirMask = 0;    // what we ask the kernel for on a subdirectory
    quint32 m_rootMask = 0;   // ... and on a root
    bool m_filterSelf = false; // our scans cause events we asked for (open/access/close_nowrite)

    PathFilter m_filter;
    WatchRegistry m_registry;
    InotifySelfFilter m_self;
    DirectoryScanner m_scanner;

    std::unique_ptr<char[]> m_buffer;
    qsizetype m_carried = 0; // bytes of a partial record kept at the buffer start
    std::vector<InotifyRawEvent> m_raw;

    std::vector<ScanItem> m_scanQueue;
    struct PendingMove {
        quint32 cookie;
        int wd;
    };
    std::vector<PendingMove> m_pendingMoves;

    EventBatcher *m_batcher;
    QTimer *m_gatherTimer = nullptr;
    bool m_gather = false;
    qint64 m_gatherBelow = 0; // events per wake-up above which we do not pause

    // internCached(): the last (directory, name) interned.
    PathTable::Id m_lastDir = PathTable::NoPath;
    PathTable::Id m_lastId = PathTable::NoPath;
    qsizetype m_lastNameLength = 0;
    char m_lastName[256];
    QSocketNotifier *m_notifier = nullptr;

    // Set-up and rescans.
    bool m_inSetup = false;
    bool m_rescanPending = false;
    bool m_rescanning = false;
    quint32 m_generation = 0;
    qint64 m_scanned = 0;
    qint64 m_expectedSelfEvents = 0;
    qint64 m_drainAfterSelfEvents = 0;
    QElapsedTimer m_progressClock;

    // Watch limit (ENOSPC): stop adding until the next rescan finds room again.
    bool m_limitHit = false;
    qint64 m_limitUnwatched = 0; // directories not watched because of the limit, not yet reported
    QElapsedTimer m_limitClock;  // since the last WatchLimit report
    bool m_unmountReported = false;
    std::unordered_map<quint64, bool> m_nlinkTrusted; // st_dev -> link counts count subdirs
    std::unordered_set<int> m_unmounted; // wds that saw IN_UNMOUNT, until their IN_IGNORED
    bool m_gone = false;
    bool m_goneAnnounced = false;
};
