#include "window/capturekeeper.h"

#include "core/session.h"
#include "session/sessionfileerrortext.h"
#include "session/spooldirectory.h"
#include "window/capturecontroller.h"
#include "window/exportcontroller.h"
#include "uilogging.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

#include <initializer_list>
#include <utility>
#include <vector>

CaptureKeeper::CaptureKeeper(QWidget *window, ExportController *exporter,
                             CaptureController *capture)
    : QObject(window)
    , m_window(window)
    , m_exporter(exporter)
    , m_capture(capture)
{
}

bool CaptureKeeper::isSpooled(const Session *session) const
{
    return session && !session->isReadOnly() && !m_capture->spoolFile().isEmpty()
        && m_capture->session() == session;
}

bool CaptureKeeper::isUnsaved(const Session *session) const
{
    // A reopened file is saved by definition; an empty capture has nothing to lose.
    if (!session || session->isReadOnly() || session->events().size() == 0 || isSpooled(session))
        return false;
    return !m_exporter->hasSaved(session);
}

bool CaptureKeeper::mayDiscard(Session *session, Reason reason)
{
    if (isSpooled(session)) {
        // A spool that never got an event is no capture worth a question: it goes quietly.
        const Choice choice = m_capture->spooledEvents() == 0 ? Choice::Discard : askKeep(reason);
        return choice != Choice::Cancel && finishSpool(choice);
    }
    if (!isUnsaved(session))
        return true;
    switch (askExport(session, reason)) {
    case Choice::Discard:
        return true;
    case Choice::Export:
        return exportAndWait(session);
    default:
        break;
    }
    return false;
}

void CaptureKeeper::keepWithoutAsking(Session *session)
{
    if (!isSpooled(session)) {
        if (isUnsaved(session))
            qCWarning(lcUi, "%lld events held only in memory are lost",
                      qint64(session->events().size()));
        return;
    }
    const QString file = m_capture->spoolFile();
    m_capture->stop();
    SessionFileError error;
    if (!m_capture->closeSpool(&error))
        qCWarning(lcUi, "not every event could be written to %s: %s", qPrintable(file),
                  qPrintable(SessionFileErrorText::describe(error)));
}

namespace {
struct Words
{
    QString title;
    QString discard;
};

// One answer of a keep/export question: the button's text and role, its object name (tests find
// the button by it) and the choice it stands for.
struct Answer
{
    QString text;
    QMessageBox::ButtonRole role;
    const char *name;
    CaptureKeeper::Choice choice;
};

// Asks `box` with `answers` and a Cancel button, which Escape always means; the answer for
// `byDefault` (or Cancel) is the default button. The choice clicked, Cancel if none.
CaptureKeeper::Choice askWith(QMessageBox &box, std::initializer_list<Answer> answers,
                              CaptureKeeper::Choice byDefault)
{
    std::vector<std::pair<QAbstractButton *, CaptureKeeper::Choice>> buttons;
    for (const Answer &a : answers) {
        QPushButton *b = box.addButton(a.text, a.role);
        b->setObjectName(QLatin1String(a.name));
        buttons.emplace_back(b, a.choice);
        if (a.choice == byDefault)
            box.setDefaultButton(b);
    }
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    if (byDefault == CaptureKeeper::Choice::Cancel)
        box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    for (const auto &[button, choice] : buttons) {
        if (box.clickedButton() == button)
            return choice;
    }
    return CaptureKeeper::Choice::Cancel;
}
} // namespace

static Words wordsFor(CaptureKeeper::Reason reason)
{
    switch (reason) {
    case CaptureKeeper::Reason::NewWatch:
        return {CaptureKeeper::tr("Watch Another Folder"), CaptureKeeper::tr("Discard and Watch")};
    case CaptureKeeper::Reason::OpenSession:
        return {CaptureKeeper::tr("Open Session"), CaptureKeeper::tr("Discard and Open")};
    case CaptureKeeper::Reason::Quit:
        break;
    }
    return {CaptureKeeper::tr("Quit fsnoop"), CaptureKeeper::tr("Discard and Quit")};
}

