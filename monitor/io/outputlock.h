#pragma once

#include "core/uniquefd.h"

#include <QString>

// An exclusive, advisory lock on an output file, held as long as this object (or the descriptor it
// was taken through) lives, so that two fsnoop processes never write one file: their write(2)s
// would interleave rows and each would truncate the other's.
//
// flock(2), not fcntl(2)/OFD record locks: an SQLite session file carries SQLite's own POSIX
// record locks, and on Linux flock locks and record locks do not interact (flock(2) NOTES), so
// this lock can sit on an open database without disturbing it. It is advisory: it stops other
// fsnoops, not a program that ignores locks. On NFS, Linux emulates flock with a whole-file
// record lock, so there it would conflict with SQLite's.
class OutputLock final
{
public:
    enum class Result { Locked, Busy, Failed };

    OutputLock() = default;

    // Locks the file open on `fd`. The lock belongs to the open file description (flock(2)), so
    // it is held until both `fd` and this object's duplicate of it are closed.
    Result lock(int fd);
    // Opens `fileName` (it must exist) only to lock it: for a file another library opens itself.
    Result lock(const QString &fileName);

    bool isLocked() const { return m_fd.isValid(); }
    int error() const { return m_errno; } // errno after Failed
    void unlock() { m_fd.reset(); }

private:
    UniqueFd m_fd; // a descriptor on the locked file description
    int m_errno = 0;
};
