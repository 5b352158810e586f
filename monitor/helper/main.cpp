// fsnoop-fanotify-helper: runs as root (through pkexec, or directly for a root caller), watches
// the requested directory trees with fanotify and streams what happens, with the process behind
// each event, to its stdout. The protocol is in protocol.h; the fanotify work in fanotifywatcher.h.
//
// Security (see ARCHITECTURE.md): notification class only; validates the one request it accepts;
// never passes a file descriptor on; runs no other program; ignores the environment (clearenv
// before anything else); bounded memory and output; exits on stdin EOF or when its parent dies.
// Exit codes: 0 stdin EOF, 1 refused request, 2 runtime failure. (126/127 belong to pkexec.)

#include "fanotifywatcher.h"
#include "protocol/protocol.h"
#include "requestvalidation.h"

#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <string>

using namespace fsnoop::proto;

namespace {

constexpr int kExitEof = 0;
constexpr int kExitRefused = 1;
constexpr int kExitFailure = 2;

bool writeAll(const std::string &data)
{
    std::size_t done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(STDOUT_FILENO, data.data() + done, data.size() - done);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false; // EPIPE: the reader is gone
        }
        done += std::size_t(n);
    }
    return true;
}

[[noreturn]] void failWith(const ErrorRecord &error, int code)
{
    std::string out;
    appendError(out, error);
    writeAll(out);
    std::_Exit(code);
}

ErrorRecord error(ErrorCode code, const std::string &message)
{
    ErrorRecord e;
    e.code = code;
    e.message = message;
    return e;
}

// Reads exactly one Request frame from stdin, never buffering more than one maximal frame.
Request readRequest()
{
    FrameDecoder decoder;
    Frame frame;
    for (;;) {
        char buf[4096];
        const ssize_t n = ::read(STDIN_FILENO, buf, sizeof buf);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            failWith(error(ErrorCode::BadRequest, "cannot read the request"), kExitRefused);
        if (n == 0)
            std::_Exit(kExitEof); // the caller went away before asking anything
        decoder.feed(buf, std::size_t(n));
        const FrameDecoder::Status status = decoder.next(frame);
        if (status == FrameDecoder::Status::Bad)
            failWith(error(decoder.errorCode(), decoder.error()), kExitRefused);
        if (status == FrameDecoder::Status::Frame)
            break;
    }
    if (frame.type != RecordType::Request)
        failWith(error(ErrorCode::BadRequest, "expected a request record"), kExitRefused);
    if (decoder.buffered() != 0)
        failWith(error(ErrorCode::UnexpectedInput, "bytes after the request"), kExitRefused);
    Request request;
    std::string why;
    if (!parseRequest(frame.payload, request, &why))
        failWith(error(ErrorCode::BadRequest, why), kExitRefused);
    return request;
}

} // namespace

int main()
{
    // Nothing of the caller's environment is used (pkexec already sanitises it; a direct root
    // caller could still pass LD_*-free but surprising variables): drop it all first.
    ::clearenv();
    // Only stdin, stdout and stderr are ours to use; anything else a caller leaked to us (an open
    // file, a socket) is closed before we are anything but a plain process (close_range(2)).
    ::close_range(3, ~0u, 0);
    // A write to a closed stdout must be an error we handle, not a signal.
    ::signal(SIGPIPE, SIG_IGN);

    // Die with the caller. The parent may already be gone before prctl() took effect, so compare
    // getppid() with the one we started with (prctl(2), PR_SET_PDEATHSIG).
    const pid_t parent = ::getppid();
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (::getppid() != parent || parent == 1)
        return kExitEof;

    const Request request = readRequest();
    ValidatedRequest validated;
    ErrorRecord refusal;
    if (!validateRequest(request, validated, refusal))
        failWith(refusal, kExitRefused);

    // Our own reads of /proc and handles, and whatever the caller (the GUI, writing its CSV)
    // does, must not show up as events.
    FanotifyWatcher watcher(std::move(validated), {::getpid(), parent});
    Ready ready;
    ErrorRecord failure;
    std::string mountsAtStart; // one Mount frame per filesystem mounted under the roots already
    if (!watcher.start(ready, failure, mountsAtStart))
        failWith(failure, kExitFailure);
    std::string out;
    appendReady(out, ready);
    out += mountsAtStart;
    if (!writeAll(out))
        return kExitEof;

    // Drains the fanotify fd in bounded steps: at most 16 reads (1 MiB of kernel events) before
    // checking stdin and the parent again; output is written after every read so it stays bounded.
    // False when the caller is gone.
    const auto readEvents = [&watcher, &out, &failure]() {
        for (int i = 0; i < 16; ++i) {
            out.clear();
            const int got = watcher.readOnce(out, failure);
            if (got < 0)
                failWith(failure, kExitFailure);
            if (!out.empty() && !writeAll(out))
                return false;
            if (got == 0)
                break;
        }
        return true;
    };

    for (;;) {
        // The mount table signals a change with POLLPRI (proc(5)); a negative fd (mounts not
        // followed) is ignored by poll(2).
        pollfd fds[3] = {{watcher.fd(), POLLIN, 0}, {STDIN_FILENO, POLLIN, 0}, {watcher.mountTableFd(), POLLPRI, 0}};
        const int rc = ::poll(fds, 3, 500);
        if (rc < 0 && errno != EINTR)
            failWith(error(ErrorCode::ReadFailed, "poll failed"), kExitFailure);
        if (::getppid() != parent)
            return kExitEof;
        if (rc == 0)
            watcher.idle(); // keep watching the pid allocator while nothing happens
        if (rc <= 0)
            continue;
        if (fds[1].revents & (POLLIN | POLLHUP | POLLERR)) {
            char c;
            const ssize_t n = ::read(STDIN_FILENO, &c, 1);
            if (n == 0 || (n < 0 && errno != EINTR && errno != EAGAIN))
                return kExitEof;
            if (n > 0)
                failWith(error(ErrorCode::UnexpectedInput, "bytes after the request"), kExitFailure);
        }
        if ((fds[0].revents & POLLIN) && !readEvents())
            return kExitEof;
        if (fds[2].revents & (POLLPRI | POLLERR)) {
            // What was queued before the mount belongs before it (the client lists the new
            // filesystem when it reads the Mount record).
            if (!readEvents())
                return kExitEof;
            out.clear();
            watcher.mountsChanged(out);
            if (!out.empty() && !writeAll(out))
                return kExitEof;
        }
    }
}
