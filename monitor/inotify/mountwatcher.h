#pragma once

#include "protocol/mounttable.h"

#include <QByteArray>
#include <QByteArrayView>

#include <vector>

// Follows the mount table of our mount namespace, /proc/self/mountinfo: mounting a filesystem on
// a watched directory makes no inotify event at all (the watch stays on the covered directory),
// so the engine learns of new mounts here. The reading and parsing are fsnoop::MountTable's, the
// one implementation the root helper uses too; this class gives the engine its mount points as
// QByteArrays.
//
// proc(5): the file is pollable; after a mount or unmount poll(2) reports POLLPRI (select(2) an
// exceptional condition) until it is read again from the start. The engine listens with a
// QSocketNotifier of type Exception on fd() in its reader thread and calls mountPoints(), then
// asks the kernel which directory each mount point inside its tree shows now (mount IDs are
// reused at once, so comparing tables could miss an unmount followed by a mount).
//
// Kernels from 6.14 on can also report mount attach/detach through fanotify (FAN_MNT_ATTACH /
// FAN_MNT_DETACH with FAN_REPORT_MNT), but only to a group made with CAP_SYS_ADMIN in the mount
// namespace's owning user namespace: the unprivileged inotify engine cannot use it, mountinfo is
// the way here.
//
// Used from the reader thread only.
class MountWatcher final
{
public:
    // Opens the table; false if it cannot be opened (no /proc).
    bool start();
    int fd() const { return m_table.fd(); }

    // Reads the table again (which clears POLLPRI): every mount point in it.
    std::vector<QByteArray> mountPoints();

    // The mount points (field 5, unescaped: \040 -> ' ', \011, \012, \134) of a mountinfo text;
    // malformed lines are skipped (MountTable::parse).
    static std::vector<QByteArray> parse(QByteArrayView text);

private:
    fsnoop::MountTable m_table;
};
