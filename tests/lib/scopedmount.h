#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#include <cerrno>
#include <cstring>

#include <sys/mount.h>

// A filesystem mounted on a directory for a test (root only), unmounted when it goes out of scope
// even when the test fails half-way (MNT_DETACH: whatever still uses it). unmount() is the
// test's own, plain umount(2), for tests about what an unmount does.
class ScopedMount final
{
public:
    // A tmpfs of `size` ("1m").
    static ScopedMount tmpfs(const QString &dir, const char *size)
    {
        const QByteArray options = QByteArray("size=") + size;
        return ScopedMount(dir, "fsnoop-test", "tmpfs", 0, options.constData());
    }
    // `source` shown at `dir` too (mount --bind).
    static ScopedMount bind(const QString &source, const QString &dir)
    {
        const QByteArray src = QFile::encodeName(source);
        return ScopedMount(dir, src.constData(), nullptr, MS_BIND, nullptr);
    }

    // Returned by value from the factories above without a copy or move (C++17).
    ScopedMount(const ScopedMount &) = delete;
    ScopedMount &operator=(const ScopedMount &) = delete;
    ~ScopedMount()
    {
        if (m_mounted)
            ::umount2(m_dir.constData(), MNT_DETACH);
    }

    bool isMounted() const { return m_mounted; }
    // Why mount(2) failed, for the test's message.
    const char *error() const { return std::strerror(m_errno); }
    bool unmount()
    {
        if (!m_mounted || ::umount2(m_dir.constData(), 0) != 0)
            return false;
        m_mounted = false;
        return true;
    }

private:
    ScopedMount(const QString &dir, const char *source, const char *type, unsigned long flags,
                const char *data)
        : m_dir(QFile::encodeName(dir))
    {
        m_mounted = ::mount(source, m_dir.constData(), type, flags, data) == 0;
        m_errno = m_mounted ? 0 : errno;
    }

    QByteArray m_dir;
    bool m_mounted = false;
    int m_errno = 0;
};
