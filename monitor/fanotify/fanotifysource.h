#pragma once

#include "capture/eventsource.h"
#include "capture/pathfilter.h"
#include "fanotify/fanotifyfallbacks.h"
#include "fanotify/newdirectorylister.h"
#include "fanotify/processrecordinterner.h"

#include <QByteArray>
#include <QProcess>
#include <QString>

#include <memory>

class EventBatcher;
class PathTable;
class ProcessTable;
class QTimer;

namespace fsnoop::proto {
class FrameDecoder;
struct EventRecord;
}

// The GUI side of fsnoop-fanotify-helper: starts the helper (through pkexec unless we are root
// already), sends it the request, and turns its framed records into FsEvents with process identity.
//
// Lives in the caller's thread: the helper does the kernel reading in its own process, so the only
// work here is decoding, which QProcess delivers through the event loop in bounded chunks.
//
// Failures are values (MonitorProblem): pkexec exit 126 -> HelperCancelled, 127 ->
// HelperNotAuthorized; a helper that refuses the request, crashes, is killed, exits on its own or
// sends anything that is not a valid frame -> HelperFailed with a technical detail. After any of
// them stopped() follows, so the caller can fall back to inotify and keep the session.
//
// Roots on a filesystem fanotify cannot mark (overlayfs, FUSE, a btrfs subvolume mounted on its
// own) are watched by an inotify source of our own, whose rows have no process; what each root's
// filesystem lets us see is reported as problems (FilesystemNotes) once the helper is ready
// (FanotifyFallbacks).
//
// A filesystem mounted inside the tree at the start is marked by the helper as the roots are, and
// its FilesystemNotes words are said as theirs are; one the helper could not mark gets an inotify
// source of its own, set up before helperReady(). Like the roots, what it holds at the start is
// not recorded. One mounted during the capture is marked by the helper as it comes (its Mount
// record): what it holds is listed as `scan` rows (NewDirectoryLister), and the `mounted` notice
// and the FilesystemNotes words are said, as the inotify engine does. One the helper could not
// mark gets an inotify source of its own, listed once that source watches it. An unmount of
// either is said too (MonitorProblem::unmounted), and its inotify source goes with it.
//
// `processes` (normally Session::processes()) must outlive this object.
class FanotifySource final : public EventSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FanotifySource)

public:
    FanotifySource(std::shared_ptr<PathTable> paths, ProcessTable &processes, QObject *parent = nullptr);
    ~FanotifySource() override;

    // The helper binary, absolute. Default: defaultHelperPath().
    void setHelperProgram(const QString &absolutePath) { m_helperProgram = absolutePath; }
    QString helperProgram() const { return m_helperProgram; }

    // $FSNOOP_HELPER if set; the helper in the build tree when this binary runs from the build
    // tree; otherwise the installed FSNOOP_HELPER_INSTALL_PATH (the path the polkit action names).
    static QString defaultHelperPath();

    // The program that elevates the helper, started as `LAUNCHER HELPER`. Default: pkexec, and
    // only when we are not root. Set explicitly, it is used even as root (a stand-in in tests).
    void setLauncher(const QString &program) { m_launcher = program; }

    // Extra request options (fsnoop::proto::RequestOption), e.g. OptForceFdMode for tests.
    void setRequestOptions(quint32 options) { m_requestOptions = options; }

    bool start(const WatchOptions &options) override;
    void stop() override;
    bool isRunning() const override;
    Stats stats() const override;

    // After helperReady(): how the helper watches (fsnoop::proto::Mode).
    bool isHelperReady() const { return m_ready; }
    int helperMode() const { return m_mode; }
    QByteArray helperDetail() const { return m_readyDetail; }
    qint64 helperProcessId() const { return m_process ? m_process->processId() : 0; }

Q_SIGNALS:
    // The helper accepted the request and is watching: activity from now on is captured.
    void helperReady();

private:
    void onReadyRead();
    void onStderr();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onErrorOccurred(QProcess::ProcessError error);
    void handleEvent(const fsnoop::proto::EventRecord &record);
    void arrived(const FsEvent &event);
    void listIfNew(const FsEvent &event);
    void append(const FsEvent &event);
    bool wanted(quint32 pathId, quint32 inMask) const;
    quint32 nextCookie();
    void fail(const MonitorProblem &problem);
    void finish();
    // helperReady(), once the ready record and the mounts present at start are in and no inotify
    // source is being set up.
    void announceIfReady();

    std::shared_ptr<PathTable> m_paths;
    QString m_helperProgram;
    QString m_launcher;
    quint32 m_requestOptions = 0;

    QProcess *m_process = nullptr;
    EventBatcher *m_batcher;
    QTimer *m_killTimer = nullptr;
    std::unique_ptr<fsnoop::proto::FrameDecoder> m_decoder;
    WatchOptions m_options;
    PathFilter m_filter;
    QList<quint32> m_rootIds;
    bool m_viaPkexec = false;
    bool m_ready = false;     // the helper's ready record arrived
    bool m_announced = false; // helperReady() was emitted
    quint32 m_mountsAtStartToCome = 0; // Mount records (Present) the ready record announced, not read yet
    bool m_stopping = false;
    bool m_failed = false;
    int m_mode = 0;
    quint32 m_features = 0;
    QByteArray m_readyDetail;
    QByteArray m_stderrTail;

    Stats m_stats;
    NewDirectoryLister m_lister;
    quint32 m_nextCookie = 0x80000000u; // synthesized rename cookies, apart from inotify's
    quint32 m_lastMoveFromCookie = 0;   // pairs MOVED_FROM/MOVED_TO when there is no FAN_RENAME
    ProcessRecordInterner m_processIds;
    FanotifyFallbacks m_fallbacks; // after m_lister, which it lists mounts with
};
