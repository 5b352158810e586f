// fsnoop-benchcount: reads what one tool wrote during a bench/compare.sh case and counts it the
// same way for every tool, so the figures side by side mean the same thing.
//
//   fsnoop-benchcount --format raw|fsnoop|inotifywait|fswatch|fatrace --root DIR
//                     [--race-list FILE] OUTPUT
//
// Formats (as compare.sh asks each tool to write):
//   raw          fsnoop-rawreader --csv: time_ns,event,path,is_dir,cookie,source(k|s)
//   fsnoop       fsnoop record CSV with a header row; columns found by name (time, events, path,
//                cookie, source); events like "CLOSE_WRITE|ISDIR"
//   inotifywait  --format '%:e|%w%f'           e.g. CLOSE_WRITE:CLOSE|/r/a
//   fswatch      --format '%f|%p' --event-flag-separator=:   e.g. Removed:MovedFrom|/r/a
//   fatrace      -t -t: "1795331644.216781 bash(9485): CWO /r/d/a"
//
// Prints key=value lines: create modify close_write moved_from moved_to delete total synthesized
// overflows paired race_missed ghosts last_ns lines. -1 means "this tool cannot say".
// Only events under --root count; events on "ghost*" files (written after their directory left
// the tree) are counted apart as ghosts: a tool should not report them at all.

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "lib/csvfields.h"

namespace {

enum Kind { Create, Modify, CloseWrite, MovedFrom, MovedTo, Delete, KindCount };
const char *const kKindNames[KindCount] = {"create", "modify", "close_write", "moved_from", "moved_to", "delete"};

struct Counts {
    long long kinds[KindCount] = {};
    long long synthesized = 0;
    long long overflows = 0;
    long long ghosts = 0;
    long long lines = 0;
    long long lastNs = -1;
    bool hasCookies = false;
    std::unordered_map<unsigned, int> cookies; // cookie -> bit 1: from seen, bit 2: to seen
    std::unordered_set<std::string> seen;      // every path with an event
};

// The fields of one line as getline gives it, with the '\r' of a "\r\n" line end (fsnoop's CSV
// ends its lines so) taken off first.
std::vector<std::string> splitCsv(std::string_view line)
{
    if (!line.empty() && line.back() == '\r')
        line.remove_suffix(1);
    return csvFields(line);
}

std::vector<std::string> tokens(const std::string &s, const char *separators)
{
    std::vector<std::string> out;
    std::string cur;
    for (char c : s) {
        if (std::strchr(separators, c)) {
            if (!cur.empty())
                out.push_back(cur);
            cur.clear();
        } else {
            cur += char(c >= 'a' && c <= 'z' ? c - 32 : c);
        }
    }
    if (!cur.empty())
        out.push_back(cur);
    return out;
}

// "2026-11-22T08:12:36.123456+01:00" (or Z, or no zone = UTC) -> ns since the epoch; -1 if not a time.
long long parseIsoTime(const std::string &s)
{
    int y, mo, d, h, mi, sec;
    int consumed = 0;
    if (std::sscanf(s.c_str(), "%d-%d-%dT%d:%d:%d%n", &y, &mo, &d, &h, &mi, &sec, &consumed) != 6)
        return -1;
    std::size_t p = std::size_t(consumed);
    long long frac = 0;
    if (p < s.size() && s[p] == '.') {
        long long scale = 100000000;
        for (++p; p < s.size() && s[p] >= '0' && s[p] <= '9'; ++p, scale /= 10)
            frac += (s[p] - '0') * scale;
    }
    long offset = 0;
    if (p < s.size() && (s[p] == '+' || s[p] == '-')) {
        int oh = 0, om = 0;
        std::sscanf(s.c_str() + p + 1, "%d:%d", &oh, &om);
        offset = (oh * 3600L + om * 60L) * (s[p] == '-' ? -1 : 1);
    }
    tm t{};
    t.tm_year = y - 1900;
    t.tm_mon = mo - 1;
    t.tm_mday = d;
    t.tm_hour = h;
    t.tm_min = mi;
    t.tm_sec = sec;
    return (static_cast<long long>(timegm(&t)) - offset) * 1000000000LL + frac;
}

class Counter final
{
public:
    Counter(std::string root, Counts &c)
        : m_root(std::move(root))
        , m_prefix(m_root + '/')
        , m_c(c)
    {
    }

