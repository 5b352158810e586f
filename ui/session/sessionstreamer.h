#pragma once

#include "core/fsevent.h"
#include "io/sessionfileerror.h"

#include <QObject>
#include <QPointer>
#include <QSemaphore>
#include <QString>

#include <atomic>
#include <memory>

class QThread;
class Session;

// Opens a session file (.fsnoop) progressively, so a 50-million-event session shows its first
// rows at once: open() reads the path and process tables and the first chunk of events, then
// hands the Session over; a worker thread keeps reading the rest and appends it to that Session
// chunk by chunk on the GUI thread (Session::append: the table, statistics and renames follow as
// they do for a live capture), until the end, an error, or cancel().
//
// At most kInFlightChunks chunks wait in the event queue: when the GUI thread is slower than the
// disk, the reader waits rather than queueing the file in memory.
//
// CSV files are not read this way: a malformed CSV record must fail the whole load (it "loads
// nothing half-way", docs/csv-format.md), which only a complete read can promise; SessionLoader
// reads them behind its dialog. A session file is an SQLite database read as of its last commit:
// what is read is consistent as it comes.
class SessionStreamer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionStreamer)

public:
    static constexpr int kInFlightChunks = 8; // of SessionFileReader::kChunkEvents (2 MiB) each

    explicit SessionStreamer(QObject *parent = nullptr);
    ~SessionStreamer() override; // cancels and waits for the worker

    // Starts reading `fileName` and waits (running the event loop, so the window paints) for the
    // tables and the first chunk. Returns the session (read-only, origin = fileName) with those
    // in it, the rest to follow; nullptr with *error on failure. One file per streamer.
    std::unique_ptr<Session> open(const QString &fileName, SessionFileError *error);

    // Stops reading; the session keeps what it has. finished() follows.
    void cancel();
    bool isLoading() const { return m_loading; }
    qint64 loadedCount() const { return m_loaded; }
    qint64 totalCount() const { return m_total; }
    // Why the reading ended early (Cancelled, or a read error); None while loading, when it was
    // complete, or when nothing was started.
    const SessionFileError &endError() const { return m_endError; }

Q_SIGNALS:
    void progress(qint64 loaded, qint64 total);
    // The end: complete, or not (error.code says why: Cancelled, or a read error). The session
    // keeps every event appended before it.
    void finished(bool complete, const SessionFileError &error);

private:
    struct Start; // what the worker hands over with the first chunk
    void read(const QString &fileName, const std::shared_ptr<Start> &start);
    void deliver(const FsEventBatch &batch);
    void end(const SessionFileError &error);

    std::unique_ptr<QThread> m_worker;
    std::atomic<bool> m_cancelled{false};
    QSemaphore m_room{kInFlightChunks};
    QPointer<Session> m_session; // not owned: the window's
    bool m_loading = false;
    qint64 m_loaded = 0;
    qint64 m_total = 0;
    SessionFileError m_endError;
};
