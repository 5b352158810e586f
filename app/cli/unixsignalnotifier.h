#pragma once

#include "core/uniquefd.h"

#include <QObject>

class QSocketNotifier;

// Turns SIGINT, SIGTERM and SIGHUP into a Qt signal, with the self-pipe trick: the handler only
// write(2)s the signal number into a pipe (async-signal-safe, signal-safety(7)) and a
// QSocketNotifier reads it in the event loop, where it is safe to stop the capture and flush.
// `fsnoop record` and the window (which keeps its capture and seals its spool file) both use it.
//
// A plain handler, not a blocked mask + signalfd: a blocked mask is inherited by every thread and
// child process (the fanotify helper, once `record --fanotify` starts it) and would make them
// deaf to Ctrl+C.
//
// One instance per process. After the first signal the default action is restored, so a second
// Ctrl+C ends a stuck process for good.
class UnixSignalNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnixSignalNotifier)

public:
    explicit UnixSignalNotifier(QObject *parent = nullptr);
    ~UnixSignalNotifier() override;

    bool isValid() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void received(int signalNumber);

private:
    void onReadable();
    static void handler(int signalNumber);

    UniqueFd m_readEnd;  // the self-pipe; its write end is in a global the handler can reach
    UniqueFd m_writeEnd;
    QSocketNotifier *m_notifier = nullptr; // child; null when the pipe could not be made
};