    // One event of `kind` on `path`; cookie 0 = none.
    void add(int kind, const std::string &path, unsigned cookie = 0, bool synthesized = false)
    {
        if (path != m_root && path.compare(0, m_prefix.size(), m_prefix) != 0)
            return;
        const std::size_t slash = path.rfind('/');
        if (path.compare(slash + 1, 5, "ghost") == 0) {
            ++m_c.ghosts;
            return;
        }
        ++m_c.kinds[kind];
        if (synthesized)
            ++m_c.synthesized;
        m_c.seen.insert(path);
        if (cookie && (kind == MovedFrom || kind == MovedTo))
            m_c.cookies[cookie] |= kind == MovedFrom ? 1 : 2;
    }

private:
    std::string m_root;
    std::string m_prefix;
    Counts &m_c;
};

int kindOfName(const std::string &upper)
{
    for (int k = 0; k < KindCount; ++k) {
        std::string n = kKindNames[k];
        for (char &ch : n)
            ch = char(ch >= 'a' && ch <= 'z' ? ch - 32 : ch);
        if (n == upper)
            return k;
    }
    return -1;
}

void readRaw(std::istream &in, Counter &counter, Counts &c)
{
    std::string line;
    c.hasCookies = true;
    while (std::getline(in, line)) {
        ++c.lines;
        const auto f = splitCsv(line);
        if (f.size() < 6)
            continue;
        c.lastNs = std::atoll(f[0].c_str());
        if (f[1] == "q_overflow") {
            ++c.overflows;
            continue;
        }
        const int k = kindOfName(tokens(f[1], "")[0]);
        if (k >= 0)
            counter.add(k, f[2], unsigned(std::strtoul(f[4].c_str(), nullptr, 10)), f[5] == "s");
    }
}

void readFsnoop(std::istream &in, Counter &counter, Counts &c)
{
    std::string line;
    int time = -1, events = -1, path = -1, cookie = -1, source = -1;
    while (std::getline(in, line)) {
        ++c.lines;
        auto f = splitCsv(line);
        if (events < 0) { // the header row names the columns
            for (int i = 0; i < int(f.size()); ++i) {
                const std::string &n = f[std::size_t(i)];
                if (n.find("time") != std::string::npos && time < 0)
                    time = i;
                else if (n.find("event") != std::string::npos && events < 0)
                    events = i;
                else if (n == "path")
                    path = i;
                else if (n == "cookie")
                    cookie = i;
                else if (n == "source")
                    source = i;
            }
            if (events < 0 || path < 0) {
                std::fprintf(stderr, "fsnoop-benchcount: no events/path columns in the header\n");
                std::exit(1);
            }
            c.hasCookies = cookie >= 0;
            continue;
        }
        if (int(f.size()) <= std::max(events, path))
            continue;
        if (time >= 0 && time < int(f.size())) {
            const long long t = parseIsoTime(f[std::size_t(time)]);
            if (t > c.lastNs)
                c.lastNs = t;
        }
        const bool synthesized = source >= 0 && source < int(f.size()) && f[std::size_t(source)] == "scan";
        const unsigned ck = cookie >= 0 && cookie < int(f.size())
            ? unsigned(std::strtoul(f[std::size_t(cookie)].c_str(), nullptr, 10)) : 0;
        for (const std::string &t : tokens(f[std::size_t(events)], "|,: ")) {
            if (t.find("OVERFLOW") != std::string::npos) {
                ++c.overflows;
                break;
            }
            const int k = kindOfName(t);
            if (k >= 0)
                counter.add(k, f[std::size_t(path)], ck, synthesized);
        }
    }
}

// inotifywait --format '%e|%w%f' and fswatch -x --event-flag-separator=: write "TYPES|PATH" lines;
// calls f(types, path) for each (a line without a bar is counted and skipped).
template<typename F>
void forEachTypesBarPath(std::istream &in, Counts &c, F f)
{
    std::string line;
    while (std::getline(in, line)) {
        ++c.lines;
        const std::size_t bar = line.find('|');
        if (bar != std::string::npos)
            f(line.substr(0, bar), line.substr(bar + 1));
    }
}

void readInotifywait(std::istream &in, Counter &counter, Counts &c)
{
    forEachTypesBarPath(in, c, [&](const std::string &types, const std::string &path) {
        for (const std::string &t : tokens(types, ":,")) {
            if (t == "Q_OVERFLOW") {
                ++c.overflows;
                break;
            }
            const int k = kindOfName(t);
            if (k >= 0)
                counter.add(k, path);
        }
    });
}

void readFswatch(std::istream &in, Counter &counter, Counts &c)
{
    forEachTypesBarPath(in, c, [&](const std::string &types, const std::string &path) {
        bool created = false, updated = false, removed = false, from = false, to = false;
        for (const std::string &t : tokens(types, ":, ")) {
            created |= t == "CREATED";
            updated |= t == "UPDATED";
            removed |= t == "REMOVED";
            from |= t == "MOVEDFROM";
            to |= t == "MOVEDTO";
            if (t == "OVERFLOW")
                ++c.overflows;
        }
        // fswatch's inotify monitor maps IN_MOVED_FROM to Removed+MovedFrom, IN_MOVED_TO to
        // Created+MovedTo, and both IN_MODIFY and IN_CLOSE_WRITE to Updated.
        if (from)
            counter.add(MovedFrom, path);
        else if (to)
            counter.add(MovedTo, path);
        else if (created)
            counter.add(Create, path);
        else if (removed)
            counter.add(Delete, path);
        else if (updated)
            counter.add(Modify, path);
    });
}

void readFatrace(std::istream &in, Counter &counter, Counts &c)
{
    std::string line;
    while (std::getline(in, line)) {
        ++c.lines;
        const std::size_t colon = line.find("): ");
        if (colon == std::string::npos)
            continue;
        c.lastNs = static_cast<long long>(std::atof(line.c_str()) * 1e9);
        std::size_t p = colon + 3;
        const std::size_t typesEnd = line.find(' ', p);
        if (typesEnd == std::string::npos)
            continue;
        const std::string types = line.substr(p, typesEnd - p);
        p = line.find_first_not_of(' ', typesEnd);
        if (p == std::string::npos)
            continue;
        const std::string path = line.substr(p);
        // fanotify merges events on one object while they are queued (fanotify(7)), so one line
        // can carry several types. Directory-entry events name the directory, not the entry.
        for (char t : types) {
            switch (t) {
            case '+': counter.add(Create, path); break;
            case 'D': counter.add(Delete, path); break;
            case '<': counter.add(MovedFrom, path); break;
            case '>': counter.add(MovedTo, path); break;
            case 'W': counter.add(Modify, path); break;
            case 'C': counter.add(CloseWrite, path); break;
            default: break;
            }
        }
    }
}

int usage()
{
    std::fprintf(stderr, "usage: fsnoop-benchcount --format raw|fsnoop|inotifywait|fswatch|fatrace --root DIR "
                         "[--race-list FILE] OUTPUT\n");
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    std::string format, root, raceList, file;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if ((a == "--format" || a == "--root" || a == "--race-list") && i + 1 < argc) {
            (a == "--format" ? format : a == "--root" ? root : raceList) = argv[++i];
        } else if (file.empty() && !a.empty() && a[0] != '-') {
            file = a;
        } else {
            return usage();
        }
    }
    if (format.empty() || root.empty() || file.empty())
        return usage();
    while (root.size() > 1 && root.back() == '/')
        root.pop_back();

