#include "core/eventstore.h"
#include "core/session.h"
#include "lib/needsroot.h"
#include "lib/scopedmount.h"
#include "lib/temptree.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <fstream>
#include <memory>
#include <random>
#include <string>

#include <unistd.h>

class tst_EventStore : public QObject
{
    Q_OBJECT

    // This process's mappings of a file in `dir` (proc_pid_maps(5)): one per spilled chunk held.
    static int mappingsIn(const QString &dir)
    {
        std::ifstream maps("/proc/self/maps");
        const std::string prefix = QFile::encodeName(dir).toStdString() + '/';
        int count = 0;
        for (std::string line; std::getline(maps, line);)
            count += line.find(prefix) != std::string::npos ? 1 : 0;
        return count;
    }

    static FsEventBatch makeBatch(qsizetype n, quint32 firstCookie)
    {
        FsEventBatch b;
        for (qsizetype i = 0; i < n; ++i) {
            FsEvent e;
            e.cookie = firstCookie + quint32(i);
            b.append(e);
        }
        return b;
    }

    // Events whose every field differs, so a chunk read back from the wrong slot or offset shows.
    static std::vector<FsEvent> randomEvents(qsizetype n, unsigned seed)
    {
        std::mt19937_64 rng(seed);
        std::vector<FsEvent> v(static_cast<std::size_t>(n));
        for (FsEvent &e : v) {
            e.timeNs = qint64(rng() >> 1);
            e.mask = quint32(rng());
            e.cookie = quint32(rng());
            e.pathId = quint32(rng());
            e.pid = qint32(rng());
            e.processId = quint32(rng());
            e.flags = quint16(rng());
            e.source = quint8(rng());
        }
        return v;
    }

    static bool sameEvent(const FsEvent &a, const FsEvent &b)
    {
        return std::memcmp(&a, &b, sizeof(FsEvent)) == 0;
    }

    // Appends `events` in uneven batches (a chunk boundary falls inside a batch).
    static void appendInBatches(EventStore &s, const std::vector<FsEvent> &events)
    {
        for (std::size_t done = 0; done < events.size();) {
            const std::size_t n = std::min<std::size_t>(40000, events.size() - done);
            s.append(events.data() + done, qsizetype(n));
            done += n;
        }
    }

private Q_SLOTS:
    void spilledStoreReturnsIdenticalEvents()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        EventStore s;
        s.setSpillDirectory(QFile::encodeName(dir.path()));
        const qsizetype n = EventStore::kChunkEvents * 11 + 1234;
        const std::vector<FsEvent> events = randomEvents(n, 1);
        appendInBatches(s, events);
        QCOMPARE(s.size(), n);
        // Only the newest chunks stay in RAM; the 8 oldest full ones went to the file.
        QCOMPARE(s.memoryUsage(), std::size_t(EventStore::kResidentChunks) * 2 * 1024 * 1024);
        QCOMPARE(s.spilledBytes(), std::size_t(8) * 2 * 1024 * 1024);
        QCOMPARE(s.takeSpillProblem().kind, MonitorProblem::None);
        for (qsizetype i = 0; i < n; ++i) {
            if (!sameEvent(s.at(i), events[std::size_t(i)]))
                QFAIL(qPrintable(QStringLiteral("event %1 differs").arg(i)));
        }
        // scan() walks the same events (and lets go of the pages it read), from any start.
        quint64 expected = 1000;
        bool same = true;
        s.scan(1000, quint64(n) - 5, [&](quint64 serial, const FsEvent &e) {
            same = same && serial == expected && sameEvent(e, events[std::size_t(serial)]);
            ++expected;
        });
        QVERIFY(same);
        QCOMPARE(expected, quint64(n) - 5);
        // The file has no name: nothing is left behind in the directory.
        QVERIFY(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
    }

