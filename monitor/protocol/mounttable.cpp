#include "protocol/mounttable.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace fsnoop {

namespace {

bool isOctal(char c)
{
    return c >= '0' && c <= '7';
}

// proc_pid_mountinfo escapes space, tab, newline and backslash in paths as \ooo (seq_file's
// mangle_path with " \t\n\\"). A backslash not followed by three octal digits is kept as it is.
std::string unescape(const char *field, std::size_t size)
{
    std::string out;
    out.reserve(size);
    for (std::size_t i = 0; i < size; ++i) {
        const char c = field[i];
        if (c == '\\' && i + 3 < size && field[i + 1] >= '0' && field[i + 1] <= '3' && isOctal(field[i + 2])
            && isOctal(field[i + 3])) {
            out += char(((field[i + 1] - '0') << 6) | ((field[i + 2] - '0') << 3) | (field[i + 3] - '0'));
            i += 3;
        } else {
            out += c;
        }
    }
    return out;
}

// A mount ID: decimal digits only, no sign, within int.
bool parseId(const char *field, std::size_t size, int &id)
{
    if (size == 0 || size > 9)
        return false;
    id = 0;
    for (std::size_t i = 0; i < size; ++i) {
        if (field[i] < '0' || field[i] > '9')
            return false;
        id = id * 10 + (field[i] - '0');
    }
    return true;
}

} // namespace

std::vector<MountEntry> MountTable::parse(const char *text, std::size_t size)
{
    std::vector<MountEntry> mounts;
    std::size_t start = 0;
    while (start < size) {
        const void *nl = std::memchr(text + start, '\n', size - start);
        const std::size_t end = nl ? std::size_t(static_cast<const char *>(nl) - text) : size;
        const char *line = text + start;
        const std::size_t length = end - start;
        start = end + 1;
        // The first five space-separated fields; the rest of the line (options, which may be
        // long) is never looked at.
        const char *fields[5];
        std::size_t sizes[5];
        int n = 0;
        std::size_t at = 0;
        while (n < 5 && at < length) {
            const void *sp = std::memchr(line + at, ' ', length - at);
            const std::size_t stop = sp ? std::size_t(static_cast<const char *>(sp) - line) : length;
            fields[n] = line + at;
            sizes[n] = stop - at;
            ++n;
            at = stop + 1;
        }
        MountEntry entry;
        // A line must start with the mount ID and have an absolute mount point.
        if (n != 5 || !parseId(fields[0], sizes[0], entry.mountId) || sizes[4] == 0 || fields[4][0] != '/')
            continue;
        entry.mountPoint = unescape(fields[4], sizes[4]);
        if (entry.mountPoint.size() > kMaxMountPointLength)
            continue;
        entry.device.assign(fields[2], sizes[2]);
        mounts.push_back(std::move(entry));
    }
    return mounts;
}

bool MountTable::open()
{
    m_fd.reset(::open("/proc/self/mountinfo", O_RDONLY | O_CLOEXEC));
    if (!m_fd.isValid())
        return false;
    std::vector<MountEntry> first; // the first read: from now on a change is reported
    return read(first);
}

bool MountTable::read(std::vector<MountEntry> &entries)
{
    entries.clear();
    // From the start each time: reading is also what clears the POLLPRI condition.
    if (!m_fd.isValid() || ::lseek(m_fd.get(), 0, SEEK_SET) != 0)
        return false;
    m_text.clear();
    char buffer[16384];
    while (m_text.size() < kMaxTableBytes) {
        const ssize_t n = ::read(m_fd.get(), buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return false;
        if (n == 0)
            break;
        m_text.append(buffer, std::size_t(n));
    }
    if (m_text.size() >= kMaxTableBytes) {
        // Cut: keep whole lines only, a half line could name a shorter, other path.
        const std::size_t lastNewline = m_text.rfind('\n', kMaxTableBytes - 1);
        m_text.resize(lastNewline == std::string::npos ? 0 : lastNewline + 1);
    }
    entries = parse(m_text.data(), m_text.size());
    return true;
}

} // namespace fsnoop
