#include "fanotify/fanotifysource.h"

#include "capture/eventbatcher.h"
#include "fanotify/wirebytes.h"
#include "protocol/protocol.h"
#include "core/logging.h"
#include "core/pathtable.h"
#include "core/processtable.h"

#include <QCoreApplication>
#include <QFile>
#include <QTimer>

#include <sys/fanotify.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdlib>

using namespace fsnoop::proto;

namespace {

// pkexec(1): "Upon successful completion, the return value is the return value of PROGRAM. If the
// calling process is not authorized or an authorization could not be obtained through
// authentication or an error occured, pkexec exits with a return value of 127. If the
// authorization could not be obtained because the user dismissed the authentication dialog,
// pkexec exits with a return value of 126." The helper never uses those two codes itself.
constexpr int kPkexecCancelled = 126;
constexpr int kPkexecNotAuthorized = 127;
constexpr int kStopGraceMs = 2000;

// The order in which one merged fanotify record is split into single events.
constexpr quint32 kSplitOrder[] = {IN_CREATE, IN_OPEN, IN_ACCESS, IN_MODIFY, IN_ATTRIB, IN_CLOSE_WRITE,
                                   IN_CLOSE_NOWRITE, IN_MOVED_FROM, IN_MOVED_TO, IN_DELETE, IN_DELETE_SELF,
                                   IN_MOVE_SELF};

// The low FAN_* event bits have the IN_* values by design (fanotify(7)); the flags do not.
quint32 inotifyMask(quint64 fan)
{
    quint32 in = quint32(fan & (IN_ACCESS | IN_MODIFY | IN_ATTRIB | IN_CLOSE_WRITE | IN_CLOSE_NOWRITE | IN_OPEN
                                | IN_MOVED_FROM | IN_MOVED_TO | IN_CREATE | IN_DELETE | IN_DELETE_SELF
                                | IN_MOVE_SELF));
    if (fan & FAN_ONDIR)
        in |= IN_ISDIR;
    if (fan & FAN_Q_OVERFLOW)
        in |= IN_Q_OVERFLOW;
    return in;
}

} // namespace

FanotifySource::FanotifySource(std::shared_ptr<PathTable> paths, ProcessTable &processes, QObject *parent)
    : EventSource(parent)
    , m_paths(std::move(paths))
    , m_helperProgram(defaultHelperPath())
    , m_batcher(new EventBatcher(this))
    , m_killTimer(new QTimer(this))
    , m_lister(*m_paths, *m_batcher, m_stats)
    , m_processIds(processes)
    , m_fallbacks(m_paths, processes, m_lister)
{
    connect(m_batcher, &EventBatcher::batchReady, this, &FanotifySource::eventsReady);
    connect(&m_fallbacks, &FanotifyFallbacks::eventsReady, this, [this](const FsEventBatch &batch) {
        m_stats.eventsRecorded += batch.size();
        Q_EMIT eventsReady(batch);
    });
    connect(&m_fallbacks, &FanotifyFallbacks::problem, this, &FanotifySource::reportProblem);
    connect(&m_fallbacks, &FanotifyFallbacks::setupFinished, this, &FanotifySource::announceIfReady);
    m_killTimer->setSingleShot(true);
    connect(m_killTimer, &QTimer::timeout, this, [this] {
        // Only works when we started the helper directly; through pkexec it is root's process and
        // stdin EOF (already sent) is what makes it exit.
        if (m_process)
            m_process->kill();
    });
}

FanotifySource::~FanotifySource()
{
    if (m_process) {
        m_process->disconnect(this);
        // EOF first: a root helper started through pkexec cannot be killed by us, and ~QProcess
        // would otherwise wait for it.
        m_process->closeWriteChannel();
        if (!m_process->waitForFinished(1000)) {
            m_process->kill();
            m_process->waitForFinished(1000);
        }
    }
}

