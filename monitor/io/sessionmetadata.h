#pragma once

#include "core/watchoptions.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

class SqliteDatabase;

// What a session file says about the capture it holds (the `metadata` and `roots` tables of
// docs/session-format.md): what was watched and how, on which machine, by which fsnoop, when.
struct SessionMetadata
{
    QList<QByteArray> roots;  // raw bytes
    QByteArray backend;       // "inotify" or "fanotify"
    QByteArray mode;          // "recursive" or "single"
    quint32 events = 0;       // IN_* mask asked for
    QStringList excludes;     // regular expressions, as typed
    QStringList includes;
    QByteArray host;          // uname(2) nodename
    QByteArray kernel;        // uname(2) sysname release
    QByteArray fsnoopVersion; // of the writer
    qint64 startedNs = 0;     // CLOCK_REALTIME ns; 0 unknown
    qint64 stoppedNs = 0;     // 0: the capture did not end cleanly (still running, or crashed)

    // For a capture starting now with `options`: fills the machine and version fields too.
    static SessionMetadata forCapture(const WatchOptions &options, qint64 startedNs);

    // Inside the caller's transaction.
    bool save(SqliteDatabase &db) const;
    bool saveStopTime(SqliteDatabase &db, qint64 stoppedNs) const;
    static bool load(SqliteDatabase &db, SessionMetadata *out);
};
