// The helper protocol on its own: framing, parsers, validation, and a replay of the fuzz corpus
// through the same entry points the libFuzzer targets use (so gcc builds exercise them too).
#include "fuzzentry.h"
#include "helper/mountfollower.h"
#include "helper/processcache.h"
#include "helper/processidentity.h"
#include "helper/requestvalidation.h"
#include "protocol/mounttable.h"
#include "protocol/protocol.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/fanotify.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>

using namespace fsnoop::proto;

namespace {

EventRecord sampleEvent()
{
    EventRecord e;
    e.timeNs = 1700000000123456789ull;
    e.mask = FAN_RENAME | FAN_ONDIR;
    e.pid = 4242;
    e.flags = EvIsDir;
    e.comm = "ma\xffke";
    e.exe = "/usr/bin/make\xfe";
    e.cmdline = std::string("make\0-j2\0\xff", 10);
    e.ppid = 4000;
    e.uid = 1000;
    e.startTimeNs = 1699999999120000000ull;
    e.path = "/home/u/new\nline \xff name";
    e.oldPath = "/home/u/old,\"quoted\"";
    return e;
}

RootNote sampleNote()
{
    RootNote n;
    n.root = "/mnt/pool/sub\xff";
    n.fsType = 0x9123683e;
    n.errnum = 18; // EXDEV
    n.markedVia = "/mnt/pool";
    return n;
}

std::string sampleStream()
{
    std::string s;
    Ready ready;
    ready.features = FeaturePidfd | FeatureRename;
    ready.markMask = FAN_CREATE | FAN_ONDIR;
    ready.notes = {sampleNote()};
    appendReady(s, ready);
    appendEvent(s, sampleEvent());
    EventRecord overflow;
    overflow.flags = EvOverflow;
    overflow.mask = FAN_Q_OVERFLOW;
    appendEvent(s, overflow);
    ErrorRecord err;
    err.code = ErrorCode::ReadFailed;
    err.errnum = 5;
    err.message = "read failed";
    appendError(s, err);
    return s;
}

std::vector<Frame> decodeAll(const std::string &bytes, std::size_t chunk, bool *bad = nullptr)
{
    FrameDecoder d;
    std::vector<Frame> frames;
    for (std::size_t off = 0; off < bytes.size(); off += chunk) {
        d.feed(bytes.data() + off, std::min(chunk, bytes.size() - off));
        Frame f;
        FrameDecoder::Status s;
        while ((s = d.next(f)) == FrameDecoder::Status::Frame)
            frames.push_back(f);
        if (s == FrameDecoder::Status::Bad) {
            if (bad)
                *bad = true;
            return frames;
        }
    }
    return frames;
}

// `m` written by append, fed to the decoder `chunk` bytes at a time: it must come back as one
// frame that parse reads into `back`.
template <typename Message>
bool roundTrip(const Message &m, std::size_t chunk, Message &back, void (*append)(std::string &, const Message &),
               bool (*parse)(const std::string &, Message &, std::string *))
{
    std::string bytes;
    append(bytes, m);
    const std::vector<Frame> frames = decodeAll(bytes, chunk);
    if (frames.size() != 1) {
        qWarning("%zu frames, not one", frames.size());
        return false;
    }
    return parse(frames[0].payload, back, nullptr);
}

const uint8_t *u8(const std::string &s)
{
    return reinterpret_cast<const uint8_t *>(s.data());
}

} // namespace

