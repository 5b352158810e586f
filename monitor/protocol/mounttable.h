#pragma once

#include "core/uniquefd.h"

#include <cstddef>
#include <string>
#include <vector>

namespace fsnoop {

// One line of /proc/self/mountinfo, as far as fsnoop needs it (proc(5)):
//     "36 35 98:0 /mnt1 /mnt2 rw,noatime master:1 - ext3 /dev/root rw,errors=continue"
//      (1)(2) (3)   (4)   (5)
struct MountEntry
{
    int mountId = -1;       // (1) unique per mount, reused once it is gone
    std::string device;     // (3) major:minor of the filesystem
    std::string mountPoint; // (5) unescaped, absolute
};

// The mount table of our mount namespace, /proc/self/mountinfo: mounting a filesystem makes no
// inotify or fanotify event on the directory it covers, so both the inotify engine (MountWatcher)
// and the root helper (MountFollower) learn of mounts here. Plain C++ without Qt, in this room
// with the protocol, because the helper links no Qt and both sides must parse the table alike.
//
// proc(5): the file is pollable; after a mount or unmount poll(2) reports POLLPRI (and POLLERR)
// until the file is read again from the start.
//
// The text comes from the kernel but names paths any user may choose (a mount point under /tmp),
// so it is parsed like untrusted input: malformed lines are skipped, escapes checked, a mount
// point longer than PATH_MAX dropped, and at most kMaxTableBytes read.
class MountTable final
{
public:
    static constexpr std::size_t kMaxTableBytes = std::size_t(8) * 1024 * 1024;
    static constexpr std::size_t kMaxMountPointLength = 4095; // PATH_MAX minus the NUL

    // Opens the table and reads it once (from then on a change is reported); false without /proc.
    bool open();
    int fd() const { return m_fd.get(); }

    // Reads the whole table again (which clears POLLPRI); false if it cannot be read. A table
    // over kMaxTableBytes is cut after its last whole line within the limit.
    bool read(std::vector<MountEntry> &entries);

    // The entries of a mountinfo text; malformed lines are skipped.
    static std::vector<MountEntry> parse(const char *text, std::size_t size);

private:
    UniqueFd m_fd;
    std::string m_text; // kept between reads: its capacity is reused
};

} // namespace fsnoop
