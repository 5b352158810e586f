#pragma once

#include "analysis/filestats.h"
#include "analysis/processstats.h"
#include "analysis/ratehistory.h"
#include "analysis/renametracker.h"

#include <QObject>
#include <QPointer>

class QTimer;
class Session;

// Keeps FileStats, RateHistory and RenameTracker in step with one Session: fed from
// Session::eventsAppended (one pass over each batch), recounted from every stored event when
// bound to another session (a reopened CSV is a new Session), emptied on Session::cleared.
// Used by the statistics, rename and process views and by `fsnoop record --stats`.
//
// Events the store later drops because of its cap stay counted: the figures describe the capture.
class SessionStats final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionStats)

public:
    enum Part {
        Files = 0x1,
        Rates = 0x2,
        Renames = 0x4,
        All = Files | Rates | Renames,
        Processes = 0x8, // not in All: only the Processes view needs it
    };
    Q_DECLARE_FLAGS(Parts, Part)

    explicit SessionStats(Session *session, Parts parts = All, QObject *parent = nullptr);

    // Binds to another session (or none) and recounts everything it holds. A read-only
    // (reopened) session is complete, so its unpaired MOVED_FROMs are resolved at once, unless
    // it is still `streaming` in from its file (SessionStreamer): then the partner of a
    // MOVED_FROM may be in the next chunk, so renames wait by event time only, never by the wall
    // clock (the file's events are not happening now), until finish() says the rest came.
    void setSession(Session *session, bool streaming = false);
    Session *session() const;
    bool isStreaming() const { return m_streaming; }
    Parts parts() const { return m_parts; }

    const FileStats &files() const { return m_files; }
    const RateHistory &rates() const { return m_rates; }
    const RenameTracker &renames() const { return m_renames; }
    const ProcessStats &processes() const { return m_processes; }

    // End of a capture, or of a streamed session's load (complete or not): pending MOVED_FROMs
    // become "moved out" now rather than after the grace.
    void finish();

Q_SIGNALS:
    void updated(); // new events were counted (once per Session batch: views coalesce)
    void reset();   // everything was recounted or emptied

private:
    void onAppended(qsizetype first, qsizetype count);
    void onCleared();
    void onSessionDestroyed();
    void recount();
    void expireRenames();
    void scheduleExpiry();

    QPointer<Session> m_session;
    Parts m_parts;
    bool m_streaming = false;
    FileStats m_files;
    RateHistory m_rates;
    RenameTracker m_renames;
    ProcessStats m_processes;
    QTimer *m_expiryTimer = nullptr;
    QList<QMetaObject::Connection> m_connections;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(SessionStats::Parts)
