#include "analysis/sessionstats.h"
#include "core/session.h"
#include "lib/testevent.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <sys/inotify.h>

// SessionStats over a session that streams in from its file (SessionStreamer): chunk by chunk,
// with the GUI thread's event loop running in between, for as long as the disk takes.
class tst_SessionStats : public QObject
{
    Q_OBJECT

private:
    // Runs whatever wall-clock timer SessionStats has started, as a slow disk between two
    // chunks would: the file's renames must not depend on it.
    static void letTheWallClockRun(const SessionStats &stats)
    {
        for (QTimer *timer : stats.findChildren<QTimer *>()) {
            if (timer->isActive()) {
                QSignalSpy fired(timer, &QTimer::timeout);
                QVERIFY(fired.wait(5000));
            }
        }
    }

    static void append(Session &session, const QList<FsEvent> &chunk)
    {
        session.append(chunk.constData(), chunk.size());
    }

private Q_SLOTS:
    void renameSplitAcrossChunksOfAStreamedSessionStaysOneRename()
    {
        Session session;
        session.setOrigin(QStringLiteral("/tmp/reopened.fsnoop")); // read from a file
        PathTable &paths = session.paths();
        const PathTable::Id a = paths.internPath("/w/a");
        const PathTable::Id b = paths.internPath("/w/b");
        const PathTable::Id c = paths.internPath("/w/c");
        const PathTable::Id d = paths.internPath("/w/d");

        // The first chunk, handed over with the session, ends between MOVED_FROM and MOVED_TO.
        append(session, {ev(IN_CREATE, a).ms(1), ev(IN_MOVED_FROM, a).ms(2).cookie(5)});
        SessionStats stats(nullptr);
        stats.setSession(&session, true);
        QVERIFY(stats.isStreaming());
        QCOMPARE(stats.renames().pendingCount(), 1);
        QCOMPARE(stats.renames().chainCount(), 0);
        letTheWallClockRun(stats);

        // The second chunk: its MOVED_TO, then the next rename split the same way.
        append(session, {ev(IN_MOVED_TO, b).ms(2).cookie(5), ev(IN_MOVED_FROM, b).ms(3).cookie(6)});
        QCOMPARE(stats.renames().pendingCount(), 1);
        letTheWallClockRun(stats);
        append(session, {ev(IN_MOVED_TO, c).ms(3).cookie(6),
                         // A lone MOVED_FROM at the very end: its partner never comes.
                         ev(IN_MOVED_FROM, d).ms(4).cookie(7)});
        letTheWallClockRun(stats);

        QCOMPARE(stats.renames().chainCount(), 1);
        const RenameTracker::Chain chain = stats.renames().chain(0);
        QCOMPARE(chain.steps.size(), 2); // a -> b -> c, not moved out + moved in
        QCOMPARE(chain.steps[0].kind, RenameTracker::Step::Renamed);
        QCOMPARE(chain.steps[0].from, a);
        QCOMPARE(chain.steps[1].to, c);
        QCOMPARE(stats.renames().pendingCount(), 1);

        // The end of the load: what still waits left the watched tree.
        QSignalSpy updated(&stats, &SessionStats::updated);
        stats.finish();
        QVERIFY(!stats.isStreaming());
        QCOMPARE(updated.size(), 1);
        QCOMPARE(stats.renames().pendingCount(), 0);
        QCOMPARE(stats.renames().chainCount(), 2);
        QVERIFY(stats.renames().chain(1).movedOut());
        QCOMPARE(stats.renames().chain(1).firstPath(), d);
    }

    void completeReopenedSessionResolvesItsLoneHalvesAtOnce()
    {
        Session session;
        session.setOrigin(QStringLiteral("/tmp/reopened.fsnoop"));
        const PathTable::Id a = session.paths().internPath("/w/a");
        append(session, {ev(IN_MOVED_FROM, a).ms(1).cookie(5)});
        SessionStats stats(&session); // read whole: nothing more will come
        QVERIFY(!stats.isStreaming());
        QCOMPARE(stats.renames().pendingCount(), 0);
        QCOMPARE(stats.renames().chainCount(), 1);
        QVERIFY(stats.renames().chain(0).movedOut());
    }

    void liveCaptureResolvesAQuietLoneHalfByTheWallClock()
    {
        Session session; // live: no origin
        const PathTable::Id a = session.paths().internPath("/w/a");
        SessionStats stats(&session);
        append(session, {FsEvent(ev(IN_MOVED_FROM, a).at(QDateTime::currentMSecsSinceEpoch() * 1000000).cookie(5))});
        QCOMPARE(stats.renames().pendingCount(), 1);
        // Nothing else happens: after the grace, by the wall clock, it moved out.
        QTRY_COMPARE_WITH_TIMEOUT(stats.renames().pendingCount(), 0, 5000);
        QCOMPARE(stats.renames().chainCount(), 1);
        QVERIFY(stats.renames().chain(0).movedOut());
    }
};

QTEST_GUILESS_MAIN(tst_SessionStats)
#include "tst_sessionstats.moc"
