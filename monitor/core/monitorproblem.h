#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QtGlobal>

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
        QueueOverflow,     // IN_Q_OVERFLOW: events were lost; count = overflows so far; a rescan follows
        RootDeleted,       // the watched root was deleted (IN_DELETE_SELF on a root)
        RootMoved,         // the watched root itself was moved (IN_MOVE_SELF on a root)
        Unmounted,         // the filesystem holding a watched directory was unmounted
        HelperFailed,      // fanotify helper: could not start / died / sent garbage (see detail)
        HelperCancelled,   // pkexec exit 126: the user dismissed the password dialog
        HelperNotAuthorized, // pkexec exit 127: polkit said no
    };

    Kind kind = None;
    QByteArray path;   // raw bytes, decode with QFile::decodeName
    int errnum = 0;    // errno, when a syscall failed
    qint64 count = 0;  // how many directories / overflows this covers
    qint64 limit = 0;  // for WatchLimit: current /proc/sys/fs/inotify/max_user_watches
    QByteArray detail; // free-form technical detail (not translated), e.g. a helper's message
};

Q_DECLARE_METATYPE(MonitorProblem)
