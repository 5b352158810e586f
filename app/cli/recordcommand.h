#pragma once

#include "cli/commandline.h"
#include "cli/csvfilesink.h"
#include "io/csvwriter.h"
#include "io/jsonlwriter.h"
#include "io/outputlock.h"
#include "io/sessionwriterthread.h"
#include "capture/eventsource.h"
#include "analysis/filestats.h"
#include "capture/capturefilter.h"
#include "core/processtable.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>

class PathTable;

// `fsnoop record`: one EventSource feeding one CsvWriter into one sink, until a signal, the
// duration, or the source's end. Each batch the source delivers becomes exactly one write(2), so
// the output is live and the per-event cost stays in the writer.
//
// The source comes from createEventSource() (`--fanotify` sets WatchOptions::backend); with
// `--stats` every batch also feeds a FileStats whose table finish() prints, as inotifywatch does.
class RecordCommand final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordCommand)

public:
    explicit RecordCommand(RecordOptions options, QObject *parent = nullptr);
    ~RecordCommand() override;

    // Opens the output, writes the header, starts the source. Returns false (with the message
    // already printed) when the capture cannot begin; exitCode() says why.
    bool start();

    // Ends the capture: stops the source (which delivers its last batch), then finish().
    void requestStop(int exitCode);

    int exitCode() const { return m_exitCode; }

Q_SIGNALS:
    void finished(int exitCode);

private:
    void onBatch(const FsEventBatch &batch);
    void onProblem(const MonitorProblem &problem);
    void onSetupProgress(qint64 scanned);
    void onSetupFinished(qint64 watched, qint64 unwatched);
    void onSourceStopped();
    void finish();
    void printLine(const QString &line) const;
    bool startSession(); // -o FILE.fsnoop: the writer thread, the lock
    bool beginOutput(); // truncates the file and writes the header, once
    qsizetype rowsWithin(const FsEventBatch &batch, qsizetype bytes) const;
    void countWritten(const FsEvent *events, qsizetype n);

    RecordOptions m_options;
    std::shared_ptr<PathTable> m_paths;
    ProcessTable m_processes;
    CsvWriter m_writer;
    JsonlWriter m_jsonl;                          // --format jsonl
    std::unique_ptr<SessionWriterThread> m_spool; // --format fsnoop: instead of the sink
    // Only to refuse a session file another fsnoop writes; the writer locks its own file.
    OutputLock m_outputLock;
    CsvFileSink m_sink;
    std::unique_ptr<EventSource> m_source;
    QByteArray m_buffer; // reused for every batch: no allocation once it has grown
    FileStats m_stats;   // fed only with --stats
    CaptureFilter m_filter; // --filter: events its rules do not accept are not written
    QTimer m_durationTimer;
    QTimer m_stopTimeout;
    QElapsedTimer m_progressClock;
    bool m_progressShown = false;
    bool m_interactive = false; // standard error is a terminal

    qint64 m_events = 0;
    qint64 m_overflows = 0;
    bool m_stopping = false;
    bool m_finished = false;
    bool m_outputBegun = false;
    bool m_outputFailed = false;
    qint64 m_unwritten = 0; // events that did not reach the output after a write error
    int m_exitCode = 0;
};

// main()'s entry for `fsnoop record ...`, once it has built and set up the QCoreApplication.
int runRecord();
