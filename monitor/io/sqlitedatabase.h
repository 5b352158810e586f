#pragma once

#include <QByteArray>
#include <QString>

struct sqlite3;

// One SQLite connection, closed when it goes away (RAII). The session file's reader and writer
// speak to SQLite through this and SqliteStatement: the C API directly, no QVariant on the hot path.
//
// A connection is used by one thread at a time; it may be handed to another thread (the writer
// thread) as long as the first one no longer touches it (SQLite's default "serialized" build
// allows it; Debian builds with SQLITE_THREADSAFE=1).
class SqliteDatabase final
{
public:
    enum class Mode { ReadOnly, ReadWrite, Create };

    SqliteDatabase() = default;
    ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase &) = delete;
    SqliteDatabase &operator=(const SqliteDatabase &) = delete;

    // Opens `fileName` (raw bytes of a local path). On failure returns false and errorCode() /
    // errorMessage() say why; the connection is closed again.
    bool open(const QByteArray &fileName, Mode mode);
    void close();
    bool isOpen() const { return m_db != nullptr; }

    // Runs one or more statements without results (schema, PRAGMA, BEGIN/COMMIT).
    bool exec(const char *sql);
    // The first column of the first row of `sql` as an integer (PRAGMA user_version, count(*)).
    bool queryInt(const char *sql, qint64 *value);

    // The last error on this connection: SQLite's primary result code (SQLITE_FULL, ...), the
    // errno of the failed system call when SQLite knows it (0 if not), and SQLite's own words.
    int errorCode() const { return m_errorCode; }
    int systemErrno() const { return m_systemErrno; }
    QByteArray errorMessage() const { return m_errorMessage; }
    // Records the connection's current error (called by SqliteStatement after a failed step).
    void takeError(int code);

    sqlite3 *handle() const { return m_db; }

private:
    sqlite3 *m_db = nullptr;
    int m_errorCode = 0;
    int m_systemErrno = 0;
    QByteArray m_errorMessage;
};
