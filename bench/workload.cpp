// fsnoop-workload: a deterministic filesystem workload with known inotify event counts.
//
//   fsnoop-workload prepare KIND ROOT [options]   build what the run needs, before a tool watches
//   fsnoop-workload run KIND ROOT [options]       do the work while the tool watches ROOT
//
// KIND: burst | tree | race | rename | move. Options: --count N, --seed S, --dirs N (tree size),
// --depth N (deep chain of the tree), --files N (files per race dir), --chain N (renames per file),
// --outside DIR (move: a directory on the same filesystem, outside ROOT), --expect FILE (run: write
// the expected counts there instead of stdout), --race-list FILE (run: the files whose creation
// races a new directory's watch, one path per line).
//
// The expected counts are exact for a recursive inotify watch of ROOT with the mask
// create|modify|close_write|moved_from|moved_to|delete, because the work avoids what would make
// them depend on timing:
//   - one write() per file: inotify(7) coalesces identical successive events (same wd, mask, cookie
//     and name) while the older one is unread, so two writes could count as one or two;
//   - O_CREAT|O_EXCL, never O_TRUNC: open(2) of an existing file with O_TRUNC adds an IN_MODIFY;
//   - every name is used once, so no two queued events are ever identical.
// The only events a tool can legitimately miss are those inside a directory created (or moved in)
// before the tool had a watch on it: that is the new-directory race, reported per file.

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <random>
#include <string>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

struct Options {
    std::string kind;
    std::string root;
    std::string outside;
    std::string expectFile;
    std::string raceListFile;
    long count = 0; // 0: the kind's default
    long dirs = 100000;
    long depth = 64;
    long files = 20;
    long chain = 5;
    unsigned seed = 1;
};

struct Expected {
    long create = 0;
    long modify = 0;
    long closeWrite = 0;
    long movedFrom = 0;
    long movedTo = 0;
    long remove = 0;
    long renames = 0; // moved_from/moved_to pairs that both lie inside ROOT
    long ghosts = 0;  // files made in directories already moved out: a tool must not report them
    std::vector<std::string> raceFiles;
};

[[noreturn]] void fail(const char *what, const std::string &path)
{
    std::fprintf(stderr, "fsnoop-workload: %s %s: %s\n", what, path.c_str(), std::strerror(errno));
    std::exit(1);
}

long long nowNs()
{
    timespec ts{};
    clock_gettime(CLOCK_REALTIME, &ts);
    return static_cast<long long>(ts.tv_sec) * 1000000000LL + ts.tv_nsec;
}

void makeDir(const std::string &path)
{
    if (mkdir(path.c_str(), 0755) != 0 && errno != EEXIST)
        fail("mkdir", path);
}

char g_data[4096];

// create + one write + close: IN_CREATE, IN_MODIFY, IN_CLOSE_WRITE.
void writeFile(const std::string &path, std::size_t bytes)
{
    const int fd = open(path.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0644);
    if (fd < 0)
        fail("create", path);
    if (bytes > 0 && write(fd, g_data, bytes) != static_cast<ssize_t>(bytes))
        fail("write", path);
    if (close(fd) != 0)
        fail("close", path);
}

void moveTo(const std::string &from, const std::string &to)
{
    if (rename(from.c_str(), to.c_str()) != 0)
        fail("rename", from + " -> " + to);
}

void removeFile(const std::string &path)
{
    if (unlink(path.c_str()) != 0)
        fail("unlink", path);
}

// The tree: a wide part numbered breadth-first (node k's parent is (k-1)/fanout, node 0 is
// ROOT/tree) plus one deep chain ROOT/tree/deep/x/x/... The same options give the same paths in
// prepare and run, so run can pick directories without walking.
constexpr long kFanout = 8;

std::vector<std::string> treeDirs(const Options &o)
{
    std::vector<std::string> dirs;
    dirs.reserve(static_cast<std::size_t>(o.dirs + o.depth + 2));
    dirs.push_back(o.root + "/tree");
    for (long k = 1; k < o.dirs; ++k)
        dirs.push_back(dirs[static_cast<std::size_t>((k - 1) / kFanout)] + "/d" + std::to_string(k));
    std::string deep = o.root + "/tree/deep";
    dirs.push_back(deep);
    for (long i = 0; i < o.depth; ++i) {
        deep += "/x";
        dirs.push_back(deep);
    }
    return dirs;
}

