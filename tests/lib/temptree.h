#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QTemporaryDir>

#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <initializer_list>

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

// A temporary folder with the folders a test starts from made in it (each with its parents): the
// opening of the tests that watch a tree, said once.
//     TempTree dir{"src", "a/b"};
//     QVERIFY(dir.isValid());
// It is a QTemporaryDir, so sub(dir, ...) and dir.path() read as they do for one.
class TempTree : public QTemporaryDir
{
public:
    explicit TempTree(std::initializer_list<const char *> folders)
    {
        m_made = QTemporaryDir::isValid();
        for (const char *folder : folders)
            m_made = m_made && mkdirs(sub(*this, folder));
    }

    // Made, with every folder in it (QTemporaryDir::isValid() says only the first).
    bool isValid() const { return m_made; }

private:
    bool m_made = false;
};

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

// Whether `file` exists and has `what` in it: what a test waits on while a recorder writes.
inline bool fileContains(const QString &file, const QByteArray &what)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) && f.readAll().contains(what);
}

// A temporary folder holding the folder to watch, "w" (created empty), and the path of the
// recorder's output beside it, outside the watch: the set-up of the tests that run `record`.
struct RecordDirs
{
    explicit RecordDirs(const char *output = "out.csv")
        : watched(dir.filePath(QStringLiteral("w"))), out(dir.filePath(QString::fromUtf8(output)))
    {
        QDir().mkdir(watched);
    }
    bool isValid() const { return dir.isValid() && QFileInfo(watched).isDir(); }

    QTemporaryDir dir;
    QString watched;
    QString out;
};
