#include "cli/csvfilesink.h"

#include <QFile>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

bool CsvFileSink::open(const QString &fileName)
{
    if (fileName.isEmpty() || fileName == QLatin1String("-")) {
        m_file.reset();
        m_fd = STDOUT_FILENO;
        // Shown in "cannot write %1: ..." messages, so it is words for people.
        m_name = tr("standard output");
        return true;
    }
    m_name = fileName;
    const QByteArray path = QFile::encodeName(fileName);
    UniqueFd file(::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644));
    if (!file.isValid()) {
        m_errno = errno;
        return false;
    }
    m_file = std::move(file);
    m_fd = m_file.get();
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
