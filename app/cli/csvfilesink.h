#pragma once

#include "core/uniquefd.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cerrno>

// Where `fsnoop record` writes: a file or standard output. Each write() is one write(2) loop on the
// descriptor, with no user-space buffer in between, so every batch is visible to `tail -f` (or the
// reader of a pipe) as soon as it is written.
class CsvFileSink final
{
    Q_DECLARE_TR_FUNCTIONS(CsvFileSink)

public:
    CsvFileSink() = default;
    CsvFileSink(const CsvFileSink &) = delete;
    CsvFileSink &operator=(const CsvFileSink &) = delete;

    // Empty or "-": standard output. A file is created or truncated (mode 0644 before umask).
    bool open(const QString &fileName);
    bool write(const QByteArray &bytes);

    // After a failed write: EPIPE means the reader went away (`fsnoop record . | head`).
    bool brokenPipe() const { return m_errno == EPIPE; }
    QString errorString() const;
    QString name() const { return m_name; }

private:
    UniqueFd m_file; // the file we opened; empty when writing to standard output
    int m_fd = -1;   // where write() goes: m_file or STDOUT_FILENO
    int m_errno = 0;
    QString m_name;
};
