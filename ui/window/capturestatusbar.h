#pragma once

#include <QElapsedTimer>
#include <QStatusBar>

class EventSource;
struct WatchOptions;
class QLabel;
class QToolButton;
class Session;

// The window's status bar: what is being watched, how many folders, events, events per second,
// dropped events, kernel queue overflows, and a button for the warnings. The window tells it the
// state line; it works out the rest from the session and the live source.
class CaptureStatusBar final : public QStatusBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaptureStatusBar)

public:
    explicit CaptureStatusBar(QWidget *parent = nullptr);

    void setStateText(const QString &text);
    void setEventCount(qsizetype count);
    void showScannedFolders(qint64 scanned);
    // What the live watch leaves out (exclude/include patterns, event types, subfolders), shown
    // while it narrows anything: options remembered from an earlier run must be visible. Null
    // (no live watch) hides it.
    void setWatchScope(const WatchOptions *options);
    // Refreshes every count. `source` is the live capture (or null); `watchedDirs` is how many
    // folders it watches (CaptureController::watchedDirs).
    void refresh(const Session &session, const EventSource *source, qint64 watchedDirs);
    // "Drop Filtered Events": shown whenever it is on, with how many events it did not store.
    void setRuleDrops(bool on, quint64 dropped);
    // The session file the capture is spooled to (empty: none, memory only) and the events it
    // could not take: shown only when some are missing from it.
    void setSpool(const QString &file, qint64 unspooled);
    // The rate counts from the next refresh on: the events before are not new ones.
    void restartRate();
    // As restartRate(), keeping the last rate until the next refresh measures a new one.
    void rebaseRate();

Q_SIGNALS:
    void warningsRequested();

private:
    QLabel *m_stateLabel;
    QLabel *m_dirsLabel;
    QLabel *m_waitingLabel;
    QLabel *m_scopeLabel;
    QLabel *m_eventsLabel;
    QLabel *m_rateLabel;
    QLabel *m_droppedLabel;
    QLabel *m_overflowLabel;
    QLabel *m_ruleDropsLabel;
    QLabel *m_unspooledLabel;
    QToolButton *m_warningButton;

    QElapsedTimer m_rateClock;
    quint64 m_rateLastSerial = 0;
    double m_rate = 0;
};
