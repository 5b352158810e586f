#include "inotify/inotifyreader.h"

#include "core/logging.h"

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace {

// One read() takes whatever is queued up to this size. 256 KiB holds ~8,000 records with short
// names (16-byte header + padded name), so a full default queue (16,384 events) drains in a few
// reads; it is allocated once.
constexpr qsizetype kReadBuffer = 256 * 1024;

} // namespace

InotifyReader::InotifyReader()
    : m_buffer(new char[kReadBuffer])
{
}

InotifyReader::Status InotifyReader::read(int fd, std::vector<InotifyRawEvent> &events, int *err)
{
    events.clear();
    if (m_carried > 0 && m_tail > 0)
        std::memmove(m_buffer.get(), m_buffer.get() + m_tail, std::size_t(m_carried));
    m_tail = 0;
    for (;;) {
        const ssize_t n =
            ::read(fd, m_buffer.get() + m_carried, std::size_t(kReadBuffer - m_carried));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            if (errno == EAGAIN)
                return Status::Empty;
            *err = errno;
            return Status::Failed;
        }
        if (n == 0)
            return Status::Empty;
        const qsizetype total = m_carried + n;
        const auto r = InotifyParser::parse(m_buffer.get(), total, events);
        if (r.corrupt) {
            qCWarning(lcMonitor) << "corrupt inotify record, dropping the rest of the read";
            m_carried = 0;
        } else {
            m_tail = r.consumed;
            m_carried = total - r.consumed;
        }
        return Status::Read;
    }
}
