#pragma once

#include <QObject>

class ExportController;
class QWidget;
class Session;

// Never throws a capture away without the user choosing (issue 15). Before the window replaces
// its session (a new watch, an opened file) or closes, it asks mayDiscard(): a capture that holds
// events no export has saved gets a question — Export…, Discard, or Cancel, the default, which
// keeps everything as it is.
//
// This is the one place that decides what "unsaved" means and what the question says. Once the
// capture is spooled to a session file, the question becomes "keep or discard this session file"
// (keeping the default): only isUnsaved() and ask() change, not the window's call sites.
class CaptureKeeper final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaptureKeeper)

public:
    // What the window is about to do with the capture: the question names it.
    enum class Reason { NewWatch, OpenSession, Quit };
    // The choice, for tests and callers that want to know.
    enum class Choice { Export, Discard, Cancel };

    CaptureKeeper(QWidget *window, ExportController *exporter);

    // True when `session` may go: it holds nothing unsaved, or the user chose to discard it, or
    // chose to export it and the export finished. False keeps the session and cancels the action.
    bool mayDiscard(Session *session, Reason reason);

    // A live capture with events that the last complete export (if any) did not write.
    bool isUnsaved(const Session *session) const;

private:
    Choice ask(const Session *session, Reason reason);
    bool exportAndWait(Session *session);

    QWidget *m_window;
    ExportController *m_exporter;
};
