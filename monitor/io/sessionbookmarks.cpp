#include "io/sessionbookmarks.h"

#include "core/bookmarks.h"
#include "io/sqlitedatabase.h"
#include "io/sqlitestatement.h"

bool SessionBookmarks::write(SqliteDatabase &db, const Bookmarks &marks, quint64 firstSerial)
{
    if (!db.exec("DELETE FROM bookmarks"))
        return false;
    SqliteStatement insert;
    if (!insert.prepare(db, "INSERT INTO bookmarks(event, note) VALUES(?, ?)"))
        return false;
    for (const auto &[serial, note] : marks.all()) {
        if (serial < firstSerial)
            continue; // an event this file does not hold
        insert.bindInt(1, qint64(serial - firstSerial) + 1);
        insert.bindText(2, note.toUtf8());
        if (!insert.execute())
            return false;
    }
    return true;
}

bool SessionBookmarks::read(SqliteDatabase &db, Bookmarks *marks)
{
    SqliteStatement select;
    if (!select.prepare(db, "SELECT event, note FROM bookmarks WHERE event >= 1 ORDER BY event"))
        return false;
    while (select.nextRow()) {
        const QByteArrayView note = select.columnBlob(1);
        marks->set(quint64(select.columnInt(0) - 1),
                   QString::fromUtf8(note.data(), note.size()));
    }
    return !select.failed();
}
