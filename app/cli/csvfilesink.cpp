#include "cli/csvfilesink.h"

#include "cli/outputformat.h"

#include <QFile>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

bool CsvFileSink::open(const QString &fileName)
{
    if (fileName.isEmpty() || fileName == QLatin1String("-")) {
        m_file.reset();
        m_fd = STDOUT_FILENO;
        m_name = OutputFormat::displayName(fileName);
        return true;
    }
    m_name = fileName;
    const QByteArray path = QFile::encodeName(fileName);
    // Created with O_EXCL first, to know whether it is ours to remove again; no O_TRUNC: a file
    // another fsnoop is writing must survive our attempt.
    UniqueFd file(::open(path.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644));
    m_created = file.isValid();
    if (!file.isValid() && errno == EEXIST)
        file.reset(::open(path.constData(), O_WRONLY | O_CLOEXEC | O_NOCTTY));
    if (!file.isValid()) {
        m_errno = errno;
        return false;
    }
    switch (m_lock.lock(file.get())) {
    case OutputLock::Result::Locked:
        break;
    case OutputLock::Result::Busy:
        m_busy = true;
        m_errno = m_lock.error();
        return false;
    case OutputLock::Result::Failed:
        // A file system without flock (some FUSE ones): write unlocked, as before.
        if (m_lock.error() != ENOLCK && m_lock.error() != EOPNOTSUPP && m_lock.error() != ENOSYS) {
            m_errno = m_lock.error();
            return false;
        }
        break;
    }
    m_file = std::move(file);
    m_fd = m_file.get();
    return true;
}

bool CsvFileSink::begin()
{
    m_begun = true;
    // A FIFO or a terminal given as -o cannot be truncated, and needs not be.
    struct stat st {};
    if (m_file.isValid() && ::fstat(m_fd, &st) == 0 && S_ISREG(st.st_mode)
        && ::ftruncate(m_fd, 0) != 0) {
        m_errno = errno;
        return false;
    }
    return true;
}

bool CsvFileSink::write(const QByteArray &bytes)
{
    const char *p = bytes.constData();
    qsizetype left = bytes.size();
    m_lastWritten = 0;
    while (left > 0) {
        const ssize_t n = ::write(m_fd, p, size_t(left));
        if (n < 0) {
            if (errno == EINTR)
                continue; // a signal arrived (SIGINT is handled through the self-pipe)
            m_errno = errno;
            return false;
        }
        p += n;
        left -= n;
        m_lastWritten += n;
    }
    return true;
}

void CsvFileSink::discard()
{
    if (m_created && !m_begun && m_file.isValid()) {
        // Only the file we created: if someone replaced the name meanwhile, leave theirs alone.
        struct stat ours {}, named {};
        const QByteArray path = QFile::encodeName(m_name);
        if (::fstat(m_file.get(), &ours) == 0 && ::stat(path.constData(), &named) == 0
            && ours.st_dev == named.st_dev && ours.st_ino == named.st_ino)
            ::unlink(path.constData());
    }
    m_lock.unlock();
    m_file.reset();
    m_fd = -1;
}

QString CsvFileSink::busyText()
{
    return tr("another fsnoop is writing to it");
}

QString CsvFileSink::errorString() const
{
    if (m_busy)
        return busyText();
    return QString::fromLocal8Bit(std::strerror(m_errno));
}
