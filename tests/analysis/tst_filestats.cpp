#include "analysis/filestats.h"
#include "core/pathtable.h"
#include "analysis/ratehistory.h"
#include "core/session.h"
#include "analysis/sessionstats.h"
#include "analysis/statsreport.h"
#include "lib/testevent.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <sys/inotify.h>

namespace {
constexpr qint64 kSec = 1000000000;

int typeOf(quint32 bit) { return EventTypeIndex::indexOfBit(bit); }
} // namespace

// FileStats, RateHistory, StatsReport and the SessionStats feed.
class tst_FileStats : public QObject
{
    Q_OBJECT

private:
    PathTable m_paths;
    PathTable::Id p(const char *path) { return m_paths.internPath(QByteArray("/w/") + path); }

private Q_SLOTS:
    void countsPerTypeAndFirstLast()
    {
        FileStats s;
        s.add(ev(IN_MODIFY, p("a")).ns(5), m_paths);
        s.add(ev(IN_MODIFY, p("a")).ns(2), m_paths); // out of order: first is the earliest
        s.add(ev(IN_CLOSE_WRITE, p("a")).ns(9), m_paths);
        s.add(ev(IN_CREATE | IN_ISDIR, p("d")).ns(3), m_paths);
        FsEvent overflow;
        overflow.flags = FsEvent::OverflowMarker;
        overflow.mask = IN_Q_OVERFLOW;
        s.add(overflow, m_paths);

        QCOMPARE(s.ownRows().size(), 2);
        const FileStats::Row &a = s.row(s.rowOf(p("a")));
        QCOMPARE(a.own.total, quint64(3));
        QCOMPARE(a.own.count(typeOf(IN_MODIFY)), 2u);
        QCOMPARE(a.own.count(typeOf(IN_CLOSE_WRITE)), 1u);
        QCOMPARE(a.own.count(typeOf(IN_CREATE)), 0u);
        QCOMPARE(a.own.firstNs, kTestEpochNs + 2);
        QCOMPARE(a.own.lastNs, kTestEpochNs + 9);
        QCOMPARE(a.own.byKey(0), quint64(3));
        QCOMPARE(a.own.byKey(IN_MODIFY), quint64(2));
        QCOMPARE(s.totals().total, quint64(4));
        QCOMPARE(s.rowOf(p("never")), -1);
    }

    void aggregation()
    {
        FileStats s;
        s.add(ev(IN_MODIFY, p("top/a")).ns(1), m_paths);
        s.add(ev(IN_MODIFY, p("top/sub/b")).ns(2), m_paths);
        s.add(ev(IN_DELETE, p("top/sub/deeper/c")).ns(3), m_paths);
        s.add(ev(IN_ATTRIB, p("top/sub")).ns(4), m_paths);

        const FileStats::Row &sub = s.row(s.rowOf(p("top/sub")));
        QVERIFY(sub.isDir);
        QCOMPARE(sub.own.total, quint64(1));
        QCOMPARE(sub.subtree.total, quint64(3));
        QCOMPARE(sub.subtree.count(typeOf(IN_DELETE)), 1u);
        const FileStats::Row &top = s.row(s.rowOf(p("top")));
        QCOMPARE(top.subtree.total, quint64(4));
        QCOMPARE(top.subtree.firstNs, kTestEpochNs + 1);
        QCOMPARE(top.subtree.lastNs, kTestEpochNs + 4);
        QVERIFY(!top.hasOwn);

        // Shown when aggregating: files, and directories from the common parent "top" down;
        // "/" and "/w" above it are not.
        QCOMPARE(s.ceilingRow(), s.rowOf(p("top")));
        const QList<int> rows = s.aggregateRows();
        QVERIFY(rows.contains(s.rowOf(p("top"))));
        QVERIFY(rows.contains(s.rowOf(p("top/sub/deeper"))));
        QVERIFY(!rows.contains(s.rowOf(m_paths.internPath("/w"))));
        QVERIFY(!rows.contains(s.rowOf(PathTable::RootId)));
        QCOMPARE(rows.size(), 6); // top, top/a, top/sub, top/sub/b, top/sub/deeper, .../c
        QCOMPARE(s.pathsWithEventsUnder(s.rowOf(p("top/sub"))).size(), 3);
    }

    void byProcess()
    {
        FileStats s;
        s.add(ev(IN_MODIFY, p("a")).ns(1).process(2), m_paths);
        s.add(ev(IN_MODIFY, p("b")).ns(1).process(2), m_paths);
        s.add(ev(IN_OPEN, p("b")).ns(1), m_paths);
        QCOMPARE(s.processCount(), 3);
        QCOMPARE(s.processCounts(2).total, quint64(2));
        QCOMPARE(s.processCounts(0).count(typeOf(IN_OPEN)), 1u);
        QCOMPARE(s.processCounts(1).total, quint64(0));
    }