QString FanotifySource::defaultHelperPath()
{
    const QByteArray env = qgetenv("FSNOOP_HELPER");
    if (!env.isEmpty())
        return QFile::decodeName(env);
#if defined(FSNOOP_HELPER_BUILD_PATH) && defined(FSNOOP_BUILD_DIR)
    QString buildHelper = QString::fromUtf8(FSNOOP_HELPER_BUILD_PATH);
    const QString appDir = QCoreApplication::applicationDirPath();
    const QString buildDir = QString::fromUtf8(FSNOOP_BUILD_DIR);
    const bool inBuildTree = appDir == buildDir || appDir.startsWith(buildDir + QLatin1Char('/'));
    if (inBuildTree && QFile::exists(buildHelper))
        return buildHelper;
#endif
    return QString::fromUtf8(FSNOOP_HELPER_INSTALL_PATH);
}

EventSource::Stats FanotifySource::stats() const
{
    // The helper watches no directory one by one; the inotify source for the roots it could not
    // mark does, and its folders are what the window and `record` count as watched.
    Stats s = m_stats;
    m_fallbacks.addTo(s);
    return s;
}

bool FanotifySource::isRunning() const
{
    return m_process != nullptr;
}

bool FanotifySource::start(const WatchOptions &options)
{
    if (m_process)
        return false;
    m_options = options;
    m_filter = PathFilter(options.excludes, options.includes);
    m_batcher->setLimits(options.batchIntervalMs, options.batchMaxEvents);
    m_stats = Stats{};
    m_ready = m_announced = m_stopping = m_failed = false;
    m_mountsAtStartToCome = 0;
    m_mode = 0;
    m_features = 0;
    m_readyDetail.clear();
    m_stderrTail.clear();
    m_rootIds.clear();
    m_processIds.forgetLast();
    m_lastMoveFromCookie = 0;
    m_fallbacks.reset(options, m_filter);
    m_lister.setup(
        options.recursive, [this](PathTable::Id path, quint32 mask) { return wanted(path, mask); },
        [this](const MonitorProblem &p) { reportProblem(p); });

    // The helper insists on canonical roots (it compares after canonicalizing, never by string
    // prefix of what the user typed), so canonicalize here, the same way: realpath(3).
    Request request;
    request.options = m_requestOptions;
    for (const QByteArray &root : options.roots) {
        char resolved[PATH_MAX];
        if (!::realpath(root.constData(), resolved)) {
            reportProblem(MonitorProblem::rootMissing(root, errno));
            return false;
        }
        request.roots.emplace_back(resolved);
        m_rootIds.append(m_paths->internPath(QByteArrayView(resolved)));
    }
    for (const EventNames::Type &type : EventNames::types()) {
        if ((options.events & type.mask) && fanotifyMaskForEvent(type.name))
            request.events.emplace_back(type.name);
    }
    if (request.roots.empty() || request.events.empty()) {
        fail(MonitorProblem::fromHelper(MonitorProblem::HelperFailed, "nothing to watch (no root or no event type)"));
        return false;
    }

    m_decoder = std::make_unique<FrameDecoder>();
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &FanotifySource::onReadyRead);
    connect(m_process, &QProcess::readyReadStandardError, this, &FanotifySource::onStderr);
    connect(m_process, &QProcess::finished, this, &FanotifySource::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, &FanotifySource::onErrorOccurred);

    // pkexec needs an absolute path, the one the polkit action's exec.path annotation names.
    m_viaPkexec = ::geteuid() != 0 || !m_launcher.isEmpty();
    if (m_viaPkexec)
        m_process->start(m_launcher.isEmpty() ? QStringLiteral("pkexec") : m_launcher, {m_helperProgram});
    else
        m_process->start(m_helperProgram, {});
    std::string frame;
    appendRequest(frame, request);
    m_process->write(frame.data(), qint64(frame.size()));
    qCInfo(lcMonitor) << "fanotify helper starting:" << (m_viaPkexec ? "pkexec" : "direct") << m_helperProgram;
    return true;
}

void FanotifySource::stop()
{
    if (!m_process || m_stopping)
        return;
    m_stopping = true;
    m_fallbacks.stop();
    onReadyRead();
    m_batcher->flush();
    // EOF on stdin is the helper's signal to exit; a kill follows only if it does not.
    m_process->closeWriteChannel();
    m_killTimer->start(kStopGraceMs);
}

void FanotifySource::onStderr()
{
    // Nothing of the helper goes to stderr; pkexec's own messages do ("Not authorized", ...).
    m_stderrTail += m_process->readAllStandardError();
    if (m_stderrTail.size() > 1024)
        m_stderrTail = m_stderrTail.right(1024);
}

