// fsnoop-rawreader: the least a recursive inotify reader can do, as a yardstick.
//
//   fsnoop-rawreader [--csv FILE] [--summary FILE] [--timeout S] [--events all] DIR
//
// It walks DIR and watches every directory, watches new directories as they appear (listing them
// at once, so files made before the watch existed are still seen, as synthesized creates; in a
// directory moved in, only files changed since the start count as new), drops
// the watches of directories moved out of the tree, and counts events by kind until SIGINT, SIGTERM
// or --timeout. That is the physical limit of the machine for "capture everything": no strings, no
// storage. With --csv it also writes one minimal CSV line per event (time_ns,event,path,is_dir,
// cookie,source): the "bare reader writing CSV" fsnoop record is compared with.
//
// On stderr: "ready watches=N setup_ms=T" once the initial walk is done, and a summary at the end.
// The summary also goes to --summary FILE as key=value lines for bench/compare.sh.

#include <cerrno>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <string>
#include <unordered_map>
#include <vector>

#include <dirent.h>
#include <poll.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

volatile std::sig_atomic_t g_stop = 0;

void onSignal(int)
{
    g_stop = 1;
}

long long nowNs()
{
    timespec ts{};
    clock_gettime(CLOCK_REALTIME, &ts);
    return static_cast<long long>(ts.tv_sec) * 1000000000LL + ts.tv_nsec;
}

enum Kind { Create, Modify, CloseWrite, MovedFrom, MovedTo, Delete, KindCount };
const char *const kKindNames[KindCount] = {"create", "modify", "close_write", "moved_from", "moved_to", "delete"};

class RawReader final
{
public:
    RawReader(FILE *csv, uint32_t mask)
        : m_csv(csv)
        , m_mask(mask | IN_ONLYDIR | IN_DONT_FOLLOW)
    {
        m_fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
        if (m_fd < 0) {
            std::perror("fsnoop-rawreader: inotify_init1");
            std::exit(1);
        }
    }

    // What addTree() reports of the entries it finds.
    enum class Synthesize {
        None,     // the initial walk: nothing is new
        All,      // a directory just created: everything in it was made before we could watch it
        NewFiles, // a directory moved in: its old content is not news, but files whose inode changed
                  // since we started (ctime) were made after the move, before our watch existed
    };

    void setStartTime(long long ns) { m_startNs = ns; }

    // Watches `dir` and everything below it, reporting entries as synthesized creates per `synth`.
    void addTree(const std::string &dir, Synthesize synth)
    {
        const int wd = inotify_add_watch(m_fd, dir.c_str(), m_mask);
        if (wd < 0) {
            // ENOENT/ENOTDIR: gone or replaced before we got there, an expected race.
            if (errno != ENOENT && errno != ENOTDIR) {
                if (m_addErrors++ == 0)
                    std::fprintf(stderr, "fsnoop-rawreader: inotify_add_watch %s: %s%s\n", dir.c_str(),
                                 std::strerror(errno),
                                 errno == ENOSPC ? " (raise /proc/sys/fs/inotify/max_user_watches)" : "");
            }
            return;
        }
        // An already watched inode (a directory moved inside the tree) keeps its wd: the new path
        // simply replaces the old one.
        m_paths[wd] = dir;
        DIR *d = opendir(dir.c_str());
        if (!d)
            return;
        std::vector<std::string> subdirs;
        while (const dirent *entry = readdir(d)) {
            const char *name = entry->d_name;
            if (name[0] == '.' && (name[1] == 0 || (name[1] == '.' && name[2] == 0)))
                continue;
            bool isDir = entry->d_type == DT_DIR;
            if (entry->d_type == DT_UNKNOWN) {
                struct stat st{};
                isDir = lstat((dir + '/' + name).c_str(), &st) == 0 && S_ISDIR(st.st_mode);
            }
            bool report = synth == Synthesize::All;
            if (synth == Synthesize::NewFiles && !isDir) {
                struct stat st{};
                report = lstat((dir + '/' + name).c_str(), &st) == 0
                    && static_cast<long long>(st.st_ctim.tv_sec) * 1000000000LL + st.st_ctim.tv_nsec >= m_startNs;
            }
            if (report) {
                ++m_synthesized;
                ++m_counts[Create];
                if (m_csv)
                    writeLine(nowNs(), Create, dir, name, isDir, 0, 's');
            }
            if (isDir)
                subdirs.push_back(dir + '/' + name);
        }
        closedir(d);
        for (const std::string &sub : subdirs)
            addTree(sub, synth);
    }

