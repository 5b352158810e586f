#include "processidentity.h"

#include "core/uniquefd.h"

#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstring>

namespace {

// Reads at most `size` bytes of the file `name` below the /proc/PID directory `dirfd`.
ssize_t readAt(int dirfd, const char *name, char *buf, std::size_t size)
{
    const UniqueFd fd(::openat(dirfd, name, O_RDONLY | O_CLOEXEC));
    if (!fd.isValid())
        return -1;
    std::size_t done = 0;
    while (done < size) {
        const ssize_t n = ::read(fd.get(), buf + done, size - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        done += std::size_t(n);
    }
    return ssize_t(done);
}

// pidfd_send_signal(2) with signal 0 checks that the process still exists without touching it;
// ESRCH means it has exited (a zombie still counts, and its pid cannot be reused while it is one).
bool pidfdAlive(int pidfd)
{
    return ::syscall(SYS_pidfd_send_signal, pidfd, 0, nullptr, 0) == 0 || errno != ESRCH;
}

bool parseNumber(const char *&p, const char *end, std::uint64_t &v)
{
    if (p == end || *p < '0' || *p > '9')
        return false;
    v = 0;
    while (p != end && *p >= '0' && *p <= '9') {
        if (v > (UINT64_MAX - 9) / 10)
            return false;
        v = v * 10 + std::uint64_t(*p++ - '0');
    }
    return true;
}

} // namespace

bool ProcessIdentity::parseStat(const char *data, std::size_t size, std::string &comm, std::int32_t &ppid,
                                std::uint64_t &startTicks, bool &exiting)
{
    const char *end = data + size;
    const char *open = static_cast<const char *>(std::memchr(data, '(', size));
    const char *close = nullptr;
    for (const char *p = end; p != data; --p) {
        if (p[-1] == ')') {
            close = p - 1;
            break;
        }
    }
    if (!open || !close || close < open)
        return false;
    // After ") ": field 3 (state) is index 0; ppid is field 4, the kernel's task flags field 9,
    // starttime field 22 (proc(5)).
    constexpr std::uint64_t kPfExiting = 0x4; // PF_EXITING, include/linux/sched.h
    std::uint64_t taskFlags = 0;
    const char *p = close + 1;
    std::uint64_t v = 0;
    for (int field = 3; field <= 22; ++field) {
        while (p != end && *p == ' ')
            ++p;
        if (field == 3) {
            while (p != end && *p != ' ')
                ++p;
            continue;
        }
        const bool negative = p != end && *p == '-'; // some fields (priority, nice) may be negative
        if (negative)
            ++p;
        if (!parseNumber(p, end, v))
            return false;
        if (field == 4)
            ppid = std::int32_t(v);
        else if (field == 9)
            taskFlags = v;
    }
    startTicks = v;
    exiting = taskFlags & kPfExiting;
    comm.assign(open + 1, std::size_t(close - open - 1));
    return true;
}

bool ProcessIdentity::parseStatusUid(const char *data, std::size_t size, std::uint32_t &uid)
{
    static const char kKey[] = "\nUid:";
    const char *end = data + size;
    for (const char *p = data; p + sizeof kKey - 1 <= end; ++p) {
        if (std::memcmp(p, kKey, sizeof kKey - 1) != 0)
            continue;
        p += sizeof kKey - 1;
        while (p != end && (*p == '\t' || *p == ' '))
            ++p;
        std::uint64_t v = 0;
        if (!parseNumber(p, end, v) || v > 0xffffffffu)
            return false;
        uid = std::uint32_t(v);
        return true;
    }
    return false;
}

bool ProcessIdentity::readLive(pid_t pid, int pidfd, unsigned parts, ProcessIdentity &out)
{
    if (pid <= 0)
        return false;
    char path[32];
    std::snprintf(path, sizeof path, "/proc/%d", int(pid));
    const UniqueFd dir(::open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!dir.isValid())
        return false;
    // Fixed buffers on the stack: bounded reads, and the only allocation is the first growth of
    // out's strings.
    char buf[1024];
    if (parts & Stat) {
        const ssize_t n = readAt(dir.get(), "stat", buf, sizeof buf);
        if (n <= 0 || !parseStat(buf, std::size_t(n), out.comm, out.ppid, out.startTicks, out.exiting))
            return false;
    }
    if (parts & Details) {
        char exe[PATH_MAX];
        const ssize_t n = ::readlinkat(dir.get(), "exe", exe, sizeof exe);
        // Kernel threads and zombies have no exe: that is an answer, not a failure.
        out.exe.assign(exe, (n > 0 && std::size_t(n) < sizeof exe) ? std::size_t(n) : 0u);
        // The uid sits in the first ~10 lines of status; 1 KiB holds them.
        const ssize_t s = readAt(dir.get(), "status", buf, sizeof buf);
        out.uid = kNoUid;
        if (s > 0)
            parseStatusUid(buf, std::size_t(s), out.uid);
        char cmd[kMaxCommandLine];
        const ssize_t c = readAt(dir.get(), "cmdline", cmd, sizeof cmd);
        std::size_t len = c > 0 ? std::size_t(c) : 0u;
        while (len > 0 && cmd[len - 1] == '\0')
            --len;
        out.cmdline.assign(cmd, len);
    }
    out.pid = pid;
    return pidfd < 0 || pidfdAlive(pidfd);
}
