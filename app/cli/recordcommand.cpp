#include "cli/recordcommand.h"

#include "cli/terminalerror.h"
#include "cli/exitcode.h"
#include "core/pathtable.h"
#include "cli/recordmessages.h"
#include "cli/subcommandparser.h"
#include "capture/eventsourcefactory.h"
#include "analysis/statsreport.h"
#include "cli/unixsignalnotifier.h"
#include "io/sessionmetadata.h"
#include "session/sessionfileerrortext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>

#include <climits>
#include <cstdio>

#include <unistd.h>

namespace {
constexpr int kStopTimeoutMs = 10000;
constexpr int kProgressIntervalMs = 500;

qint64 nowNs()
{
    return QDateTime::currentMSecsSinceEpoch() * 1000000;
}
} // namespace

RecordCommand::RecordCommand(RecordOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_paths(std::make_shared<PathTable>())
    , m_writer(*m_paths, m_processes)
    , m_jsonl(*m_paths, m_processes)
    , m_filter(m_paths.get(), &m_processes)
    , m_interactive(::isatty(STDERR_FILENO) == 1)
{
    m_filter.setRules(m_options.rules);
    m_durationTimer.setSingleShot(true);
    connect(&m_durationTimer, &QTimer::timeout, this, [this] { requestStop(ExitCode::Ok); });
    m_stopTimeout.setSingleShot(true);
    connect(&m_stopTimeout, &QTimer::timeout, this, [this] {
        TerminalError::print(tr("the capture did not stop within %1 s; exiting").arg(kStopTimeoutMs / 1000));
        m_exitCode = ExitCode::RuntimeError;
        finish();
    });
}

RecordCommand::~RecordCommand() = default;

void RecordCommand::printLine(const QString &line) const
{
    if (m_progressShown && m_interactive)
        std::fputs("\n", stderr); // end the progress line that \r kept rewriting
    TerminalError::print(line);
}

bool RecordCommand::startSession()
{
    // A session file another fsnoop is writing carries its OutputLock: refuse before our writer
    // replaces the file (it starts a new one), as the CSV output does.
    if (QFileInfo::exists(m_options.outputFile)
        && m_outputLock.lock(m_options.outputFile) == OutputLock::Result::Busy) {
        TerminalError::print(tr("cannot write %1: %2").arg(m_options.outputFile, CsvFileSink::busyText()));
        m_exitCode = ExitCode::RuntimeError;
        return false;
    }
    m_outputLock.unlock();
    // The session file is written by a thread of its own (SessionWriterThread), so this thread
    // only queues each batch and goes back to the source.
    m_spool = std::make_unique<SessionWriterThread>(m_paths);
    SessionFileError error;
    if (!m_spool->start(m_options.outputFile, SessionMetadata::forCapture(m_options.watch, nowNs()),
                        &error)) {
        TerminalError::print(tr("cannot write %1: %2")
                       .arg(m_options.outputFile, SessionFileErrorText::describe(error)));
        m_exitCode = ExitCode::RuntimeError;
        return false;
    }
    connect(m_spool.get(), &SessionWriterThread::failed, this, [this](const SessionFileError &error) {
        m_outputFailed = true;
        printLine(tr("cannot write %1: %2")
                      .arg(m_options.outputFile, SessionFileErrorText::describe(error)));
        requestStop(ExitCode::RuntimeError);
    });
    return true;
}

bool RecordCommand::start()
{
    if (m_options.format == OutputFormat::Session) {
        if (!startSession())
            return false;
    } else if (!m_sink.open(m_options.outputFile)) {
        // Opened (and locked) before the source starts, so a bad -o fails before a long set-up;
        // the header is written only when the capture begins (beginOutput()).
        TerminalError::print(tr("cannot write %1: %2").arg(m_sink.name(), m_sink.errorString()));
        m_exitCode = ExitCode::RuntimeError;
        return false;
    }

    m_source = createEventSource(m_options.watch, m_paths, m_processes);
    connect(m_source.get(), &EventSource::eventsReady, this, &RecordCommand::onBatch);
    connect(m_source.get(), &EventSource::problem, this, &RecordCommand::onProblem);
    connect(m_source.get(), &EventSource::setupProgress, this, &RecordCommand::onSetupProgress);
    connect(m_source.get(), &EventSource::setupFinished, this, &RecordCommand::onSetupFinished);
    connect(m_source.get(), &EventSource::stopped, this, &RecordCommand::onSourceStopped);

    m_progressClock.start();
    if (!m_source->start(m_options.watch)) {
        // The reason was already printed through problem().
        const MonitorProblem::Kind kind = m_source->lastProblem().kind;
        m_exitCode = (kind == MonitorProblem::RootMissing || kind == MonitorProblem::AccessDenied
                      || kind == MonitorProblem::WatchLimit)
            ? ExitCode::NothingWatched
            : ExitCode::RuntimeError;
        if (kind == MonitorProblem::None)
            TerminalError::print(tr("the capture could not start"));
        m_sink.discard(); // leave no file behind for a capture that never began
        return false;
    }
    return true;
}

bool RecordCommand::beginOutput()
{
    if (m_outputBegun || m_spool)
        return !m_outputFailed;
    m_outputBegun = true;
    const bool header = m_options.format == OutputFormat::Csv;
    if (!m_sink.begin() || (header && !m_sink.write(CsvWriter::header()))) {
        m_outputFailed = true;
        printLine(tr("cannot write %1: %2").arg(m_sink.name(), m_sink.errorString()));
        if (m_stopping)
            m_exitCode = ExitCode::RuntimeError;
        else
            requestStop(ExitCode::RuntimeError);
        return false;
    }
    return true;
}

qsizetype RecordCommand::rowsWithin(const FsEventBatch &batch, qsizetype bytes) const
{
    // Only after a failed write. JSON Lines: a row ends at its newline, and JSON escapes any
    // newline inside a string, so the whole rows are the newlines that reached the file.
    if (m_options.format == OutputFormat::Jsonl)
        return qsizetype(m_buffer.first(qMin(bytes, m_buffer.size())).count('\n'));
    // CSV may hold raw newlines inside quoted names: format the rows again, one by one, to find
    // how many whole rows the bytes hold (the writer's output does not depend on its caches).
    QByteArray row;
    qsizetype used = 0;
    qsizetype rows = 0;
    for (const FsEvent &e : batch) {
        row.resize(0);
        m_writer.append(row, e);
        used += row.size();
        if (used > bytes)
            break;
        ++rows;
    }
    return rows;
}

void RecordCommand::countWritten(const FsEvent *events, qsizetype n)
{
    if (m_options.stats)
        m_stats.add(events, n, *m_paths);
    for (qsizetype i = 0; i < n; ++i) {
        if (events[i].isOverflow())
            ++m_overflows;
    }
    m_events += n;
}

void RecordCommand::onBatch(const FsEventBatch &incoming)
{
    // --filter: only what the rules accept is recorded, counted and written.
    const FsEventBatch &batch = m_filter.apply(incoming);
    if (batch.isEmpty())
        return;
    if (m_outputFailed || !beginOutput()) {
        m_unwritten += batch.size();
        return;
    }
    if (m_spool) {
        // Queued for the writer thread; a failure to commit comes back through failed().
        m_spool->append(batch, m_processes);
        countWritten(batch.constData(), batch.size());
        return;
    }
    m_buffer.resize(0); // keeps the capacity (clear() would free it)
    if (m_options.format == OutputFormat::Jsonl)
        m_jsonl.append(m_buffer, batch);
    else
        m_writer.append(m_buffer, batch);
    if (m_sink.write(m_buffer)) {
        countWritten(batch.constData(), batch.size());
    } else {
        // The summary counts rows in the file, not rows meant for it: after a full disk the file
        // ends with the whole rows that fit (and maybe a cut one, which readers skip).
        const qsizetype written = rowsWithin(batch, m_sink.lastWritten());
        countWritten(batch.constData(), written);
        m_unwritten += batch.size() - written;
        m_outputFailed = true;
        if (m_sink.brokenPipe()) {
            requestStop(ExitCode::Ok); // the reader of the pipe is done: so are we
        } else {
            printLine(tr("cannot write %1: %2").arg(m_sink.name(), m_sink.errorString()));
            requestStop(ExitCode::RuntimeError);
        }
    }
}

void RecordCommand::onProblem(const MonitorProblem &problem)
{
    if (m_spool)
        m_spool->appendProblem(problem, nowNs());
    const QStringList lines = RecordMessages::problem(problem);
    for (const QString &line : lines)
        printLine(line);
    m_progressShown = false;
}

void RecordCommand::onSetupProgress(qint64 scanned)
{
    if (m_options.quiet || !m_interactive || m_progressClock.elapsed() < kProgressIntervalMs)
        return;
    const QByteArray line = "\rfsnoop: " + RecordMessages::settingUp(scanned).toLocal8Bit();
    std::fputs(line.constData(), stderr);
    std::fflush(stderr);
    m_progressShown = true;
}

void RecordCommand::onSetupFinished(qint64 watched, qint64 unwatched)
{
    if (m_stopping)
        return;
    if (watched == 0) {
        printLine(tr("nothing could be watched"));
        requestStop(ExitCode::NothingWatched);
        return;
    }
    if (!beginOutput())
        return;
    if (!m_options.quiet)
        printLine(RecordMessages::watching(watched, unwatched));
    m_progressShown = false;
    // The duration counts capture time, not the set-up of a large tree.
    if (m_options.durationMs > 0)
        m_durationTimer.start(int(qMin<qint64>(m_options.durationMs, INT_MAX)));
}

void RecordCommand::requestStop(int exitCode)
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_exitCode = exitCode;
    m_durationTimer.stop();
    if (m_source && m_source->isRunning()) {
        // stop() delivers the last batch through eventsReady, then emits stopped() (possibly
        // before it returns); the timeout guards against a source that never does.
        m_stopTimeout.start(kStopTimeoutMs);
        m_source->stop();
    } else {
        finish();
    }
}