    void run(long long deadlineNs)
    {
        alignas(inotify_event) static char buf[256 * 1024];
        pollfd pfd{m_fd, POLLIN, 0};
        while (!g_stop) {
            const int timeout = m_pendingMove ? 5 : 200;
            const int r = poll(&pfd, 1, timeout);
            if (r < 0 && errno != EINTR) {
                std::perror("fsnoop-rawreader: poll");
                break;
            }
            if (deadlineNs > 0 && nowNs() >= deadlineNs)
                break;
            if (r <= 0) {
                // IN_MOVED_FROM of a directory with no IN_MOVED_TO after it: it left the tree.
                if (m_pendingMove)
                    forgetMovedOut();
                continue;
            }
            for (;;) {
                const ssize_t n = read(m_fd, buf, sizeof buf);
                if (n <= 0)
                    break; // EAGAIN: drained
                const long long t = nowNs();
                m_lastEventNs = t;
                for (char *p = buf; p < buf + n;) {
                    const auto *ev = reinterpret_cast<const inotify_event *>(p);
                    handle(*ev, t);
                    p += sizeof(inotify_event) + ev->len;
                }
            }
        }
        if (m_csv)
            std::fflush(m_csv);
    }

    void printSummary(FILE *out, const char *sep) const
    {
        long long total = 0;
        for (long long c : m_counts)
            total += c;
        std::fprintf(out, "events=%lld%s", total, sep);
        for (int k = 0; k < KindCount; ++k)
            std::fprintf(out, "%s=%lld%s", kKindNames[k], m_counts[k], sep);
        std::fprintf(out, "synthesized=%lld%soverflows=%lld%swatches=%zu%sadd_errors=%lld%slast_event_ns=%lld\n",
                     m_synthesized, sep, m_overflows, sep, m_paths.size(), sep, m_addErrors, sep, m_lastEventNs);
    }

    std::size_t watchCount() const { return m_paths.size(); }

private:
    void handle(const inotify_event &ev, long long t)
    {
        if (ev.mask & IN_Q_OVERFLOW) {
            ++m_overflows;
            if (m_csv)
                std::fprintf(m_csv, "%lld,q_overflow,,0,0,k\n", t);
            return;
        }
        if (m_pendingMove) {
            if ((ev.mask & IN_MOVED_TO) && ev.cookie == m_pendingCookie)
                m_pendingMove = false; // renamed inside the tree: the MOVED_TO below re-walks it
            else
                forgetMovedOut();
        }
        if (ev.mask & IN_IGNORED) {
            m_paths.erase(ev.wd);
            return;
        }
        const auto it = m_paths.find(ev.wd);
        if (it == m_paths.end())
            return; // a watch we already dropped (moved out)
        const bool isDir = ev.mask & IN_ISDIR;
        int kind;
        if (ev.mask & IN_CREATE)
            kind = Create;
        else if (ev.mask & IN_MODIFY)
            kind = Modify;
        else if (ev.mask & IN_CLOSE_WRITE)
            kind = CloseWrite;
        else if (ev.mask & IN_MOVED_FROM)
            kind = MovedFrom;
        else if (ev.mask & IN_MOVED_TO)
            kind = MovedTo;
        else if (ev.mask & IN_DELETE)
            kind = Delete;
        else
            return; // IN_DELETE_SELF, IN_MOVE_SELF, IN_UNMOUNT: not counted
        ++m_counts[kind];
        if (m_csv)
            writeLine(t, kind, it->second, ev.name, isDir, ev.cookie, 'k');
        if (!isDir)
            return;
        if (kind == Create) {
            addTree(it->second + '/' + ev.name, Synthesize::All);
        } else if (kind == MovedTo) {
            // Moved in from outside, or renamed inside: (re)walk it; existing wds get their new path.
            addTree(it->second + '/' + ev.name, Synthesize::NewFiles);
        } else if (kind == MovedFrom) {
            m_pendingMove = true;
            m_pendingCookie = ev.cookie;
            m_pendingPath = it->second + '/' + ev.name;
        }
    }

