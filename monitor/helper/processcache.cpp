#include "processcache.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

namespace {

constexpr std::size_t kMaxEntries = 8192;

std::int64_t readNumber(int fd)
{
    char buf[32];
    const ssize_t n = ::pread(fd, buf, sizeof buf - 1, 0);
    if (n <= 0)
        return -1;
    buf[n] = '\0';
    return std::strtoll(buf, nullptr, 10);
}

// floor division for possibly negative numerators
std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

bool startsWithShebang(const std::string &path)
{
    // O_NONBLOCK|O_NOCTTY: never hang on something that is not a regular file. Our own read is
    // not reported back: the helper ignores its own pid.
    const UniqueFd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK | O_NOFOLLOW));
    char magic[2] = {0, 0};
    return fd.isValid() && ::pread(fd.get(), magic, 2, 0) == 2 && magic[0] == '#' && magic[1] == '!';
}

} // namespace

ProcessCache::ProcessCache()
    : m_lastPidFd(::open("/proc/sys/kernel/ns_last_pid", O_RDONLY | O_CLOEXEC))
{
    const UniqueFd pidMax(::open("/proc/sys/kernel/pid_max", O_RDONLY | O_CLOEXEC));
    const std::int64_t max = pidMax.isValid() ? readNumber(pidMax.get()) : -1;
    if (max > 0)
        m_pidMax = max;
    m_position = m_preRead = m_drainedAt = m_windowStart = samplePosition();
}

std::int64_t ProcessCache::samplePosition()
{
    const std::int64_t raw = m_lastPidFd.isValid() ? readNumber(m_lastPidFd.get()) : -1;
    if (raw < 0)
        return m_position; // unknown: entries for exited processes then live until evicted
    // The allocator only moves forward, wrapping at pid_max; a smaller value means it wrapped (or
    // root wrote ns_last_pid, which counts the same: the pids above may be handed out again).
    if (m_lastRaw >= 0 && raw < m_lastRaw)
        ++m_wraps;
    m_lastRaw = raw;
    return m_wraps * m_pidMax + raw;
}

void ProcessCache::beforeRead()
{
    m_preRead = samplePosition();
}

void ProcessCache::queueEmpty()
{
    m_drainedAt = m_preRead;
}

void ProcessCache::beginBatch(bool drained)
{
    ++m_batch;
    // Every event of this read was queued after the last read that found the queue empty began.
    m_windowStart = m_drainedAt;
    m_position = samplePosition();
    if (drained)
        m_drainedAt = m_preRead;
}

std::int64_t ProcessCache::crossings(std::int64_t pid, std::int64_t from, std::int64_t to, std::int64_t modulus)
{
    if (to <= from)
        return 0;
    return floorDiv(to - pid, modulus) - floorDiv(from - pid, modulus);
}

bool ProcessCache::isLoader(const std::string &path)
{
    const std::size_t slash = path.rfind('/');
    const char *base = path.c_str() + (slash == std::string::npos ? 0 : slash + 1);
    return std::strcmp(base, "ld.so") == 0 || (std::strncmp(base, "ld-", 3) == 0 && std::strstr(base, ".so"));
}

void ProcessCache::commFromPath(const std::string &path, std::string &comm)
{
    const std::size_t slash = path.rfind('/');
    const std::size_t start = slash == std::string::npos ? 0 : slash + 1;
    comm.assign(path, start, 15); // TASK_COMM_LEN - 1
}

ProcessCache::Entry *ProcessCache::find(pid_t pid)
{
    auto it = m_entries.find(pid);
    if (it == m_entries.end())
        return nullptr;
    Entry &e = it->second;
    // A live-read entry: its process held the pid when it was learned, so any pass of the
    // allocator over the pid since may be a new owner. An exec-learned entry of an exited process:
    // the process's own allocation may lie in the window, so one pass is allowed, unless the
    // allocator went half way round (then trust nothing).
    const std::int64_t n = crossings(pid, e.learnedAt, m_position, m_pidMax);
    const bool stale = e.live ? n >= 1 : (n >= 2 || (n == 1 && m_position - e.learnedAt >= m_pidMax / 2));
    if (stale) {
        m_entries.erase(it);
        return nullptr;
    }
    return &e;
}

ProcessCache::Entry &ProcessCache::insert(pid_t pid)
{
    if (m_entries.size() >= kMaxEntries) {
        // Bounded: forget everything not used in this read (the common cost is a re-read of /proc).
        for (auto it = m_entries.begin(); it != m_entries.end();)
            it = it->second.batch == m_batch ? std::next(it) : m_entries.erase(it);
    }
    Entry &e = m_entries[pid];
    e = Entry{};
    e.id.pid = pid;
    return e;
}

