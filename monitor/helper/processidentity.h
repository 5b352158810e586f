#pragma once

#include <sys/types.h>

#include <string>

// Who caused an event: pid, comm and executable, read from /proc/PID.
//
// With a pidfd (FAN_REPORT_PIDFD, fanotify_init(2)) the identity is trustworthy: /proc/PID is read
// first and the pidfd is checked afterwards; if the process had exited by then, the pid may already
// belong to someone else, so the identity is dropped and the event is flagged "gone" instead of
// guessed. Without a pidfd (older kernels) /proc/PID is read as is and the event is flagged so.
struct ProcessIdentity
{
    std::string comm;
    std::string exe;
    bool gone = false;

    // `pidfd` is the event's pidfd: >= 0 a live pidfd, FAN_NOPIDFD / FAN_EPIDFD when the kernel
    // could not make one (the process was already gone), or kNoPidfd when the group has none.
    static constexpr int kNoPidfd = -1000;
    static ProcessIdentity read(pid_t pid, int pidfd);
};