std::string subdir(const std::string &base, long i)
{
    return base + "/" + std::to_string(i);
}

// --- prepare -------------------------------------------------------------------------------------

void prepare(const Options &o)
{
    if (o.kind == "burst") {
        makeDir(o.root + "/burst");
        for (long i = 0; i < 8; ++i)
            makeDir(subdir(o.root + "/burst", i));
    } else if (o.kind == "tree") {
        for (const std::string &d : treeDirs(o))
            makeDir(d);
    } else if (o.kind == "race") {
        makeDir(o.root + "/race");
    } else if (o.kind == "rename") {
        makeDir(o.root + "/ren");
        for (long i = 0; i < 4; ++i)
            makeDir(subdir(o.root + "/ren", i));
    } else if (o.kind == "move") {
        if (o.outside.empty()) {
            std::fprintf(stderr, "fsnoop-workload: move needs --outside DIR\n");
            std::exit(2);
        }
        makeDir(o.root + "/mv");
        makeDir(o.outside + "/src");
        makeDir(o.outside + "/back");
        const long n = o.count;
        for (long i = 0; i < n / 2; ++i)
            writeFile(o.outside + "/src/f" + std::to_string(i), 16);
        for (long i = 0; i < n / 4; ++i) {
            const std::string d = o.outside + "/src/dir" + std::to_string(i);
            makeDir(d);
            makeDir(d + "/sub");
            for (int j = 0; j < 3; ++j)
                writeFile(d + "/old" + std::to_string(j), 16);
            for (int j = 0; j < 2; ++j)
                writeFile(d + "/sub/old" + std::to_string(j), 16);
        }
    } else {
        std::fprintf(stderr, "fsnoop-workload: unknown kind %s\n", o.kind.c_str());
        std::exit(2);
    }
}

// --- run -----------------------------------------------------------------------------------------

// Bursts: files go through create+write, close, rename (to another directory) and delete in
// batches, so each phase is a burst of one kind spread over 8 watched directories.
void runBurst(const Options &o, std::mt19937 &rng, Expected &e)
{
    const long n = o.count;
    const long batch = 512;
    std::vector<int> fds;
    std::vector<std::string> names;
    std::vector<std::string> renamed;
    for (long start = 0; start < n; start += batch) {
        const long end = std::min(n, start + batch);
        fds.clear();
        names.clear();
        renamed.clear();
        for (long i = start; i < end; ++i) {
            names.push_back(subdir(o.root + "/burst", long(rng() % 8)) + "/f" + std::to_string(i));
            const int fd = open(names.back().c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0644);
            if (fd < 0)
                fail("create", names.back());
            const std::size_t bytes = 1 + rng() % sizeof g_data;
            if (write(fd, g_data, bytes) != static_cast<ssize_t>(bytes))
                fail("write", names.back());
            fds.push_back(fd);
        }
        for (std::size_t i = 0; i < fds.size(); ++i) {
            if (close(fds[i]) != 0)
                fail("close", names[i]);
        }
        for (long i = start; i < end; ++i) {
            renamed.push_back(subdir(o.root + "/burst", long(rng() % 8)) + "/r" + std::to_string(i));
            moveTo(names[std::size_t(i - start)], renamed.back());
        }
        for (const std::string &r : renamed)
            removeFile(r);
    }
    e.create = e.modify = e.closeWrite = e.movedFrom = e.movedTo = e.remove = n;
    e.renames = n;
}

// A pre-built tree is watched; one empty file is created and deleted in `count` directories picked
// across the whole tree (wide and deep), which proves every directory got its watch.
void runTree(const Options &o, std::mt19937 &rng, Expected &e)
{
    const std::vector<std::string> dirs = treeDirs(o);
    std::vector<std::string> made;
    made.reserve(std::size_t(o.count));
    for (long i = 0; i < o.count; ++i) {
        made.push_back(dirs[rng() % dirs.size()] + "/t" + std::to_string(i));
        writeFile(made.back(), 0); // no write: IN_CREATE and IN_CLOSE_WRITE only
    }
    for (const std::string &m : made)
        removeFile(m);
    e.create = e.closeWrite = e.remove = o.count;
}