    void keepsUpWithBursts()
    {
        // 200k events over 2,000 files three levels down must be counted well under a second
        // (the engine delivers at most tens of thousands a second). Bounded to stay meaningful
        // under ASan.
        QList<PathTable::Id> ids;
        for (int i = 0; i < 2000; ++i)
            ids.append(p(QByteArray("burst/d" + QByteArray::number(i % 20) + "/f"
                                    + QByteArray::number(i)).constData()));
        FsEventBatch batch;
        for (int i = 0; i < 200000; ++i)
            batch.append(ev(i % 2 ? IN_MODIFY : IN_CLOSE_WRITE, ids[i % ids.size()]).ns(i * 1000));
        FileStats s;
        RateHistory h;
        QElapsedTimer timer;
        timer.start();
        s.add(batch.constData(), batch.size(), m_paths);
        h.add(batch.constData(), batch.size());
        const qint64 ms = timer.elapsed();
        qInfo("FileStats + RateHistory: 200k events in %lld ms", ms);
        QVERIFY2(ms < 2000, qPrintable(QString::number(ms)));
        QCOMPARE(s.row(s.rowOf(p("burst"))).subtree.total, quint64(200000));

        // The whole feed as the window runs it: Session batches of 8192 -> SessionStats.
        Session session;
        QList<PathTable::Id> sessionIds;
        for (int i = 0; i < 2000; ++i)
            sessionIds.append(session.paths().internPath("/w/burst/d" + QByteArray::number(i % 20)
                                                         + "/f" + QByteArray::number(i)));
        for (int i = 0; i < batch.size(); ++i)
            batch[i].pathId = sessionIds[i % sessionIds.size()]; // ids of this session's table
        SessionStats stats(&session);
        timer.restart();
        for (qsizetype i = 0; i < batch.size(); i += 8192)
            session.append(batch.constData() + i, qMin<qsizetype>(8192, batch.size() - i));
        const qint64 feedMs = timer.elapsed();
        qInfo("Session + SessionStats (files, rates, renames): 200k events in %lld ms", feedMs);
        QVERIFY2(feedMs < 3000, qPrintable(QString::number(feedMs)));
        QCOMPARE(stats.files().totals().total, quint64(200000));
    }

    void rateHistoryRings()
    {
        RateHistory h({{1, 10}, {10, 6}});
        QVERIFY(h.isEmpty());
        h.add(ev(IN_MODIFY, 1));
        h.add(ev(IN_MODIFY, 1).ns(kSec / 2));
        h.add(ev(IN_CREATE, 1).ns(3 * kSec));
        const qint64 s0 = kTestEpochNs / kSec;
        QCOMPARE(h.lastSlot(0), s0 + 3);
        QCOMPARE(h.bucket(0, s0)[std::size_t(typeOf(IN_MODIFY))], 2u);
        QCOMPARE(h.bucket(0, s0 + 3)[std::size_t(typeOf(IN_CREATE))], 1u);
        QCOMPARE(h.rates(0, -1, s0 + 3, 4), (QList<double>{2, 0, 0, 1}));
        QCOMPARE(h.rates(1, typeOf(IN_MODIFY), h.lastSlot(1), 1), QList<double>{0.2});

        // 25 s later: the 1 s ring (10 buckets) has forgotten the start, the 10 s ring has not.
        h.add(ev(IN_DELETE, 1).ns(25 * kSec));
        QCOMPARE(h.bucket(0, s0)[std::size_t(typeOf(IN_MODIFY))], 0u);
        QCOMPARE(h.bucket(0, s0 + 25)[std::size_t(typeOf(IN_DELETE))], 1u);
        QCOMPARE(h.bucket(1, s0 / 10)[std::size_t(typeOf(IN_MODIFY))], 2u);
        // An event older than a ring's window is ignored there only.
        h.add(ev(IN_ATTRIB, 1).ns(10 * kSec));
        QCOMPARE(h.bucket(0, s0 + 10)[std::size_t(typeOf(IN_ATTRIB))], 0u);
        QCOMPARE(h.bucket(1, (s0 + 10) / 10)[std::size_t(typeOf(IN_ATTRIB))], 1u);
        // A jump far ahead clears the whole ring, once.
        h.add(ev(IN_OPEN, 1).ns(100000 * kSec));
        QCOMPARE(h.rates(0, -1, h.lastSlot(0), 10), (QList<double>{0, 0, 0, 0, 0, 0, 0, 0, 0, 1}));
        h.clear();
        QVERIFY(h.isEmpty());
        QCOMPARE(h.lastSlot(0), qint64(-1));
    }