class tst_HelperProtocol : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eventRoundTripsOddBytes()
    {
        std::string s;
        appendEvent(s, sampleEvent());
        for (std::size_t chunk : {std::size_t(1), std::size_t(3), s.size()}) {
            const auto frames = decodeAll(s, chunk);
            QCOMPARE(frames.size(), std::size_t(1));
            EventRecord e;
            QVERIFY(parseEvent(frames[0].payload, e));
            QCOMPARE(e.path, sampleEvent().path);
            QCOMPARE(e.oldPath, sampleEvent().oldPath);
            QCOMPARE(e.mask, sampleEvent().mask);
            QCOMPARE(e.pid, 4242);
            QCOMPARE(e.timeNs, sampleEvent().timeNs);
            // Process fields are bytes, NULs and non-UTF-8 included.
            QCOMPARE(e.comm, sampleEvent().comm);
            QCOMPARE(e.exe, sampleEvent().exe);
            QCOMPARE(e.cmdline, sampleEvent().cmdline);
            QCOMPARE(e.ppid, 4000);
            QCOMPARE(e.uid, 1000u);
            QCOMPARE(e.startTimeNs, sampleEvent().startTimeNs);
        }
    }

    void requestRoundTrips()
    {
        Request r;
        r.roots = {"/", "/tmp"};
        r.events = {"create", "moved_to"};
        r.options = OptUnlimitedQueue;
        Request back;
        QVERIFY(roundTrip(r, 5, back, appendRequest, parseRequest));
        QVERIFY(back.roots == r.roots && back.events == r.events && back.options == r.options);
    }

    void readyRoundTripsRootNotes()
    {
        Ready r;
        r.detail = "d";
        r.notes = {sampleNote(), RootNote{"/tmp", 0x01021994, 0, {}}};
        r.mountsAtStart = 70000; // more than a u16
        Ready back;
        QVERIFY(roundTrip(r, 3, back, appendReady, parseReady));
        QCOMPARE(back.mountsAtStart, r.mountsAtStart);
        QCOMPARE(back.notes.size(), std::size_t(2));
        for (std::size_t i = 0; i < 2; ++i) {
            QCOMPARE(back.notes[i].root, r.notes[i].root);
            QCOMPARE(back.notes[i].fsType, r.notes[i].fsType);
            QCOMPARE(back.notes[i].errnum, r.notes[i].errnum);
            QCOMPARE(back.notes[i].markedVia, r.notes[i].markedVia);
        }
        // A drain marker is an event record with only its flag and time.
        EventRecord drained;
        drained.flags = EvDrained;
        drained.timeNs = 42;
        std::string d;
        appendEvent(d, drained);
        EventRecord e;
        QVERIFY(parseEvent(decodeAll(d, 1).at(0).payload, e));
        QCOMPARE(e.flags, std::uint32_t(EvDrained));
        QCOMPARE(e.timeNs, std::uint64_t(42));
    }

    void everyTruncationIsRejected()
    {
        // Each record's payload cut at every length must be refused, never read past its end.
        const std::string stream = sampleStream();
        const auto frames = decodeAll(stream, stream.size());
        QCOMPARE(frames.size(), std::size_t(4));
        for (const Frame &f : frames) {
            for (std::size_t n = 0; n < f.payload.size(); ++n) {
                const std::string cut = f.payload.substr(0, n);
                EventRecord e;
                Ready r;
                ErrorRecord err;
                QVERIFY(!(f.type == RecordType::Event && parseEvent(cut, e)));
                QVERIFY(!(f.type == RecordType::Ready && parseReady(cut, r)));
                QVERIFY(!(f.type == RecordType::Error && parseError(cut, err)));
            }
            EventRecord e;
            QVERIFY(!(f.type == RecordType::Event && parseEvent(f.payload + "x", e)));
        }
    }

    void garbageIsDetectedEarly_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("text") << QByteArrayLiteral("Hello");
        QTest::newRow("one bad byte") << QByteArrayLiteral("X");
        QTest::newRow("second byte") << QByteArrayLiteral("FX");
        QTest::newRow("old version") << QByteArray("FN\x01", 3);
        const QByteArray current = QByteArray("FN") + char(kVersion);
        QTest::newRow("previous version") << QByteArray("FN") + char(kVersion - 1);
        QTest::newRow("newer version") << QByteArray("FN") + char(kVersion + 1);
        QTest::newRow("type 0") << current + QByteArray("\x00", 1);
        QTest::newRow("type 9") << current + QByteArray("\x09", 1);
        QTest::newRow("too long") << current + QByteArray("\x04\x01\x00\x01\x00", 5);
    }

    void garbageIsDetectedEarly()
    {
        QFETCH(QByteArray, bytes);
        FrameDecoder d;
        d.feed(bytes.constData(), std::size_t(bytes.size()));
        Frame f;
        QCOMPARE(d.next(f), FrameDecoder::Status::Bad);
        d.feed(sampleStream().data(), sampleStream().size()); // stays bad: framing is lost
        QCOMPARE(d.next(f), FrameDecoder::Status::Bad);
        QVERIFY(!d.error().empty());
    }

    void eventRecordSanity()
    {
        EventRecord e = sampleEvent();
        e.path = "relative";
        std::string s;
        appendEvent(s, e);
        EventRecord back;
        QVERIFY(!parseEvent(decodeAll(s, s.size())[0].payload, back));
        e = sampleEvent();
        e.flags = 0x80;
        s.clear();
        appendEvent(s, e);
        QVERIFY(!parseEvent(decodeAll(s, s.size())[0].payload, back));
    }

    void mountRecordIsChecked()
    {
        MountRecord m;
        m.change = MountChange::Mounted;
        m.timeNs = 1700000000123456789ull;
        m.note = sampleNote();
        MountRecord back;
        QVERIFY(roundTrip(m, 2, back, appendMount, parseMount));
        QCOMPARE(int(back.change), int(m.change));
        QCOMPARE(back.timeNs, m.timeNs);
        QCOMPARE(back.note.root, m.note.root);
        QCOMPARE(back.note.fsType, m.note.fsType);
        QCOMPARE(back.note.errnum, m.note.errnum);
        QCOMPARE(back.note.markedVia, m.note.markedVia);

        std::string bytes;
        appendMount(bytes, m);
        const std::string payload = decodeAll(bytes, bytes.size()).at(0).payload;
        for (std::size_t n = 0; n < payload.size(); ++n) {
            std::string why;
            QVERIFY(!parseMount(payload.substr(0, n), back, &why));
            QCOMPARE(why, std::string("truncated mount record"));
        }
        QVERIFY(!parseMount(payload + "x", back));
        // Present (3) is the last known change.
        std::string present = payload;
        present[0] = '\3';
        QVERIFY(parseMount(present, back));
        QCOMPARE(int(back.change), int(MountChange::Present));
        for (char change : {'\0', '\4'}) {
            std::string bad = payload;
            bad[0] = change;
            std::string why;
            QVERIFY(!parseMount(bad, back, &why));
            QCOMPARE(why, std::string("unknown mount change"));
        }
        // The client lists and watches the mount point: only a plain absolute path will do.
        for (const std::string &point : {std::string(), std::string("relative"), std::string("/a\0b", 4)}) {
            MountRecord badPoint = m;
            badPoint.note.root = point;
            std::string b;
            appendMount(b, badPoint);
            std::string why;
            QVERIFY(!parseMount(decodeAll(b, b.size()).at(0).payload, back, &why));
            QCOMPARE(why, std::string("bad mount point in mount record"));
        }
        MountRecord badVia = m;
        badVia.note.markedVia = "pool";
        std::string b;
        appendMount(b, badVia);
        QVERIFY(!parseMount(decodeAll(b, b.size()).at(0).payload, back));
    }

    void mountinfoIsParsed()
    {
        // proc(5) lines, with the escapes of seq_file's mangle_path(), and what a hostile or
        // broken table could hold.
        const std::string text = "22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw\n"
                                 "36 22 0:31 / /mnt/with\\040space\\134x rw - tmpfs tmpfs rw\n"
                                 "garbage line\n"
                                 "-5 22 0:40 / /negative rw - tmpfs t rw\n"
                                 "+6 22 0:40 / /plus rw - tmpfs t rw\n"
                                 "37 22 0:32 / relative rw - tmpfs tmpfs rw\n"
                                 "38 22 0:33 / /tab\\011and\\012newline\\01 rw - tmpfs t rw\n"
                                 "39 22 0:34 / /" + std::string(5000, 'x') + " rw - tmpfs t rw\n"
                                 "40 22 0:35 / /opts rw," + std::string(100000, 'o') + " - overlay o rw\n"
                                 "\n"
                                 "41 22 0:36 / /last";
        const std::vector<fsnoop::MountEntry> entries = fsnoop::MountTable::parse(text.data(), text.size());
        std::vector<int> ids;
        std::vector<std::string> points;
        for (const fsnoop::MountEntry &e : entries) {
            ids.push_back(e.mountId);
            points.push_back(e.mountPoint);
        }
        QCOMPARE(ids, (std::vector<int>{22, 36, 38, 40, 41}));
        QCOMPARE(points, (std::vector<std::string>{"/", "/mnt/with space\\x", "/tab\tand\nnewline\\01", "/opts", "/last"}));
        QCOMPARE(entries[1].device, std::string("0:31"));
        QVERIFY(fsnoop::MountTable::parse("", 0).empty());

        // This process's own table holds the mount /proc is on, by its id and its path, and
        // reading it again gives the same. (Not "/": in a chroot, as CI's fresh root is, the root
        // is no mount point and is not listed; mountinfo lists what is below our root.)
        struct statx proc;
        QVERIFY(::statx(AT_FDCWD, "/proc", 0, STATX_MNT_ID, &proc) == 0 && (proc.stx_mask & STATX_MNT_ID));
        fsnoop::MountTable table;
        QVERIFY(table.open());
        std::vector<fsnoop::MountEntry> first, again;
        QVERIFY(table.read(first));
        QVERIFY(table.read(again));
        QCOMPARE(first.size(), again.size());
        QVERIFY(std::any_of(first.begin(), first.end(), [&proc](const fsnoop::MountEntry &e) {
            return e.mountId == int(proc.stx_mnt_id) && e.mountPoint == "/proc";
        }));
    }

    void mountsAreFollowedUnderTheRootsOnly()
    {
        const std::vector<std::string> roots = {"/tmp/a", "/srv/x y"};
        const auto entry = [](int id, const char *device, const std::string &point) {
            fsnoop::MountEntry e;
            e.mountId = id;
            e.device = device;
            e.mountPoint = point;
            return e;
        };
        const auto pointsOf = [](const std::vector<fsnoop::MountEntry> &entries) {
            std::vector<std::string> points;
            for (const fsnoop::MountEntry &e : entries)
                points.push_back(e.mountPoint);
            return points;
        };
        std::vector<fsnoop::MountEntry> known;
        // Over a root ("/", "/tmp") is not under it.
        MountFollower::Changes c =
            MountFollower::diff(known, {entry(1, "8:1", "/"), entry(2, "0:30", "/tmp"), entry(3, "0:31", "/tmp/a/old")}, roots);
        QCOMPARE(pointsOf(c.mounted), std::vector<std::string>{"/tmp/a/old"});
        QVERIFY(c.unmounted.empty());

        // Next to a root ("/tmp/ab", "/srv/x") is not under it; the root itself is.
        const std::vector<fsnoop::MountEntry> now = {
            entry(1, "8:1", "/"),          entry(2, "0:30", "/tmp"),         entry(7, "0:40", "/tmp/ab"),
            entry(5, "0:38", "/tmp/a/new"), entry(4, "0:37", "/tmp/a"),       entry(8, "0:41", "/srv/x"),
            entry(6, "0:39", "/srv/x y/m"), entry(9, "0:42", "/tmp/a/new/deeper"),
        };
        c = MountFollower::diff(known, now, roots);
        QCOMPARE(pointsOf(c.mounted), (std::vector<std::string>{"/tmp/a", "/tmp/a/new", "/srv/x y/m", "/tmp/a/new/deeper"}));
        QCOMPARE(pointsOf(c.unmounted), std::vector<std::string>{"/tmp/a/old"});

        // The same table again: nothing. The same place mounted anew (another mount ID): both.
        c = MountFollower::diff(known, now, roots);
        QVERIFY(c.mounted.empty() && c.unmounted.empty());
        std::vector<fsnoop::MountEntry> remounted = now;
        remounted[3] = entry(10, "0:43", "/tmp/a/new");
        c = MountFollower::diff(known, remounted, roots);
        QCOMPARE(pointsOf(c.mounted), std::vector<std::string>{"/tmp/a/new"});
        QCOMPARE(c.mounted[0].mountId, 10);
        QCOMPARE(pointsOf(c.unmounted), std::vector<std::string>{"/tmp/a/new"});
        QCOMPARE(c.unmounted[0].mountId, 5);
    }

    void oldVersionIsNamed()
    {
        // A version 1 peer (an old helper next to a new fsnoop) is refused with words that say so.
        FrameDecoder d;
        d.feed("FN\x01\x04\x00\x00\x00\x00", 8);
        Frame f;
        QCOMPARE(d.next(f), FrameDecoder::Status::Bad);
        QCOMPARE(d.errorCode(), ErrorCode::BadVersion);
        QCOMPARE(QByteArray::fromStdString(d.error()),
                 QByteArray("the other side speaks protocol version 1, this one version 5: fsnoop and its helper come from different builds"));
    }

    void procStatIsParsed()
    {
        // proc(5): the name may hold spaces and ')' itself; the last ')' ends it.
        const std::string stat = "4242 (we ird) (x) S 17 4242 4242 0 -1 4194560 95 0 0 0 0 0 0 0 -20 0 1 0 "
                                 "123456 1024 200 18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 1 0 0\n";
        std::string comm;
        std::int32_t ppid = 0;
        std::uint64_t start = 0;
        bool exiting = true;
        QVERIFY(ProcessIdentity::parseStat(stat.data(), stat.size(), comm, ppid, start, exiting));
        QCOMPARE(comm, std::string("we ird) (x"));
        QCOMPARE(ppid, 17);
        QCOMPARE(start, std::uint64_t(123456));
        QVERIFY(!exiting);
        // Field 9 with PF_EXITING (0x4) set: the process is in do_exit().
        std::string dying = stat;
        dying.replace(dying.find("4194560"), 7, "4194564");
        QVERIFY(ProcessIdentity::parseStat(dying.data(), dying.size(), comm, ppid, start, exiting));
        QVERIFY(exiting);
        const std::string cut = stat.substr(0, 40);
        QVERIFY(!ProcessIdentity::parseStat(cut.data(), cut.size(), comm, ppid, start, exiting));
        QVERIFY(!ProcessIdentity::parseStat("42 no parens", 12, comm, ppid, start, exiting));

        const std::string status = "Name:\tbash\nUmask:\t0022\nState:\tS\nPPid:\t1\nUid:\t1000\t0\t0\t0\nGid:\t5\n";
        std::uint32_t uid = 0;
        QVERIFY(ProcessIdentity::parseStatusUid(status.data(), status.size(), uid));
        QCOMPARE(uid, 1000u);
        QVERIFY(!ProcessIdentity::parseStatusUid("Name:\tx\n", 8, uid));
    }

    void ownProcessIsReadLive()
    {
        ProcessIdentity id;
        QVERIFY(ProcessIdentity::readLive(::getpid(), -1, ProcessIdentity::Stat | ProcessIdentity::Details, id));
        QCOMPARE(id.ppid, std::int32_t(::getppid()));
        QCOMPARE(id.uid, std::uint32_t(::getuid()));
        QCOMPARE(QByteArray::fromStdString(id.exe), QFile::encodeName(QFileInfo(QStringLiteral("/proc/self/exe")).symLinkTarget()));
        QVERIFY(id.startTicks > 0);
        QVERIFY(QByteArray::fromStdString(id.cmdline).endsWith("tst_helperprotocol")
                || QByteArray::fromStdString(id.cmdline).contains(QByteArray("tst_helperprotocol\0", 19)));
    }

    void pidReuseArithmetic()
    {
        // Positions count wraps: 2 * 32768 + 100 is pid 100 in the third round.
        QCOMPARE(ProcessCache::crossings(500, 400, 499, 32768), std::int64_t(0));
        QCOMPARE(ProcessCache::crossings(500, 400, 500, 32768), std::int64_t(1));
        QCOMPARE(ProcessCache::crossings(500, 500, 32768 + 499, 32768), std::int64_t(0));
        QCOMPARE(ProcessCache::crossings(500, 499, 32768 + 500, 32768), std::int64_t(2));
        QCOMPARE(ProcessCache::crossings(500, 32768 + 600, 32768 + 600, 32768), std::int64_t(0));
        QCOMPARE(ProcessCache::crossings(500, 600, 3 * 32768 + 600, 32768), std::int64_t(3));
    }

    void processForkedDuringTheReadKeepsItsExec()
    {
        // The sequence that once labelled a `touch` create "touch" with no executable: the process
        // is forked after beforeRead() sampled the pid allocator but before read(2) brings its exec
        // event, and has reached exit_mm() (here: a zombie, exe unreadable, pidfd still valid)
        // when its next event is looked up. Its own pid allocation is no reuse: the exec stays.
        const QByteArray trueExe = QFile::encodeName(QFileInfo(QStringLiteral("/bin/true")).canonicalFilePath());
        QVERIFY(!trueExe.isEmpty());
        ProcessCache cache;
        cache.beforeRead();
        const pid_t child = ::fork();
        if (child == 0) {
            ::execl(trueExe.constData(), "true", static_cast<char *>(nullptr));
            ::_exit(127);
        }
        QVERIFY(child > 0);
        const UniqueFd pidfd(int(::syscall(SYS_pidfd_open, child, 0)));
        siginfo_t info{};
        // WNOWAIT: wait for it to exit but leave it a zombie, so /proc/PID still answers.
        const bool exited = ::waitid(P_PID, id_t(child), &info, WEXITED | WNOWAIT) == 0;
        cache.beginBatch(true);
        if (pidfd.isValid() && exited)
            cache.exec(child, pidfd.get(), trueExe.toStdString());
        bool fromExec = false;
        const ProcessIdentity *id = pidfd.isValid() && exited ? cache.lookup(child, pidfd.get(), false, fromExec) : nullptr;
        const ProcessIdentity found = id ? *id : ProcessIdentity();
        ::waitpid(child, nullptr, 0);
        QVERIFY2(pidfd.isValid(), "pidfd_open failed");
        QVERIFY(exited);
        QCOMPARE(info.si_code, CLD_EXITED);
        QCOMPARE(info.si_status, 0);
        QVERIFY(id);
        QVERIFY(fromExec);
        QCOMPARE(found.comm, std::string("true"));
        QCOMPARE(QByteArray::fromStdString(found.exe), trueExe);
        QVERIFY(!found.partial());
    }

    void exitingProcessWithoutExecIsPartial()
    {
        // A zombie whose exec was not seen: /proc still has its name and start time, not its
        // executable (exit_mm() dropped it). That is a partial identity, never a complete one.
        ProcessCache cache;
        const pid_t child = ::fork();
        if (child == 0)
            ::_exit(0);
        QVERIFY(child > 0);
        const UniqueFd pidfd(int(::syscall(SYS_pidfd_open, child, 0)));
        siginfo_t info{};
        const bool exited = ::waitid(P_PID, id_t(child), &info, WEXITED | WNOWAIT) == 0;
        cache.beforeRead();
        cache.beginBatch(true);
        bool fromExec = true;
        const ProcessIdentity *id = pidfd.isValid() && exited ? cache.lookup(child, pidfd.get(), false, fromExec) : nullptr;
        const ProcessIdentity found = id ? *id : ProcessIdentity();
        ::waitpid(child, nullptr, 0);
        QVERIFY(pidfd.isValid());
        QVERIFY(exited);
        QVERIFY(id);
        QVERIFY(!fromExec);
        QVERIFY(found.startTicks > 0);
        QVERIFY(found.exiting);
        QVERIFY(found.exe.empty());
        QVERIFY(found.partial());
        // This test process itself is live: complete.
        ProcessIdentity self;
        QVERIFY(ProcessIdentity::readLive(::getpid(), -1, ProcessIdentity::Stat | ProcessIdentity::Details, self));
        QVERIFY(!self.partial());
    }

    void execNamesAreTheKernels()
    {
        QVERIFY(ProcessCache::isLoader("/usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2"));
        QVERIFY(ProcessCache::isLoader("/lib/ld-musl-x86_64.so.1"));
        QVERIFY(ProcessCache::isLoader("/lib/ld.so"));
        QVERIFY(!ProcessCache::isLoader("/usr/bin/ld"));
        QVERIFY(!ProcessCache::isLoader("/usr/bin/ld-wrapper"));
        std::string comm;
        ProcessCache::commFromPath("/usr/bin/touch", comm);
        QCOMPARE(comm, std::string("touch"));
        ProcessCache::commFromPath("/opt/x/a-very-long-program-name", comm);
        QCOMPARE(comm, std::string("a-very-long-pro")); // TASK_COMM_LEN - 1 bytes
        ProcessCache::commFromPath("/t/pr\xff" "be", comm);
        QCOMPARE(comm, std::string("pr\xff" "be"));
    }

    void isUnderRootComparesComponents()
    {
        QVERIFY(isUnderRoot("/a/b", "/a/b"));
        QVERIFY(isUnderRoot("/a/b/c", "/a/b"));
        QVERIFY(!isUnderRoot("/a/bc", "/a/b"));
        QVERIFY(!isUnderRoot("/a", "/a/b"));
        QVERIFY(isUnderRoot("/anything", "/"));
    }

    void validation()
    {
        QTemporaryDir dir;
        const std::string root = QFile::encodeName(QDir(dir.path()).canonicalPath()).toStdString();
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("sub")));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("sub")), dir.filePath(QStringLiteral("link"))));
        Request r;
        r.events = {"create", "delete"};
        ValidatedRequest v;
        ErrorRecord err;
        r.roots = {root, root};
        QVERIFY(validateRequest(r, v, err));
        QCOMPARE(v.roots.size(), std::size_t(1)); // duplicates folded
        QCOMPARE(v.mask, std::uint64_t(FAN_CREATE | FAN_DELETE));
        r.roots = {root + "/link"};
        QVERIFY(!validateRequest(r, v, err));
        QCOMPARE(err.code, ErrorCode::NotCanonical); // a symlink is not taken at its word
        r.roots = {root + "/sub/.."};
        QVERIFY(!validateRequest(r, v, err));
        QCOMPARE(err.code, ErrorCode::NotCanonical);
        r.roots = {root + "/"};
        QVERIFY(!validateRequest(r, v, err));
        QCOMPARE(err.code, ErrorCode::NotCanonical);
        r.roots = {std::string(5000, 'a')};
        QVERIFY(!validateRequest(r, v, err));
        QCOMPARE(err.code, ErrorCode::TooLarge);
        r.roots = {root + std::string("\0x", 2)};
        QVERIFY(!validateRequest(r, v, err));
        QCOMPARE(err.code, ErrorCode::BadRequest);
        r.roots = {root};
        r.events = {"CREATE"}; // names are exact
        QVERIFY(!validateRequest(r, v, err));
        QCOMPARE(err.code, ErrorCode::UnknownEvent);
    }

    void corpusReplay()
    {
        // Seeds committed under tests/fanotify/corpus/ (and whatever a fuzzing run added there).
        int files = 0;
        for (const char *kind : {"records", "request"}) {
            QDirIterator it(QStringLiteral(FSNOOP_FUZZ_CORPUS) + QLatin1Char('/') + QLatin1String(kind), QDir::Files);
            while (it.hasNext()) {
                QFile f(it.next());
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QByteArray data = f.readAll();
                const auto *p = reinterpret_cast<const uint8_t *>(data.constData());
                if (qstrcmp(kind, "records") == 0)
                    fsnoop::fuzz::records(p, std::size_t(data.size()));
                else
                    fsnoop::fuzz::request(p, std::size_t(data.size()));
                ++files;
            }
        }
        QVERIFY2(files >= 4, "the seed corpus is missing");
    }

    void mutatedStreamsReplay()
    {
        // A fixed-seed mutation run, so a gcc build without libFuzzer still shakes the parsers.
        QRandomGenerator rng(20261122);
        std::string base = std::string(1, char(7)) + sampleStream();
        Request r;
        r.roots = {"/tmp"};
        r.events = {"create"};
        std::string req;
        appendRequest(req, r);
        for (int i = 0; i < 3000; ++i) {
            std::string m = (i % 2) ? base : req;
            const int edits = 1 + int(rng.bounded(4));
            for (int k = 0; k < edits; ++k) {
                const std::size_t pos = rng.bounded(quint32(m.size()));
                switch (rng.bounded(3)) {
                case 0: m[pos] = char(rng.bounded(256)); break;
                case 1: m.erase(pos, 1 + rng.bounded(8)); break;
                default: m.insert(pos, 1, char(rng.bounded(256))); break;
                }
                if (m.empty())
                    m = "F";
            }
            if (i % 2)
                fsnoop::fuzz::records(u8(m), m.size());
            else
                fsnoop::fuzz::request(u8(m), m.size());
        }
    }
};

QTEST_APPLESS_MAIN(tst_HelperProtocol)
#include "tst_helperprotocol.moc"
