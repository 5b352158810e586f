#pragma once

#include "io/sessionmetadata.h"

#include <QDateTime>
#include <QList>
#include <QString>

// Where the window spools its live captures: one session file per capture, named by its start
// time, in $XDG_STATE_HOME/fsnoop/sessions (~/.local/state/fsnoop/sessions when unset). The XDG
// Base Directory spec puts "state data that should persist between restarts" there, not in the
// cache (which a cleaner may wipe) nor in the data dir; Qt 6.4 has no StateLocation, so this is
// the one place that computes the folder.
class SpoolDirectory final
{
public:
    // A spooled session as the sessions list and the crash check see it.
    struct Entry
    {
        QString file;
        SessionMetadata metadata; // empty roots if the file could not be read
        qint64 events = -1;       // committed events; -1 if not read (unreadable, or locked)
        qint64 bytes = 0;         // the file and its write-ahead log
        QDateTime modified;
        bool locked = false;      // a running capture (this or another fsnoop) holds it
        bool readable = false;

        // Started, never stopped, and no capture holds it: fsnoop was killed while capturing.
        bool isCrashed() const { return readable && !locked && metadata.stoppedNs == 0; }
    };

    static QString path();
    // A new, not yet existing file for a capture that starts at `start` (local time in the name,
    // which is what a person looks for; a suffix if two start in the same second).
    static QString newFileName(const QDateTime &start);
    // Every *.fsnoop in the folder, newest first. `ownFile` is the one this process is writing
    // (CaptureController::spoolFile()): it is reported locked without being opened at all, since
    // closing any descriptor on it here would drop the writer's SQLite locks (fcntl(2)).
    static QList<Entry> entries(const QString &ownFile = {});
    static Entry entry(const QString &file, const QString &ownFile = {});
    // Whether `file` is directly inside the folder (after resolving links): cleanup and discard
    // never touch anything else.
    static bool contains(const QString &file);
    // The file with its -wal and -shm companions (SQLite's WAL mode leaves them beside it).
    static bool remove(const QString &file);
    static qint64 bytesOnDisk(const QString &file);
    // Gives a crashed capture's file the stop time it never got (its last event's, or its start
    // time if it holds none), so it reads as the finished session it now is and is not offered
    // again. Only the metadata row changes.
    static bool seal(const QString &file);
};
