#include "cli/exportcommand.h"

#include "cli/terminalerror.h"
#include "cli/exitcode.h"
#include "cli/exportoutput.h"
#include "cli/subcommandparser.h"
#include "core/bookmarks.h"
#include "core/pathtable.h"
#include "core/processtable.h"
#include "core/session.h"
#include "io/csvreader.h"
#include "io/sessionfilereader.h"
#include "session/sessionfileerrortext.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>

#include <csignal>
#include <cstdio>
#include <vector>

#include <unistd.h>

namespace {

constexpr int kProgressIntervalMs = 250;

// Set by SIGINT/SIGTERM: the export stops at the next chunk and removes what it wrote.
volatile std::sig_atomic_t g_interrupted = 0;

void onInterrupt(int)
{
    g_interrupted = 1;
}

// "\rfsnoop: exporting: 1,234 of 5,678 events (21%)" on a terminal, at most every 250 ms.
class ProgressLine final
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    explicit ProgressLine(bool enabled)
        : m_enabled(enabled)
    {
        m_clock.start();
    }
    void show(qint64 done, qint64 total, bool force = false)
    {
        if (!m_enabled || (!force && m_clock.elapsed() < kProgressIntervalMs))
            return;
        m_clock.restart();
        const QLocale locale;
        const QString text = total > 0
            ? tr("exporting: %1 of %2 events (%3%)")
                  .arg(locale.toString(done), locale.toString(total))
                  .arg(done * 100 / total)
            : tr("exporting: %1 events").arg(locale.toString(done));
        const QByteArray line = "\rfsnoop: " + text.toLocal8Bit() + "\033[K";
        std::fputs(line.constData(), stderr);
        std::fflush(stderr);
        m_shown = true;
    }
    void end()
    {
        if (m_shown)
            std::fputs("\n", stderr);
        m_shown = false;
    }

private:
    bool m_enabled;
    bool m_shown = false;
    QElapsedTimer m_clock;
};

} // namespace

QString ExportCommand::help()
{
    return tr("Usage: fsnoop export SESSION -o OUT [--format FORMAT] [-q]\n"
              "\n"
              "Converts a session without a window: SESSION is a session file (.fsnoop) or a CSV\n"
              "written by fsnoop; OUT gets CSV, JSON Lines or a session file, chosen by --format\n"
              "or by OUT's extension (.csv, .jsonl, .fsnoop). A session file is streamed, so one\n"
              "bigger than memory converts. On a terminal a progress line is shown. A failed or\n"
              "interrupted export leaves no file behind.\n"
              "\n"
              "Options:\n"
              "  -o, --output OUT       the file to write (\"-\": standard output, CSV or JSON\n"
              "                         Lines only)\n"
              "  --format FORMAT        csv, jsonl or fsnoop\n"
              "  -q, --quiet            no progress line and no summary\n"
              "  -h, --help             show this help\n"
              "\n"
              "Exit codes: 0 done, 1 the session could not be read or OUT not written, 2 usage\n"
              "error.\n");
}

ExportCommand::Parse ExportCommand::parse(const QStringList &arguments, ExportOptions *options,
                                          QString *error)
{
    SubcommandParser parser(QStringLiteral("fsnoop export"), QStringLiteral("OUT"));
    const Parse parsed = parser.parse(arguments, {}, error);
    if (parsed != Parse::Ok)
        return parsed;

    ExportOptions out;
    out.quiet = parser.isSet(parser.quietOption);
    const QStringList inputs = parser.positionalArguments();
    if (inputs.size() != 1) {
        *error = inputs.isEmpty() ? tr("no session to export (usage: fsnoop export SESSION -o OUT)")
                                  : tr("one session at a time, not %1").arg(inputs.size());
        return Parse::Error;
    }
    out.input = inputs.first();
    if (!QFileInfo(out.input).isFile()) {
        *error = tr("no such file: %1").arg(out.input);
        return Parse::Error;
    }
    out.output = parser.value(parser.outputOption);
    if (out.output.isEmpty()) {
        *error = tr("-o OUT is required (.csv, .jsonl, .fsnoop, or - for standard output)");
        return Parse::Error;
    }
    if (!parser.isSet(parser.formatOption) && out.output != QLatin1String("-")
        && !OutputFormat::fromFileName(out.output)) {
        *error = tr("cannot tell the format of %1 from its name: use --format csv, jsonl or "
                    "fsnoop")
                     .arg(out.output);
        return Parse::Error;
    }
    if (!parser.resolveFormat(out.output, &out.format, error))
        return Parse::Error;
    if (out.output != QLatin1String("-") && QFileInfo(out.output).exists()
        && QFileInfo(out.output).canonicalFilePath() == QFileInfo(out.input).canonicalFilePath()) {
        *error = tr("the output is the session itself: %1").arg(out.output);
        return Parse::Error;
    }
    *options = std::move(out);
    return Parse::Ok;
}

