#include "io/sqlitestatement.h"

#include "io/sqlitedatabase.h"

#include <sqlite3.h>

SqliteStatement::~SqliteStatement()
{
    finalize();
}

bool SqliteStatement::prepare(SqliteDatabase &db, const char *sql)
{
    finalize();
    m_db = &db;
    m_last = Step::Done;
    // SQLITE_PREPARE_PERSISTENT: the statement lives for the whole capture.
    const int rc = sqlite3_prepare_v3(db.handle(), sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt,
                                      nullptr);
    if (rc != SQLITE_OK) {
        db.takeError(rc);
        finalize();
        return false;
    }
    return true;
}

void SqliteStatement::finalize()
{
    if (m_stmt) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

void SqliteStatement::bindInt(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

void SqliteStatement::bindBlobOrNull(int index, QByteArrayView bytes)
{
    if (bytes.isEmpty())
        bindNull(index);
    else
        bindBlob(index, bytes);
}

void SqliteStatement::bindIntOrNull(int index, qint64 value, bool known)
{
    if (known)
        bindInt(index, value);
    else
        bindNull(index);
}

void SqliteStatement::bindBlob(int index, QByteArrayView bytes)
{
    // An empty name is an empty blob, not NULL: sqlite3_bind_blob with a null pointer binds NULL.
    static const char empty = 0;
    sqlite3_bind_blob64(m_stmt, index, bytes.isEmpty() ? &empty : bytes.data(),
                        sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindStaticBlob(int index, QByteArrayView bytes)
{
    static const char empty = 0;
    sqlite3_bind_blob64(m_stmt, index, bytes.isEmpty() ? &empty : bytes.data(),
                        sqlite3_uint64(bytes.size()), SQLITE_STATIC);
}

void SqliteStatement::bindText(int index, QByteArrayView utf8)
{
    static const char empty = 0;
    sqlite3_bind_text64(m_stmt, index, utf8.isEmpty() ? &empty : utf8.data(),
                        sqlite3_uint64(utf8.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
}

SqliteStatement::Step SqliteStatement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return Step::Row;
    if (rc == SQLITE_DONE)
        return Step::Done;
    m_db->takeError(rc);
    return Step::Error;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
}

bool SqliteStatement::nextRow()
{
    m_last = step();
    return m_last == Step::Row;
}

bool SqliteStatement::execute()
{
    const bool ok = step() == Step::Done;
    reset();
    return ok;
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 SqliteStatement::columnInt(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QByteArrayView SqliteStatement::columnBlob(int column) const
{
    const void *data = sqlite3_column_blob(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    return QByteArrayView(static_cast<const char *>(data), size);
}
