#include "session/sessionexporter.h"

#include "io/csvwriter.h"
#include "core/session.h"
#include "uilogging.h"

#include <QSaveFile>

SessionExporter::SessionExporter(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
}

SessionExporter::~SessionExporter()
{
    if (m_file)
        m_file->cancelWriting();
}

void SessionExporter::setSerials(std::vector<quint64> serials)
{
    m_serials = std::move(serials);
    m_all = false;
}

bool SessionExporter::start(const QString &fileName)
{
    if (!m_session) {
        m_error = tr("There is nothing to export.");
        return false;
    }
    m_file = std::make_unique<QSaveFile>(fileName);
    if (!m_file->open(QIODevice::WriteOnly)) {
        m_error = m_file->errorString();
        m_file.reset();
        return false;
    }
    const EventStore &store = m_session->events();
    if (m_all) {
        m_firstSerial = store.droppedCount();
        m_total = store.size();
    } else {
        m_total = qint64(m_serials.size());
    }
    m_done = 0;
    m_skipped = 0;
    m_writer = std::make_unique<CsvWriter>(m_session->paths(), m_session->processes());
    m_file->write(CsvWriter::header());
    m_slicer.start(false);
    return true;
}

void SessionExporter::cancel()
{
    if (!isRunning())
        return;
    m_error = tr("The export was cancelled.");
    m_cancelled = true;
    finish(false);
}

void SessionExporter::writeSlice()
{
    if (!m_session) {
        m_error = tr("The session was closed during the export.");
        finish(false);
        return;
    }
    const EventStore &store = m_session->events();
    const CsvWriter &writer = *m_writer;
    QByteArray out;
    out.reserve(1 << 20);
    // A live capture keeps appending and may drop its oldest chunk meanwhile: serials stay valid
    // names for events, and an event that is gone is counted, not written.
    const auto serialOf = [this](qint64 done) {
        return m_all ? m_firstSerial + quint64(done) : m_serials[std::size_t(done)];
    };
    const quint64 firstSerial = m_done < m_total ? serialOf(m_done) : 0;
    while (m_done < m_total && !m_slicer.isSliceOver()) {
        const qint64 end = qMin(m_total, m_done + 2048);
        for (; m_done < end; ++m_done) {
            const quint64 serial = serialOf(m_done);
            if (!store.holdsSerial(serial)) {
                ++m_skipped;
                continue;
            }
            writer.append(out, store.atSerial(serial));
        }
    }
    // What was read from the spill file need not stay resident: a 50-million-event export
    // would otherwise end with the whole file in this process's memory.
    if (m_done > 0)
        store.releaseResident(firstSerial, serialOf(m_done - 1) + 1);
    if (m_file->write(out) != out.size()) {
        m_error = m_file->errorString();
        finish(false);
        return;
    }
    Q_EMIT progress(m_done, m_total);
    if (m_done >= m_total) {
        QElapsedTimer commitClock;
        commitClock.start();
        const bool committed = m_file->commit(); // renames over the target; syncs to disk first
        qCDebug(lcUi, "export committed in %lld ms", qint64(commitClock.elapsed()));
        if (!committed) {
            m_error = m_file->errorString();
            m_file.reset();
            m_slicer.stop();
            Q_EMIT finished(false);
            return;
        }
        m_file.reset();
        if (m_skipped)
            qCInfo(lcUi, "%lld events were dropped by the cap during the export", m_skipped);
        finish(true);
    }
}

void SessionExporter::finish(bool ok)
{
    m_slicer.stop();
    if (m_file) {
        m_file->cancelWriting();
        m_file->commit(); // with cancelWriting(), discards the temporary file
        m_file.reset();
    }
    Q_EMIT finished(ok);
}
