#include "window/capturenotices.h"

#include "core/monitorproblem.h"
#include "io/sessionfileerror.h"
#include "session/sessionfileerrortext.h"
#include "text/problemtext.h"
#include "uilogging.h"

#include <QDir>
#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>

CaptureNotices::CaptureNotices(QMainWindow *window)
    : QObject(window)
    , m_window(window)
{
}

void CaptureNotices::showProblem(const MonitorProblem &problem)
{
    qCInfo(lcUi, "problem %d on %s (errno %d)", int(problem.kind), problem.path.constData(),
           problem.errnum);
    Q_EMIT statusStale();
    m_window->statusBar()->showMessage(ProblemText::summary(problem), 8000);
}

void CaptureNotices::showFallBack(const MonitorProblem &why)
{
    QString text = tr("Process information is not available, so fsnoop goes on watching with "
                      "inotify, without it. The events captured so far are kept.");
    if (why.kind != MonitorProblem::None)
        text = ProblemText::summary(why) + QStringLiteral("\n\n") + text;
    m_window->statusBar()->showMessage(tr("Watching without process information"), 8000);
    // open(), not exec(): capture goes on behind the message instead of waiting for a click.
    auto *box = new QMessageBox(QMessageBox::Information, tr("Watching Without Process Information"),
                                text, QMessageBox::Ok, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void CaptureNotices::showSpoolFailure(const QString &fileName, const SessionFileError &error)
{
    const QString text = tr("The capture cannot be saved to %1: %2")
                             .arg(QDir::toNativeSeparators(fileName),
                                  SessionFileErrorText::describe(error));
    m_window->statusBar()->showMessage(text, 8000);
    Q_EMIT statusStale();
    // open(), not exec(): the capture goes on in memory behind the message.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Capture Not Saved"), text,
                                QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("spoolFailedBox"));
    box->setInformativeText(tr("Capturing goes on in memory only: export the events before "
                               "closing the window, or free some space and start again."));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
