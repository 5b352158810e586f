#pragma once

#include "events/rowselection.h"
#include "timeslicer.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class CsvWriter;
class EventTableModel;

// Copy (Ctrl+C) of the table's selected rows onto the clipboard, text/plain and text/csv as
// RowCopier builds them, in TimeSlicer's slices on the GUI thread (as Find searches
// and SessionExporter writes): a million rows take seconds to format, and the window must answer
// meanwhile and be able to cancel. The clipboard changes only when every row is done; a
// cancelled copy leaves it as it was. A copy that fits in one slice is done when start() returns.
//
// Rows are shown rows (EventTableModel). The cap dropping the oldest rows meanwhile renumbers the
// rest: the rows still to copy follow, and those dropped are left out (as an export counts them
// out). A filter change or a new session makes the rows other events: the copy stops.
class RowCopyJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RowCopyJob)

public:
    explicit RowCopyJob(const EventTableModel *model, QObject *parent = nullptr);
    ~RowCopyJob() override;

    // Copies `rows`, with the columns `columns` (RowCopier::shownColumns()) in text/plain. A copy
    // running is cancelled first.
    void start(const RowSelection &rows, const QList<int> &columns);
    void cancel();
    bool isRunning() const { return m_slicer.isRunning(); }

    qint64 total() const { return m_total; }
    // Why the last copy did not reach the clipboard (cancelled, or its rows changed).
    QString errorString() const { return m_error; }

Q_SIGNALS:
    // After each slice but the last: rows done of `total`. None for a copy done in one slice.
    void progress(qint64 done, qint64 total);
    void finished(bool copied);

private:
    void copySlice();
    void onRowsDropped(int count);
    void stop(const QString &why);

    const EventTableModel *m_model;
    RowSelection m_rows;
    QList<int> m_columns;
    std::size_t m_range = 0; // the range of m_rows being copied, and its next row
    int m_next = 0;
    qint64 m_done = 0;
    qint64 m_total = 0;
    QString m_text;
    QByteArray m_csv;
    std::unique_ptr<CsvWriter> m_writer; // one per copy: it caches per-path text
    TimeSlicer m_slicer{[this] { copySlice(); }};
    QString m_error;
};
