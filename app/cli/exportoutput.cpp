#include "cli/exportoutput.h"

#include "core/pathtable.h"
#include "core/processtable.h"
#include "io/csvwriter.h"
#include "io/jsonlwriter.h"
#include "session/sessionfileerrortext.h"

#include <cstdio>

#include <unistd.h>

namespace {
// Text is handed to the file in blocks of this size: one write(2) per few MB, not per event.
constexpr qsizetype kWriteBlock = 4 << 20;
// A session file commits every million events: one transaction for everything would keep a
// multi-gigabyte WAL; one per chunk would cost a commit every 65,536 rows for nothing.
constexpr qint64 kEventsPerCommit = 1 << 20;
} // namespace

ExportOutput::ExportOutput(OutputFormat::Kind format, const PathTable &paths,
                           const ProcessTable &processes)
    : m_format(format)
    , m_paths(paths)
    , m_processes(processes)
{
}

ExportOutput::~ExportOutput()
{
    if (m_file || m_session)
        abandon();
}

bool ExportOutput::failSession()
{
    m_error = SessionFileErrorText::describe(m_session->error());
    return false;
}

bool ExportOutput::open(const QString &fileName, const SessionMetadata &metadata,
                        const QList<MonitorProblem> &problems)
{
    m_fileName = fileName;
    if (m_format == OutputFormat::Session) {
        m_session = std::make_unique<SessionFileWriter>();
        if (!m_session->create(fileName, metadata)) {
            m_error = SessionFileErrorText::describe(m_session->error());
            m_session.reset();
            return false;
        }
        if (!m_session->begin() || !m_session->writePaths(m_paths, m_paths.size()))
            return failSession();
        for (ProcessTable::Id id = 1; id < m_processes.size(); ++id) {
            if (!m_session->writeProcess(id, m_processes.info(id)))
                return failSession();
        }
        for (const MonitorProblem &p : problems) {
            if (!m_session->writeProblem(p, metadata.startedNs))
                return failSession();
        }
        return true;
    }

    if (fileName == QLatin1String("-")) {
        m_stdout = std::make_unique<QFile>();
        if (!m_stdout->open(STDOUT_FILENO, QIODevice::WriteOnly)) {
            m_error = m_stdout->errorString();
            return false;
        }
        m_device = m_stdout.get();
    } else {
        m_file = std::make_unique<QSaveFile>(fileName);
        if (!m_file->open(QIODevice::WriteOnly)) {
            m_error = m_file->errorString();
            m_file.reset();
            return false;
        }
        m_device = m_file.get();
    }
    if (m_format == OutputFormat::Csv) {
        m_csv = std::make_unique<CsvWriter>(m_paths, m_processes);
        m_buffer = CsvWriter::header();
    } else {
        m_jsonl = std::make_unique<JsonlWriter>(m_paths, m_processes);
    }
    return true;
}

bool ExportOutput::flushText(bool force)
{
    if (m_buffer.isEmpty() || (!force && m_buffer.size() < kWriteBlock))
        return true;
    if (m_device->write(m_buffer) != m_buffer.size()) {
        m_error = m_device->errorString();
        return false;
    }
    m_buffer.resize(0);
    return true;
}

bool ExportOutput::write(const FsEvent *events, qsizetype count)
{
    if (m_session) {
        if (!m_session->writeEvents(events, count))
            return failSession();
        m_sinceCommit += count;
        if (m_sinceCommit >= kEventsPerCommit) {
            m_sinceCommit = 0;
            if (!m_session->commit() || !m_session->begin())
                return failSession();
        }
        return true;
    }
    if (m_csv)
        m_csv->append(m_buffer, events, count);
    else
        m_jsonl->append(m_buffer, events, count);
    return flushText(false);
}

bool ExportOutput::writeBookmarks(const Bookmarks &marks)
{
    // Every event of the input is written, in order, so event ids are the input's.
    return !m_session || m_session->writeBookmarks(marks, 0) || failSession();
}

bool ExportOutput::finish(qint64 stoppedNs)
{
    if (m_session) {
        const bool ok = m_session->finish(stoppedNs);
        if (!ok) {
            failSession();
            abandon();
            return false;
        }
        m_session.reset();
        return true;
    }
    if (!flushText(true))
        return false;
    if (m_file) {
        if (!m_file->commit()) {
            m_error = m_file->errorString();
            m_file.reset();
            return false;
        }
        m_file.reset();
        return true;
    }
    return m_stdout->flush() || (m_error = m_stdout->errorString(), false);
}

void ExportOutput::abandon()
{
    if (m_file) {
        m_file->cancelWriting();
        m_file.reset();
    }
    if (m_session) {
        m_session.reset(); // closes the connection
        const QByteArray path = QFile::encodeName(m_fileName);
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            ::unlink((path + suffix).constData());
    }
}
