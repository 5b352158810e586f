#include "io/sqlitedatabase.h"

#include <sqlite3.h>

#include <mutex>

SqliteDatabase::~SqliteDatabase()
{
    close();
}

bool SqliteDatabase::open(const QByteArray &fileName, Mode mode)
{
    // Memory statistics take a global mutex on every allocation (several per inserted row); fsnoop
    // never reads them. Must be set before SQLite initialises, hence once, before the first open.
    static std::once_flag configured;
    std::call_once(configured, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
    close();
    int flags = SQLITE_OPEN_NOMUTEX; // one thread at a time: no per-call mutex
    switch (mode) {
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::Create:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    const int rc = sqlite3_open_v2(fileName.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        takeError(rc);
        close();
        return false;
    }
    // Tell the errno of a failed read or write (ENOSPC, EACCES) through sqlite3_system_errno().
    sqlite3_extended_result_codes(m_db, 1);
    // A reader opening a file that a live capture is writing waits for the writer's commit
    // instead of failing at once with SQLITE_BUSY.
    sqlite3_busy_timeout(m_db, 5000);
    return true;
}

void SqliteDatabase::close()
{
    if (m_db) {
        // sqlite3_close_v2: statements still alive would keep it open ("zombie") rather than fail;
        // SqliteStatement finalizes itself, so this closes at once in practice.
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

bool SqliteDatabase::exec(const char *sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    sqlite3_free(message); // takeError reads the same text from the connection
    if (rc != SQLITE_OK) {
        takeError(rc);
        return false;
    }
    return true;
}

bool SqliteDatabase::queryInt(const char *sql, qint64 *value)
{
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr);
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(stmt);
        if (rc == SQLITE_ROW) {
            *value = sqlite3_column_int64(stmt, 0);
            rc = SQLITE_OK;
        } else if (rc == SQLITE_DONE) {
            *value = 0;
            rc = SQLITE_OK;
        }
    }
    if (rc != SQLITE_OK)
        takeError(rc);
    sqlite3_finalize(stmt);
    return rc == SQLITE_OK;
}

void SqliteDatabase::takeError(int code)
{
    m_errorCode = code & 0xff;
    m_systemErrno = m_db ? sqlite3_system_errno(m_db) : 0;
    m_errorMessage = m_db ? QByteArray(sqlite3_errmsg(m_db)) : QByteArray(sqlite3_errstr(code));
}