CaptureKeeper::Choice CaptureKeeper::askKeep(Reason reason)
{
    const Words words = wordsFor(reason);
    const QString count = QLocale().toString(m_capture->spooledEvents());
    QMessageBox box(QMessageBox::Question, words.title,
                    tr("Keep this capture? Its %1 events are in the session file %2.")
                        .arg(count, QDir::toNativeSeparators(m_capture->spoolFile())),
                    QMessageBox::NoButton, m_window);
    box.setInformativeText(tr("Keep leaves it with the recent sessions (File \u25b8 Sessions), "
                              "Save\u2026 moves it where you choose, Discard deletes it. Cancel "
                              "goes on as before."));
    // Keeping is the default: Enter in haste loses nothing, and Escape changes nothing.
    return askWith(box,
                   {{tr("Keep"), QMessageBox::AcceptRole, "keepButton", Choice::Keep},
                    {tr("Save\u2026"), QMessageBox::AcceptRole, "saveButton", Choice::Save},
                    {words.discard, QMessageBox::DestructiveRole, "discardButton", Choice::Discard}},
                   Choice::Keep);
}

bool CaptureKeeper::finishSpool(Choice choice)
{
    const QString file = m_capture->spoolFile();
    // The file is complete only once the capture stopped and the writer wrote its stop time.
    m_capture->stop();
    SessionFileError error;
    if (!m_capture->closeSpool(&error) && choice != Choice::Discard) {
        QMessageBox::warning(m_window, tr("Keep Capture"),
                             tr("Not every event could be written to %1: %2")
                                 .arg(QDir::toNativeSeparators(file),
                                      SessionFileErrorText::describe(error)));
    }
    switch (choice) {
    case Choice::Discard:
        SpoolDirectory::remove(file);
        return true;
    case Choice::Save:
        return saveSpoolAs(file);
    default:
        return true;
    }
}

bool CaptureKeeper::saveSpoolAs(const QString &spoolFile)
{
    QString target = QFileDialog::getSaveFileName(
        m_window, tr("Save Session"), QDir::homePath() + QLatin1Char('/')
                                          + QFileInfo(spoolFile).fileName(),
        tr("Sessions (*.fsnoop)"));
    if (target.isEmpty())
        return true; // not moved: it stays with the recent sessions, as Keep would leave it
    if (QFileInfo(target).suffix().isEmpty())
        target += QStringLiteral(".fsnoop");
    // The file dialog asked before overwriting. QFile::rename is rename(2) on one filesystem,
    // and a copy then a remove across filesystems (EXDEV).
    if (QFileInfo(target).canonicalFilePath() != QFileInfo(spoolFile).canonicalFilePath())
        QFile::remove(target);
    QFile file(spoolFile);
    if (!file.rename(target)) {
        QMessageBox::warning(m_window, tr("Save Session"),
                             tr("Could not move the session to %1: %2\nIt stays in %3.")
                                 .arg(QDir::toNativeSeparators(target), file.errorString(),
                                      QDir::toNativeSeparators(spoolFile)));
        return false;
    }
    return true;
}

CaptureKeeper::Choice CaptureKeeper::askExport(const Session *session, Reason reason)
{
    const Words words = wordsFor(reason);
    const QString count = QLocale().toString(qint64(session->events().size()));
    QMessageBox box(QMessageBox::Warning, words.title,
                    tr("The current capture holds %1 events that have not been exported.")
                        .arg(count),
                    QMessageBox::NoButton, m_window);
    box.setInformativeText(tr("Export them to a CSV file first, or discard them? "
                              "Cancel keeps the capture as it is."));
    // Keeping is the default: Enter or Escape in haste loses nothing.
    return askWith(box,
                   {{tr("Export\u2026"), QMessageBox::AcceptRole, "exportButton", Choice::Export},
                    {words.discard, QMessageBox::DestructiveRole, "discardButton", Choice::Discard}},
                   Choice::Cancel);
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
