#pragma once

#include <QtGlobal>
#include <QList>
#include <QMetaType>

#include <sys/inotify.h>

// One filesystem event, as small as we can make it: a capture of a million events must stay well
// under the memory of one QString per event. Paths live in PathTable, processes in ProcessTable;
// an event only carries their ids. Display strings are built when a view asks for them.
struct FsEvent
{
    enum Flag : quint16 {
        IsDir = 0x1,          // the object is a directory (IN_ISDIR / FAN_ONDIR)
        Synthesized = 0x2,    // not reported by the kernel: made by our own scan of a new dir
        OverflowMarker = 0x4, // the kernel queue overflowed here; events were lost
        ProcessGone = 0x8,    // fanotify: the process exited before we could read its identity
    };
    enum Source : quint8 {
        Inotify = 0,
        Scan = 1,     // synthesized by a directory scan (see Synthesized)
        Fanotify = 2,
        Rescan = 3,   // found by the rescan after a queue overflow: the state, not the lost history
    };

    qint64 timeNs = 0;     // CLOCK_REALTIME, ns since the epoch, taken when the event was read
    quint32 mask = 0;      // inotify IN_* bits; fanotify events are mapped onto the same bits
    quint32 cookie = 0;    // IN_MOVED_FROM/TO pairing; for an overflow marker, the running count
    quint32 pathId = 0;    // PathTable id (0: no path, e.g. an overflow marker)
    qint32 pid = -1;       // -1 when unknown (inotify cannot tell)
    quint32 processId = 0; // ProcessTable id, 0 when unknown
    quint16 flags = 0;
    quint8 source = Inotify;
    quint8 reserved = 0;

    // A row our own directory scan made, not the kernel: IN_CREATE for what a new directory
    // already held (Scan, flagged Synthesized: CsvWriter writes such a row as `scan`), IN_CREATE
    // or IN_DELETE for what the rescan after a queue overflow found (Rescan: no such flag).
    static FsEvent found(qint64 timeNs, quint32 kind, quint32 pathId, bool isDir, quint8 source)
    {
        FsEvent e;
        e.timeNs = timeNs;
        e.mask = kind | (isDir ? quint32(IN_ISDIR) : 0u);
        e.pathId = pathId;
        e.flags = quint16((source == Scan ? Synthesized : 0) | (isDir ? IsDir : 0));
        e.source = source;
        return e;
    }

    bool isDir() const { return flags & IsDir; }
    bool isOverflow() const { return flags & OverflowMarker; }
    bool isSynthesized() const { return flags & Synthesized; }
};
// Every source, for whatever lists them (the record's words, the rule editor's values).
inline constexpr quint8 kAllSources[] = {FsEvent::Inotify, FsEvent::Scan, FsEvent::Fanotify,
                                         FsEvent::Rescan};

static_assert(sizeof(FsEvent) == 32, "FsEvent is meant to stay 32 bytes");

// A batch handed from the reader thread to the GUI thread in one queued signal. QList is
// implicitly shared, so the queued copy costs a reference count, not the events.
using FsEventBatch = QList<FsEvent>;

Q_DECLARE_METATYPE(FsEvent)
