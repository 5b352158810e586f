#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <fcntl.h>
#include <unistd.h>

#include <cstdio>

// The file operations tests do in their temporary trees, one copy of each. They return false
// instead of failing the test themselves, so a test says QVERIFY(touch(...)) and the failure
// points at its own line.

inline QString sub(const QTemporaryDir &dir, const char *relative)
{
    return dir.path() + QLatin1Char('/') + QLatin1String(relative);
}

inline bool mkdirs(const QString &path)
{
    return QDir().mkpath(path);
}

// Creates the file if needed and closes it: create, open and close_write, and no write.
inline bool touch(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0)
        return false;
    ::close(fd);
    return true;
}

inline bool writeFile(const QString &path, const QByteArray &data,
                      QIODevice::OpenMode mode = QIODevice::WriteOnly)
{
    QFile f(path);
    return f.open(mode) && f.write(data) == data.size();
}

// rename(2) itself, so the kernel reports one move (QFile::rename may copy across filesystems).
inline bool mv(const QString &from, const QString &to)
{
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}
