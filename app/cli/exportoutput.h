#pragma once

#include "cli/outputformat.h"
#include "core/fsevent.h"
#include "core/monitorproblem.h"
#include "io/sessionfilewriter.h"
#include "io/sessionmetadata.h"

#include <QCoreApplication>
#include <QFile>
#include <QList>
#include <QSaveFile>
#include <QString>

#include <memory>

class Bookmarks;
class CsvWriter;
class JsonlWriter;
class PathTable;
class ProcessTable;

// Where `fsnoop export` writes: CSV or JSON Lines through a QSaveFile (or standard output), or a
// session file through SessionFileWriter. The path and process tables are complete before open()
// (the input's tables are read first), so a session file gets every path in one go.
class ExportOutput final
{
    Q_DECLARE_TR_FUNCTIONS(ExportOutput)

public:
    ExportOutput(OutputFormat::Kind format, const PathTable &paths, const ProcessTable &processes);
    ~ExportOutput();
    ExportOutput(const ExportOutput &) = delete;
    ExportOutput &operator=(const ExportOutput &) = delete;

    bool open(const QString &fileName, const SessionMetadata &metadata,
              const QList<MonitorProblem> &problems);
    bool write(const FsEvent *events, qsizetype count);
    // The input's bookmarks, after its events: a session file keeps them; CSV and JSON Lines
    // have no place for them.
    bool writeBookmarks(const Bookmarks &marks);
    // Commits the file (renames the QSaveFile into place, closes the session file).
    bool finish(qint64 stoppedNs);
    // Drops what was written: no half file is left behind.
    void abandon();

    QString errorString() const { return m_error; }

private:
    bool flushText(bool force);
    bool failSession();

    OutputFormat::Kind m_format;
    const PathTable &m_paths;
    const ProcessTable &m_processes;
    QString m_fileName;
    std::unique_ptr<CsvWriter> m_csv;
    std::unique_ptr<JsonlWriter> m_jsonl;
    std::unique_ptr<QSaveFile> m_file; // text to a file
    std::unique_ptr<QFile> m_stdout;   // text to standard output
    QIODevice *m_device = nullptr;
    QByteArray m_buffer;
    std::unique_ptr<SessionFileWriter> m_session;
    qint64 m_sinceCommit = 0;
    QString m_error;
};
