#include "cli/unixsignalnotifier.h"

#include <QSocketNotifier>

#include <cerrno>
#include <csignal>

#include <fcntl.h>
#include <unistd.h>

namespace {
// The write end of the self-pipe, for the handler (owned by UnixSignalNotifier::m_writeEnd).
int g_writeFd = -1;
constexpr int kSignals[] = {SIGINT, SIGTERM, SIGHUP};
} // namespace

void UnixSignalNotifier::handler(int signalNumber)
{
    const int saved = errno; // the interrupted code may be looking at errno
    const unsigned char byte = static_cast<unsigned char>(signalNumber);
    [[maybe_unused]] const ssize_t n = ::write(g_writeFd, &byte, 1);
    errno = saved;
}

UnixSignalNotifier::UnixSignalNotifier(QObject *parent)
    : QObject(parent)
{
    int ends[2];
    if (::pipe2(ends, O_CLOEXEC | O_NONBLOCK) != 0)
        return;
    m_readEnd.reset(ends[0]);
    m_writeEnd.reset(ends[1]);
    g_writeFd = m_writeEnd.get();
    m_notifier = new QSocketNotifier(m_readEnd.get(), QSocketNotifier::Read, this);
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
    // The notifier is our child and goes after the members: it must stop watching the read end
    // before m_readEnd closes that descriptor (whose number may then be reused).
    if (m_notifier)
        m_notifier->setEnabled(false);
    g_writeFd = -1;
}

void UnixSignalNotifier::onReadable()
{
    unsigned char bytes[16];
    ssize_t n;
    while ((n = ::read(m_readEnd.get(), bytes, sizeof bytes)) > 0) {
        for (ssize_t i = 0; i < n; ++i) {
            for (int s : kSignals)
                ::signal(s, SIG_DFL); // a second signal ends the process the default way
            Q_EMIT received(bytes[i]);
        }
    }
}