std::int64_t ProcessCache::heldPidAt() const
{
    // The process just read from /proc (its pidfd still alive after the read, readLive()) held
    // its pid at m_position: that was sampled after the read(2) that brought its event, so after
    // it got the pid (its event was queued before), and it has not let the pid go since. Any later
    // pass of the allocator over the pid is a new owner. (Without pidfds the read is unverified
    // anyway; a pid taken after m_position shows as a pass at the next read: a re-read, no more.)
    // Not m_preRead: a process forked between beforeRead() and read(2), as a shell's fork+exec
    // of `touch` is when the helper is preempted there, got its pid after that sample, so its own
    // allocation counted as a reuse. find() then dropped the entry its exec had made and /proc was
    // read again, by then with the process exiting: after exit_mm() /proc/PID/exe is gone
    // (proc_exe_link(): get_task_exe_file() finds no mm) while comm still reads, and the event
    // came out as 'touch' with no executable and nothing said.
    return m_position;
}

bool ProcessCache::readInto(Entry &e, pid_t pid, int pidfd, bool sameProcessKnown)
{
    // Stat first: the start time tells whether the cached details still belong to this process.
    ProcessIdentity fresh;
    const int checkFd = pidfd == kNoPidfd ? -1 : pidfd;
    if (!ProcessIdentity::readLive(pid, checkFd, ProcessIdentity::Stat, fresh))
        return false;
    if (sameProcessKnown && e.live && !e.fromExec && fresh.startTicks == e.id.startTicks) {
        e.id.comm.swap(fresh.comm); // prctl(PR_SET_NAME) may have renamed it since
        e.id.ppid = fresh.ppid;     // and it may have been re-parented
        e.id.exiting = fresh.exiting;
        e.batch = m_batch;
        return true;
    }
    if (!ProcessIdentity::readLive(pid, checkFd, ProcessIdentity::Stat | ProcessIdentity::Details, fresh))
        return false;
    // A zombie (exited, not yet reaped: its pidfd still works) has no exe and no command line any
    // more; if its exec named it, that stays the answer.
    const bool keepExec = fresh.exe.empty() && e.live && e.fromExec && e.id.startTicks == fresh.startTicks;
    if (keepExec)
        fresh.exe.swap(e.id.exe);
    e.id = std::move(fresh);
    e.live = true;
    e.fromExec = keepExec;
    e.learnedAt = heldPidAt();
    e.batch = m_batch;
    return true;
}

const ProcessIdentity *ProcessCache::lookup(pid_t pid, int pidfd, bool execAhead, bool &fromExec)
{
    fromExec = false;
    Entry *e = find(pid);
    // The first other event after an exec: the new program runs, /proc shows it completely now.
    const bool justExeced = e && e->execOpen;
    if (e)
        e->execOpen = false;
    const bool gone = pidfd < 0 && pidfd != kNoPidfd;
    if (gone || execAhead) {
        // Nothing to read (or /proc shows a later program): what we knew is the best answer.
        if (!e)
            return nullptr;
        fromExec = e->fromExec;
        return &e->id;
    }
    // A live process. An entry learned only from the exec of an exited process cannot be this
    // one (fanotify ties the pidfd to the event's struct pid, which is never reused).
    if (e && e->live && e->batch == m_batch && !justExeced) {
        fromExec = e->fromExec;
        return &e->id; // read in this same read(): fresh enough, and no syscall per event
    }
    const bool known = e && e->live;
    Entry &target = e ? *e : insert(pid);
    if (!readInto(target, pid, pidfd, known)) {
        // It exited while we looked: what we knew of it before still holds.
        if (!known && !target.fromExec) {
            m_entries.erase(pid);
            return nullptr;
        }
        fromExec = target.fromExec;
        return &target.id;
    }
    fromExec = target.fromExec; // readInto() kept the exec's executable of a process past exit_mm()
    return &target.id;
}

void ProcessCache::exec(pid_t pid, int pidfd, const std::string &path)
{
    Entry *e = find(pid);
    const bool continuation = e && e->execOpen;
    // One execve(2) opens the program and then its ELF interpreter; a script also its "#!"
    // interpreter (binfmt_script). The process is the program; /proc/PID/exe the last ELF.
    if (continuation && isLoader(path))
        return;
    Entry &t = e ? *e : insert(pid);
    const bool gone = pidfd < 0 && pidfd != kNoPidfd;
    if (!gone && !t.live) {
        // Alive: learn what an exec does not change (start time, parent, user) while we can.
        ProcessIdentity fresh;
        if (ProcessIdentity::readLive(pid, pidfd == kNoPidfd ? -1 : pidfd,
                                      ProcessIdentity::Stat | ProcessIdentity::Details, fresh)) {
            t.id = std::move(fresh);
            t.live = true;
            t.learnedAt = heldPidAt();
            t.batch = m_batch;
        }
    }
    // Name and executable come from the event, not from /proc: the event is queued when execve()
    // opens the program, before the process takes its new name (begin_new_exec()), so /proc may
    // still show the old program when we read it. fromExec makes the next read of a later batch
    // take everything from /proc again.
    if (!(continuation && t.execWasScript)) {
        commFromPath(path, t.id.comm);
        t.id.cmdline.clear(); // the previous program's; the new one is read later if it lives
    }
    t.id.exe = path;
    t.execWasScript = startsWithShebang(path);
    t.execOpen = true;
    t.fromExec = true;
    if (!t.live)
        t.learnedAt = m_windowStart;
}
