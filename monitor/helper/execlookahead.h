#pragma once

#include <sys/types.h>

#include <cstddef>
#include <utility>
#include <vector>

// The exec events (FAN_OPEN_EXEC) of one read(2) of a fanotify fd, found before any of its events
// is handled: an event of a pid that execs later in the same read must not be labelled from /proc,
// which already shows the later program (ProcessCache::lookup). Separate from FanotifyWatcher
// because it is a pass of its own over the read buffer, metadata only, and pure: it is checked on
// crafted buffers without a kernel.
class ExecLookahead final
{
public:
    ExecLookahead() { m_execs.reserve(1024); }

    // Notes where the exec events of `buf` (`len` bytes as read(2) returned them) are. A malformed
    // length ends the scan; the read's own pass reports it.
    void scan(const char *buf, std::size_t len);
    // Whether `pid` has an exec event later in this read than the event at `eventIndex`.
    bool execsAfter(pid_t pid, std::size_t eventIndex) const;

private:
    std::vector<std::pair<pid_t, std::size_t>> m_execs; // (pid, index of the event in the read)
};