void RecordCommand::onSourceStopped()
{
    if (!m_stopping) {
        // It ended on its own: no root is watched and none can be waited for (a root that goes
        // away is waited for, and the capture goes on meanwhile), or the helper exited. Already
        // reported.
        m_stopping = true;
        m_exitCode = ExitCode::RuntimeError;
        m_durationTimer.stop();
    }
    finish();
}

void RecordCommand::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_stopTimeout.stop();
    SessionFileError spoolError;
    if (m_spool) {
        const bool written = m_spool->finish(nowNs(), &spoolError);
        // The summary counts rows in the file: what a full writer queue or a failed write kept
        // out of it was handed over but is "not written".
        const qint64 committed = m_spool->eventsCommitted();
        m_unwritten += qMax<qint64>(0, m_events - committed);
        m_events = qMin(m_events, committed);
        if (!written && !m_outputFailed) {
            printLine(tr("cannot write %1: %2")
                          .arg(m_options.outputFile, SessionFileErrorText::describe(spoolError)));
            m_exitCode = ExitCode::RuntimeError;
        }
    } else if (m_exitCode == ExitCode::NothingWatched) {
        m_sink.discard(); // no header-only file for a capture that never began
    } else {
        beginOutput(); // stopped during set-up: still a valid, empty CSV
    }
    if (m_options.stats) {
        // The table goes to standard error: standard output may be the CSV itself.
        StatsReport::Options report;
        report.sortKey = m_options.statsSortKey;
        report.ascending = m_options.statsAscending;
        const QByteArray table = StatsReport::format(m_stats, *m_paths, report);
        std::fwrite(table.constData(), 1, std::size_t(table.size()), stderr);
        std::fflush(stderr);
    }
    if (!m_options.quiet) {
        const EventSource::Stats stats = m_source ? m_source->stats() : EventSource::Stats{};
        const qint64 overflows = qMax(m_overflows, stats.overflows);
        printLine(RecordMessages::summary(m_events - m_overflows, stats, overflows));
        if (stats.waitingRoots > 0)
            printLine(RecordMessages::waiting(stats.waitingRoots));
        if (m_unwritten > 0)
            printLine(tr("events not written: %1").arg(m_unwritten));
    }
    Q_EMIT finished(m_exitCode);
}

int runRecord()
{
    RecordOptions options;
    if (const auto exitCode = SubcommandParser::parseOrExit(&CommandLine::parseRecord, &options,
                                                            &CommandLine::recordHelp))
        return *exitCode;

    UnixSignalNotifier signalNotifier;
    RecordCommand command(std::move(options));
    QObject::connect(&signalNotifier, &UnixSignalNotifier::received, &command,
                     [&command](int) { command.requestStop(ExitCode::Ok); });
    QObject::connect(&command, &RecordCommand::finished, QCoreApplication::instance(),
                     &QCoreApplication::exit, Qt::QueuedConnection);
    if (!command.start())
        return command.exitCode();
    return QCoreApplication::exec();
}
