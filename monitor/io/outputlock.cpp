#include "io/outputlock.h"

#include <QFile>

#include <cerrno>

#include <fcntl.h>
#include <sys/file.h>

OutputLock::Result OutputLock::lock(int fd)
{
    m_fd.reset();
    UniqueFd dup(::fcntl(fd, F_DUPFD_CLOEXEC, 0));
    if (!dup.isValid()) {
        m_errno = errno;
        return Result::Failed;
    }
    // LOCK_NB: a second writer is refused at once rather than left waiting for the first to end.
    while (::flock(dup.get(), LOCK_EX | LOCK_NB) != 0) {
        if (errno == EINTR)
            continue;
        m_errno = errno;
        return errno == EWOULDBLOCK ? Result::Busy : Result::Failed;
    }
    m_fd = std::move(dup);
    return Result::Locked;
}

OutputLock::Result OutputLock::lock(const QString &fileName)
{
    // O_RDONLY is enough: flock(2) does not care how the file was opened.
    const UniqueFd fd(::open(QFile::encodeName(fileName).constData(),
                             O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK));
    if (!fd.isValid()) {
        m_errno = errno;
        m_fd.reset();
        return Result::Failed;
    }
    return lock(fd.get());
}