int ExportCommand::run(const ExportOptions &options)
{
    ProgressLine progress(!options.quiet && ::isatty(STDERR_FILENO) == 1);
    PathTable paths;
    ProcessTable processes;
    QList<MonitorProblem> problems;
    SessionMetadata metadata;
    qint64 written = 0;
    std::unique_ptr<ExportOutput> output;
    const QString outputName = OutputFormat::displayName(options.output);
    const auto sayCannotWrite = [&] {
        TerminalError::print(tr("cannot write %1: %2").arg(outputName, output->errorString()));
    };
    bool writeFailed = false;
    bool interrupted = false;
    const auto writeChunk = [&](const FsEvent *events, qsizetype n) {
        if (g_interrupted) {
            interrupted = true;
            return false;
        }
        if (!output->write(events, n)) {
            writeFailed = true;
            return false;
        }
        written += n;
        return true;
    };
    const auto openOutput = [&](const PathTable &withPaths, const ProcessTable &withProcesses) {
        output = std::make_unique<ExportOutput>(options.format, withPaths, withProcesses);
        if (output->open(options.output, metadata, problems))
            return true;
        sayCannotWrite();
        return false;
    };

    bool readOk = true;
    QString readError;
    if (SessionFileReader::looksLikeSessionFile(options.input)) {
        // Streamed: the tables first, then the events a chunk at a time.
        SessionFileReader reader;
        readOk = reader.open(options.input) && reader.readTables(paths, processes, &problems);
        if (readOk) {
            metadata = reader.metadata();
            if (!openOutput(paths, processes))
                return ExitCode::RuntimeError;
            const qint64 total = reader.eventCount();
            readOk = reader.readEvents([&](const FsEvent *events, qsizetype n) {
                const bool ok = writeChunk(events, n);
                progress.show(written, total);
                return ok;
            });
            Bookmarks marks;
            readOk = readOk && reader.readBookmarks(&marks);
            if (readOk && !output->writeBookmarks(marks)) {
                readOk = false;
                writeFailed = true;
            }
        }
        if (!readOk && !writeFailed)
            readError = SessionFileErrorText::describe(reader.error());
    } else {
        CsvError error;
        std::unique_ptr<Session> session = CsvReader::load(options.input, &error);
        if (!session) {
            readOk = false;
            readError = error.line > 0 ? tr("line %1: %2").arg(error.line).arg(QString::fromUtf8(error.detail))
                                       : QString::fromUtf8(error.detail);
        } else {
            const EventStore &events = session->events();
            if (!openOutput(session->paths(), session->processes()))
                return ExitCode::RuntimeError;
            std::vector<FsEvent> chunk;
            chunk.reserve(std::size_t(SessionFileReader::kChunkEvents));
            for (qsizetype i = 0; i < events.size() && readOk; ++i) {
                chunk.push_back(events.at(i));
                if (qsizetype(chunk.size()) == SessionFileReader::kChunkEvents || i + 1 == events.size()) {
                    readOk = writeChunk(chunk.data(), qsizetype(chunk.size()));
                    chunk.clear();
                    progress.show(written, events.size());
                }
            }
        }
    }
    progress.end();
    if (!readOk) {
        if (output)
            output->abandon();
        if (interrupted)
            TerminalError::print(tr("interrupted; %1 was not written").arg(outputName));
        else if (writeFailed)
            sayCannotWrite();
        else
            TerminalError::print(tr("cannot read %1: %2").arg(options.input, readError));
        return ExitCode::RuntimeError;
    }
    if (!output->finish(metadata.stoppedNs)) {
        sayCannotWrite();
        return ExitCode::RuntimeError;
    }
    if (!options.quiet)
        TerminalError::print(tr("exported %n event(s) to %1", nullptr, int(qMin<qint64>(written, INT_MAX)))
                                 .arg(outputName));
    return ExitCode::Ok;
}

int runExport()
{
    ExportOptions options;
    if (const auto exitCode = SubcommandParser::parseOrExit(&ExportCommand::parse, &options,
                                                            &ExportCommand::help))
        return *exitCode;
    ::signal(SIGINT, onInterrupt);
    ::signal(SIGTERM, onInterrupt);
    return ExportCommand::run(options);
}
