#pragma once

#include "core/processtable.h"

#include <QByteArray>
#include <QHash>

namespace fsnoop::proto {
struct EventRecord;
}

// The process an EventRecord of the helper names, as a ProcessTable id. The helper sends the
// process fields with every event (pid, start time, comm, exe, command line, uid); most events
// come in bursts from one process, so the last one is kept and compared field by field before
// anything is built or interned. The uid's name is looked up here, on this side (the helper sends
// no names), once per uid.
//
// `processes` (normally Session::processes()) must outlive this object. Used from the
// FanotifySource's thread only.
class ProcessRecordInterner final
{
public:
    explicit ProcessRecordInterner(ProcessTable &processes) : m_processes(processes) {}
    ProcessRecordInterner(const ProcessRecordInterner &) = delete;
    ProcessRecordInterner &operator=(const ProcessRecordInterner &) = delete;

    // The id of the record's process (record.pid > 0), interned if new.
    quint32 processIdFor(const fsnoop::proto::EventRecord &record);
    // Forgets the last process (a new capture); the user names stay.
    void forgetLast();

private:
    QByteArray userName(quint32 uid);

    ProcessTable &m_processes;
    ProcessInfo m_lastProcess; // one-entry process cache: bursts come from one process
    quint32 m_lastProcessId = ProcessTable::NoProcess;
    QHash<quint32, QByteArray> m_userNames;
};
