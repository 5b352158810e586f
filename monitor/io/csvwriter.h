#pragma once

#include "core/fsevent.h"

#include <QByteArray>
#include <QHash>

#include <limits>
#include <vector>

class PathTable;
class ProcessTable;

// Formats events as fsnoop CSV rows (docs/csv-format.md): RFC 4180, UTF-8, CRLF line ends, columns
// time,events,path,is_dir,cookie,pid,process,executable,source.
//
// This is `fsnoop record`'s hot path, measured against inotifywait's CPU time per event, so it
// builds no QString per event: the date-and-second prefix of the time stamp is formatted once per
// second, event names once per distinct mask, a directory's escaped path once per directory and a
// process's fields once per process; a row is then a handful of appends into the caller's buffer.
//
// Times are written in the machine's local time with its numeric UTC offset
// ("2026-11-22T08:12:36.123456+01:00"), as `date --iso-8601=ns` does, so that a person reading the
// file sees their own clock and a program still gets an exact instant.
//
// Not thread-safe: append() is const for the caller but updates the caches. Use one writer per
// thread. The tables must outlive the writer; they may keep growing while it is used (both are
// append-only).
class CsvWriter final
{
public:
    CsvWriter(const PathTable &paths, const ProcessTable &processes);

    static QByteArray header(); // the header row, with its line ending

    void append(QByteArray &out, const FsEvent &event) const;
    void append(QByteArray &out, const FsEvent *events, qsizetype n) const;
    void append(QByteArray &out, const FsEventBatch &batch) const
    {
        append(out, batch.constData(), batch.size());
    }

    // The time column alone, e.g. for a test or a status line.
    static QByteArray formatTime(qint64 timeNs);

private:
    struct Encoded {
        QByteArray bytes;   // escaped, not quoted
        bool needsQuotes = false;
    };
    struct ProcessFields {
        bool valid = false;
        QByteArray fields; // "process,executable" already escaped and quoted
    };

    // Writes straight into the caller's buffer through a raw pointer: QByteArray::append() goes
    // through the general insert() path, which cost more than all the formatting (perf, Qt 6.4).
    struct Sink;
    void appendRow(Sink &out, const FsEvent &event) const;
    void appendTime(Sink &out, qint64 timeNs) const;
    void appendEvents(Sink &out, quint32 mask) const;
    void appendPath(Sink &out, quint32 pathId) const;
    void appendProcess(Sink &out, quint32 processId) const;
    const Encoded &directory(quint32 dirId) const;

    const PathTable &m_paths;
    const ProcessTable &m_processes;

    // Time prefix cache: "YYYY-MM-DDTHH:MM:SS." for m_second, and the "+HH:MM" that follows.
    mutable qint64 m_second = std::numeric_limits<qint64>::min();
    mutable QByteArray m_secondPrefix;
    mutable QByteArray m_offset;

    mutable QHash<quint32, QByteArray> m_eventNames;   // mask -> "CLOSE_WRITE|ISDIR"
    mutable QHash<quint32, Encoded> m_directories;     // dir path id -> escaped path ("" for "/")
    mutable quint32 m_lastDirId = 0;
    mutable const Encoded *m_lastDir = nullptr;
    mutable std::vector<ProcessFields> m_processFields; // by ProcessTable id
};
