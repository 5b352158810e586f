// fsnoop-benchrun: runs one measured tool and records what it cost, to the microsecond.
//
//   fsnoop-benchrun RESULT_FILE COMMAND [ARGS...]
//
// Writes "user_s=... sys_s=... maxrss_kib=... exit=... signal=..." to RESULT_FILE when COMMAND
// ends. /usr/bin/time would do, but it prints CPU seconds with two decimals, too coarse for tools
// that spend 30 ms on a workload, and it leaves SIGINT ignored in the child: a shell script starts
// its background jobs with SIGINT and SIGQUIT ignored (bash(1), "job control not in effect"), and
// ignored dispositions survive execve(2), so a tool that relies on the default action would never
// stop on the Ctrl-C the benchmark sends it. Here the child gets the default back.
//
// SIGINT is for the tool alone (bench/compare.sh signals the tool's pid); SIGTERM and SIGHUP sent
// to this wrapper are passed on so that stopping the wrapper never leaves the tool behind.

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

volatile pid_t g_child = -1;

void forward(int sig)
{
    if (g_child > 0)
        kill(g_child, sig);
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: fsnoop-benchrun RESULT_FILE COMMAND [ARGS...]\n");
        return 2;
    }
    const pid_t child = fork();
    if (child < 0) {
        std::perror("fsnoop-benchrun: fork");
        return 1;
    }
    if (child == 0) {
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGQUIT, SIG_DFL);
        sigset_t none;
        sigemptyset(&none);
        sigprocmask(SIG_SETMASK, &none, nullptr);
        execvp(argv[2], argv + 2);
        std::fprintf(stderr, "fsnoop-benchrun: %s: %s\n", argv[2], std::strerror(errno));
        _exit(127);
    }
    g_child = child;
    std::signal(SIGINT, SIG_IGN);
    std::signal(SIGQUIT, SIG_IGN);
    struct sigaction sa{};
    sa.sa_handler = forward;
    sigaction(SIGTERM, &sa, nullptr);
    sigaction(SIGHUP, &sa, nullptr);

    int status = 0;
    rusage ru{};
    pid_t r;
    do {
        r = wait4(child, &status, 0, &ru);
    } while (r < 0 && errno == EINTR);
    if (r < 0) {
        std::perror("fsnoop-benchrun: wait4");
        return 1;
    }
    if (FILE *out = std::fopen(argv[1], "w")) {
        std::fprintf(out, "user_s=%ld.%06ld\nsys_s=%ld.%06ld\nmaxrss_kib=%ld\nexit=%d\nsignal=%d\n",
                     long(ru.ru_utime.tv_sec), long(ru.ru_utime.tv_usec), long(ru.ru_stime.tv_sec),
                     long(ru.ru_stime.tv_usec), ru.ru_maxrss, WIFEXITED(status) ? WEXITSTATUS(status) : -1,
                     WIFSIGNALED(status) ? WTERMSIG(status) : 0);
        std::fclose(out);
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}