void FanotifySource::onReadyRead()
{
    if (!m_process || m_failed)
        return;
    const QByteArray data = m_process->readAllStandardOutput();
    m_decoder->feed(data.constData(), std::size_t(data.size()));
    Frame frame;
    for (;;) {
        const FrameDecoder::Status status = m_decoder->next(frame);
        if (status == FrameDecoder::Status::NeedMore)
            break;
        if (status == FrameDecoder::Status::Bad) {
            // An old (or newer) helper installed beside this fsnoop: say which, not "garbage".
            const bool version = m_decoder->errorCode() == ErrorCode::BadVersion;
            fail(MonitorProblem::fromHelper(MonitorProblem::HelperFailed,
                               (version ? "wrong helper version at " + QFile::encodeName(m_helperProgram) + ": "
                                        : QByteArray("garbage from the helper: "))
                                   + wireBytes(m_decoder->error())));
            return;
        }
        std::string why;
        if (frame.type == RecordType::Error) {
            ErrorRecord e;
            if (!parseError(frame.payload, e, &why)) {
                fail(MonitorProblem::fromHelper(MonitorProblem::HelperFailed, "garbage from the helper: " + wireBytes(why)));
                return;
            }
            const bool rootMissing = e.code == ErrorCode::NoSuchPath || e.code == ErrorCode::NotDirectory;
            fail(MonitorProblem::fromHelper(rootMissing ? MonitorProblem::RootMissing : MonitorProblem::HelperFailed,
                                            "helper error " + QByteArray::number(uint(e.code)) + ": " + wireBytes(e.message),
                                            wireBytes(e.path), e.errnum));
            return;
        }
        if (!m_ready) {
            Ready ready;
            if (frame.type != RecordType::Ready || !parseReady(frame.payload, ready, &why)) {
                fail(MonitorProblem::fromHelper(MonitorProblem::HelperFailed,
                                   "garbage from the helper: expected a ready record " + wireBytes(why)));
                return;
            }
            m_ready = true;
            m_mode = int(ready.mode);
            m_features = ready.features;
            m_readyDetail = wireBytes(ready.detail);
            qCInfo(lcMonitor) << "fanotify helper ready, mode" << m_mode << "features" << m_features << m_readyDetail;
            if (!(m_features & FeatureMountFollowing))
                qCWarning(lcMonitor) << "the helper cannot read the mount table: mounts inside the tree are not followed";
            m_mountsAtStartToCome = ready.mountsAtStart;
            m_fallbacks.takeReady(ready, m_rootIds);
            announceIfReady();
            continue;
        }
        if (frame.type == RecordType::Mount) {
            MountRecord mount;
            if (!parseMount(frame.payload, mount, &why)) {
                fail(MonitorProblem::fromHelper(MonitorProblem::HelperFailed,
                                                "garbage from the helper: bad mount record " + wireBytes(why)));
                return;
            }
            // The mounts present at the start come right after the ready record, as many as it
            // said; changes come after them.
            if ((mount.change == MountChange::Present) != (m_mountsAtStartToCome > 0)) {
                fail(MonitorProblem::fromHelper(MonitorProblem::HelperFailed,
                                                m_mountsAtStartToCome > 0
                                                    ? "garbage from the helper: a mount change before the mounts present at start"
                                                    : "garbage from the helper: more mounts present at start than announced"));
                return;
            }
            if (mount.change == MountChange::Present)
                --m_mountsAtStartToCome;
            m_fallbacks.handleMount(mount);
            announceIfReady();
            continue;
        }
        if (m_mountsAtStartToCome > 0) {
            fail(MonitorProblem::fromHelper(MonitorProblem::HelperFailed,
                                            "garbage from the helper: an event before the mounts present at start"));
            return;
        }
        EventRecord record;
        if (frame.type != RecordType::Event || !parseEvent(frame.payload, record, &why)) {
            fail(MonitorProblem::fromHelper(MonitorProblem::HelperFailed, "garbage from the helper: bad event record " + wireBytes(why)));
            return;
        }
        handleEvent(record);
        if (m_failed || !m_process)
            return;
    }
}