    std::ifstream in(file);
    if (!in) {
        std::fprintf(stderr, "fsnoop-benchcount: cannot open %s\n", file.c_str());
        return 1;
    }
    Counts c;
    Counter counter(root, c);
    if (format == "raw")
        readRaw(in, counter, c);
    else if (format == "fsnoop")
        readFsnoop(in, counter, c);
    else if (format == "inotifywait")
        readInotifywait(in, counter, c);
    else if (format == "fswatch")
        readFswatch(in, counter, c);
    else if (format == "fatrace")
        readFatrace(in, counter, c);
    else
        return usage();

    long long total = 0;
    for (int k = 0; k < KindCount; ++k) {
        std::printf("%s=%lld\n", kKindNames[k], c.kinds[k]);
        total += c.kinds[k];
    }
    long long paired = -1;
    if (c.hasCookies) {
        paired = 0;
        for (const auto &entry : c.cookies)
            paired += entry.second == 3;
    }
    long long missed = -1;
    if (!raceList.empty()) {
        std::ifstream list(raceList);
        std::string path;
        missed = 0;
        while (std::getline(list, path))
            missed += path.empty() ? 0 : !c.seen.count(path);
    }
    std::printf("total=%lld\nsynthesized=%lld\noverflows=%lld\npaired=%lld\nrace_missed=%lld\nghosts=%lld\n"
                "last_ns=%lld\nlines=%lld\n",
                total, c.synthesized, c.overflows, paired, missed, c.ghosts, c.lastNs, c.lines);
    return 0;
}
