#pragma once

#include "core/watchoptions.h"

#include <sys/inotify.h>

// The inotify masks one watch asks for, derived once from the WatchOptions.
struct WatchMasks {
    // What opening and listing a directory makes the kernel report (see InotifySelfFilter).
    static constexpr quint32 kScanKinds = IN_OPEN | IN_ACCESS | IN_CLOSE_NOWRITE;

    quint32 user = 0; // what gets recorded
    quint32 dir = 0;  // what we ask the kernel for on a subdirectory
    quint32 root = 0; // ... and on a root
    bool scansCauseEvents = false; // our scans cause events we asked for (open/access/close_nowrite)

    static WatchMasks fromOptions(const WatchOptions &options)
    {
        WatchMasks m;
        m.user = options.events & (IN_ALL_EVENTS | IN_UNMOUNT);
        // What we must always ask for, recorded or not: IN_CREATE and IN_MOVED_* on directories so
        // new and moved subdirectories get watches; IN_DELETE_SELF / IN_MOVE_SELF on roots to
        // notice a root going away. IN_IGNORED, IN_UNMOUNT and IN_Q_OVERFLOW come whether asked or
        // not. IN_ONLYDIR | IN_DONT_FOLLOW: a path swapped for a symlink or a file between listing
        // and watching is refused instead of watched (inotify(7)).
        // IN_CREATE, IN_DELETE and IN_MOVED_* always: they keep KnownEntries current, so that a
        // rescan after an overflow can tell exactly what changed.
        const quint32 base = m.user & IN_ALL_EVENTS;
        m.dir = base | IN_ONLYDIR | IN_DONT_FOLLOW | IN_CREATE | IN_DELETE | IN_MOVED_FROM
            | IN_MOVED_TO;
        // A root named on the command line may be a symlink to a directory; follow that one.
        m.root = (m.dir & ~quint32(IN_DONT_FOLLOW)) | IN_DELETE_SELF | IN_MOVE_SELF;
        m.scansCauseEvents = (base & kScanKinds) != 0;
        return m;
    }

    quint32 forWatch(bool isRoot) const { return isRoot ? root : dir; }
};
