#include "io/csvescape.h"
#include "io/csvreader.h"
#include "io/csvwriter.h"
#include "core/eventstore.h"
#include "core/fsevent.h"
#include "core/pathtable.h"
#include "core/processtable.h"
#include "core/session.h"
#include "lib/csvfields.h"
#include "lib/temptree.h"
#include "lib/testevent.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cstdlib>
#include <iterator>
#include <type_traits>
#include <ctime>

#include <sys/inotify.h>
#include <sys/stat.h>

namespace {

// 2026-11-22 07:12:36.123456789 UTC
constexpr qint64 kTime = Q_INT64_C(1795331556) * 1000000000 + 123456789;

void setTimeZone(const char *tz)
{
    qputenv("TZ", tz);
    tzset();
}

std::unique_ptr<Session> loadBytes(const QByteArray &bytes, CsvError *error)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return CsvReader::load(buffer, QStringLiteral("test.csv"), error);
}

// Events are compared field by field, with the time cut to the microseconds the file keeps and
// paths/processes compared by value since the ids belong to different tables.
void compareEvents(const Session &original, const Session &loaded)
{
    QCOMPARE(loaded.events().size(), original.events().size());
    for (qsizetype i = 0; i < original.events().size(); ++i) {
        const FsEvent &a = original.events().at(i);
        const FsEvent &b = loaded.events().at(i);
        QCOMPARE(b.timeNs, a.timeNs / 1000 * 1000);
        QCOMPARE(b.mask, a.mask);
        QCOMPARE(b.cookie, a.cookie);
        QCOMPARE(loaded.paths().path(b.pathId), original.paths().path(a.pathId));
        QCOMPARE(b.pid, a.pid);
        QCOMPARE(b.flags, a.flags);
        QCOMPARE(b.source, a.source);
        QCOMPARE(loaded.processes().info(b.processId), original.processes().info(a.processId));
    }
}

QByteArray writeAll(const Session &s)
{
    CsvWriter writer(s.paths(), s.processes());
    QByteArray out = CsvWriter::header();
    for (qsizetype i = 0; i < s.events().size(); ++i)
        writer.append(out, s.events().at(i));
    return out;
}

// A device that never ends (a stand-in for /dev/zero or a 2 GB file of garbage behind a
// QIODevice): `prefix`, then `fill` bytes up to `cap` bytes, counting what was asked of it.
class EndlessDevice final : public QIODevice
{
public:
    EndlessDevice(QByteArray prefix, char fill, qint64 cap)
        : m_prefix(std::move(prefix)), m_fill(fill), m_cap(cap)
    {
        open(QIODevice::ReadOnly);
    }
    qint64 produced() const { return m_produced; }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 max) override
    {
        const qint64 n = qMin(max, m_cap - m_produced);
        for (qint64 i = 0; i < n; ++i) {
            const qint64 at = m_produced + i;
            data[i] = at < m_prefix.size() ? m_prefix[qsizetype(at)] : m_fill;
        }
        m_produced += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_prefix;
    char m_fill;
    qint64 m_cap;
    qint64 m_produced = 0;
};

// Process fields are text today and bytes soon: build them from bytes either way.
template <typename Text>
Text textFrom(const QByteArray &bytes)
{
    if constexpr (std::is_same_v<Text, QString>)
        return QString::fromUtf8(bytes);
    else
        return bytes;
}

ProcessInfo process(qint32 pid, const QByteArray &name, const QByteArray &executable)
{
    ProcessInfo info;
    info.pid = pid;
    info.name = textFrom<decltype(info.name)>(name);
    info.executable = textFrom<decltype(info.executable)>(executable);
    return info;
}

} // namespace

