#pragma once

#include "timeslicer.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <vector>

class CsvWriter;
class QSaveFile;
class Session;

// Writes a session (all events, or a chosen list of store serials: the filtered rows) to CSV in
// TimeSlicer's slices on the GUI thread, so a million-row export shows progress and
// the window keeps answering. QSaveFile: a cancelled or failed export leaves no half file behind.
class SessionExporter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionExporter)

public:
    explicit SessionExporter(Session *session, QObject *parent = nullptr);
    ~SessionExporter() override;

    // Empty `serials`: every event the session holds when start() is called.
    void setSerials(std::vector<quint64> serials);
    bool start(const QString &fileName); // false if the file cannot be opened (see errorString)
    void cancel();
    bool isRunning() const { return m_slicer.isRunning(); }

    qint64 total() const { return m_total; }
    QString errorString() const { return m_error; }
    bool wasCancelled() const { return m_cancelled; }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void finished(bool ok); // ok false: failed or cancelled (errorString() says which)

private:
    void writeSlice();
    void finish(bool ok);

    QPointer<Session> m_session;
    std::vector<quint64> m_serials;
    bool m_all = true;
    quint64 m_firstSerial = 0;
    qint64 m_total = 0;
    qint64 m_done = 0;
    qint64 m_skipped = 0; // dropped by the cap while the export ran
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<CsvWriter> m_writer; // one per export: it caches per-path text
    TimeSlicer m_slicer{[this] { writeSlice(); }};
    QString m_error;
    bool m_cancelled = false;
};