    void reportFormatAndSort()
    {
        PathTable paths;
        FileStats s;
        const auto a = paths.internPath("/r/a");
        const auto b = paths.internPath("/r/b");
        const auto c = paths.internPath("/r/sub/c");
        for (int i = 0; i < 3; ++i)
            s.add(ev(IN_MODIFY, a).ns(i), paths);
        s.add(ev(IN_CLOSE_WRITE, b).ns(5), paths);
        s.add(ev(IN_CLOSE_WRITE, b).ns(6), paths);
        s.add(ev(IN_DELETE, c).ns(7), paths);

        const QByteArray out = StatsReport::format(s, paths);
        const QList<QByteArray> lines = out.split('\n');
        QCOMPARE(lines.size(), 5); // header, 3 rows, trailing empty
        QCOMPARE(lines[0].simplified(), QByteArray("total modify close_write delete filename"));
        QCOMPARE(lines[1].simplified(), QByteArray("3 3 0 0 /r/a"));
        QCOMPARE(lines[2].simplified(), QByteArray("2 0 2 0 /r/b"));
        QCOMPARE(lines[3].simplified(), QByteArray("1 0 0 1 /r/sub/c"));
        // Columns line up.
        QCOMPARE(lines[1].indexOf("/r/a"), lines[0].indexOf("filename"));

        StatsReport::Options o;
        QVERIFY(StatsReport::parseSortKey(u"Close_Write", &o.sortKey));
        QCOMPARE(o.sortKey, quint32(IN_CLOSE_WRITE));
        QVERIFY(!StatsReport::parseSortKey(u"nonsense", &o.sortKey));
        QVERIFY(StatsReport::parseSortKey(u"delete", &o.sortKey));
        QByteArray sorted = StatsReport::format(s, paths, o);
        QVERIFY(sorted.split('\n')[1].endsWith("/r/sub/c"));
        o.ascending = true;
        o.limit = 1;
        sorted = StatsReport::format(s, paths, o);
        QCOMPARE(sorted.count('\n'), 2);
        QVERIFY(sorted.split('\n')[1].endsWith("/r/a")); // 0 deletes, ties by path

        o = StatsReport::Options();
        o.aggregate = true;
        const QByteArray agg = StatsReport::format(s, paths, o);
        QCOMPARE(agg.split('\n')[1].simplified(), QByteArray("6 3 2 1 /r/"));
        QVERIFY(agg.contains("/r/sub/\n"));
    }

    void sessionFeedClearAndRebind()
    {
        Session session;
        const auto a = session.paths().internPath("/s/a");
        session.append(FsEventBatch{ev(IN_MODIFY, a)});
        SessionStats stats(&session); // built from what is stored
        QCOMPARE(stats.files().totals().total, quint64(1));
        QSignalSpy updated(&stats, &SessionStats::updated);
        QSignalSpy reset(&stats, &SessionStats::reset);
        FsEvent moved = ev(IN_MOVED_FROM, a).ns(2);
        moved.cookie = 9;
        session.append(FsEventBatch{ev(IN_MODIFY, a).ns(1), moved});
        QCOMPARE(updated.count(), 1);
        QCOMPARE(stats.files().totals().total, quint64(3));
        QCOMPARE(stats.renames().pendingCount(), 1);
        QVERIFY(!stats.rates().isEmpty());
        stats.finish();
        QCOMPARE(stats.renames().chainCount(), 1);

        session.clear();
        QCOMPARE(reset.count(), 1);
        QCOMPARE(stats.files().totals().total, quint64(0));
        QCOMPARE(stats.renames().chainCount(), 0);

        // A reopened (read-only) session: recounted, unpaired halves resolved at once.
        Session reopened;
        const auto b = reopened.paths().internPath("/s/b");
        FsEvent from = ev(IN_MOVED_FROM, b).ns(3);
        from.cookie = 5;
        reopened.append(FsEventBatch{ev(IN_CREATE, b), from});
        reopened.setOrigin(QStringLiteral("x.csv"));
        stats.setSession(&reopened);
        QCOMPARE(reset.count(), 2);
        QCOMPARE(stats.files().totals().total, quint64(2));
        QCOMPARE(stats.renames().chainCount(), 1);
        QVERIFY(stats.renames().chain(0).movedOut());
        session.append(FsEventBatch{ev(IN_MODIFY, a).ns(1)}); // old session: no longer counted
        QCOMPARE(stats.files().totals().total, quint64(2));
    }

    void liveExpiryByWallClock()
    {
        Session session;
        SessionStats stats(&session, SessionStats::Renames);
        FsEvent from = ev(IN_MOVED_FROM, session.paths().internPath("/s/x"));
        from.timeNs = QDateTime::currentMSecsSinceEpoch() * 1000000;
        from.cookie = 77;
        session.append(FsEventBatch{from});
        QCOMPARE(stats.renames().chainCount(), 0);
        QSignalSpy updated(&stats, &SessionStats::updated);
        QVERIFY(updated.wait(5000));
        QCOMPARE(stats.renames().chainCount(), 1);
        QVERIFY(stats.renames().chain(0).movedOut());
    }

    void sessionDeleted()
    {
        auto *session = new Session;
        session->append(FsEventBatch{ev(IN_MODIFY, session->paths().internPath("/s/a"))});
        SessionStats stats(session);
        QSignalSpy reset(&stats, &SessionStats::reset);
        delete session;
        QCOMPARE(reset.count(), 1);
        QCOMPARE(stats.session(), nullptr);
        QCOMPARE(stats.files().totals().total, quint64(0));
    }
};

QTEST_GUILESS_MAIN(tst_FileStats)
#include "tst_filestats.moc"