class tst_Csv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setTimeZone("UTC0"); }

    void header()
    {
        QCOMPARE(CsvWriter::header(),
                 QByteArray("time,events,path,is_dir,cookie,pid,process,executable,source\r\n"));
        // A header alone is a valid, empty session.
        CsvError error;
        auto s = loadBytes(CsvWriter::header(), &error);
        QVERIFY2(s, error.detail.constData());
        QCOMPARE(s->events().size(), qsizetype(0));
        QVERIFY(s->isReadOnly());
        QCOMPARE(s->origin(), QStringLiteral("test.csv"));
    }

    void exactRow()
    {
        Session s;
        const auto id = s.paths().internPath("/home/u/a.txt");
        FsEvent e = ev(IN_CLOSE_WRITE, id).at(kTime);
        CsvWriter w(s.paths(), s.processes());
        QByteArray out;
        w.append(out, e);
        QCOMPARE(out, QByteArray("2026-11-22T07:12:36.123456+00:00,CLOSE_WRITE,/home/u/a.txt,0,0,,,,inotify\r\n"));

        out.clear();
        FsEvent d = ev(IN_CREATE | IN_ISDIR, s.paths().internPath("/home/u/new dir")).at(kTime);
        d.flags |= FsEvent::Synthesized;
        d.source = FsEvent::Scan;
        w.append(out, d);
        QCOMPARE(out, QByteArray("2026-11-22T07:12:36.123456+00:00,CREATE|ISDIR,/home/u/new dir,1,0,,,,scan\r\n"));

        out.clear();
        ProcessInfo p{4242, QByteArrayLiteral("vim"), QByteArrayLiteral("/usr/bin/vim.basic")};
        FsEvent f = ev(IN_MODIFY, id).at(kTime);
        f.pid = 4242;
        f.processId = s.processes().intern(p);
        f.source = FsEvent::Fanotify;
        w.append(out, f);
        QCOMPARE(out, QByteArray("2026-11-22T07:12:36.123456+00:00,MODIFY,/home/u/a.txt,0,0,4242,vim,/usr/bin/vim.basic,fanotify\r\n"));
    }

    void timeZones_data()
    {
        QTest::addColumn<QByteArray>("tz");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("utc") << QByteArray("UTC0") << QByteArray("2026-11-22T07:12:36.123456+00:00");
        QTest::newRow("+05:30") << QByteArray("XST-05:30") << QByteArray("2026-11-22T12:42:36.123456+05:30");
        QTest::newRow("-03:00") << QByteArray("YST03") << QByteArray("2026-11-22T04:12:36.123456-03:00");
    }
    void timeZones()
    {
        QFETCH(QByteArray, tz);
        QFETCH(QByteArray, expected);
        setTimeZone(tz.constData());
        QCOMPARE(CsvWriter::formatTime(kTime), expected);
        // Whatever the local zone, the instant read back is the same.
        Session s;
        s.append(FsEventBatch{ev(IN_OPEN, s.paths().internPath("/x")).at(kTime)});
        const QByteArray csv = writeAll(s);
        setTimeZone("UTC0");
        CsvError error;
        auto loaded = loadBytes(csv, &error);
        QVERIFY2(loaded, error.detail.constData());
        QCOMPARE(loaded->events().at(0).timeNs, kTime / 1000 * 1000);
    }

    void timesBeforeEpochAndFractions()
    {
        QCOMPARE(CsvWriter::formatTime(-1), QByteArray("1969-12-31T23:59:59.999999+00:00"));
        const QByteArray rows[] = {
            "2026-11-22T07:12:36Z,OPEN,/x,0,0,,,,inotify",
            "2026-11-22T07:12:36.5Z,OPEN,/x,0,0,,,,inotify",
            "2026-11-22T08:12:36.123456789+01:00,OPEN,/x,0,0,,,,inotify",
        };
        const qint64 expected[] = {Q_INT64_C(1795331556) * 1000000000,
                                   Q_INT64_C(1795331556) * 1000000000 + 500000000, kTime};
        for (int i = 0; i < 3; ++i) {
            CsvError error;
            auto s = loadBytes(CsvWriter::header() + rows[i], &error);
            QVERIFY2(s, error.detail.constData());
            QCOMPARE(s->events().at(0).timeNs, expected[i]);
        }
    }

    void escape_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QByteArray>("escaped");
        QTest::newRow("plain") << QByteArray("abc.txt") << QByteArray("abc.txt");
        QTest::newRow("backslash") << QByteArray("a\\b") << QByteArray("a\\\\b");
        QTest::newRow("literal \\x41") << QByteArray("\\x41") << QByteArray("\\\\x41");
        QTest::newRow("invalid") << QByteArray("a\xff\xfe") << QByteArray("a\\xFF\\xFE");
        QTest::newRow("utf8") << QByteArray("caf\xc3\xa9 \xe6\x97\xa5") << QByteArray("caf\xc3\xa9 \xe6\x97\xa5");
        QTest::newRow("truncated utf8") << QByteArray("\xe6\x97") << QByteArray("\\xE6\\x97");
        QTest::newRow("overlong") << QByteArray("\xc0\xaf") << QByteArray("\\xC0\\xAF");
        QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << QByteArray("\\xED\\xA0\\x80");
        QTest::newRow("comma quote newline") << QByteArray("a,\"b\"\n\r") << QByteArray("a,\"b\"\n\r");
        QTest::newRow("tab") << QByteArray("a\tb") << QByteArray("a\tb");
    }
    void escape()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QByteArray, escaped);
        QByteArray out;
        CsvEscape::append(out, raw);
        QCOMPARE(out, escaped);
        QByteArray back;
        QCOMPARE(CsvEscape::decode(back, out, nullptr), CsvEscape::DecodeResult::Ok);
        QCOMPARE(back, raw);
    }

    void escapeEveryByte()
    {
        // Every single byte and every pair round-trips.
        for (int a = 0; a < 256; ++a) {
            for (int b = 0; b < 256; b += (a < 0x80 ? 37 : 1)) {
                const char pair[2] = {char(a), char(b)};
                const QByteArray raw(pair, 2);
                QByteArray enc, back;
                CsvEscape::append(enc, raw);
                QCOMPARE(CsvEscape::decode(back, enc, nullptr), CsvEscape::DecodeResult::Ok);
                QCOMPARE(back, raw);
            }
        }
    }

    void hostileNamesRoundTrip()
    {
        const QByteArray names[] = {
            "new\nline", "carriage\rreturn", "crlf\r\n", "quote\"d", "\"", "\"\"", "com,ma",
            "back\\slash", "\\", "\\\\x41", "bad\xff\xfe", "\x80", "caf\xc3\xa9", "\xe6\x97\xa5\xe6\x9c\xac",
            "emoji \xf0\x9f\x98\x80", "mix,\"\n\\\xff", " leading space", "trailing space ", "a\tb",
            "-", "x.csv",
        };
        Session s;
        const auto dir = s.paths().internPath("/tmp/dir,with\n\"odd\"\xfe");
        quint32 cookie = 100;
        for (const QByteArray &n : names) {
            const auto id = s.paths().intern(dir, n);
            FsEvent e = ev(IN_MOVED_FROM, id).at(kTime);
            e.cookie = ++cookie;
            s.append(FsEventBatch{e});
            const auto plain = s.paths().internPath(QByteArray("/plain/") + n);
            s.append(FsEventBatch{ev(IN_CREATE, plain).at(kTime)});
        }
        // Non-ASCII process names and executables with odd bytes too, and bytes that are not UTF-8.
        FsEvent p = ev(IN_OPEN, s.paths().internPath("/etc/passwd")).at(kTime);
        p.pid = 7;
        p.source = FsEvent::Fanotify;
        p.processId = s.processes().intern(
            {7, QByteArray("pr,oc\"\\\xff"), QByteArray("/opt/\xc3\xa9t\xc3\xa9/bin\nx\xfe")});
        s.append(FsEventBatch{p});
        s.append(FsEventBatch{ev(IN_ATTRIB, PathTable::RootId).at(kTime)});

        const QByteArray csv = writeAll(s);
        QVERIFY(QString::fromUtf8(csv).toUtf8() == csv); // the file itself is valid UTF-8
        CsvError error;
        auto loaded = loadBytes(csv, &error);
        QVERIFY2(loaded, (CsvError::codeName(error.code) + (" line " + QByteArray::number(error.line)) + ": " + error.detail).constData());
        compareEvents(s, *loaded);
        // Writing the loaded session again gives the same bytes.
        QCOMPARE(writeAll(*loaded), csv);
    }

    void overflowRows()
    {
        Session s;
        s.append(FsEventBatch{ev(IN_CREATE, s.paths().internPath("/a")).at(kTime)});
        FsEvent o = ev(IN_Q_OVERFLOW, PathTable::NoPath).at(kTime);
        o.flags = FsEvent::OverflowMarker;
        o.cookie = 3;
        s.append(FsEventBatch{o});
        const QByteArray csv = writeAll(s);
        QVERIFY(csv.contains(",Q_OVERFLOW,,0,3,,,,inotify\r\n"));
        CsvError error;
        auto loaded = loadBytes(csv, &error);
        QVERIFY(loaded);
        compareEvents(s, *loaded);
        QCOMPARE(loaded->overflowCount(), qint64(1));
        QVERIFY(loaded->events().at(1).isOverflow());
        QCOMPARE(loaded->events().at(1).pathId, PathTable::NoPath);
    }

    void lfAndBomAccepted()
    {
        CsvError error;
        QByteArray lf = "\xEF\xBB\xBFtime,events,path,is_dir,cookie,pid,process,executable,source\n"
                        "2026-11-22T07:12:36.000001+00:00,DELETE,/a,0,0,,,,inotify\n"
                        "2026-11-22T07:12:36.000002+00:00,DELETE,/b,0,0,,,,inotify";
        auto s = loadBytes(lf, &error);
        QVERIFY2(s, error.detail.constData());
        QCOMPARE(s->events().size(), qsizetype(2));
        QCOMPARE(s->paths().path(s->events().at(1).pathId), QByteArray("/b"));
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("body");   // after a valid header and one valid row
        QTest::addColumn<int>("code");
        QTest::addColumn<qint64>("line");
        const QByteArray ok = "2026-11-22T07:12:36.000001+00:00,CREATE,/a,0,0,,,,inotify\r\n";
        QTest::newRow("too few columns") << QByteArray("2026-11-22T07:12:36.000001+00:00,CREATE,/a,0,0,,,inotify\r\n") << int(CsvError::ColumnCount) << qint64(3);
        QTest::newRow("too many columns") << QByteArray("2026-11-22T07:12:36.000001+00:00,CREATE,/a,0,0,,,,inotify,x\r\n") << int(CsvError::ColumnCount) << qint64(3);
        QTest::newRow("blank line") << (ok + "\r\n" + ok) << int(CsvError::ColumnCount) << qint64(4);
        QTest::newRow("bad time") << QByteArray("2026-11-22 07:12:36,CREATE,/a,0,0,,,,inotify\r\n") << int(CsvError::BadTime) << qint64(3);
        QTest::newRow("no offset") << QByteArray("2026-11-22T07:12:36.000001,CREATE,/a,0,0,,,,inotify\r\n") << int(CsvError::BadTime) << qint64(3);
        QTest::newRow("feb 30") << QByteArray("2026-02-30T07:12:36Z,CREATE,/a,0,0,,,,inotify\r\n") << int(CsvError::BadTime) << qint64(3);
        QTest::newRow("year 0000") << QByteArray("0000-01-01T00:00:00Z,CREATE,/a,0,0,,,,inotify\r\n") << int(CsvError::BadTime) << qint64(3);
        QTest::newRow("year 9999") << QByteArray("9999-12-31T23:59:59Z,CREATE,/a,0,0,,,,inotify\r\n") << int(CsvError::BadTime) << qint64(3);
        QTest::newRow("hour 24") << QByteArray("2026-02-03T24:12:36Z,CREATE,/a,0,0,,,,inotify\r\n") << int(CsvError::BadTime) << qint64(3);
        QTest::newRow("unknown event") << (ok + "2026-11-22T07:12:36Z,CREATE|EXPLODE,/a,0,0,,,,inotify\r\n") << int(CsvError::BadEvents) << qint64(4);
        QTest::newRow("empty events") << QByteArray("2026-11-22T07:12:36Z,,/a,0,0,,,,inotify\r\n") << int(CsvError::BadEvents) << qint64(3);
        QTest::newRow("lower-case event") << QByteArray("2026-11-22T07:12:36Z,create,/a,0,0,,,,inotify\r\n") << int(CsvError::BadEvents) << qint64(3);
        QTest::newRow("relative path") << QByteArray("2026-11-22T07:12:36Z,CREATE,a/b,0,0,,,,inotify\r\n") << int(CsvError::BadPath) << qint64(3);
        QTest::newRow("empty component") << QByteArray("2026-11-22T07:12:36Z,CREATE,/a//b,0,0,,,,inotify\r\n") << int(CsvError::BadPath) << qint64(3);
        QTest::newRow("NUL escape") << QByteArray("2026-11-22T07:12:36Z,CREATE,/a\\x00b,0,0,,,,inotify\r\n") << int(CsvError::BadPath) << qint64(3);
        QTest::newRow("lone backslash") << QByteArray("2026-11-22T07:12:36Z,CREATE,/a\\b,0,0,,,,inotify\r\n") << int(CsvError::BadEscape) << qint64(3);
        QTest::newRow("trailing backslash") << QByteArray("2026-11-22T07:12:36Z,CREATE,/a\\,0,0,,,,inotify\r\n") << int(CsvError::BadEscape) << qint64(3);
        QTest::newRow("bad hex") << QByteArray("2026-11-22T07:12:36Z,CREATE,/a\\xZZ,0,0,,,,inotify\r\n") << int(CsvError::BadEscape) << qint64(3);
        QTest::newRow("short hex") << QByteArray("2026-11-22T07:12:36Z,CREATE,/a\\x4,0,0,,,,inotify\r\n") << int(CsvError::BadEscape) << qint64(3);
        QTest::newRow("raw invalid utf8") << QByteArray("2026-11-22T07:12:36Z,CREATE,/a\xff,0,0,,,,inotify\r\n") << int(CsvError::BadEncoding) << qint64(3);
        QTest::newRow("bad is_dir") << QByteArray("2026-11-22T07:12:36Z,CREATE,/a,2,0,,,,inotify\r\n") << int(CsvError::BadNumber) << qint64(3);
        QTest::newRow("bad cookie") << QByteArray("2026-11-22T07:12:36Z,CREATE,/a,0,-1,,,,inotify\r\n") << int(CsvError::BadNumber) << qint64(3);
        QTest::newRow("huge cookie") << QByteArray("2026-11-22T07:12:36Z,CREATE,/a,0,4294967296,,,,inotify\r\n") << int(CsvError::BadNumber) << qint64(3);
        QTest::newRow("bad pid") << QByteArray("2026-11-22T07:12:36Z,CREATE,/a,0,0,12x,,,inotify\r\n") << int(CsvError::BadNumber) << qint64(3);
        QTest::newRow("bad source") << QByteArray("2026-11-22T07:12:36Z,CREATE,/a,0,0,,,,dtrace\r\n") << int(CsvError::BadSource) << qint64(3);
        // A quote left open to the end of the file could be a cut file (see cutLastRecord), but
        // not when a field before it is already wrong: that is an error, at the record's line.
        QTest::newRow("unterminated quote") << (ok + ok + "2026-11-22T07:12:36Z,CREATE|EXPLODE,\"/a\n\n,0,0,,,,inotify\r\n") << int(CsvError::UnterminatedQuote) << qint64(5);
        QTest::newRow("unterminated quote, bad time") << (ok + ok + "2026-11-22 07:12:36Z,CREATE,\"/a\n\n,0,0,,,,inotify\r\n") << int(CsvError::UnterminatedQuote) << qint64(5);
        // A record cut like the last one of a crashed capture, but in the middle: an error.
        QTest::newRow("cut record in the middle") << ("2026-11-30\r\n" + ok) << int(CsvError::ColumnCount) << qint64(3);
        // The last record without its line end is still checked as a whole when it is not the
        // beginning of a valid one.
        QTest::newRow("bad last record, no line end") << QByteArray("2026-11-22T07:12:36Z,EXPLODE,/a,0,0,,,,inotify") << int(CsvError::BadEvents) << qint64(3);
        QTest::newRow("bad source, no line end") << QByteArray("2026-11-22T07:12:36Z,CREATE,/a,0,0,,,,dtrace") << int(CsvError::BadSource) << qint64(3);
        QTest::newRow("garbage last line") << QByteArray("hello") << int(CsvError::ColumnCount) << qint64(3);
        // Paths: at most PATH_MAX bytes, at most four times that escaped.
        QTest::newRow("path over PATH_MAX") << ("2026-11-22T07:12:36Z,CREATE,/" + QByteArray(4096, 'p') + ",0,0,,,,inotify\r\n") << int(CsvError::BadPath) << qint64(3);
        QTest::newRow("escaped path over 16 KiB") << ("2026-11-22T07:12:36Z,CREATE,/" + QByteArray(4200, 'p').replace("p", "\\xFF") + ",0,0,,,,inotify\r\n") << int(CsvError::BadPath) << qint64(3);
        QTest::newRow("record over 64 KiB") << (ok + "2026-11-22T07:12:36Z,CREATE,\"/" + QByteArray(70000, 'p') + "\",0,0,,,,inotify\r\n" + ok) << int(CsvError::RecordTooLong) << qint64(4);
        QTest::newRow("text after quote") << QByteArray("2026-11-22T07:12:36Z,CREATE,\"/a\"b,0,0,,,,inotify\r\n") << int(CsvError::BadRow) << qint64(3);
        QTest::newRow("quote in unquoted") << QByteArray("2026-11-22T07:12:36Z,CREATE,/a\"b\",0,0,,,,inotify\r\n") << int(CsvError::BadRow) << qint64(3);
        QTest::newRow("stray CR") << QByteArray("2026-11-22T07:12:36Z,CREATE,/a\rb,0,0,,,,inotify\r\n") << int(CsvError::BadRow) << qint64(3);
        // The line number is where the bad record starts, counting newlines inside quoted fields.
        QTest::newRow("after multi-line rows")
            << (QByteArray("2026-11-22T07:12:36Z,CREATE,\"/a\nb\nc\",0,0,,,,inotify\r\n") + ok
                + "2026-11-22T07:12:36Z,CREATE,/x,0,0,,,,nope\r\n")
            << int(CsvError::BadSource) << qint64(7);
    }
    void malformed()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, code);
        QFETCH(qint64, line);
        const QByteArray ok = "2026-11-22T07:12:36.000001+00:00,CREATE,/a,0,0,,,,inotify\r\n";
        CsvError error;
        auto s = loadBytes(CsvWriter::header() + ok + body, &error);
        QVERIFY(!s);
        QCOMPARE(CsvError::codeName(CsvError::Code(error.code)), CsvError::codeName(CsvError::Code(code)));
        QCOMPARE(error.line, line);
        QVERIFY(!error.detail.isEmpty() || code == CsvError::UnterminatedQuote);
    }

    void badHeader_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("inotifywait output") << QByteArray("/tmp/ CREATE a\n");
        QTest::newRow("missing executable") << QByteArray("time,events,path,is_dir,cookie,pid,process,source\r\n");
        QTest::newRow("renamed column") << QByteArray("time,event,path,is_dir,cookie,pid,process,executable,source\r\n");
    }
    void badHeader()
    {
        QFETCH(QByteArray, file);
        CsvError error;
        QVERIFY(!loadBytes(file, &error));
        QVERIFY(error.code == CsvError::BadHeader || error.code == CsvError::ColumnCount);
        QCOMPARE(error.line, qint64(1));
    }

    void ioErrors()
    {
        CsvError error;
        QVERIFY(!CsvReader::load(QStringLiteral("/nonexistent/x.csv"), &error));
        QCOMPARE(error.code, CsvError::Io);
        QVERIFY(!error.detail.isEmpty());
        QBuffer closed;
        QVERIFY(!CsvReader::load(closed, QString(), &error));
        QCOMPARE(error.code, CsvError::Io);
    }

    void fixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("code");
        QTest::addColumn<qint64>("line");
        QTest::newRow("good") << QStringLiteral("good.csv") << int(CsvError::None) << qint64(0);
        QTest::newRow("bad-row-5") << QStringLiteral("bad-time-line5.csv") << int(CsvError::BadTime) << qint64(5);
    }
    void fixtures()
    {
        QFETCH(QString, file);
        QFETCH(int, code);
        QFETCH(qint64, line);
        CsvError error;
        auto s = CsvReader::load(QStringLiteral(FSNOOP_CSV_FIXTURES "/") + file, &error);
        QCOMPARE(int(error.code), code);
        QCOMPARE(error.line, line);
        QCOMPARE(bool(s), code == CsvError::None);
        if (s) {
            QVERIFY(s->origin().endsWith(file));
            QVERIFY(s->events().size() > 0);
        }
    }

    void mutatedFilesNeverCrashOrHalfLoad()
    {
        // Random byte flips, insertions and cuts of a valid file: each either loads completely
        // or fails with a code and a line inside the file. (Run under ASan in CI.)
        Session s;
        const auto dir = s.paths().internPath("/d,\"x\"\n\xff");
        for (int i = 0; i < 20; ++i) {
            FsEvent e = ev(i % 2 ? IN_MOVED_TO : IN_CREATE | IN_ISDIR, s.paths().intern(dir, "n\\" + QByteArray::number(i))).at(kTime);
            e.cookie = quint32(i);
            s.append(FsEventBatch{e});
        }
        const QByteArray good = writeAll(s);
        const qint64 lines = good.count('\n');
        // FSNOOP_CSV_FUZZ_SEED picks another sequence when hunting by hand.
        bool seeded = false;
        const int seed = qEnvironmentVariableIntValue("FSNOOP_CSV_FUZZ_SEED", &seeded);
        QRandomGenerator rng(seeded ? quint32(seed) : 7u);
        const char alphabet[] = ",\"\r\n\\x0Z|/\xff\xc3";
        for (int round = 0; round < 2000; ++round) {
            QByteArray bad = good;
            const int edits = 1 + int(rng.bounded(3));
            for (int k = 0; k < edits && !bad.isEmpty(); ++k) {
                const qsizetype pos = qsizetype(rng.bounded(int(bad.size())));
                const char c = alphabet[rng.bounded(int(sizeof alphabet - 1))];
                switch (rng.bounded(3)) {
                case 0: bad[pos] = c; break;
                case 1: bad.insert(pos, c); break;
                default: bad.truncate(pos); break;
                }
            }
            CsvError error;
            auto loaded = loadBytes(bad, &error);
            if (loaded) {
                QCOMPARE(error.code, CsvError::None);
                QVERIFY(loaded->events().size() <= 21);
            } else {
                QVERIFY(error.code != CsvError::None);
                QVERIFY2(error.line >= 1 && error.line <= lines + 3,
                         QByteArray::number(error.line).constData());
            }
        }
    }

    void boundedRecords_data()
    {
        QTest::addColumn<QByteArray>("prefix");
        QTest::addColumn<char>("fill");
        QTest::addColumn<int>("code");
        QTest::addColumn<qint64>("line");
        const QByteArray header = CsvWriter::header();
        const QByteArray ok = "2026-11-22T07:12:36.000001+00:00,CREATE,/a,0,0,,,,inotify\r\n";
        QTest::newRow("/dev/zero") << QByteArray() << '\0' << int(CsvError::BadHeader) << qint64(1);
        QTest::newRow("garbage") << QByteArray() << 'g' << int(CsvError::BadHeader) << qint64(1);
        QTest::newRow("endless row") << (header + ok + "2026-11-22T07:12:36Z,CREATE,/") << 'p' << int(CsvError::RecordTooLong) << qint64(3);
        // Inside a quoted field line ends do not end the record: still bounded.
        QTest::newRow("endless quoted") << (header + ok + ok + "2026-11-22T07:12:36Z,CREATE,\"/") << '\n' << int(CsvError::RecordTooLong) << qint64(4);
    }
    void boundedRecords()
    {
        // 64 MB of input that never ends a record: the reader stops at the first record over
        // 64 KiB, having read at most that plus one block, and names the line.
        QFETCH(QByteArray, prefix);
        QFETCH(char, fill);
        QFETCH(int, code);
        QFETCH(qint64, line);
        EndlessDevice device(prefix, fill, qint64(64) << 20);
        CsvError error;
        QVERIFY(!CsvReader::load(device, QStringLiteral("endless"), &error));
        QCOMPARE(CsvError::codeName(error.code), CsvError::codeName(CsvError::Code(code)));
        QCOMPARE(error.line, line);
        QVERIFY2(device.produced() <= CsvReader::kMaxRecordBytes + (1 << 19),
                 QByteArray::number(device.produced()).constData());
    }

    void longestPathLoads()
    {
        // A path of exactly PATH_MAX bytes, every byte escaped, is the longest accepted.
        Session s;
        QByteArray path;
        while (path.size() < CsvReader::kMaxPathBytes)
            path += path.size() % 200 == 0 ? QByteArray("/") : QByteArray("\xff");
        s.append(FsEventBatch{ev(IN_CREATE, s.paths().internPath(path)).at(kTime)});
        CsvError error;
        auto loaded = loadBytes(writeAll(s), &error);
        QVERIFY2(loaded, error.detail.constData());
        compareEvents(s, *loaded);
    }

    void notRegularFiles()
    {
        // A FIFO without a writer would block open(2) forever, /dev/zero never ends: both are
        // refused at once, before anything is read.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString fifo = dir.filePath(QStringLiteral("pipe.csv"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const QString files[] = {fifo, QStringLiteral("/dev/zero"), dir.path()};
        const QByteArray kinds[] = {"FIFO", "character device", "directory"};
        for (int i = 0; i < 3; ++i) {
            CsvError error;
            QVERIFY(!CsvReader::load(files[i], &error));
            QCOMPARE(CsvError::codeName(error.code), "NotRegularFile");
            QVERIFY2(error.detail.contains(kinds[i]), error.detail.constData());
        }
        // A symbolic link to a regular file is that file.
        const QString real = dir.filePath(QStringLiteral("real.csv"));
        QVERIFY(writeFile(real, CsvWriter::header()));
        QVERIFY(QFile::link(real, dir.filePath(QStringLiteral("link.csv"))));
        CsvError error;
        QVERIFY(CsvReader::load(dir.filePath(QStringLiteral("link.csv")), &error));
    }

    void cutLastRecord()
    {
        // `record` to a full 1 MB tmpfs left "...\r\n2026-11-30" at the end: every complete row
        // loads, and the cut one is named.
        const QByteArray ok = "2026-11-22T07:12:36.000001+00:00,CREATE,/a,0,0,,,,inotify\r\n";
        const QByteArray file = CsvWriter::header() + ok + ok + "2026-11-30";
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString name = dir.filePath(QStringLiteral("cut.csv"));
        QVERIFY(writeFile(name, file));
        CsvError error;
        auto s = CsvReader::load(name, &error);
        QVERIFY2(s, error.detail.constData());
        QCOMPARE(s->events().size(), qsizetype(2));
        QCOMPARE(error.code, CsvError::None);
        QCOMPARE(error.incompleteLastLine, qint64(4));

        // Cut inside a quoted path that holds line breaks: the record's first line is named.
        s = loadBytes(CsvWriter::header() + ok + ok + "2026-11-22T07:12:36Z,CREATE,\"/a\n\n,0,0,,,,inotify\r\n", &error);
        QVERIFY(s);
        QCOMPARE(s->events().size(), qsizetype(2));
        QCOMPARE(error.incompleteLastLine, qint64(4));

        // A file that ends cleanly says nothing; neither does one missing only its last CRLF.
        s = loadBytes(CsvWriter::header() + ok + ok, &error);
        QVERIFY(s);
        QCOMPARE(error.incompleteLastLine, qint64(0));
        s = loadBytes(CsvWriter::header() + ok + ok.chopped(2), &error);
        QVERIFY(s);
        QCOMPARE(s->events().size(), qsizetype(2));
        QCOMPARE(error.incompleteLastLine, qint64(0));
    }

    void cutAtEveryOffset()
    {
        // A small file with every kind of field (quoted line breaks, escapes, processes, formula
        // names), cut at every byte: never a crash; inside the header an error at line 1; after
        // it, every complete row and a note naming the cut one exactly when a row was cut.
        Session s;
        const auto dir = s.paths().internPath("/t/d,\"x\"\r\n\xff");
        const auto proc = s.processes().intern(process(42, "=1+1", "/usr/bin/x,\"y\""));
        for (int i = 0; i < 6; ++i) {
            FsEvent e = ev(i % 2 ? IN_MOVED_TO : IN_CREATE | IN_ISDIR,
                           s.paths().intern(dir, "n\\" + QByteArray::number(i) + "\xe6\x97\xa5")).at(kTime + i);
            e.cookie = quint32(i * 1000);
            e.source = quint8(i % 3);
            if (e.source == FsEvent::Scan)
                e.flags |= FsEvent::Synthesized;
            if (e.source == FsEvent::Fanotify) {
                e.pid = 42;
                e.processId = proc;
            }
            s.append(FsEventBatch{e});
        }
        CsvWriter writer(s.paths(), s.processes());
        QByteArray csv = CsvWriter::header();
        const qsizetype headerEnd = csv.size();
        QList<qsizetype> rowStart, rowEnd;
        QList<qint64> rowLine;
        for (qsizetype i = 0; i < s.events().size(); ++i) {
            rowStart.append(csv.size());
            rowLine.append(csv.count('\n') + 1);
            writer.append(csv, s.events().at(i));
            rowEnd.append(csv.size());
        }
        const int rows = int(rowEnd.size());
        for (qsizetype cut = 0; cut <= csv.size(); ++cut) {
            const QByteArray part = csv.left(cut);
            const QByteArray where = "cut at " + QByteArray::number(cut);
            CsvError error;
            auto loaded = loadBytes(part, &error);
            if (cut < headerEnd - 2) {
                QVERIFY2(!loaded, where.constData());
                QCOMPARE(error.line, qint64(1));
                continue;
            }
            QVERIFY2(loaded, (where + ": " + CsvError::codeName(error.code) + " " + error.detail).constData());
            int complete = 0;
            while (complete < rows && rowEnd[complete] <= cut)
                ++complete;
            qint64 note = 0;
            if (complete < rows && cut >= rowEnd[complete] - 2)
                ++complete; // only the line end is missing: the row is whole
            else if (complete < rows && cut > rowStart[complete])
                note = rowLine[complete];
            QCOMPARE(loaded->events().size(), qsizetype(complete));
            QCOMPARE(error.incompleteLastLine, note);
            for (int i = 0; i < complete; ++i) {
                QCOMPARE(loaded->paths().path(loaded->events().at(i).pathId),
                         s.paths().path(s.events().at(i).pathId));
                QCOMPARE(loaded->events().at(i).processId != ProcessTable::NoProcess,
                         s.events().at(i).processId != ProcessTable::NoProcess);
            }
        }
    }

    void randomBytesNeverCrash()
    {
        // Random bytes, alone and after a valid header and row: a clean load or an error with a
        // code and a line, never a crash or a hang. (Run under ASan in CI.)
        bool seeded = false;
        const int seed = qEnvironmentVariableIntValue("FSNOOP_CSV_FUZZ_SEED", &seeded);
        QRandomGenerator rng(seeded ? quint32(seed) : 12u);
        const QByteArray ok = "2026-11-22T07:12:36.000001+00:00,CREATE,/a,0,0,,,,inotify\r\n";
        const char alphabet[] = "0123456789-T:.+Z,\"\r\n\\xF/|CREATEinotify\xff\xc3\xa9";
        for (int round = 0; round < 2000; ++round) {
            QByteArray bytes;
            const int length = int(rng.bounded(round % 25 == 0 ? 100000 : 300));
            bytes.resize(length);
            for (int i = 0; i < length; ++i) {
                bytes[i] = round % 2 ? char(rng.bounded(256))
                                     : alphabet[rng.bounded(int(sizeof alphabet - 1))];
            }
            if (round % 3)
                bytes.prepend(CsvWriter::header() + ok);
            CsvError error;
            auto loaded = loadBytes(bytes, &error);
            if (loaded) {
                QCOMPARE(error.code, CsvError::None);
            } else {
                QVERIFY(error.code != CsvError::None);
                QVERIFY(error.line >= 1 && error.line <= bytes.count('\n') + 1);
            }
        }
    }

    void formulaFieldsStayText()
    {
        // A process may name itself "=1+1" (prctl PR_SET_NAME): no cell a spreadsheet reads may
        // begin with = + - @ tab or CR, yet fsnoop reads every byte back.
        const QByteArray names[] = {"=1+1", "=cmd|' /C calc'!A0", "+1", "-1", "@SUM(A1)",
                                    "\t=1", "\r=1", "=\"q\",x", "==", "=\xff", "a=1", "plain"};
        Session s;
        const auto path = s.paths().internPath("/home/u/a.txt");
        qint32 pid = 100;
        for (const QByteArray &n : names) {
            FsEvent e = ev(IN_OPEN, path).at(kTime);
            e.pid = ++pid;
            e.source = FsEvent::Fanotify;
            e.processId = s.processes().intern(process(pid, n, n));
            s.append(FsEventBatch{e});
        }
        const QByteArray csv = writeAll(s);
        const QList<QByteArray> lines = csv.split('\n');
        int checked = 0;
        for (QByteArray line : lines) {
            if (line.isEmpty() || line.startsWith("time,"))
                continue;
            if (!line.startsWith("2026"))
                continue; // the second line of the row whose name holds a CR
            line.chop(1);
            const std::vector<std::string> c = csvFields(line.toStdString());
            QCOMPARE(c.size(), std::size_t(9));
            for (const std::string &cell : c) {
                QVERIFY2(cell.empty() || !QByteArray("=+-@\t\r").contains(cell.front()),
                         line.constData());
            }
            ++checked;
        }
        QCOMPARE(checked, int(std::size(names)));
        QVERIFY(csv.contains(",101,\\x3D1+1,\\x3D1+1,fanotify\r\n"));
        CsvError error;
        auto loaded = loadBytes(csv, &error);
        QVERIFY2(loaded, error.detail.constData());
        compareEvents(s, *loaded);
        QCOMPARE(writeAll(*loaded), csv);

        // The escape alone: only the first byte of a whole field, and decode() restores it.
        QByteArray out;
        CsvEscape::appendField(out, "-x-");
        QCOMPARE(out, QByteArray("\\x2Dx-"));
        QByteArray back;
        QCOMPARE(CsvEscape::decode(back, out, nullptr), CsvEscape::DecodeResult::Ok);
        QCOMPARE(back, QByteArray("-x-"));
        out.clear();
        CsvEscape::append(out, "-x-");
        QCOMPARE(out, QByteArray("-x-")); // a piece of a field (a name after a '/') is left alone
    }

    void largeRoundTripAndProgress()
    {
        // 100,000 events over many directories, with renames (cookies) and every source, through a
        // real file; progress is reported and can cancel.
        Session s;
        QRandomGenerator rng(42);
        FsEventBatch batch;
        batch.reserve(100000);
        QList<PathTable::Id> dirs;
        for (int d = 0; d < 200; ++d)
            dirs.append(s.paths().internPath("/data/d" + QByteArray::number(d) + (d % 7 ? "" : ",\n")));
        const auto proc = s.processes().intern({99, QByteArrayLiteral("cc1plus"), QByteArrayLiteral("/usr/lib/gcc/cc1plus")});
        for (int i = 0; i < 100000; ++i) {
            const auto dir = dirs[int(rng.bounded(dirs.size()))];
            FsEvent e = ev((i % 3) ? IN_MODIFY : (IN_MOVED_TO | IN_ISDIR), s.paths().intern(dir, "f" + QByteArray::number(rng.bounded(5000)))).at(kTime + qint64(i) * 7919000);
            e.cookie = (i % 3) ? 0 : quint32(i);
            e.source = quint8(i % 3);
            if (e.source == FsEvent::Scan)
                e.flags |= FsEvent::Synthesized;
            if (e.source == FsEvent::Fanotify) {
                e.pid = 99;
                e.processId = proc;
            }
            batch.append(e);
        }
        s.append(batch);
        CsvWriter w(s.paths(), s.processes());
        QByteArray csv = CsvWriter::header();
        w.append(csv, batch.constData(), batch.size());

        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString file = tmp.filePath(QStringLiteral("big.csv"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(csv), qint64(csv.size()));
        f.close();

        qint64 lastProgress = 0;
        int calls = 0;
        CsvError error;
        auto loaded = CsvReader::load(file, &error, [&](qint64 bytes) {
            ++calls;
            lastProgress = bytes;
            return true;
        });
        QVERIFY2(loaded, error.detail.constData());
        QVERIFY(calls > 1);
        QCOMPARE(lastProgress, qint64(csv.size()));
        compareEvents(s, *loaded);

        calls = 0;
        QVERIFY(!CsvReader::load(file, &error, [&](qint64) { return ++calls < 2; }));
        QCOMPARE(error.code, CsvError::Cancelled);

        // A damaged last row loads nothing at all, and names the line where that row starts.
        QByteArray lastRow;
        w.append(lastRow, batch.last());
        const qint64 lastLine = qint64(csv.left(csv.size() - lastRow.size()).count('\n')) + 1;
        QVERIFY(lastLine > 100001); // quoted names with newlines pushed it down
        csv.chop(3);
        csv += "xx\r\n";
        QVERIFY(!loadBytes(csv, &error));
        QCOMPARE(error.code, CsvError::BadSource);
        QCOMPARE(error.line, lastLine);
    }
};

QTEST_GUILESS_MAIN(tst_Csv)
#include "tst_csv.moc"
