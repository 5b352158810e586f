#include "window/exportcontroller.h"

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

void ExportController::exportCsv(Session *session, EventTableModel *shownBy)
{
    if (m_exporter)
        return;
    const QString name = QFileDialog::getSaveFileName(
        m_window, shownBy ? tr("Export Shown Events") : tr("Export All Events"),
        QStringLiteral("fsnoop-%1.csv")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))),
        tr("CSV files (*.csv)"));
    if (name.isEmpty())
        return;
    // Ours until it has started; then our child until it finishes (deleteLater below).
    auto starting = std::make_unique<SessionExporter>(session);
    if (shownBy) {
        if (!shownBy->isPaused())
            shownBy->flush(); // the file holds what the table holds
        starting->setSerials(shownBy->shownSerials());
    }
    if (!starting->start(name)) {
        QMessageBox::warning(m_window, tr("Export"),
                             tr("Could not write %1: %2")
                                 .arg(QDir::toNativeSeparators(name), starting->errorString()));
        return;
    }
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
    connect(exporter, &SessionExporter::finished, this, [this, exporter, progress, name](bool ok) {
        progress->close();
        if (ok)
            m_window->statusBar()->showMessage(
                tr("Exported to %1").arg(QDir::toNativeSeparators(name)), 5000);
        else if (!exporter->wasCancelled())
            QMessageBox::warning(m_window, tr("Export"), exporter->errorString());
        exporter->deleteLater();
    });
}