// The new-directory race: mkdir, then at once files inside it and inside a subdirectory made right
// after it. A tool that only adds a watch when it reads IN_CREATE|IN_ISDIR misses whatever was made
// before that; one that also lists the new directory (ARCHITECTURE.md, "Recursive inotify") sees all.
void runRace(const Options &o, std::mt19937 &rng, Expected &e)
{
    for (long k = 0; k < o.count; ++k) {
        const std::string d = o.root + "/race/n" + std::to_string(k);
        makeDir(d);
        makeDir(d + "/s");
        e.create += 2;
        for (long f = 0; f < o.files; ++f) {
            const std::string p = (f % 2 ? d + "/s" : d) + "/f" + std::to_string(f);
            writeFile(p, 1 + rng() % 512);
            e.raceFiles.push_back(p);
        }
    }
    const long files = o.count * o.files;
    e.create += files;
    e.modify += files;
    e.closeWrite += files;
}

// Rename chains: every file is renamed `chain` times across 4 directories (a -> b -> c ...), in
// batches so that many renames are in flight at once, then deleted.
void runRename(const Options &o, std::mt19937 &rng, Expected &e)
{
    const long n = o.count;
    std::vector<std::string> current(static_cast<std::size_t>(n));
    for (long i = 0; i < n; ++i) {
        current[std::size_t(i)] = subdir(o.root + "/ren", long(rng() % 4)) + "/c" + std::to_string(i) + "_0";
        writeFile(current[std::size_t(i)], 0);
    }
    for (long step = 1; step <= o.chain; ++step) {
        for (long i = 0; i < n; ++i) {
            std::string next = subdir(o.root + "/ren", long(rng() % 4)) + "/c" + std::to_string(i) + "_"
                + std::to_string(step);
            moveTo(current[std::size_t(i)], next);
            current[std::size_t(i)] = std::move(next);
        }
    }
    for (const std::string &c : current)
        removeFile(c);
    e.create = e.closeWrite = e.remove = n;
    e.movedFrom = e.movedTo = e.renames = n * o.chain;
}

// Moves f0..f<files-1> and dir0..dir<dirs-1> from one folder into another.
void moveAll(const std::string &from, const std::string &to, long files, long dirs)
{
    for (long i = 0; i < files; ++i)
        moveTo(from + "/f" + std::to_string(i), to + "/f" + std::to_string(i));
    for (long i = 0; i < dirs; ++i)
        moveTo(from + "/dir" + std::to_string(i), to + "/dir" + std::to_string(i));
}

// Moves in and out: files and directory trees come in from outside ROOT (IN_MOVED_TO without a
// partner), a new file is written inside each moved-in tree (the tool must have watched it), then
// everything leaves again (IN_MOVED_FROM without a partner), and a "ghost" file is written in each
// departed directory: a tool that kept its watch there reports events from outside the tree.
// The phases are 200 ms apart: this workload asks whether a tool follows trees that move in and
// out, not how fast (the race workload asks that); back to back, a reader that lags by a few ms
// would find each tree gone again before it could look inside.
void runMove(const Options &o, std::mt19937 &rng, Expected &e)
{
    const timespec pause{0, 200 * 1000 * 1000};
    const long files = o.count / 2;
    const long dirs = o.count / 4;
    moveAll(o.outside + "/src", o.root + "/mv", files, dirs);
    e.movedTo = files + dirs;
    nanosleep(&pause, nullptr);
    for (long i = 0; i < dirs; ++i) {
        const std::string p = o.root + "/mv/dir" + std::to_string(i) + "/sub/new";
        writeFile(p, 1 + rng() % 512);
        e.raceFiles.push_back(p);
    }
    e.create = e.modify = e.closeWrite = dirs;
    nanosleep(&pause, nullptr);
    moveAll(o.root + "/mv", o.outside + "/back", files, dirs);
    e.movedFrom = files + dirs;
    nanosleep(&pause, nullptr);
    for (long i = 0; i < dirs; ++i)
        writeFile(o.outside + "/back/dir" + std::to_string(i) + "/sub/ghost" + std::to_string(i), 8);
    e.ghosts = dirs;
}

