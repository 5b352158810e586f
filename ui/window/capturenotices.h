#pragma once

#include <QObject>

class QMainWindow;
class QString;
struct MonitorProblem;
struct SessionFileError;

// Tells the user what happened to a running capture without stopping it: a problem the monitor
// reported, a fall back from fanotify to inotify, a spool file that cannot be written. Apart from
// MainWindow because these are words and message boxes about the capture, not window layout;
// the window only refreshes its status line when statusStale() says the counts moved.
class CaptureNotices final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaptureNotices)

public:
    // Messages go to `window`'s status bar; boxes open over it.
    explicit CaptureNotices(QMainWindow *window);

    void showProblem(const MonitorProblem &problem);
    void showFallBack(const MonitorProblem &why);
    void showSpoolFailure(const QString &fileName, const SessionFileError &error);

Q_SIGNALS:
    void statusStale();

private:
    QMainWindow *m_window;
};
