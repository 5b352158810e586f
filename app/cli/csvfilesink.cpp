#include "cli/csvfilesink.h"

#include <QFile>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

CsvFileSink::~CsvFileSink()
{
    if (m_ownsFd && m_fd >= 0)
        ::close(m_fd);
}

bool CsvFileSink::open(const QString &fileName)
{
    if (fileName.isEmpty() || fileName == QLatin1String("-")) {
        m_fd = STDOUT_FILENO;
        m_ownsFd = false;
        // Shown in "cannot write %1: ..." messages, so it is words for people.
        m_name = tr("standard output");
        return true;
    }
    m_name = fileName;
    const QByteArray path = QFile::encodeName(fileName);
    m_fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (m_fd < 0) {
        m_errno = errno;
        return false;
    }
    m_ownsFd = true;
    return true;
}

bool CsvFileSink::write(const QByteArray &bytes)
{
    const char *p = bytes.constData();
    qsizetype left = bytes.size();
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
    }
    return true;
}

QString CsvFileSink::errorString() const
{
    return QString::fromLocal8Bit(std::strerror(m_errno));
}