void FanotifySource::announceIfReady()
{
    // Ready once every root and every mount there at the start is watched: after the inotify
    // set-up of those the helper could not mark, if there are any.
    if (!m_ready || m_announced || m_mountsAtStartToCome > 0 || m_fallbacks.settingUp())
        return;
    m_announced = true;
    Q_EMIT setupFinished(m_rootIds.size(), 0);
    Q_EMIT helperReady();
}

bool FanotifySource::wanted(quint32 pathId, quint32 inMask) const
{
    if (!(inMask & m_options.events))
        return false;
    bool rootSelf = false;
    bool direct = false;
    for (quint32 root : m_rootIds) {
        rootSelf = rootSelf || pathId == root;
        direct = direct || pathId == root || m_paths->parent(pathId) == root;
    }
    if (rootSelf && !m_options.watchRootSelf)
        return false;
    if (!m_options.recursive && !direct)
        return false;
    return m_filter.accepts(*m_paths, pathId);
}

void FanotifySource::handleEvent(const EventRecord &record)
{
    if (record.flags & EvDrained) {
        m_lister.drained(qint64(record.timeNs));
        return;
    }
    ++m_stats.eventsRead;
    FsEvent ev;
    ev.timeNs = qint64(record.timeNs);
    ev.source = FsEvent::Fanotify;

    if (record.flags & EvOverflow) {
        ++m_stats.overflows;
        ev.mask = IN_Q_OVERFLOW;
        ev.flags = FsEvent::OverflowMarker;
        ev.cookie = quint32(m_stats.overflows);
        append(ev);
        reportProblem(MonitorProblem::queueOverflow(m_stats.overflows));
        return;
    }

    ev.pid = record.pid;
    if (record.flags & EvIsDir)
        ev.flags |= FsEvent::IsDir;
    if (record.flags & EvProcessGone)
        ev.flags |= FsEvent::ProcessGone;
    ev.processId = record.pid > 0 ? m_processIds.processIdFor(record) : ProcessTable::NoProcess;
    const quint32 isDir = (record.flags & EvIsDir) ? quint32(IN_ISDIR) : 0u;

    if (record.mask & FAN_RENAME) {
        // One FAN_RENAME record -> the IN_MOVED_FROM / IN_MOVED_TO pair the rename tracker knows,
        // tied by a synthesized cookie. A missing half was outside the watched roots.
        const quint32 cookie = nextCookie();
        const auto half = [&](const std::string &path, quint32 mask) -> PathTable::Id {
            if (path.empty())
                return PathTable::NoPath;
            FsEvent e = ev;
            e.mask = mask | isDir;
            e.cookie = cookie;
            e.pathId = m_paths->internPath(QByteArrayView(path.data(), qsizetype(path.size())));
            if (wanted(e.pathId, e.mask))
                append(e);
            arrived(e);
            // Moved in from outside the roots (no old half): what it holds arrives with it.
            if (mask == IN_MOVED_TO && record.oldPath.empty())
                listIfNew(e);
            return e.pathId;
        };
        const PathTable::Id from = half(record.oldPath, IN_MOVED_FROM);
        const PathTable::Id to = half(record.path, IN_MOVED_TO);
        if (isDir && from != PathTable::NoPath && to != PathTable::NoPath)
            m_lister.moved(from, to, ev.timeNs);
        return;
    }

    if (record.path.empty())
        return;
    ev.pathId = m_paths->internPath(QByteArrayView(record.path.data(), qsizetype(record.path.size())));
    // fanotify merges events on one object that are still queued (a create, modify and
    // close_write from one `echo > f` arrive as one record); the session expects inotify's one bit
    // per event, so split them again in the order they happen.
    const quint32 mask = inotifyMask(record.mask);
    bool movedIn = false;
    for (quint32 bit : kSplitOrder) {
        if (!(mask & bit))
            continue;
        FsEvent one = ev;
        one.mask = bit | isDir;
        // Without FAN_RENAME the kernel queues FAN_MOVED_FROM and FAN_MOVED_TO back to back
        // (fsnotify_move()); pair adjacent halves the way inotify's cookie does.
        if (bit == IN_MOVED_FROM) {
            m_lastMoveFromCookie = nextCookie();
            one.cookie = m_lastMoveFromCookie;
        } else if (bit == IN_MOVED_TO) {
            movedIn = m_lastMoveFromCookie == 0; // no half before it: it came from outside
            one.cookie = movedIn ? nextCookie() : m_lastMoveFromCookie;
            m_lastMoveFromCookie = 0;
        } else {
            m_lastMoveFromCookie = 0;
        }
        if (bit == IN_CREATE && m_lister.takeDuplicate(one))
            continue; // our listing recorded it already (and the kernel's row took its place)
        if (wanted(one.pathId, one.mask))
            append(one);
        arrived(one);
        if (bit == IN_CREATE || movedIn)
            listIfNew(one);
    }
}

