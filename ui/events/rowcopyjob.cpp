#include "events/rowcopyjob.h"

#include "core/session.h"
#include "events/eventtablemodel.h"
#include "events/rowcopier.h"
#include "io/csvwriter.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

#include <utility>

RowCopyJob::RowCopyJob(const EventTableModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        if (isRunning())
            stop(tr("The copy stopped: the table shows other rows now."));
    });
    connect(m_model, &EventTableModel::rowsAboutToBeDropped, this, &RowCopyJob::onRowsDropped);
}

RowCopyJob::~RowCopyJob() = default;

void RowCopyJob::start(const RowSelection &rows, const QList<int> &columns)
{
    cancel();
    const Session *session = m_model->session();
    if (!session || rows.isEmpty())
        return;
    m_rows = rows;
    m_columns = columns;
    m_range = 0;
    m_next = m_rows.ranges().front().first;
    m_done = 0;
    m_total = rows.count();
    m_text.clear();
    m_csv = CsvWriter::header();
    m_writer = std::make_unique<CsvWriter>(session->paths(), session->processes());
    m_error.clear();
    m_slicer.start(true); // most copies end in the first slice: the clipboard has them at once
    if (isRunning() && m_done > 0) {
        // Room for all of it at the first slice's rate, and some: growing a string of hundreds
        // of megabytes copies it whole, a stall of its own of a tenth of a second (bench/copy.sh).
        const auto estimate = [this](qsizetype size) { return qsizetype(size * 1.1 * m_total / m_done); };
        m_text.reserve(estimate(m_text.size()));
        m_csv.reserve(estimate(m_csv.size()));
    }
}

void RowCopyJob::cancel()
{
    if (isRunning())
        stop(tr("The copy was cancelled."));
}

void RowCopyJob::stop(const QString &why)
{
    m_slicer.stop();
    m_error = why;
    m_text = QString();
    m_csv = QByteArray();
    m_writer.reset();
    Q_EMIT finished(false);
}

void RowCopyJob::onRowsDropped(int count)
{
    if (!isRunning())
        return;
    // What is left to copy, renumbered as the model will number it; m_done counts the dropped
    // rows as done so the progress still ends at m_total.
    RowSelection left;
    const std::vector<RowSelection::Range> &ranges = m_rows.ranges();
    left.select(m_next, ranges[m_range].second);
    for (std::size_t i = m_range + 1; i < ranges.size(); ++i)
        left.select(ranges[i].first, ranges[i].second);
    const qint64 before = left.count();
    left.dropFirst(count);
    m_done += before - left.count();
    m_rows = left;
    m_range = 0; // the first range left; none: the next slice finishes
    m_next = m_rows.isEmpty() ? 0 : m_rows.ranges().front().first;
}

void RowCopyJob::copySlice()
{
    const std::vector<RowSelection::Range> &ranges = m_rows.ranges();
    const Session *session = m_model->session();
    const EventStore &store = session->events();
    while (m_range < ranges.size()) {
        // Checking the clock per row would cost more than a row: every 256 rows (2 ms or so).
        const int last = qMin(ranges[m_range].second, m_next + 255);
        for (int row = m_next; row <= last; ++row) {
            RowCopier::appendText(m_text, *m_model, m_columns, row);
            RowCopier::appendCsv(m_csv, *m_writer, *m_model, row);
        }
        // What was read from a spilled session's file need not stay resident (as an export lets
        // it go): a million rows of a 50-million-event session would otherwise stay in memory.
        if (m_model->isRowHeld(m_next) && m_model->isRowHeld(last))
            store.releaseResident(m_model->serialAt(m_next), m_model->serialAt(last) + 1);
        m_done += last - m_next + 1;
        if (last == ranges[m_range].second) {
            if (++m_range < ranges.size())
                m_next = ranges[m_range].first;
        } else {
            m_next = last + 1;
        }
        if (m_slicer.isSliceOver())
            break;
    }
    if (m_range < ranges.size()) {
        Q_EMIT progress(m_done, m_total);
        return; // the timer calls again after the events waiting
    }
    m_slicer.stop();
    auto *mime = new QMimeData;
    mime->setText(std::exchange(m_text, QString()));
    mime->setData(QStringLiteral("text/csv"), std::exchange(m_csv, QByteArray()));
    m_writer.reset();
    QGuiApplication::clipboard()->setMimeData(mime);
    Q_EMIT finished(true);
}