    void capWithSpillReusesTheFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const qsizetype cap = EventStore::kChunkEvents * 6;
        auto store = std::make_unique<EventStore>(cap);
        EventStore &s = *store;
        s.setSpillDirectory(QFile::encodeName(dir.path()));
        const qsizetype n = EventStore::kChunkEvents * 20 + 77;
        const std::vector<FsEvent> events = randomEvents(n, 2);
        std::size_t mostSpilled = 0;
        for (std::size_t done = 0; done < events.size();) {
            const std::size_t k = std::min<std::size_t>(30000, events.size() - done);
            s.append(events.data() + done, qsizetype(k));
            done += k;
            mostSpilled = std::max(mostSpilled, s.spilledBytes());
        }
        QVERIFY(s.droppedCount() > 0);
        QCOMPARE(quint64(s.size()) + s.droppedCount(), quint64(n));
        QVERIFY(s.size() >= cap);
        // The cap bounds the disk: dropped chunks' slots are reused, the file does not grow on.
        QVERIFY(mostSpilled > 0);
        QVERIFY(mostSpilled <= std::size_t(cap / EventStore::kChunkEvents + 1) * 2 * 1024 * 1024);
        for (quint64 serial = s.droppedCount(); serial < s.endSerial(); ++serial) {
            if (!sameEvent(s.atSerial(serial), events[std::size_t(serial)]))
                QFAIL(qPrintable(QStringLiteral("serial %1 differs").arg(serial)));
        }
        // A dropped chunk's mapping goes with it, and the store's last ones with the store.
        const int mapped = mappingsIn(dir.path());
        QVERIFY(mapped > 0);
        QVERIFY2(mapped <= cap / EventStore::kChunkEvents + 1, qPrintable(QString::number(mapped)));
        store.reset();
        QCOMPARE(mappingsIn(dir.path()), 0);
    }

    void unusableSpillDirectoryKeepsEventsInRam()
    {
        // A "directory" under a regular file can never be made, even by root.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(touch(sub(dir, "file")));
        const QByteArray bad = QFile::encodeName(sub(dir, "file/spill"));
        Session session;
        session.setSpillDirectory(bad);
        QSignalSpy problems(&session, &Session::problemReported);
        const qsizetype n = EventStore::kChunkEvents * 7 + 3;
        const std::vector<FsEvent> events = randomEvents(n, 3);
        for (std::size_t done = 0; done < events.size();) {
            const std::size_t k = std::min<std::size_t>(50000, events.size() - done);
            session.append(events.data() + done, qsizetype(k));
            done += k;
        }
        // Said once, clearly: which directory and why; then the store just grows in RAM.
        QCOMPARE(problems.count(), 1);
        const auto problem = problems.at(0).at(0).value<MonitorProblem>();
        QCOMPARE(problem.kind, MonitorProblem::SpillFailed);
        QCOMPARE(problem.path, bad);
        QCOMPARE(problem.errnum, ENOTDIR);
        const EventStore &s = session.events();
        QVERIFY(!s.spills());
        QCOMPARE(s.spilledBytes(), std::size_t(0));
        QCOMPARE(s.memoryUsage(), std::size_t(8) * 2 * 1024 * 1024);
        for (qsizetype i = 0; i < n; ++i) {
            if (!sameEvent(s.at(i), events[std::size_t(i)]))
                QFAIL(qPrintable(QStringLiteral("event %1 differs").arg(i)));
        }
    }

    void fullDiskStopsSpillingAndLosesNothing()
    {
        FSNOOP_SKIP_UNLESS_ROOT("needs root to mount a small tmpfs as a full disk");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // Room for one and a half chunks: the first spill fits, the second hits ENOSPC half-way.
        const ScopedMount mount = ScopedMount::tmpfs(dir.path(), "3M");
        QVERIFY2(mount.isMounted(), mount.error());
        const QByteArray mountPoint = QFile::encodeName(dir.path());
        EventStore s;
        s.setSpillDirectory(mountPoint);
        const qsizetype n = EventStore::kChunkEvents * 9;
        const std::vector<FsEvent> events = randomEvents(n, 4);
        appendInBatches(s, events);
        const MonitorProblem problem = s.takeSpillProblem();
        QCOMPARE(problem.kind, MonitorProblem::SpillFailed);
        QCOMPARE(problem.errnum, ENOSPC);
        QCOMPARE(s.takeSpillProblem().kind, MonitorProblem::None); // said once
        QCOMPARE(s.spilledBytes(), std::size_t(1) * 2 * 1024 * 1024);
        for (qsizetype i = 0; i < n; ++i) {
            if (!sameEvent(s.at(i), events[std::size_t(i)]))
                QFAIL(qPrintable(QStringLiteral("event %1 differs").arg(i)));
        }
    }

    void appendAcrossChunks()
    {
        EventStore s;
        const qsizetype n = EventStore::kChunkEvents * 2 + 17;
        QCOMPARE(s.append(makeBatch(n, 0)), qsizetype(0));
        QCOMPARE(s.size(), n);
        for (qsizetype i : {qsizetype(0), EventStore::kChunkEvents - 1, EventStore::kChunkEvents,
                            n - 1})
            QCOMPARE(s.at(i).cookie, quint32(i));
    }

    void capDropsWholeOldestChunks()
    {
        const qsizetype cap = EventStore::kChunkEvents;
        EventStore s(cap);
        quint32 next = 0;
        quint64 dropped = 0;
        for (int round = 0; round < 10; ++round) {
            const qsizetype n = 20000;
            dropped += quint64(s.append(makeBatch(n, next)));
            next += quint32(n);
            QVERIFY(s.size() >= std::min<qsizetype>(cap, next));
            QVERIFY(s.size() <= cap + 2 * EventStore::kChunkEvents);
        }
        QCOMPARE(s.droppedCount(), dropped);
        QVERIFY(dropped > 0);
        QCOMPARE(quint64(s.size()) + dropped, quint64(next));
        // Oldest held is exactly the first not dropped; order is preserved.
        QCOMPARE(quint64(s.at(0).cookie), dropped);
        QCOMPARE(s.at(s.size() - 1).cookie, next - 1);
        QCOMPARE(s.serialOf(0), dropped);
    }

    void dropsForPredictsAppend()
    {
        EventStore s(1000);
        s.append(makeBatch(EventStore::kChunkEvents + 500, 0));
        const qsizetype predicted = s.dropsFor(EventStore::kChunkEvents);
        QCOMPARE(s.append(makeBatch(EventStore::kChunkEvents, 0)), predicted);
    }

    void clearResets()
    {
        EventStore s(10);
        s.append(makeBatch(EventStore::kChunkEvents * 3, 0));
        s.clear();
        QCOMPARE(s.size(), qsizetype(0));
        QCOMPARE(s.droppedCount(), quint64(0));
        s.append(makeBatch(3, 7));
        QCOMPARE(s.at(2).cookie, quint32(9));
    }
};

QTEST_APPLESS_MAIN(tst_EventStore)
#include "tst_eventstore.moc"
