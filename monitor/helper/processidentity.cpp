#include "processidentity.h"

#include "core/uniquefd.h"

#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdio>

namespace {

std::string readSmallFile(const char *path)
{
    const UniqueFd fd(::open(path, O_RDONLY | O_CLOEXEC));
    if (!fd.isValid())
        return {};
    char buf[128];
    ssize_t n;
    do {
        n = ::read(fd.get(), buf, sizeof buf);
    } while (n < 0 && errno == EINTR);
    if (n <= 0)
        return {};
    std::string s(buf, std::size_t(n));
    if (!s.empty() && s.back() == '\n')
        s.pop_back();
    return s;
}

std::string readLink(const char *path)
{
    char buf[PATH_MAX];
    const ssize_t n = ::readlink(path, buf, sizeof buf);
    if (n <= 0 || std::size_t(n) >= sizeof buf)
        return {};
    return std::string(buf, std::size_t(n));
}

// pidfd_send_signal(2) with signal 0 checks that the process still exists without touching it;
// ESRCH means it has exited (a zombie still counts as existing, and its pid cannot be reused).
bool pidfdAlive(int pidfd)
{
    return ::syscall(SYS_pidfd_send_signal, pidfd, 0, nullptr, 0) == 0 || errno != ESRCH;
}

} // namespace

ProcessIdentity ProcessIdentity::read(pid_t pid, int pidfd)
{
    ProcessIdentity id;
    if (pid <= 0)
        return id;
    if (pidfd != kNoPidfd && pidfd < 0) {
        // FAN_NOPIDFD: the kernel found the process gone when it queued the event.
        id.gone = true;
        return id;
    }
    char path[64];
    std::snprintf(path, sizeof path, "/proc/%d/comm", int(pid));
    id.comm = readSmallFile(path);
    std::snprintf(path, sizeof path, "/proc/%d/exe", int(pid));
    id.exe = readLink(path);
    if (pidfd >= 0 && !pidfdAlive(pidfd)) {
        id = ProcessIdentity{};
        id.gone = true;
    } else if (pidfd == kNoPidfd && id.comm.empty()) {
        id.gone = true; // no /proc/PID any more; without a pidfd this is the best we know
    }
    return id;
}
