#pragma once

#include <QObject>

class CaptureController;
class ExportController;
class QWidget;
class Session;

// Never throws a capture away without the user choosing (issues 12 and 15). Before the window
// replaces its session (a new watch, an opened file) or closes, it asks mayDiscard().
//
// A live capture is spooled to a session file (CaptureController), so the question is "keep or
// discard this capture": Keep, the default, leaves the file in the sessions folder (the Sessions
// dialog and File > Recent Sessions list it); Save... moves it where the user chooses; Discard
// deletes it; Cancel keeps everything as it is, still capturing. A capture whose spool could not
// be written lives only in memory: then the question is the one of issue 15, Export... (CSV),
// Discard or Cancel, the default.
class CaptureKeeper final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaptureKeeper)

public:
    // What the window is about to do with the capture: the question names it.
    enum class Reason { NewWatch, OpenSession, Quit };
    // The choice, for tests and callers that want to know.
    enum class Choice { Keep, Save, Export, Discard, Cancel };

    CaptureKeeper(QWidget *window, ExportController *exporter, CaptureController *capture);

    // True when `session` may go: it holds nothing to lose, or the user chose what becomes of it
    // and that was done (the spool file kept, moved or deleted; the export finished). False keeps
    // the session and cancels the action.
    bool mayDiscard(Session *session, Reason reason);
    // For an end nobody is there to ask about (SIGTERM at logout, FSNOOP_QUIT_AFTER_MS): what
    // Keep does, without a question nor a dialog. A capture held only in memory (its spool could
    // not be written) has nowhere to go and is lost; that is said on standard error.
    void keepWithoutAsking(Session *session);

    // A live capture held only in memory, with events that the last complete export did not write.
    bool isUnsaved(const Session *session) const;

private:
    bool isSpooled(const Session *session) const;
    Choice askKeep(Reason reason);
    Choice askExport(const Session *session, Reason reason);
    bool finishSpool(Choice choice);
    bool saveSpoolAs(const QString &spoolFile);
    bool exportAndWait(Session *session);

    QWidget *m_window;
    ExportController *m_exporter;
    CaptureController *m_capture;
};
