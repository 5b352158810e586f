#pragma once

#include <sys/types.h>

#include <cstddef>
#include <cstdint>
#include <string>

// Who a process is, as far as the helper can tell: read from /proc/PID through the pid the kernel
// tied to the event's pidfd (FAN_REPORT_PIDFD, fanotify_init(2)), or learned from the process's
// own exec event (FAN_OPEN_EXEC) when it had exited before it could be read. Raw bytes throughout:
// comm, exe and cmdline are Linux byte strings, never re-encoded.
struct ProcessIdentity
{
    static constexpr std::uint32_t kNoUid = 0xffffffffu;
    static constexpr std::size_t kMaxCommandLine = 4096; // bounded read of /proc/PID/cmdline

    pid_t pid = -1;
    std::uint64_t startTicks = 0; // /proc/PID/stat field 22 (clock ticks since boot); 0 = unknown
    std::int32_t ppid = -1;
    std::uint32_t uid = kNoUid;   // real uid (/proc/PID/status "Uid:" first field)
    std::string comm;             // /proc/PID/comm (as in /proc/PID/stat)
    std::string exe;              // /proc/PID/exe
    std::string cmdline;          // /proc/PID/cmdline, NUL-separated, at most kMaxCommandLine bytes
    bool exiting = false;         // PF_EXITING in /proc/PID/stat field 9: inside do_exit(); once
                                  // exit_mm() has run, exe and cmdline read empty (proc_exe_link())

    // Read while the process was exiting, after exit_mm(): only the name, parent and start time
    // are left, not who it was (a kernel thread also has no exe, but is not exiting).
    bool partial() const { return exiting && exe.empty(); }

    enum Parts : unsigned {
        Stat = 0x1,    // comm, ppid, start time: one read, enough to revalidate a cached process
        Details = 0x2, // exe, command line, uid: read once per process (and after an exec)
    };

    // Reads `parts` of /proc/PID into `out` (whose string capacity is reused: no allocation once
    // warm). With a live `pidfd` the read is validated afterwards: if the process has exited in the
    // meantime its pid may name someone else already, so the result is discarded (false).
    // `pidfd` < 0 means the group has no pidfds (old kernels): the read is unverified.
    static bool readLive(pid_t pid, int pidfd, unsigned parts, ProcessIdentity &out);

    // Pure parsers, exposed for unit tests. parseStat: "PID (COMM) S PPID ... FLAGS ... STARTTIME ..."
    // where COMM may itself contain spaces and ')' (the last ')' ends it).
    static bool parseStat(const char *data, std::size_t size, std::string &comm, std::int32_t &ppid,
                          std::uint64_t &startTicks, bool &exiting);
    static bool parseStatusUid(const char *data, std::size_t size, std::uint32_t &uid);
};
