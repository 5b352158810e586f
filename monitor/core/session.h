#pragma once

#include "core/bookmarks.h"
#include "core/eventstore.h"
#include "core/fsevent.h"
#include "core/monitorproblem.h"
#include "core/processtable.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class PathTable;

// A capture: the interned paths, the events, the processes, and what went wrong along the way.
// Live captures and sessions reopened from CSV are the same object, so every view works on both.
//
// Signals are emitted after the store changed; a model keeps its own row count and adjusts it in
// its slot between begin/end calls. Dropping (the cap) is always signalled before the append that
// caused it.
class Session final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    explicit Session(QObject *parent = nullptr);
    explicit Session(std::shared_ptr<PathTable> paths, QObject *parent = nullptr);

    const std::shared_ptr<PathTable> &sharedPaths() const { return m_paths; }
    PathTable &paths() { return *m_paths; }
    const PathTable &paths() const { return *m_paths; }
    const EventStore &events() const { return m_events; }
    ProcessTable &processes() { return m_processes; }
    const ProcessTable &processes() const { return m_processes; }

    void setEventCap(qsizetype cap) { m_events.setCap(cap); }
    // Where events beyond the newest few chunks go (EventStore::setSpillDirectory); empty: RAM.
    void setSpillDirectory(const QByteArray &directory) { m_events.setSpillDirectory(directory); }

    void append(const FsEventBatch &batch);
    void append(const FsEvent *events, qsizetype count);
    void clear();

    void reportProblem(const MonitorProblem &problem);
    const QList<MonitorProblem> &problems() const { return m_problems; }

    qint64 overflowCount() const { return m_overflows; }

    // The user's marks on events; clear() forgets them with the events.
    Bookmarks &bookmarks() { return m_bookmarks; }
    const Bookmarks &bookmarks() const { return m_bookmarks; }

    // A session loaded from a file is read-only; `origin` is that file (empty for live captures).
    bool isReadOnly() const { return !m_origin.isEmpty(); }
    QString origin() const { return m_origin; }
    void setOrigin(const QString &file) { m_origin = file; }

Q_SIGNALS:
    void eventsDropped(qsizetype count);               // the `count` oldest events are gone
    void eventsAppended(qsizetype first, qsizetype count); // rows [first, first+count) are new
    void aboutToClear();
    void cleared();
    void problemReported(const MonitorProblem &problem);

private:
    std::shared_ptr<PathTable> m_paths;
    EventStore m_events;
    ProcessTable m_processes;
    QList<MonitorProblem> m_problems;
    qint64 m_overflows = 0;
    Bookmarks m_bookmarks;
    QString m_origin;
};
