#pragma once

#include "core/uniquefd.h"
#include "processidentity.h"

#include <sys/types.h>

#include <cstdint>
#include <string>
#include <unordered_map>

// The helper's memory of processes, so that an event is labelled with the process as it was when
// the event happened, even when that process has exited before the event is read.
//
// Why it is needed: fanotify gives a pid and, with FAN_REPORT_PIDFD, a pidfd made when the event
// is *read*; a `touch` that created a file and exited has no pidfd any more (FAN_NOPIDFD) and no
// /proc entry. But its exec was a file event too (FAN_OPEN_EXEC, queued before the process's own
// events, fanotify(7)): the exec tells the pid and the executable's path, and the name the kernel
// gives the process (the basename of the path, __set_task_comm() in begin_new_exec()).
//
// Keyed by pid, made safe against pid reuse two ways:
//  - a live process is checked by its start time (/proc/PID/stat field 22): a different start
//    time is a different process, and the old entry is replaced;
//  - for an exited process nothing can be read, so the entry is only trusted while the kernel's
//    pid allocator (/proc/sys/kernel/ns_last_pid, cyclic up to pid_max) cannot have handed the
//    same pid to someone else: it is sampled before every read of the fanotify fd, and an entry
//    is dropped once the allocator has come round to its pid again (see crossings()).
// An event whose process cannot be named safely is reported "process gone", never guessed.
class ProcessCache final
{
public:
    ProcessCache();

    // Around each read(2) of the fanotify fd, to know when the events of a read can have happened:
    // beforeRead() samples the pid allocator; then either queueEmpty() (EAGAIN) or, when events
    // came, beginBatch(drained) with drained = this read emptied the queue.
    void beforeRead();
    void queueEmpty();
    void beginBatch(bool drained);

    // The identity for an event of `pid`. `pidfd`: the event's pidfd (>= 0 live, < 0 gone), or
    // kNoPidfd for a group without pidfds. `execAhead`: this pid execs later in the same read, so
    // /proc already shows a later program and must not be read for this event.
    // Sets `fromExec` when the name and executable come from an exec event rather than /proc.
    static constexpr int kNoPidfd = -1000;
    const ProcessIdentity *lookup(pid_t pid, int pidfd, bool execAhead, bool &fromExec);

    // The process `pid` executes `path` (a FAN_OPEN_EXEC event).
    void exec(pid_t pid, int pidfd, const std::string &path);

    std::size_t size() const { return m_entries.size(); }

    // Pure helpers, exposed for unit tests.
    // How many times a cyclic allocator over [0, modulus) handed out `pid` while its position went
    // from `from` (exclusive) to `to` (inclusive); positions count wraps: wraps * modulus + pid.
    static std::int64_t crossings(std::int64_t pid, std::int64_t from, std::int64_t to, std::int64_t modulus);
    // The ELF interpreter (PT_INTERP) an exec opens after the program itself: ld-linux*.so*, ld.so.
    static bool isLoader(const std::string &path);
    // The comm the kernel gives after an exec of `path`: its basename, at most 15 bytes.
    static void commFromPath(const std::string &path, std::string &comm);

private:
    struct Entry {
        ProcessIdentity id;
        std::int64_t learnedAt = 0; // allocator position after which a reuse of the pid would show
                                    // (a live entry: its process held the pid at that position)
        std::uint64_t batch = 0;    // the read in which /proc was last read for it
        bool live = false;          // learned from /proc (start time known), not only from an exec
        bool fromExec = false;      // name and executable come from an exec event
        bool execOpen = false;      // an exec was seen and no other event of this pid since
        bool execWasScript = false; // ... and that exec's file starts with "#!"
    };

    Entry *find(pid_t pid);
    Entry &insert(pid_t pid);
    std::int64_t samplePosition();
    std::int64_t heldPidAt() const;
    bool readInto(Entry &e, pid_t pid, int pidfd, bool sameProcessKnown);

    std::unordered_map<pid_t, Entry> m_entries;
    UniqueFd m_lastPidFd;
    std::int64_t m_pidMax = 32768;
    std::int64_t m_position = 0;      // wraps * pid_max + ns_last_pid, sampled after this read
    std::int64_t m_preRead = 0;       // ... and before it
    std::int64_t m_drainedAt = 0;     // before the last read that left the queue empty
    std::int64_t m_windowStart = 0;   // no event of this read can have happened before this position
    std::int64_t m_lastRaw = -1;
    std::int64_t m_wraps = 0;
    std::uint64_t m_batch = 0;
};
