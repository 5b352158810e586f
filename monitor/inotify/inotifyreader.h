#pragma once

#include "inotify/inotifyparser.h"

#include <QtGlobal>

#include <memory>
#include <vector>

// The byte side of reading an inotify fd: one read(2) into a buffer allocated once, decoded by
// InotifyParser, with a partial record at the end kept for the next read. It is apart from
// InotifyEngine so that the engine deals in events only, and so that buffer handling (the carried
// tail, EINTR, EAGAIN) can be checked on its own, on any fd that delivers such bytes.
//
// Used from the reader thread only, by InotifyEngine.
class InotifyReader final
{
public:
    InotifyReader();
    InotifyReader(const InotifyReader &) = delete;
    InotifyReader &operator=(const InotifyReader &) = delete;

    enum class Status {
        Read,   // a read returned bytes: `events` holds the whole records among them (maybe none)
        Empty,  // nothing queued (EAGAIN on the non-blocking fd, or end of file)
        Failed, // read(2) failed: errno in `*err`
    };
    // One read(2) on `fd` (non-blocking). `events` is cleared first. The names of the events point
    // into the buffer: they stay valid until the next call, which is also when the carried partial
    // record is moved to the buffer start.
    Status read(int fd, std::vector<InotifyRawEvent> &events, int *err);

private:
    std::unique_ptr<char[]> m_buffer;
    qsizetype m_tail = 0;    // where the partial record of the last read starts
    qsizetype m_carried = 0; // its bytes, moved to the buffer start before the next read
};
