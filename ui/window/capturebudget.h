#pragma once

#include <QtGlobal>

class QSettings;

// How much of a live capture the window keeps (issue 12), in bytes, as the user sets it in
// File > Sessions: past it the oldest events go and the status bar counts them ("N dropped").
// It replaces the fixed 3-million-event cap. The spool file keeps every event; the sessions
// folder's cleanup rule bounds the disk.
class CaptureBudget final
{
public:
    // The one default: 1 GiB, about 33 million events, tens of millions as issue 12 asks.
    static constexpr qint64 kDefaultBytes = qint64(1) << 30;
    // What one event costs, rounded up: 29 B in a session file (bench/fsnoop-sessiongen), 36.8 B
    // in memory with its index (README, "memory per stored event").
    static constexpr qint64 kBytesPerEvent = 32;

    static qint64 bytes(QSettings &s);
    static void setBytes(QSettings &s, qint64 bytes);
    // The cap the window's Session gets (EventStore::setCap).
    static qsizetype eventCap(QSettings &s) { return qsizetype(bytes(s) / kBytesPerEvent); }
};