    // The directory at m_pendingPath left the tree: its watches (and its subtree's) must go, or its
    // later events would be reported under a path that no longer exists here.
    void forgetMovedOut()
    {
        m_pendingMove = false;
        const std::string prefix = m_pendingPath + '/';
        for (auto it = m_paths.begin(); it != m_paths.end();) {
            if (it->second == m_pendingPath || it->second.compare(0, prefix.size(), prefix) == 0) {
                inotify_rm_watch(m_fd, it->first);
                it = m_paths.erase(it);
            } else {
                ++it;
            }
        }
    }

    void writeLine(long long t, int kind, const std::string &dir, const char *name, bool isDir, uint32_t cookie,
                   char source)
    {
        std::fprintf(m_csv, "%lld,%s,", t, kKindNames[kind]);
        const bool quote = std::strpbrk(dir.c_str(), ",\"\n\r") || std::strpbrk(name, ",\"\n\r");
        if (quote) {
            std::fputc('"', m_csv);
            for (const char *s : {dir.c_str(), "/", name}) {
                for (; *s; ++s) {
                    if (*s == '"')
                        std::fputc('"', m_csv);
                    std::fputc(*s, m_csv);
                }
            }
            std::fputc('"', m_csv);
        } else {
            std::fputs(dir.c_str(), m_csv);
            std::fputc('/', m_csv);
            std::fputs(name, m_csv);
        }
        std::fprintf(m_csv, ",%d,%u,%c\n", isDir ? 1 : 0, cookie, source);
    }

    FILE *m_csv;
    uint32_t m_mask;
    int m_fd = -1;
    std::unordered_map<int, std::string> m_paths; // wd -> directory path
    long long m_counts[KindCount] = {};
    long long m_synthesized = 0;
    long long m_overflows = 0;
    long long m_addErrors = 0;
    long long m_lastEventNs = 0;
    long long m_startNs = 0;
    bool m_pendingMove = false;
    uint32_t m_pendingCookie = 0;
    std::string m_pendingPath;
};

int usage()
{
    std::fprintf(stderr, "usage: fsnoop-rawreader [--csv FILE] [--summary FILE] [--timeout S] DIR\n");
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    std::string csvPath;
    std::string summaryPath;
    double timeout = 0;
    std::string dir;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if ((a == "--csv" || a == "--summary" || a == "--timeout") && i + 1 < argc) {
            const char *v = argv[++i];
            if (a == "--csv")
                csvPath = v;
            else if (a == "--summary")
                summaryPath = v;
            else
                timeout = std::atof(v);
        } else if (!a.empty() && a[0] != '-' && dir.empty()) {
            dir = a;
        } else {
            return usage();
        }
    }
    if (dir.empty())
        return usage();
    while (dir.size() > 1 && dir.back() == '/')
        dir.pop_back();

    struct sigaction sa{};
    sa.sa_handler = onSignal; // no SA_RESTART: poll() returns EINTR and the loop sees g_stop
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGTERM, &sa, nullptr);

    FILE *csv = nullptr;
    if (!csvPath.empty()) {
        csv = csvPath == "-" ? stdout : std::fopen(csvPath.c_str(), "w");
        if (!csv) {
            std::perror(csvPath.c_str());
            return 1;
        }
        static char csvBuffer[1 << 20];
        setvbuf(csv, csvBuffer, _IOFBF, sizeof csvBuffer);
    }

    const uint32_t mask = IN_CREATE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE;
    RawReader reader(csv, mask);
    const long long start = nowNs();
    reader.setStartTime(start);
    reader.addTree(dir, RawReader::Synthesize::None);
    std::fprintf(stderr, "ready watches=%zu setup_ms=%.1f\n", reader.watchCount(), double(nowNs() - start) / 1e6);
    std::fflush(stderr);

    reader.run(timeout > 0 ? start + static_cast<long long>(timeout * 1e9) : 0);

    if (csv && csv != stdout)
        std::fclose(csv);
    std::fputs("fsnoop-rawreader: ", stderr);
    reader.printSummary(stderr, " ");
    if (!summaryPath.empty()) {
        if (FILE *s = std::fopen(summaryPath.c_str(), "w")) {
            reader.printSummary(s, "\n");
            std::fclose(s);
        }
    }
    return 0;
}
