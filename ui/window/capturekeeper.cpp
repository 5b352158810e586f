#include "window/capturekeeper.h"

#include "core/session.h"
#include "window/exportcontroller.h"

#include <QEventLoop>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

CaptureKeeper::CaptureKeeper(QWidget *window, ExportController *exporter)
    : QObject(window)
    , m_window(window)
    , m_exporter(exporter)
{
}

bool CaptureKeeper::isUnsaved(const Session *session) const
{
    // A reopened file is saved by definition; an empty capture has nothing to lose.
    if (!session || session->isReadOnly() || session->events().size() == 0)
        return false;
    return !m_exporter->hasSaved(session);
}

bool CaptureKeeper::mayDiscard(Session *session, Reason reason)
{
    if (!isUnsaved(session))
        return true;
    switch (ask(session, reason)) {
    case Choice::Discard:
        return true;
    case Choice::Export:
        return exportAndWait(session);
    case Choice::Cancel:
        break;
    }
    return false;
}

CaptureKeeper::Choice CaptureKeeper::ask(const Session *session, Reason reason)
{
    const QString count = QLocale().toString(qint64(session->events().size()));
    QString title;
    QString discard;
    switch (reason) {
    case Reason::NewWatch:
        title = tr("Watch Another Folder");
        discard = tr("Discard and Watch");
        break;
    case Reason::OpenSession:
        title = tr("Open Session");
        discard = tr("Discard and Open");
        break;
    case Reason::Quit:
        title = tr("Quit fsnoop");
        discard = tr("Discard and Quit");
        break;
    }
    QMessageBox box(QMessageBox::Warning, title,
                    tr("The current capture holds %1 events that have not been exported.")
                        .arg(count),
                    QMessageBox::NoButton, m_window);
    box.setInformativeText(tr("Export them to a CSV file first, or discard them? "
                              "Cancel keeps the capture as it is."));
    QPushButton *exportButton = box.addButton(tr("Export\u2026"), QMessageBox::AcceptRole);
    QPushButton *discardButton = box.addButton(discard, QMessageBox::DestructiveRole);
    QPushButton *cancelButton = box.addButton(QMessageBox::Cancel);
    // Keeping is the default: Enter or Escape in haste loses nothing.
    box.setDefaultButton(cancelButton);
    box.setEscapeButton(cancelButton);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    discardButton->setObjectName(QStringLiteral("discardButton"));
    box.exec();
    if (box.clickedButton() == exportButton)
        return Choice::Export;
    if (box.clickedButton() == discardButton)
        return Choice::Discard;
    return Choice::Cancel;
}

bool CaptureKeeper::exportAndWait(Session *session)
{
    // The export runs in slices on this thread behind its progress dialog; wait for its end
    // like a dialog would, then go on only if every event was written.
    QEventLoop loop;
    bool ok = false;
    const QMetaObject::Connection done = connect(m_exporter, &ExportController::finished, &loop,
                                                 [&loop, &ok](bool success) {
                                                     ok = success;
                                                     loop.quit();
                                                 });
    if (m_exporter->exportCsv(session))
        loop.exec();
    disconnect(done);
    return ok && !isUnsaved(session);
}
