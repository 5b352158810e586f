#pragma once

#include <QByteArray>
#include <QMetaType>

class SqliteDatabase;

// What went wrong with a session file (.fsnoop), as a value the UI and `fsnoop` words; monitor/
// does not translate.
struct SessionFileError
{
    enum Code {
        None = 0,
        Io,            // cannot create, open, read or write the file (errnum says why when known)
        DiskFull,      // SQLITE_FULL or ENOSPC: the disk (or quota) is full
        NotASession,   // not an SQLite file, or an SQLite file that fsnoop did not write
        TooNew,        // written by a newer fsnoop: schema version `version` is not known here
        CannotUpgrade, // an older file that must be migrated, but it cannot be written
        Corrupt,       // SQLite says the file is damaged (SQLITE_CORRUPT) or a row makes no sense
        Cancelled,     // the progress callback asked to stop
    };
    Code code = None;
    int errnum = 0;    // errno of the failed system call, 0 if not known
    int version = 0;   // for TooNew / CannotUpgrade: the file's schema version
    QByteArray detail; // SQLite's message, English, not translated

    static const char *codeName(Code code); // "DiskFull", for logs and tests

    // The connection's last error as a session-file error: SQLITE_FULL (or ENOSPC underneath) is
    // DiskFull, SQLITE_NOTADB NotASession, SQLITE_CORRUPT Corrupt, anything else Io.
    static SessionFileError fromDatabase(const SqliteDatabase &db);
};

Q_DECLARE_METATYPE(SessionFileError)
