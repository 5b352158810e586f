// The helper protocol on its own: framing, parsers, validation, and a replay of the fuzz corpus
// through the same entry points the libFuzzer targets use (so gcc builds exercise them too).
#include "fuzzentry.h"
#include "helper/requestvalidation.h"
#include "protocol/protocol.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <sys/fanotify.h>

using namespace fsnoop::proto;

namespace {

EventRecord sampleEvent()
{
    EventRecord e;
    e.timeNs = 1700000000123456789ull;
    e.mask = FAN_RENAME | FAN_ONDIR;
    e.pid = 4242;
    e.flags = EvIsDir;
    e.comm = "make";
    e.exe = "/usr/bin/make";
    e.path = "/home/u/new\nline \xff name";
    e.oldPath = "/home/u/old,\"quoted\"";
    return e;
}

std::string sampleStream()
{
    std::string s;
    Ready ready;
    ready.features = FeaturePidfd | FeatureRename;
    ready.markMask = FAN_CREATE | FAN_ONDIR;
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
        }
    }

    void requestRoundTrips()
    {
        Request r;
        r.roots = {"/", "/tmp"};
        r.events = {"create", "moved_to"};
        r.options = OptUnlimitedQueue;
        std::string s;
        appendRequest(s, r);
        const auto frames = decodeAll(s, 5);
        QCOMPARE(frames.size(), std::size_t(1));
        Request back;
        QVERIFY(parseRequest(frames[0].payload, back));
        QVERIFY(back.roots == r.roots && back.events == r.events && back.options == r.options);
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
        QTest::newRow("version") << QByteArray("FN\x02", 3);
        QTest::newRow("type 0") << QByteArray("FN\x01\x00", 4);
        QTest::newRow("type 9") << QByteArray("FN\x01\x09", 4);
        QTest::newRow("too long") << QByteArray("FN\x01\x04\x01\x00\x01\x00", 8);
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
