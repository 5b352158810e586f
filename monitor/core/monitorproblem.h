#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QtGlobal>

#include <cerrno>

// Something the user should hear about, as a value: what happened, where, and the numbers needed
// to explain it. monitor/ does not speak to people; ui/ and app/ turn a problem into words.
struct MonitorProblem
{
    enum Kind {
        None = 0,
        InitFailed,        // inotify_init1 failed (errnum: EMFILE = max_user_instances reached)
        RootMissing,       // a requested root does not exist or is not a directory
        WatchLimit,        // ENOSPC from inotify_add_watch: count dirs unwatched, limit = max_user_watches
        AccessDenied,      // EACCES / EPERM on a directory: it and its subtree are not watched
        ScanError,         // another error listing or watching a directory (errnum says which)
        QueueOverflow,     // IN_Q_OVERFLOW: events were lost; count = overflows so far; inotify:
                           // said once the rescan is over, with what it found (rescanned)
        RootDeleted,       // the watched root was deleted (IN_DELETE_SELF on a root): waiting
        RootMoved,         // the watched root itself was moved (IN_MOVE_SELF on a root): waiting
        Unmounted,         // the filesystem holding a watched directory was unmounted
        HelperFailed,      // fanotify helper: could not start / died / sent garbage (see detail)
        HelperCancelled,   // pkexec exit 126: the user dismissed the password dialog
        HelperNotAuthorized, // pkexec exit 127: polkit said no
        SpillFailed,       // the event store could not write its spill file in `path` (errnum):
                           // events stay in memory, so a long capture is bounded by RAM
        // What a watched root's filesystem lets us see (FilesystemNotes); detail: its type name.
        RemoteFilesystem,  // NFS, SMB/CIFS: changes made by other machines are not reported
        FuseFilesystem,    // FUSE: changes made by the daemon or behind it are not reported
        OverlayFilesystem, // overlayfs: only changes made through the merged view are reported
        InotifyFallback,   // fanotify cannot mark this filesystem (errnum): watched with inotify
        SubvolumeWatched,  // a btrfs subvolume, marked through its filesystem at `detail`
        // Notices rather than problems, kept with them so the window and `record` say them too:
        RootBack,          // a root that went away is there again and watched (and scanned)
        Mounted,           // a filesystem was mounted inside the watched tree: watched and scanned
    };

    Kind kind = None;
    QByteArray path;   // raw bytes, decode with QFile::decodeName
    int errnum = 0;    // errno, when a syscall failed
    qint64 count = 0;  // how many directories / overflows this covers
    qint64 limit = 0;  // for WatchLimit: current /proc/sys/fs/inotify/max_user_watches
    QByteArray detail; // free-form technical detail (not translated), e.g. a helper's message
    // QueueOverflow after an inotify rescan: entries it found created / deleted (`rescan` rows).
    bool rescanned = false;
    qint64 created = 0;
    qint64 deleted = 0;

    // News rather than trouble: a root that is back, a filesystem mounted and watched, a btrfs
    // subvolume marked through its filesystem. Listed with the problems, not counted as warnings.
    bool isNotice() const { return kind == RootBack || kind == Mounted || kind == SubvolumeWatched; }

    // The one errno -> kind mapping for a directory that could not be watched or listed:
    // permission problems (EACCES, EPERM) get their own advice, anything else is a scan error.
    static Kind kindForErrno(int err)
    {
        return (err == EACCES || err == EPERM) ? AccessDenied : ScanError;
    }

    // Named constructors: every problem is built here, so each kind always carries the fields the
    // UI expects of it.
    static MonitorProblem directoryFailed(QByteArray path, int err)
    {
        return make(kindForErrno(err), std::move(path), err);
    }
    static MonitorProblem scanError(QByteArray path, int err, QByteArray detail = {})
    {
        MonitorProblem p = make(ScanError, std::move(path), err);
        p.detail = std::move(detail);
        return p;
    }
    static MonitorProblem rootMissing(QByteArray path, int err) { return make(RootMissing, std::move(path), err); }
    static MonitorProblem initFailed(int err) { return make(InitFailed, {}, err); }
    static MonitorProblem rootDeleted(QByteArray path) { return make(RootDeleted, std::move(path)); }
    static MonitorProblem rootMoved(QByteArray path) { return make(RootMoved, std::move(path)); }
    static MonitorProblem unmounted(QByteArray path) { return make(Unmounted, std::move(path)); }
    static MonitorProblem rootBack(QByteArray path) { return make(RootBack, std::move(path)); }
    static MonitorProblem mounted(QByteArray path) { return make(Mounted, std::move(path)); }
    static MonitorProblem queueOverflow(qint64 overflowsSoFar)
    {
        MonitorProblem p = make(QueueOverflow);
        p.count = overflowsSoFar;
        return p;
    }
    // The inotify rescan after the overflows counted so far is over, and found this much changed.
    static MonitorProblem rescanFound(qint64 overflowsSoFar, qint64 created, qint64 deleted)
    {
        MonitorProblem p = queueOverflow(overflowsSoFar);
        p.rescanned = true;
        p.created = created;
        p.deleted = deleted;
        return p;
    }
    // `unwatched` directories left out since the last report; `limit` is max_user_watches.
    static MonitorProblem watchLimit(qint64 unwatched, qint64 limit)
    {
        MonitorProblem p = make(WatchLimit, {}, ENOSPC);
        p.count = unwatched;
        p.limit = limit;
        p.detail = QByteArrayLiteral("/proc/sys/fs/inotify/max_user_watches");
        return p;
    }
    static MonitorProblem spillFailed(QByteArray directory, int err)
    {
        return make(SpillFailed, std::move(directory), err);
    }
    // What the fanotify helper (or pkexec) said: HelperFailed, HelperCancelled,
    // HelperNotAuthorized, or RootMissing when the helper refused a root; detail is technical.
    static MonitorProblem fromHelper(Kind kind, QByteArray detail, QByteArray path = {}, int err = 0)
    {
        MonitorProblem p = make(kind, std::move(path), err);
        p.detail = std::move(detail);
        return p;
    }

    // A note about the filesystem of `root` (RemoteFilesystem ... SubvolumeWatched).
    static MonitorProblem filesystem(Kind kind, QByteArray root, QByteArray detail, int err = 0)
    {
        MonitorProblem p = make(kind, std::move(root), err);
        p.detail = std::move(detail);
        return p;
    }

private:
    static MonitorProblem make(Kind kind, QByteArray path = {}, int err = 0)
    {
        MonitorProblem p;
        p.kind = kind;
        p.path = std::move(path);
        p.errnum = err;
        return p;
    }
};

Q_DECLARE_METATYPE(MonitorProblem)
