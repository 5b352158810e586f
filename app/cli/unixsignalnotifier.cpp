#include "cli/unixsignalnotifier.h"

#include <QSocketNotifier>

#include <cerrno>
#include <csignal>

#include <fcntl.h>
#include <unistd.h>

namespace {
int g_pipe[2] = {-1, -1};
constexpr int kSignals[] = {SIGINT, SIGTERM, SIGHUP};
} // namespace

void UnixSignalNotifier::handler(int signalNumber)
{
    const int saved = errno; // the interrupted code may be looking at errno
    const unsigned char byte = static_cast<unsigned char>(signalNumber);
    [[maybe_unused]] const ssize_t n = ::write(g_pipe[1], &byte, 1);
    errno = saved;
}

UnixSignalNotifier::UnixSignalNotifier(QObject *parent)
    : QObject(parent)
{
    if (::pipe2(g_pipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return;
    m_notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &UnixSignalNotifier::onReadable);
    struct sigaction sa {};
    sa.sa_handler = &UnixSignalNotifier::handler;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    for (int s : kSignals)
        ::sigaction(s, &sa, nullptr);
}

UnixSignalNotifier::~UnixSignalNotifier()
{
    for (int s : kSignals)
        ::signal(s, SIG_DFL);
    // The notifier is our child and goes with us, after this body; it must stop watching the
    // read end before that descriptor is closed (and its number possibly reused) here.
    if (m_notifier)
        m_notifier->setEnabled(false);
    for (int &fd : g_pipe) {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
}

void UnixSignalNotifier::onReadable()
{
    unsigned char bytes[16];
    ssize_t n;
    while ((n = ::read(g_pipe[0], bytes, sizeof bytes)) > 0) {
        for (ssize_t i = 0; i < n; ++i) {
            for (int s : kSignals)
                ::signal(s, SIG_DFL); // a second signal ends the process the default way
            Q_EMIT received(bytes[i]);
        }
    }
}
