#pragma once

#include "protocol/mounttable.h"

#include <string>
#include <vector>

// Which filesystems are mounted on directories under the request's roots when the helper starts
// (known()), and which are mounted or unmounted there while it watches (read()). A filesystem
// mark covers one filesystem only, and mounting makes no fanotify event on the covered directory,
// so without this everything written to a filesystem mounted inside the tree, before or during a
// capture, would go unreported, silently.
//
// The mount table is /proc/self/mountinfo (fsnoop::MountTable, the parser the inotify engine uses
// too); main() polls fd() for POLLPRI (proc(5)) and calls read(). A mount is one table entry,
// told apart by mount ID, device and mount point together. The kernel reuses a mount ID as soon
// as its mount is gone, so a filesystem unmounted and mounted again at the same place between two
// reads of the table may come back as the same entry and go unseen (its new superblock is then
// not marked); that takes an umount(2) and a mount(2) within the moment between a POLLPRI and
// our read.
//
// Only mount points under a root count (isUnderRoot: whole components, canonical roots), so the
// helper marks nothing the request did not name. Work per change is one read of the table (at
// most MountTable::kMaxTableBytes) and a sort.
class MountFollower final
{
public:
    struct Changes
    {
        std::vector<fsnoop::MountEntry> mounted;
        std::vector<fsnoop::MountEntry> unmounted;
    };

    explicit MountFollower(std::vector<std::string> roots) : m_roots(std::move(roots)) {}

    // Opens the table. What is mounted under the roots now is the starting state: known(), not
    // reported by read() unless it is unmounted.
    bool start();
    const std::vector<std::string> &roots() const { return m_roots; }
    // The mounts under the roots as of the last read, sorted (mount ID, device, mount point).
    const std::vector<fsnoop::MountEntry> &known() const { return m_known; }
    // The table to poll; -1 once it could not be read (nothing is followed any more).
    int fd() const { return m_table.fd(); }

    // Reads the table again (which clears POLLPRI): the mounts under the roots since the last read.
    Changes read();

    // The pure part of read(): from the mounts under the roots in `known` to those in `now`;
    // `known` becomes the mounts under the roots in `now`, sorted.
    static Changes diff(std::vector<fsnoop::MountEntry> &known, const std::vector<fsnoop::MountEntry> &now,
                        const std::vector<std::string> &roots);

private:
    std::vector<std::string> m_roots;
    fsnoop::MountTable m_table;
    std::vector<fsnoop::MountEntry> m_known; // sorted (mount ID, device, mount point)
    std::vector<fsnoop::MountEntry> m_now;   // reused between reads
};
