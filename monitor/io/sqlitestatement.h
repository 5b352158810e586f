#pragma once

#include <QByteArrayView>
#include <QtGlobal>

class SqliteDatabase;
struct sqlite3_stmt;

// One prepared statement, finalized when it goes away. Prepared once and reused for every row
// (bind, step, reset): this is what makes a capture of hundreds of thousands of events a second
// affordable, where building SQL text or QVariants per row would not be.
class SqliteStatement final
{
public:
    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool prepare(SqliteDatabase &db, const char *sql);
    void finalize();

    // Parameters are numbered from 1, as in SQLite.
    void bindInt(int index, qint64 value);
    void bindNull(int index);
    // The bytes are copied (SQLITE_TRANSIENT): the caller's buffer may change after the call.
    void bindBlob(int index, QByteArrayView bytes);
    // Not copied: the bytes must stay valid until the next step() (PathTable names never move).
    void bindStaticBlob(int index, QByteArrayView bytes);
    void bindText(int index, QByteArrayView utf8);
    // NULL stands for "fsnoop does not know": an empty blob, or a number that is not `known`.
    void bindBlobOrNull(int index, QByteArrayView bytes);
    void bindIntOrNull(int index, qint64 value, bool known);

    enum class Step { Row, Done, Error };
    // After Error the database holds the error (SqliteDatabase::errorCode()).
    Step step();
    // step() for a statement that returns no rows (INSERT), then reset(); true when it ran.
    bool execute();
    // Ready for the next bind/step; bindings are kept unless rebound.
    void reset();
    // Reading a query: `while (s.nextRow()) { ... }`, then failed() tells an error (held by the
    // database) from the end of the rows.
    bool nextRow();
    bool failed() const { return m_last == Step::Error; }

    bool isNull(int column) const;
    qint64 columnInt(int column) const;
    QByteArrayView columnBlob(int column) const; // valid until the next step/reset

private:
    SqliteDatabase *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    Step m_last = Step::Done; // of nextRow()
};