void FanotifySource::arrived(const FsEvent &event)
{
    // A deletion or a move away: a creation under that name from now on is a new one.
    if (event.mask & (IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO))
        m_lister.forget(event.pathId);
}

void FanotifySource::listIfNew(const FsEvent &event)
{
    // A directory created in the tree, or moved in from outside it: record what it holds
    // (NewDirectoryLister). The `scan` rows follow its own row, as in inotify mode.
    if (!(event.mask & IN_ISDIR) || !(m_options.events & IN_CREATE) || !m_options.recursive
        || m_filter.excludes(*m_paths, event.pathId))
        return;
    m_lister.list(event.pathId, event.timeNs);
}

quint32 FanotifySource::nextCookie()
{
    const quint32 cookie = m_nextCookie++;
    if (m_nextCookie == 0)
        m_nextCookie = 0x80000000u;
    return cookie;
}

void FanotifySource::append(const FsEvent &event)
{
    ++m_stats.eventsRecorded; // counted before a full batch leaves, as stats() promises
    m_batcher->append(event);
}

void FanotifySource::fail(const MonitorProblem &problem)
{
    if (m_failed)
        return;
    m_failed = true;
    qCWarning(lcMonitor) << "fanotify helper failed:" << problem.kind << problem.detail << problem.path;
    m_batcher->flush();
    reportProblem(problem);
    if (m_process) {
        // It may be stuck or hostile: EOF, then kill (a direct child dies at once; a pkexec'd
        // root helper exits on the EOF). stopped() follows from onFinished().
        m_process->closeWriteChannel();
        m_process->kill();
    }
}

void FanotifySource::onErrorOccurred(QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart || !m_process)
        return; // crashes and exits arrive through finished()
    fail(MonitorProblem::fromHelper(MonitorProblem::HelperFailed,
                       "cannot start " + QFile::encodeName(m_viaPkexec ? m_process->program() : m_helperProgram)
                           + ": " + m_process->errorString().toUtf8()));
    finish(); // no finished() follows a failed start
}

void FanotifySource::onFinished(int exitCode, QProcess::ExitStatus status)
{
    if (m_process && !m_failed) {
        onReadyRead(); // the last records before the exit
        onStderr();    // and pkexec's last words, for the problem's detail
    }
    if (!m_stopping && !m_failed) {
        if (status == QProcess::CrashExit) {
            fail(MonitorProblem::fromHelper(MonitorProblem::HelperFailed, "the helper was killed or crashed"));
        } else if (m_viaPkexec && exitCode == kPkexecCancelled) {
            fail(MonitorProblem::fromHelper(MonitorProblem::HelperCancelled, m_stderrTail));
        } else if (m_viaPkexec && exitCode == kPkexecNotAuthorized) {
            fail(MonitorProblem::fromHelper(MonitorProblem::HelperNotAuthorized, m_stderrTail));
        } else {
            fail(MonitorProblem::fromHelper(MonitorProblem::HelperFailed,
                               "the helper exited unexpectedly with code " + QByteArray::number(exitCode)
                                   + (m_stderrTail.isEmpty() ? QByteArray() : ": " + m_stderrTail)));
        }
    }
    finish();
}

void FanotifySource::finish()
{
    m_killTimer->stop();
    m_fallbacks.stop(); // their last rows still come through; they go at the next start()
    m_batcher->flush();
    if (m_process) {
        m_process->disconnect(this);
        m_process->deleteLater();
        m_process = nullptr;
    }
    m_ready = false;
    Q_EMIT stopped();
}
