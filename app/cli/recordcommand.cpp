#include "cli/recordcommand.h"

#include "cli/exitcode.h"
#include "core/pathtable.h"
#include "cli/recordmessages.h"
#include "capture/eventsourcefactory.h"
#include "analysis/statsreport.h"
#include "cli/unixsignalnotifier.h"
#include "text/translators.h"

#include <QCoreApplication>

#include <climits>
#include <csignal>
#include <cstdio>

#include <unistd.h>

namespace {
constexpr int kStopTimeoutMs = 10000;
constexpr int kProgressIntervalMs = 500;

void printError(const QString &text)
{
    // One fputs of a whole line so that lines from several writers never interleave mid-line.
    const QByteArray line = QStringLiteral("fsnoop: %1\n").arg(text).toLocal8Bit();
    std::fputs(line.constData(), stderr);
    std::fflush(stderr);
}
} // namespace

RecordCommand::RecordCommand(RecordOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_paths(std::make_shared<PathTable>())
    , m_writer(*m_paths, m_processes)
    , m_rules(m_paths.get(), &m_processes)
    , m_interactive(::isatty(STDERR_FILENO) == 1)
{
    m_rules.setRules(m_options.rules);
    m_durationTimer.setSingleShot(true);
    connect(&m_durationTimer, &QTimer::timeout, this, [this] { requestStop(ExitCode::Ok); });
    m_stopTimeout.setSingleShot(true);
    connect(&m_stopTimeout, &QTimer::timeout, this, [this] {
        printError(tr("the capture did not stop within %1 s; exiting").arg(kStopTimeoutMs / 1000));
        m_exitCode = ExitCode::RuntimeError;
        finish();
    });
}

RecordCommand::~RecordCommand() = default;

void RecordCommand::printLine(const QString &line) const
{
    if (m_progressShown && m_interactive)
        std::fputs("\n", stderr); // end the progress line that \r kept rewriting
    printError(line);
}

bool RecordCommand::start()
{
    if (!m_sink.open(m_options.outputFile)) {
        printError(tr("cannot write %1: %2").arg(m_sink.name(), m_sink.errorString()));
        m_exitCode = ExitCode::RuntimeError;
        return false;
    }
    if (!m_sink.write(CsvWriter::header())) {
        printError(tr("cannot write %1: %2").arg(m_sink.name(), m_sink.errorString()));
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
            printError(tr("the capture could not start"));
        return false;
    }
    return true;
}

void RecordCommand::onBatch(const FsEventBatch &incoming)
{
    if (m_outputFailed || incoming.isEmpty())
        return;
    if (!m_rules.isEmpty()) {
        m_kept.resize(0);
        for (const FsEvent &e : incoming) {
            if (m_rules.accepts(e))
                m_kept.append(e);
        }
        if (m_kept.isEmpty())
            return;
    }
    const FsEventBatch &batch = m_rules.isEmpty() ? incoming : m_kept;
    if (m_options.stats)
        m_stats.add(batch.constData(), batch.size(), *m_paths);
    for (const FsEvent &e : batch) {
        if (e.isOverflow())
            ++m_overflows;
    }
    m_events += batch.size();
    m_buffer.resize(0); // keeps the capacity (clear() would free it)
    m_writer.append(m_buffer, batch);
    if (!m_sink.write(m_buffer)) {
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
        // It ended on its own: every root was deleted or unmounted (already reported).
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
    }
    Q_EMIT finished(m_exitCode);
}

int runRecord(int &argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fsnoop"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FSNOOP_VERSION));
    Translators::install(app);

    RecordOptions options;
    QString error;
    switch (CommandLine::parseRecord(QCoreApplication::arguments().mid(2), &options, &error)) {
    case CommandLine::Parse::Help:
        std::fputs(CommandLine::recordHelp().toLocal8Bit().constData(), stdout);
        return ExitCode::Ok;
    case CommandLine::Parse::Error:
        printError(error);
        std::fputs(CommandLine::tr("Try 'fsnoop record --help'.\n")
                       .toLocal8Bit()
                       .constData(),
                   stderr);
        return ExitCode::UsageError;
    case CommandLine::Parse::Ok:
        break;
    }

    // A closed pipe must be an EPIPE from write(2) we can end on cleanly, not a silent death.
    ::signal(SIGPIPE, SIG_IGN);
    UnixSignalNotifier signalNotifier;
    RecordCommand command(std::move(options));
    QObject::connect(&signalNotifier, &UnixSignalNotifier::received, &command,
                     [&command](int) { command.requestStop(ExitCode::Ok); });
    QObject::connect(&command, &RecordCommand::finished, &app, &QCoreApplication::exit,
                     Qt::QueuedConnection);
    if (!command.start())
        return command.exitCode();
    return QCoreApplication::exec();
}
