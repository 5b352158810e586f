#include "io/sessionfileerror.h"

#include "io/sqlitedatabase.h"

#include <sqlite3.h>

#include <cerrno>

const char *SessionFileError::codeName(Code code)
{
    switch (code) {
    case None: return "None";
    case Io: return "Io";
    case DiskFull: return "DiskFull";
    case NotASession: return "NotASession";
    case TooNew: return "TooNew";
    case CannotUpgrade: return "CannotUpgrade";
    case Corrupt: return "Corrupt";
    case Cancelled: return "Cancelled";
    }
    return "?";
}

SessionFileError SessionFileError::fromDatabase(const SqliteDatabase &db)
{
    SessionFileError e;
    e.errnum = db.systemErrno();
    e.detail = db.errorMessage();
    switch (db.errorCode()) {
    case SQLITE_FULL:
        e.code = DiskFull;
        break;
    case SQLITE_NOTADB:
        e.code = NotASession;
        break;
    case SQLITE_CORRUPT:
        e.code = Corrupt;
        break;
    default:
        // SQLite reports a failed write(2) as SQLITE_IOERR_WRITE; ENOSPC beneath it is a full disk.
        e.code = (e.errnum == ENOSPC || e.errnum == EDQUOT) ? DiskFull : Io;
        break;
    }
    return e;
}
