// fsnoop-probe: a tiny program with a name of its own, so the tests can check that fanotify
// records carry the pid, comm and executable of the process that touched the files.
//
//   fsnoop-probe DIR [OUTSIDE_DIR] [--exit] [--many N]
// In DIR: create and write "a", rename it to "b", mkdir "d", rmdir "d", unlink "b". With
// OUTSIDE_DIR, also writes OUTSIDE_DIR/x. With --many N, then creates and unlinks N more files
// (2 events each, enough to overflow a frozen reader's queue). Prints "done" and then waits for
// stdin EOF (so the process is alive while the helper reads its identity), unless --exit.
//
//   fsnoop-probe --renamer DIR
// Writes DIR/first, prints "1", waits for a line on stdin, renames itself (prctl PR_SET_NAME) to
// the non-UTF-8 name "re\xffnamed", writes DIR/second, prints "2" and waits for stdin EOF.
#include <fcntl.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

static bool writeFile(const std::string &path)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        return false;
    const bool ok = ::write(fd, "probe\n", 6) == 6;
    return ::close(fd) == 0 && ok;
}

static int renamer(const std::string &dir)
{
    char c = 0;
    if (!writeFile(dir + "/first"))
        return 1;
    std::printf("1\n");
    std::fflush(stdout);
    while (::read(STDIN_FILENO, &c, 1) == 1 && c != '\n') {
    }
    if (::prctl(PR_SET_NAME, "re\xff" "named", 0, 0, 0) != 0 || !writeFile(dir + "/second"))
        return 1;
    std::printf("2\n");
    std::fflush(stdout);
    while (::read(STDIN_FILENO, &c, 1) > 0) {
    }
    return 0;
}

int main(int argc, char **argv)
{
    if (argc < 2)
        return 2;
    if (std::strcmp(argv[1], "--renamer") == 0)
        return argc == 3 ? renamer(argv[2]) : 2;
    const std::string dir = argv[1];
    bool waitForEof = true;
    std::string outside;
    long many = 0;
    for (int i = 2; i < argc; ++i) {
        if (std::strcmp(argv[i], "--exit") == 0)
            waitForEof = false;
        else if (std::strcmp(argv[i], "--many") == 0 && i + 1 < argc)
            many = std::strtol(argv[++i], nullptr, 10);
        else
            outside = argv[i];
    }
    const std::string a = dir + "/a", b = dir + "/b", d = dir + "/d";
    if (!writeFile(a) || ::rename(a.c_str(), b.c_str()) != 0 || ::mkdir(d.c_str(), 0755) != 0
        || ::rmdir(d.c_str()) != 0 || ::unlink(b.c_str()) != 0) {
        std::perror("fsnoop-probe");
        return 1;
    }
    if (!outside.empty() && !writeFile(outside + "/x"))
        return 1;
    for (long i = 0; i < many; ++i) {
        const std::string f = dir + "/m" + std::to_string(i);
        const int fd = ::open(f.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
        if (fd < 0 || ::close(fd) != 0 || ::unlink(f.c_str()) != 0)
            return 1;
    }
    std::printf("done\n");
    std::fflush(stdout);
    if (waitForEof) {
        char c;
        while (::read(STDIN_FILENO, &c, 1) > 0) {
        }
    }
    return 0;
}
