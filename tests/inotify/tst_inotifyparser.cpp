#include "inotify/inotifyparser.h"

#include "lib/inotifyrecord.h"

#include <QTest>

#include <sys/inotify.h>

#include <cstring>

class tst_InotifyParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wholeRecords()
    {
        QByteArray buf;
        put(buf, 1, IN_CREATE, 0, "a.txt", kernelField("a.txt"));
        put(buf, 2, IN_ATTRIB | IN_ISDIR, 0, {}, 0);
        put(buf, 3, IN_MOVED_FROM, 77, "sixteen-chars-xx", kernelField("sixteen-chars-xx"));
        std::vector<InotifyRawEvent> out;
        const auto r = InotifyParser::parse(buf.constData(), buf.size(), out);
        QCOMPARE(r.consumed, buf.size());
        QCOMPARE(r.events, qsizetype(3));
        QVERIFY(!r.corrupt);
        QCOMPARE(out.size(), std::size_t(3));
        QCOMPARE(out[0].wd, 1);
        QCOMPARE(out[0].mask, quint32(IN_CREATE));
        QCOMPARE(out[0].nameView(), QByteArrayView("a.txt"));
        QCOMPARE(out[1].nameLength, 0u);
        QCOMPARE(out[1].mask, quint32(IN_ATTRIB | IN_ISDIR));
        QCOMPARE(out[2].cookie, 77u);
        QCOMPARE(out[2].nameView(), QByteArrayView("sixteen-chars-xx"));
    }

    void oddPadding()
    {
        // Padding that is not the kernel's (an exact-fit name without NUL, a huge padding) must
        // still give the name bytes only and keep the records after it aligned.
        QByteArray buf;
        put(buf, 1, IN_CREATE, 0, "abc", 3);       // no NUL at all: bounded by len
        put(buf, 2, IN_DELETE, 0, "x", 200);       // 199 NULs of padding
        put(buf, 3, IN_MODIFY, 0, "tail", 5);      // NUL, unaligned total
        put(buf, 4, IN_OPEN, 0, {}, 7);            // a name field of NULs only: empty name
        std::vector<InotifyRawEvent> out;
        const auto r = InotifyParser::parse(buf.constData(), buf.size(), out);
        QCOMPARE(r.consumed, buf.size());
        QCOMPARE(out.size(), std::size_t(4));
        QCOMPARE(out[0].nameView(), QByteArrayView("abc"));
        QCOMPARE(out[1].nameView(), QByteArrayView("x"));
        QCOMPARE(out[2].nameView(), QByteArrayView("tail"));
        QCOMPARE(out[2].wd, 3);
        QCOMPARE(out[3].nameLength, 0u);
        QCOMPARE(out[3].wd, 4);
    }

    void truncatedAtEveryByte()
    {
        // Cut the buffer at every length: only whole records come out, never a read past the end,
        // and the unconsumed tail is exactly the partial record (carried over by the reader).
        QByteArray buf;
        put(buf, 1, IN_CREATE, 0, "first", kernelField("first"));
        const qsizetype firstEnd = buf.size();
        put(buf, 2, IN_CLOSE_WRITE, 0, "second-name.bin", kernelField("second-name.bin"));
        for (qsizetype cut = 0; cut <= buf.size(); ++cut) {
            // A heap copy of exactly `cut` bytes, so ASan catches any over-read.
            std::unique_ptr<char[]> exact(new char[std::size_t(qMax<qsizetype>(cut, 1))]);
            std::memcpy(exact.get(), buf.constData(), std::size_t(cut));
            std::vector<InotifyRawEvent> out;
            const auto r = InotifyParser::parse(exact.get(), cut, out);
            QVERIFY(!r.corrupt);
            const qsizetype expected = cut < firstEnd ? 0 : (cut < buf.size() ? 1 : 2);
            QCOMPARE(r.events, expected);
            QCOMPARE(r.consumed, expected == 0 ? 0 : (expected == 1 ? firstEnd : buf.size()));
        }
    }

    void carryOverCompletesRecord()
    {
        QByteArray buf;
        put(buf, 5, IN_MOVED_TO, 9, "carried", kernelField("carried"));
        const qsizetype split = 20; // inside the name
        std::vector<InotifyRawEvent> out;
        auto r = InotifyParser::parse(buf.constData(), split, out);
        QCOMPARE(r.consumed, qsizetype(0));
        QByteArray joined = buf.left(split - r.consumed) + buf.mid(split);
        r = InotifyParser::parse(joined.constData(), joined.size(), out);
        QCOMPARE(r.events, qsizetype(1));
        QCOMPARE(out.back().nameView(), QByteArrayView("carried"));
        QCOMPARE(out.back().cookie, 9u);
    }

    void unalignedBuffer()
    {
        QByteArray buf(1, 'z'); // shift everything by one byte
        put(buf, 6, IN_ACCESS, 0, "u", kernelField("u"));
        std::vector<InotifyRawEvent> out;
        const auto r = InotifyParser::parse(buf.constData() + 1, buf.size() - 1, out);
        QCOMPARE(r.events, qsizetype(1));
        QCOMPARE(out[0].wd, 6);
        QCOMPARE(out[0].nameView(), QByteArrayView("u"));
    }

    void impossibleLengthIsCorrupt()
    {
        QByteArray buf;
        put(buf, 1, IN_CREATE, 0, "ok", kernelField("ok"));
        inotify_event h{};
        h.wd = 2;
        h.len = 1u << 30; // cannot come from the kernel; must not make us wait for 1 GiB
        buf.append(reinterpret_cast<const char *>(&h), sizeof h);
        std::vector<InotifyRawEvent> out;
        const auto r = InotifyParser::parse(buf.constData(), buf.size(), out);
        QVERIFY(r.corrupt);
        QCOMPARE(r.events, qsizetype(1));
    }

    void emptyBuffer()
    {
        std::vector<InotifyRawEvent> out;
        const auto r = InotifyParser::parse(nullptr, 0, out);
        QCOMPARE(r.consumed, qsizetype(0));
        QVERIFY(out.empty());
    }
};

QTEST_APPLESS_MAIN(tst_InotifyParser)
#include "tst_inotifyparser.moc"
