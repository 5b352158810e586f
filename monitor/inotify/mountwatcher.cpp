#include "inotify/mountwatcher.h"

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace {

// proc_pid_mountinfo escapes space, tab, newline and backslash in paths as \ooo (seq_file's
// mangle_path with " \t\n\\").
QByteArray unescape(QByteArrayView field)
{
    QByteArray out;
    out.reserve(field.size());
    for (qsizetype i = 0; i < field.size(); ++i) {
        const char c = field[i];
        if (c == '\\' && i + 3 < field.size() && field[i + 1] >= '0' && field[i + 1] <= '3'
            && field[i + 2] >= '0' && field[i + 2] <= '7' && field[i + 3] >= '0'
            && field[i + 3] <= '7') {
            out += char(((field[i + 1] - '0') << 6) | ((field[i + 2] - '0') << 3) | (field[i + 3] - '0'));
            i += 3;
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace

std::vector<QByteArray> MountWatcher::parse(QByteArrayView text)
{
    // "36 35 98:0 /mnt1 /mnt2 rw,noatime master:1 - ext3 /dev/root rw,errors=continue"
    std::vector<QByteArray> mounts;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        const QByteArrayView line = text.sliced(start, end - start);
        start = end + 1;
        QByteArrayView fields[5];
        int n = 0;
        qsizetype at = 0;
        while (n < 5 && at < line.size()) {
            qsizetype space = line.indexOf(' ', at);
            if (space < 0)
                space = line.size();
            fields[n++] = line.sliced(at, space - at);
            at = space + 1;
        }
        // A line must start with the mount ID and have an absolute mount point.
        bool idOk = false;
        const int id = n == 5 ? fields[0].toInt(&idOk) : -1;
        if (!idOk || id < 0 || !fields[4].startsWith('/'))
            continue;
        mounts.push_back(unescape(fields[4]));
    }
    return mounts;
}

bool MountWatcher::readAll(QByteArray *out)
{
    // From the start each time: reading is also what clears the POLLPRI condition.
    if (::lseek(m_fd.get(), 0, SEEK_SET) != 0)
        return false;
    out->resize(0);
    char buffer[16384];
    for (;;) {
        const ssize_t n = ::read(m_fd.get(), buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return false;
        if (n == 0)
            return true;
        out->append(buffer, n);
    }
}

bool MountWatcher::start()
{
    m_fd.reset(::open("/proc/self/mountinfo", O_RDONLY | O_CLOEXEC));
    if (!m_fd.isValid())
        return false;
    mountPoints(); // the first read: from now on a change is reported
    return true;
}

std::vector<QByteArray> MountWatcher::mountPoints()
{
    QByteArray text;
    if (!m_fd.isValid() || !readAll(&text))
        return {};
    return parse(text);
}
