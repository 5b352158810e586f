#pragma once

#include "io/sqlitedatabase.h"

#include <QFile>
#include <QString>

// The events a live writer has committed to session file `file` so far (-1 if it cannot be
// read): what a test waits on while a recorder or the window writes. A read-only connection, so
// only once the file is in WAL mode, where readers never block the writer.
inline qint64 committedEvents(const QString &file)
{
    SqliteDatabase db;
    qint64 n = -1;
    if (!db.open(QFile::encodeName(file), SqliteDatabase::Mode::ReadOnly)
        || !db.queryInt("SELECT count(*) FROM events", &n))
        return -1;
    return n;
}
