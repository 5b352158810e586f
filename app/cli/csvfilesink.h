#pragma once

#include "core/uniquefd.h"
#include "io/outputlock.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cerrno>

// Where `fsnoop record` writes: a file or standard output. Each write() is one write(2) loop on the
// descriptor, with no user-space buffer in between, so every batch is visible to `tail -f` (or the
// reader of a pipe) as soon as it is written.
//
// A file is locked (OutputLock) from open() on, so a second `record` to the same file is refused
// before it changes a byte; it is emptied only by begin(), when the capture has started, and
// discard() removes it again if this sink created it and nothing was ever begun.
class CsvFileSink final
{
    Q_DECLARE_TR_FUNCTIONS(CsvFileSink)

public:
    CsvFileSink() = default;
    CsvFileSink(const CsvFileSink &) = delete;
    CsvFileSink &operator=(const CsvFileSink &) = delete;

    // Empty or "-": standard output. A file is created if needed (mode 0644 before umask) and
    // locked, not yet truncated.
    bool open(const QString &fileName);
    // The output begins: an existing file is emptied. Then write() the header.
    bool begin();
    bool write(const QByteArray &bytes);
    // Bytes of the last write() that reached the output (all of them after a success).
    qsizetype lastWritten() const { return m_lastWritten; }
    // The capture never began: remove the file if open() created it, and close it.
    void discard();

    // After a failed open: another fsnoop holds the lock.
    bool busy() const { return m_busy; }
    // After a failed write: EPIPE means the reader went away (`fsnoop record . | head`).
    bool brokenPipe() const { return m_errno == EPIPE; }
    QString errorString() const;
    // What errorString() says when another fsnoop holds the output's lock (OutputLock); the
    // session-file output says the same.
    static QString busyText();
    QString name() const { return m_name; }

private:
    UniqueFd m_file; // the file we opened; empty when writing to standard output
    OutputLock m_lock;
    int m_fd = -1;   // where write() goes: m_file or STDOUT_FILENO
    int m_errno = 0;
    bool m_busy = false;
    bool m_created = false; // open() created the file
    bool m_begun = false;
    qsizetype m_lastWritten = 0;
    QString m_name;
};