void writeExpected(const Options &o, const Expected &e, long long startNs, long long endNs)
{
    FILE *out = stdout;
    if (!o.expectFile.empty() && !(out = std::fopen(o.expectFile.c_str(), "w")))
        fail("open", o.expectFile);
    const long total = e.create + e.modify + e.closeWrite + e.movedFrom + e.movedTo + e.remove;
    std::fprintf(out,
                 "kind=%s\nseed=%u\ncount=%ld\ncreate=%ld\nmodify=%ld\nclose_write=%ld\nmoved_from=%ld\n"
                 "moved_to=%ld\ndelete=%ld\ntotal=%ld\nrenames=%ld\nrace_files=%zu\nghost_files=%ld\n"
                 "start_ns=%lld\nend_ns=%lld\n",
                 o.kind.c_str(), o.seed, o.count, e.create, e.modify, e.closeWrite, e.movedFrom, e.movedTo,
                 e.remove, total, e.renames, e.raceFiles.size(), e.ghosts, startNs, endNs);
    if (out != stdout)
        std::fclose(out);
    if (!o.raceListFile.empty()) {
        FILE *list = std::fopen(o.raceListFile.c_str(), "w");
        if (!list)
            fail("open", o.raceListFile);
        for (const std::string &p : e.raceFiles)
            std::fprintf(list, "%s\n", p.c_str());
        std::fclose(list);
    }
}

long defaultCount(const std::string &kind)
{
    if (kind == "burst")
        return 20000;
    if (kind == "tree")
        return 2000;
    if (kind == "race")
        return 200;
    if (kind == "rename")
        return 5000;
    return 2000; // move
}

int usage()
{
    std::fprintf(stderr,
                 "usage: fsnoop-workload prepare|run burst|tree|race|rename|move ROOT [--count N] [--seed S]\n"
                 "         [--dirs N] [--depth N] [--files N] [--chain N] [--outside DIR]\n"
                 "         [--expect FILE] [--race-list FILE]\n");
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 4)
        return usage();
    const std::string mode = argv[1];
    Options o;
    o.kind = argv[2];
    o.root = argv[3];
    for (int i = 4; i < argc; ++i) {
        const std::string a = argv[i];
        if (i + 1 >= argc)
            return usage();
        const char *v = argv[++i];
        if (a == "--count")
            o.count = std::atol(v);
        else if (a == "--seed")
            o.seed = unsigned(std::strtoul(v, nullptr, 10));
        else if (a == "--dirs")
            o.dirs = std::atol(v);
        else if (a == "--depth")
            o.depth = std::atol(v);
        else if (a == "--files")
            o.files = std::atol(v);
        else if (a == "--chain")
            o.chain = std::atol(v);
        else if (a == "--outside")
            o.outside = v;
        else if (a == "--expect")
            o.expectFile = v;
        else if (a == "--race-list")
            o.raceListFile = v;
        else
            return usage();
    }
    if (o.count <= 0)
        o.count = defaultCount(o.kind);
    if (o.dirs < 1)
        o.dirs = 1;

    std::mt19937 rng(o.seed);
    for (char &c : g_data)
        c = char('a' + rng() % 26);

    if (mode == "prepare") {
        prepare(o);
        return 0;
    }
    if (mode != "run")
        return usage();

    Expected e;
    const long long start = nowNs();
    if (o.kind == "burst")
        runBurst(o, rng, e);
    else if (o.kind == "tree")
        runTree(o, rng, e);
    else if (o.kind == "race")
        runRace(o, rng, e);
    else if (o.kind == "rename")
        runRename(o, rng, e);
    else if (o.kind == "move")
        runMove(o, rng, e);
    else
        return usage();
    writeExpected(o, e, start, nowNs());
    return 0;
}
