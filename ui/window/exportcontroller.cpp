#include "window/exportcontroller.h"

#include "core/session.h"
#include "events/eventtablemodel.h"
#include "session/sessionexporter.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QMainWindow>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStatusBar>

#include <memory>

ExportController::ExportController(QMainWindow *window)
    : QObject(window)
    , m_window(window)
{
}

ExportController::~ExportController() = default;

void ExportController::cancel()
{
    if (m_exporter)
        m_exporter->cancel();
}

bool ExportController::hasSaved(const Session *session) const
{
    return session && m_savedSession == session
        && m_savedEndSerial >= session->events().endSerial();
}

bool ExportController::exportCsv(Session *session, EventTableModel *shownBy)
{
    if (m_exporter)
        return false;
    const QString name = askFileName(shownBy ? tr("Export Shown Events") : tr("Export All Events"));
    if (name.isEmpty())
        return false;
    auto starting = std::make_unique<SessionExporter>(session);
    if (shownBy) {
        if (!shownBy->isPaused())
            shownBy->flush(); // the file holds what the table holds
        // Unfiltered, the shown rows are every event held: no list of serials to build.
        if (!shownBy->showsAll())
            starting->setSerials(shownBy->shownSerials());
    }
    return start(session, std::move(starting), name, !shownBy);
}

bool ExportController::exportSerials(Session *session, std::vector<quint64> serials)
{
    if (m_exporter)
        return false;
    const QString name = askFileName(tr("Export Selected Events"));
    if (name.isEmpty())
        return false;
    auto starting = std::make_unique<SessionExporter>(session);
    starting->setSerials(std::move(serials));
    return start(session, std::move(starting), name, false);
}

QString ExportController::askFileName(const QString &title) const
{
    return QFileDialog::getSaveFileName(
        m_window, title,
        QStringLiteral("fsnoop-%1.csv")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))),
        tr("CSV files (*.csv)"));
}

// `starting` is ours until it has started; then our child until it finishes (deleteLater below).
// `all`: it exports every event, so a success saves the session.
bool ExportController::start(Session *session, std::unique_ptr<SessionExporter> starting,
                             const QString &name, bool all)
{
    if (!starting->start(name)) {
        QMessageBox::warning(m_window, tr("Export"),
                             tr("Could not write %1: %2")
                                 .arg(QDir::toNativeSeparators(name), starting->errorString()));
        return false;
    }
    // start() took every event held now (or the shown serials): what a full export saves.
    const quint64 endSerial = session->events().endSerial();
    const QPointer<const Session> exported = session;
    SessionExporter *exporter = starting.release();
    exporter->setParent(this);
    m_exporter = exporter;
    auto *progress = new QProgressDialog(tr("Exporting %n event(s)\u2026", nullptr,
                                            int(exporter->total())),
                                         tr("Cancel"), 0, 1000, m_window);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setMinimumDuration(500);
    connect(progress, &QProgressDialog::canceled, exporter, &SessionExporter::cancel);
    connect(exporter, &SessionExporter::progress, progress, [progress](qint64 done, qint64 total) {
        progress->setValue(total ? int(done * 1000 / total) : 1000);
    });
    connect(exporter, &SessionExporter::finished, this,
            [this, exporter, progress, name, all, exported, endSerial](bool ok) {
        progress->close();
        if (ok && all && exported) {
            m_savedSession = exported;
            m_savedEndSerial = endSerial;
        }
        if (ok)
            m_window->statusBar()->showMessage(
                tr("Exported to %1").arg(QDir::toNativeSeparators(name)), 5000);
        else if (!exporter->wasCancelled())
            QMessageBox::warning(m_window, tr("Export"), exporter->errorString());
        exporter->deleteLater();
        Q_EMIT finished(ok);
    });
    return true;
}
