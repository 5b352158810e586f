// The helper's pure passes over a fanotify read buffer, on crafted bytes (no kernel, no root):
// EventInfoRecords (the information records after an event's metadata, fanotify(7)) and
// ExecLookahead (where the exec events of one read are). The lengths in these buffers are what a
// kernel bug or a newer kernel could send; the parse must stay inside them.
#include "helper/eventinforecords.h"
#include "helper/execlookahead.h"

#include <QTest>

#include <fcntl.h>
#include <sys/fanotify.h>

#include <cstring>
#include <string>

namespace {

// One event being built: metadata first, then information records; event_len is set by bytes().
class EventBytes
{
public:
    explicit EventBytes(std::uint64_t mask = FAN_CREATE, std::int32_t pid = 100)
    {
        fanotify_event_metadata meta{};
        meta.vers = FANOTIFY_METADATA_VERSION;
        meta.metadata_len = FAN_EVENT_METADATA_LEN;
        meta.mask = mask;
        meta.fd = FAN_NOFD;
        meta.pid = pid;
        m_bytes.assign(reinterpret_cast<const char *>(&meta), sizeof meta);
    }

    EventBytes &pidfd(int fd)
    {
        fanotify_event_info_pidfd p{};
        p.hdr.info_type = FAN_EVENT_INFO_TYPE_PIDFD;
        p.hdr.len = sizeof p;
        p.pidfd = fd;
        m_bytes.append(reinterpret_cast<const char *>(&p), sizeof p);
        return *this;
    }

    // A FID record: fsid, a struct file_handle of `handle` bytes, then the name (with its NUL)
    // for the *_NAME types. `claimedHandleBytes` overrides handle_bytes to lie about the size.
    EventBytes &fid(std::uint8_t type, const std::string &fsid, const std::string &handle,
                    const std::string &name = {}, unsigned claimedHandleBytes = 0)
    {
        std::string body(fsid);
        file_handle fh{};
        fh.handle_bytes = claimedHandleBytes ? claimedHandleBytes : unsigned(handle.size());
        fh.handle_type = 1;
        body.append(reinterpret_cast<const char *>(&fh), sizeof fh);
        body += handle;
        if (!name.empty())
            body.append(name.c_str(), name.size() + 1);
        return record(type, body);
    }

    EventBytes &record(std::uint8_t type, const std::string &body, std::uint16_t claimedLen = 0)
    {
        fanotify_event_info_header hdr{};
        hdr.info_type = type;
        hdr.len = claimedLen ? claimedLen : std::uint16_t(sizeof hdr + body.size());
        m_bytes.append(reinterpret_cast<const char *>(&hdr), sizeof hdr);
        m_bytes += body;
        return *this;
    }

    std::string bytes() const
    {
        std::string out = m_bytes;
        const std::uint32_t len = std::uint32_t(out.size());
        std::memcpy(&out[offsetof(fanotify_event_metadata, event_len)], &len, sizeof len);
        return out;
    }

private:
    std::string m_bytes;
};

const std::string kFsid("\x01\x02\x03\x04\x05\x06\x07\x08", 8);
const std::string kHandle("\xaa\xbb\xcc\xdd\xee\xff\x11\x22", 8);

EventInfoRecords parse(const std::string &event)
{
    return EventInfoRecords::parse(event.data(), event.size());
}

} // namespace

class TestHelperEventParsing : public QObject
{
    Q_OBJECT

private slots:
    void noRecordsMeansNoPidfd()
    {
        const EventInfoRecords r = parse(EventBytes().bytes());
        QCOMPARE(r.pidfd, int(FAN_NOPIDFD));
        QVERIFY(!r.dfid.present);
        QVERIFY(!r.oldDfid.present);
        QVERIFY(!r.newDfid.present);
    }

    void pidfdAndDirectoryName()
    {
        const std::string event =
            EventBytes().pidfd(42).fid(FAN_EVENT_INFO_TYPE_DFID_NAME, kFsid, kHandle, "report.txt").bytes();
        const EventInfoRecords r = parse(event);
        QCOMPARE(r.pidfd, 42);
        QVERIFY(r.dfid.present);
        QCOMPARE(r.dfid.name, std::string("report.txt"));
        QCOMPARE(std::string(r.dfid.fsid, 8), kFsid);
        QCOMPARE(r.dfid.handleSize, sizeof(file_handle) + kHandle.size());
        QCOMPARE(std::string(r.dfid.handle + sizeof(file_handle), kHandle.size()), kHandle);
        // The cache key is fsid, then the whole struct file_handle with its bytes.
        QCOMPARE(r.dfid.key.size(), kFsid.size() + sizeof(file_handle) + kHandle.size());
        QCOMPARE(r.dfid.key.substr(0, 8), kFsid);
        QCOMPARE(r.dfid.key.substr(8 + sizeof(file_handle)), kHandle);
        // The pointers point into the event buffer: they live only as long as it.
        QVERIFY(r.dfid.fsid >= event.data() && r.dfid.fsid < event.data() + event.size());
    }

    void renameHasBothHalves()
    {
        const std::string otherHandle("\x01\x01\x01\x01", 4);
        const EventInfoRecords r = parse(EventBytes(FAN_RENAME)
                                             .fid(FAN_EVENT_INFO_TYPE_OLD_DFID_NAME, kFsid, kHandle, "old")
                                             .fid(FAN_EVENT_INFO_TYPE_NEW_DFID_NAME, kFsid, otherHandle, "new")
                                             .bytes());
        QVERIFY(!r.dfid.present);
        QVERIFY(r.oldDfid.present);
        QVERIFY(r.newDfid.present);
        QCOMPARE(r.oldDfid.name, std::string("old"));
        QCOMPARE(r.newDfid.name, std::string("new"));
        QVERIFY(r.oldDfid.key != r.newDfid.key);
    }

