#include "core/uniquefd.h"
#include "inotify/inotifyreader.h"

#include "lib/inotifyrecord.h"
#include "lib/temptree.h"

#include <QTest>

#include <fcntl.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

// InotifyReader on a real inotify instance, and on a pipe for what the kernel never does itself
// (a record cut in two across reads, a corrupt record).
class tst_InotifyReader : public QObject
{
    Q_OBJECT

private:
    struct Pipe {
        UniqueFd read;
        UniqueFd write;
    };
    static Pipe makePipe()
    {
        int fds[2] = {-1, -1};
        if (::pipe2(fds, O_NONBLOCK | O_CLOEXEC) != 0)
            qFatal("pipe2: %s", strerror(errno));
        return {UniqueFd(fds[0]), UniqueFd(fds[1])};
    }
    static bool writeAll(int fd, const QByteArray &bytes)
    {
        return ::write(fd, bytes.constData(), std::size_t(bytes.size())) == bytes.size();
    }
    // An InotifyReader on one descriptor, with what its last read() gave.
    struct Reading {
        explicit Reading(int fd)
            : fd(fd)
        {
        }
        InotifyReader::Status read() { return reader.read(fd, events, &err); }

        int fd;
        InotifyReader reader;
        std::vector<InotifyRawEvent> events;
        int err = 0;
    };

private Q_SLOTS:
    void realInotify()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        UniqueFd fd(inotify_init1(IN_NONBLOCK | IN_CLOEXEC));
        QVERIFY(fd.get() >= 0);
        const int wd = inotify_add_watch(fd.get(), QFile::encodeName(dir.path()).constData(),
                                         IN_CREATE | IN_DELETE);
        QVERIFY(wd >= 0);
        Reading r(fd.get());
        QCOMPARE(r.read(), InotifyReader::Status::Empty);
        QVERIFY(r.events.empty());

        QVERIFY(touch(sub(dir, "a.txt")));
        QVERIFY(QFile::remove(sub(dir, "a.txt")));
        QCOMPARE(r.read(), InotifyReader::Status::Read);
        QCOMPARE(r.events.size(), std::size_t(2)); // both were queued before the read
        QCOMPARE(r.events[0].wd, wd);
        QCOMPARE(r.events[0].mask, quint32(IN_CREATE));
        QCOMPARE(r.events[0].nameView(), QByteArrayView("a.txt"));
        QCOMPARE(r.events[1].mask, quint32(IN_DELETE));
        QCOMPARE(r.read(), InotifyReader::Status::Empty);
        QVERIFY(r.events.empty()); // cleared, not left from the last read
    }

    void carriesPartialRecord()
    {
        Pipe p = makePipe();
        QByteArray bytes;
        put(bytes, 1, IN_CREATE, 0, "first", kernelField("first"));
        const qsizetype firstEnd = bytes.size();
        put(bytes, 2, IN_MOVED_TO, 9, "second-name", kernelField("second-name"));
        const qsizetype cut = firstEnd + 20; // inside the second record's name
        QVERIFY(writeAll(p.write.get(), bytes.left(cut)));

        Reading r(p.read.get());
        QCOMPARE(r.read(), InotifyReader::Status::Read);
        QCOMPARE(r.events.size(), std::size_t(1));
        QCOMPARE(r.events[0].nameView(), QByteArrayView("first"));
        // Nothing more queued: the partial record waits in the buffer.
        QCOMPARE(r.read(), InotifyReader::Status::Empty);
        QVERIFY(r.events.empty());

        QVERIFY(writeAll(p.write.get(), bytes.mid(cut)));
        QCOMPARE(r.read(), InotifyReader::Status::Read);
        QCOMPARE(r.events.size(), std::size_t(1));
        QCOMPARE(r.events[0].wd, 2);
        QCOMPARE(r.events[0].mask, quint32(IN_MOVED_TO));
        QCOMPARE(r.events[0].cookie, 9u);
        QCOMPARE(r.events[0].nameView(), QByteArrayView("second-name"));
    }

    void corruptRecordDropsTheRestOfTheRead()
    {
        Pipe p = makePipe();
        QByteArray bytes;
        put(bytes, 1, IN_CREATE, 0, "good", kernelField("good"));
        put(bytes, 2, IN_CREATE, 0, "bad", InotifyParser::kMaxNameField + 16);
        QVERIFY(writeAll(p.write.get(), bytes));
        Reading r(p.read.get());
        QCOMPARE(r.read(), InotifyReader::Status::Read);
        QCOMPARE(r.events.size(), std::size_t(1));
        QCOMPARE(r.events[0].nameView(), QByteArrayView("good"));

        // Nothing of the corrupt read is carried into the next one.
        QByteArray next;
        put(next, 3, IN_DELETE, 0, "after", kernelField("after"));
        QVERIFY(writeAll(p.write.get(), next));
        QCOMPARE(r.read(), InotifyReader::Status::Read);
        QCOMPARE(r.events.size(), std::size_t(1));
        QCOMPARE(r.events[0].wd, 3);
        QCOMPARE(r.events[0].nameView(), QByteArrayView("after"));
    }

    void endOfFileIsEmpty()
    {
        Pipe p = makePipe();
        p.write.reset();
        Reading r(p.read.get());
        QCOMPARE(r.read(), InotifyReader::Status::Empty);
    }

    void failedReadGivesErrno()
    {
        Pipe p = makePipe();
        Reading r(p.write.get());
        // The write end cannot be read from: EBADF.
        QCOMPARE(r.read(), InotifyReader::Status::Failed);
        QCOMPARE(r.err, EBADF);
    }
};

QTEST_GUILESS_MAIN(tst_InotifyReader)
#include "tst_inotifyreader.moc"