    void fidAndDfidCarryNoName()
    {
        // A FID record's trailing bytes are not a name, whatever they hold.
        const EventInfoRecords r =
            parse(EventBytes().fid(FAN_EVENT_INFO_TYPE_FID, kFsid, kHandle, "not-a-name").bytes());
        QVERIFY(r.dfid.present);
        QVERIFY(r.dfid.name.empty());
    }

    void nameWithoutNulStopsAtRecordEnd()
    {
        std::string body(kFsid);
        file_handle fh{};
        fh.handle_bytes = unsigned(kHandle.size());
        body.append(reinterpret_cast<const char *>(&fh), sizeof fh);
        body += kHandle;
        body += "abc"; // no NUL: the name ends where the record does
        const std::string event = EventBytes().record(FAN_EVENT_INFO_TYPE_DFID_NAME, body).pidfd(7).bytes();
        const EventInfoRecords r = parse(event);
        QCOMPARE(r.dfid.name, std::string("abc"));
        QCOMPARE(r.pidfd, 7);
    }

    void oversizedHandleIsIgnoredAndTheNextRecordRead()
    {
        const EventInfoRecords r = parse(EventBytes()
                                             .fid(FAN_EVENT_INFO_TYPE_DFID_NAME, kFsid, kHandle, "x", MAX_HANDLE_SZ + 1)
                                             .pidfd(9)
                                             .bytes());
        QVERIFY(!r.dfid.present);
        QCOMPARE(r.pidfd, 9);
    }

    void handleLongerThanItsRecordIsIgnored()
    {
        const EventInfoRecords r = parse(
            EventBytes().fid(FAN_EVENT_INFO_TYPE_DFID, kFsid, kHandle, {}, unsigned(kHandle.size()) + 1).bytes());
        QVERIFY(!r.dfid.present);
    }

    void recordLongerThanTheEventEndsTheParse()
    {
        std::string event = EventBytes().pidfd(5).bytes();
        // A record claiming more bytes than the event has: neither it nor anything after is read.
        EventBytes bad;
        bad.record(FAN_EVENT_INFO_TYPE_PIDFD, std::string(8, '\0'), 4096).pidfd(6);
        const EventInfoRecords r = parse(bad.bytes());
        QCOMPARE(r.pidfd, int(FAN_NOPIDFD));
        QCOMPARE(parse(event).pidfd, 5);
    }

    void recordShorterThanItsHeaderEndsTheParse()
    {
        EventBytes bad;
        bad.record(FAN_EVENT_INFO_TYPE_PIDFD, std::string(8, '\0'), 2).pidfd(6);
        QCOMPARE(parse(bad.bytes()).pidfd, int(FAN_NOPIDFD));
    }

    void unknownRecordTypesAreSkipped()
    {
        const EventInfoRecords r =
            parse(EventBytes().record(200, std::string(12, '\x7f')).pidfd(11).bytes());
        QCOMPARE(r.pidfd, 11);
        QVERIFY(!r.dfid.present);
    }

    void execLookaheadFindsLaterExecsOnly()
    {
        // Events 0..3: pid 10 opens, pid 10 execs, pid 11 writes, pid 11 execs.
        const std::string buf = EventBytes(FAN_OPEN, 10).bytes() + EventBytes(FAN_OPEN_EXEC, 10).bytes()
            + EventBytes(FAN_MODIFY, 11).bytes() + EventBytes(FAN_OPEN_EXEC | FAN_OPEN, 11).pidfd(3).bytes();
        ExecLookahead execs;
        execs.scan(buf.data(), buf.size());
        QVERIFY(execs.execsAfter(10, 0));
        QVERIFY(!execs.execsAfter(10, 1)); // its own exec is not later than itself
        QVERIFY(!execs.execsAfter(10, 2));
        QVERIFY(execs.execsAfter(11, 2));
        QVERIFY(execs.execsAfter(11, 0));
        QVERIFY(!execs.execsAfter(11, 3));
        QVERIFY(!execs.execsAfter(12, 0));
    }

    void execLookaheadStopsAtABadLengthAndForgetsTheLastRead()
    {
        std::string bad = EventBytes(FAN_OPEN_EXEC, 20).bytes();
        const std::uint32_t tooLong = 1 << 20;
        std::memcpy(&bad[offsetof(fanotify_event_metadata, event_len)], &tooLong, sizeof tooLong);
        const std::string buf = EventBytes(FAN_OPEN, 20).bytes() + bad + EventBytes(FAN_OPEN_EXEC, 21).bytes();
        ExecLookahead execs;
        const std::string first = EventBytes(FAN_OPEN_EXEC, 30).bytes();
        execs.scan(first.data(), first.size());
        QVERIFY(!execs.execsAfter(30, 0)); // index 0 is the exec itself
        const std::string twice = EventBytes(FAN_OPEN, 30).bytes() + first;
        execs.scan(twice.data(), twice.size());
        QVERIFY(execs.execsAfter(30, 0));
        execs.scan(buf.data(), buf.size());
        QVERIFY(!execs.execsAfter(30, 0)); // the earlier read is forgotten
        QVERIFY(!execs.execsAfter(20, 0));
        QVERIFY(!execs.execsAfter(21, 0)); // behind the bad length: not reached
    }
};

QTEST_APPLESS_MAIN(TestHelperEventParsing)
#include "tst_helpereventparsing.moc"
