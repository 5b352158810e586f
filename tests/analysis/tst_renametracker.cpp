#include "core/pathtable.h"
#include "analysis/renametracker.h"
#include "lib/testevent.h"

#include <QTest>

#include <sys/inotify.h>

namespace {
constexpr qint64 kMs = 1000000;

} // namespace

class tst_RenameTracker : public QObject
{
    Q_OBJECT

private:
    PathTable m_paths;
    PathTable::Id p(const char *path) { return m_paths.internPath(QByteArray("/w/") + path); }
    using Step = RenameTracker::Step;

private Q_SLOTS:
    void chainOfEventFindsTheStepByCookieAndName()
    {
        RenameTracker t;
        const FsEvent from1 = ev(IN_MOVED_FROM, p("e/a")).ms(1).cookie(7);
        const FsEvent to1 = ev(IN_MOVED_TO, p("e/b")).ms(1).cookie(7);
        const FsEvent from2 = ev(IN_MOVED_FROM, p("e/b")).ms(2).cookie(8);
        const FsEvent to2 = ev(IN_MOVED_TO, p("e/c")).ms(2).cookie(8);
        for (const FsEvent &e : {from1, to1, from2, to2})
            t.add(e, m_paths);
        t.add(ev(IN_MOVED_FROM, p("e/other")).ms(3).cookie(9), m_paths);
        t.add(ev(IN_MOVED_TO, p("e/other2")).ms(3).cookie(9), m_paths);
        QCOMPARE(t.chainCount(), 2);
        int step = -2;
        const int chain = t.chainOfEvent(from2, &step);
        QVERIFY(chain >= 0);
        QCOMPARE(t.chain(chain).steps.size(), 2);
        QCOMPARE(step, 1);
        QCOMPARE(t.chainOfEvent(to1, &step), chain);
        QCOMPARE(step, 0);
        // Not a rename half: the chain that had the name, no step.
        QCOMPARE(t.chainOfEvent(ev(IN_MODIFY, p("e/c")).ms(4), &step), chain);
        QCOMPARE(step, -1);
        QCOMPARE(t.chainOfEvent(ev(IN_MODIFY, p("e/never")), &step), -1);
        // A cookie that comes round again on another name is not this chain's step.
        QVERIFY(t.chainOfEvent(ev(IN_MOVED_FROM, p("e/other")).cookie(7), &step) != chain);
    }

    void deletesAreKeptByPathWithTheirLastTime()
    {
        RenameTracker t;
        QVERIFY(!t.deletedSince(p("d/x"), 0));
        t.add(ev(IN_DELETE, p("d/x")).ms(5), m_paths);
        t.add(ev(IN_DELETE_SELF, p("d/y")).ms(6), m_paths);
        t.add(ev(IN_MODIFY, p("d/z")).ms(7), m_paths);
        QCOMPARE(t.deletedPathCount(), 2);
        QVERIFY(t.deletedSince(p("d/x"), kTestEpochNs + 5 * kMs));
        QVERIFY(!t.deletedSince(p("d/x"), kTestEpochNs + 5 * kMs + 1));
        QVERIFY(t.deletedSince(p("d/y"), kTestEpochNs));
        QVERIFY(!t.deletedSince(p("d/z"), 0));
        t.add(ev(IN_DELETE, p("d/x")).ms(9), m_paths); // made again and deleted again
        QCOMPARE(t.deletedPathCount(), 2);
        QVERIFY(t.deletedSince(p("d/x"), kTestEpochNs + 9 * kMs));
        t.clear();
        QCOMPARE(t.deletedPathCount(), 0);
    }

    void adjacentPair()
    {
        RenameTracker t;
        t.add(ev(IN_MOVED_FROM, p("a")).cookie(7), m_paths);
        QCOMPARE(t.chainCount(), 0);
        QCOMPARE(t.pendingCount(), 1);
        t.add(ev(IN_MOVED_TO, p("b")).cookie(7), m_paths);
        QCOMPARE(t.pendingCount(), 0);
        QCOMPARE(t.chainCount(), 1);
        const auto &c = t.chain(0);
        QCOMPARE(c.steps.size(), 1);
        QCOMPARE(c.steps[0].kind, Step::Renamed);
        QCOMPARE(c.steps[0].cookie, 7u);
        QCOMPARE(c.firstPath(), p("a"));
        QCOMPARE(c.currentPath(), p("b"));
        QVERIFY(!c.isDir);
        QVERIFY(!c.isUnpaired());
    }

    void notAdjacentAndSplitAcrossBatches()
    {
        RenameTracker t;
        FsEvent batch1[] = {ev(IN_MODIFY, p("x")), ev(IN_MOVED_FROM, p("a")).ms(1).cookie(9)};
        FsEvent batch2[] = {ev(IN_MODIFY, p("x")).ms(5), ev(IN_MOVED_FROM, p("q")).ms(6).cookie(10),
                            ev(IN_MOVED_TO, p("b")).ms(7).cookie(9), ev(IN_MOVED_TO, p("r")).ms(8).cookie(10)};
        t.add(batch1, 2, m_paths);
        QCOMPARE(t.chainCount(), 0);
        t.add(batch2, 4, m_paths);
        QCOMPARE(t.chainCount(), 2);
        QCOMPARE(t.chain(0).firstPath(), p("a"));
        QCOMPARE(t.chain(0).currentPath(), p("b"));
        QCOMPARE(t.chain(1).firstPath(), p("q"));
        QCOMPARE(t.chain(1).currentPath(), p("r"));
    }

    void missingMovedTo()
    {
        RenameTracker t(500 * kMs);
        t.add(ev(IN_MOVED_FROM, p("gone")).cookie(11), m_paths);
        t.add(ev(IN_MODIFY, p("x")).ms(400), m_paths);
        QCOMPARE(t.chainCount(), 0); // still inside the grace window
        t.add(ev(IN_MODIFY, p("x")).ms(600), m_paths);
        QCOMPARE(t.chainCount(), 1);
        QVERIFY(t.chain(0).movedOut());
        QVERIFY(t.chain(0).isUnpaired());
        QCOMPARE(t.chain(0).steps[0].from, p("gone"));
        QCOMPARE(t.pendingCount(), 0);
        // A late MOVED_TO with that cookie is not paired with the expired half.
        t.add(ev(IN_MOVED_TO, p("late")).ms(700).cookie(11), m_paths);
        QCOMPARE(t.chainCount(), 2);
        QVERIFY(t.chain(1).movedIn());
    }

    void flushResolvesPending()
    {
        RenameTracker t;
        t.add(ev(IN_MOVED_FROM, p("a")).cookie(3), m_paths);
        t.flush();
        QCOMPARE(t.chainCount(), 1);
        QVERIFY(t.chain(0).movedOut());
        QCOMPARE(t.pendingCount(), 0);
    }

    void missingMovedFrom()
    {
        RenameTracker t;
        t.add(ev(IN_MOVED_TO, p("in")).cookie(12), m_paths);
        QCOMPARE(t.chainCount(), 1);
        QVERIFY(t.chain(0).movedIn());
        QVERIFY(t.chain(0).isUnpaired());
        QCOMPARE(t.chain(0).firstPath(), PathTable::NoPath);
        QCOMPARE(t.chain(0).currentPath(), p("in"));
        // It is then renamed inside the tree: same chain.
        t.add(ev(IN_MOVED_FROM, p("in")).ms(1).cookie(13), m_paths);
        t.add(ev(IN_MOVED_TO, p("in2")).ms(1).cookie(13), m_paths);
        QCOMPARE(t.chainCount(), 1);
        QCOMPARE(t.chain(0).steps.size(), 2);
        QCOMPARE(t.chain(0).currentPath(), p("in2"));
    }

    void chainOfTen()
    {
        RenameTracker t;
        for (int i = 0; i < 10; ++i) {
            const QByteArray from = "f" + QByteArray::number(i);
            const QByteArray to = "f" + QByteArray::number(i + 1);
            t.add(ev(IN_MOVED_FROM, p(from.constData())).ms(i).cookie(quint32(100 + i)), m_paths);
            t.add(ev(IN_MODIFY, p("noise")).ms(i), m_paths);
            t.add(ev(IN_MOVED_TO, p(to.constData())).ms(i).cookie(quint32(100 + i)), m_paths);
        }
        QCOMPARE(t.chainCount(), 1);
        const auto &c = t.chain(0);
        QCOMPARE(c.steps.size(), 10);
        QCOMPARE(c.firstPath(), p("f0"));
        QCOMPARE(c.currentPath(), p("f10"));
        QCOMPARE(c.allPaths().size(), 11);
        QCOMPARE(c.lastNs() - c.firstNs(), 9 * kMs);
    }

    void chainThenMovedOut()
    {
        RenameTracker t;
        t.add(ev(IN_MOVED_FROM, p("a")).cookie(1), m_paths);
        t.add(ev(IN_MOVED_TO, p("b")).cookie(1), m_paths);
        t.add(ev(IN_MOVED_FROM, p("b")).ms(1).cookie(2), m_paths);
        t.flush();
        QCOMPARE(t.chainCount(), 1);
        QCOMPARE(t.chain(0).steps.size(), 2);
        QVERIFY(t.chain(0).movedOut());
        QCOMPARE(t.chain(0).currentPath(), PathTable::NoPath);
        // Something new arriving under the old name is a different object.
        t.add(ev(IN_MOVED_TO, p("b")).ms(2).cookie(3), m_paths);
        QCOMPARE(t.chainCount(), 2);
    }

    void directoryRenameCarriesSubtree()
    {
        RenameTracker t;
        // dir/f -> dir/g, then mv dir dir2, then dir2/g -> dir2/h: one chain for the file.
        t.add(ev(IN_MOVED_FROM, p("dir/f")).cookie(20), m_paths);
        t.add(ev(IN_MOVED_TO, p("dir/g")).cookie(20), m_paths);
        t.add(ev(IN_MOVED_FROM, p("dir")).ms(1).cookie(21).dir(), m_paths);
        t.add(ev(IN_MOVED_TO, p("dir2")).ms(1).cookie(21).dir(), m_paths);
        // "echo > dir2/k": the engine reports it on the new node; the tracker maps the old one.
        const PathTable::Id k = p("dir2/k");
        t.add(ev(IN_CREATE, k).ms(2), m_paths);
        QCOMPARE(t.currentPathOf(p("dir/k"), 0, m_paths), k);
        QCOMPARE(t.currentPathOf(p("dir/g"), 0, m_paths), p("dir2/g"));
        QCOMPARE(t.currentPathOf(p("dir/g"), kTestEpochNs + 2 * kMs, m_paths), p("dir/g"));
        t.add(ev(IN_MOVED_FROM, p("dir2/g")).ms(3).cookie(22), m_paths);
        t.add(ev(IN_MOVED_TO, p("dir2/h")).ms(3).cookie(22), m_paths);

        QCOMPARE(t.chainCount(), 2);
        const auto &file = t.chain(0);
        QCOMPARE(file.steps.size(), 2);
        QCOMPARE(file.firstPath(), p("dir/f"));
        QCOMPARE(file.currentPath(), p("dir2/h"));
        QVERIFY(!file.isDir);
        const auto &dir = t.chain(1);
        QVERIFY(dir.isDir);
        QCOMPARE(dir.firstPath(), p("dir"));
        QCOMPARE(dir.currentPath(), p("dir2"));
        QCOMPARE(t.chainAt(p("dir2/h"), m_paths), 0);
        // The directory renamed again: still one chain each.
        t.add(ev(IN_MOVED_FROM, p("dir2")).ms(4).cookie(23).dir(), m_paths);
        t.add(ev(IN_MOVED_TO, p("dir3")).ms(4).cookie(23).dir(), m_paths);
        t.add(ev(IN_MOVED_FROM, p("dir3/h")).ms(5).cookie(24), m_paths);
        t.add(ev(IN_MOVED_TO, p("dir3/i")).ms(5).cookie(24), m_paths);
        QCOMPARE(t.chainCount(), 2);
        QCOMPARE(t.chain(0).steps.size(), 3);
        QCOMPARE(t.chain(1).steps.size(), 2);
        QCOMPARE(t.currentPathOf(p("dir/k"), 0, m_paths), p("dir3/k"));
    }

    void directoryRenamedBackDoesNotLoop()
    {
        RenameTracker t;
        t.add(ev(IN_MOVED_FROM, p("d1")).cookie(30).dir(), m_paths);
        t.add(ev(IN_MOVED_TO, p("d2")).cookie(30).dir(), m_paths);
        t.add(ev(IN_MOVED_FROM, p("d2")).ms(1).cookie(31).dir(), m_paths);
        t.add(ev(IN_MOVED_TO, p("d1")).ms(1).cookie(31).dir(), m_paths);
        QCOMPARE(t.chainCount(), 1);
        QCOMPARE(t.chain(0).currentPath(), p("d1"));
        QCOMPARE(t.chainAt(p("d1/zz"), m_paths), -1);
        QCOMPARE(t.currentPathOf(p("d1"), 0, m_paths), p("d1"));
    }

    void cookieReuse()
    {
        RenameTracker t(500 * kMs);
        // Paired, then the same cookie again for another rename: two separate chains.
        t.add(ev(IN_MOVED_FROM, p("c1")).cookie(42), m_paths);
        t.add(ev(IN_MOVED_TO, p("c2")).cookie(42), m_paths);
        t.add(ev(IN_MOVED_FROM, p("o1")).ms(1).cookie(42), m_paths);
        t.add(ev(IN_MOVED_TO, p("o2")).ms(1).cookie(42), m_paths);
        QCOMPARE(t.chainCount(), 2);
        QCOMPARE(t.chain(1).firstPath(), p("o1"));
        QCOMPARE(t.chain(1).currentPath(), p("o2"));
        // An unpaired half still waiting when its cookie comes round: it is resolved first.
        t.add(ev(IN_MOVED_FROM, p("lost")).ms(2).cookie(43), m_paths);
        t.add(ev(IN_MOVED_FROM, p("m1")).ms(3).cookie(43), m_paths);
        t.add(ev(IN_MOVED_TO, p("m2")).ms(3).cookie(43), m_paths);
        QCOMPARE(t.chainCount(), 4);
        QVERIFY(t.chain(2).movedOut());
        QCOMPARE(t.chain(2).steps[0].from, p("lost"));
        QCOMPARE(t.chain(3).currentPath(), p("m2"));
        QCOMPARE(t.pendingCount(), 0);
    }

    void fanotifyOneEventRenames()
    {
        RenameTracker t;
        t.addRename(p("fa"), p("fb"), 1, false, m_paths);
        t.addRename(p("fb"), p("fc"), 2, false, m_paths);
        t.addRename(p("fd1"), p("fd2"), 3, true, m_paths);
        QCOMPARE(t.chainCount(), 2);
        QCOMPARE(t.chain(0).steps.size(), 2);
        QCOMPARE(t.chain(0).steps[0].cookie, 0u);
        QCOMPARE(t.chain(0).currentPath(), p("fc"));
        QVERIFY(t.chain(1).isDir);
    }

    void clearForgetsEverything()
    {
        RenameTracker t;
        t.add(ev(IN_MOVED_FROM, p("a")).cookie(1), m_paths);
        t.add(ev(IN_MOVED_TO, p("b")).cookie(1), m_paths);
        t.add(ev(IN_MOVED_FROM, p("b")).cookie(2), m_paths);
        t.clear();
        QCOMPARE(t.chainCount(), 0);
        QCOMPARE(t.pendingCount(), 0);
        t.add(ev(IN_MOVED_TO, p("c")).cookie(2), m_paths);
        QVERIFY(t.chain(0).movedIn());
    }
};

QTEST_APPLESS_MAIN(tst_RenameTracker)
#include "tst_renametracker.moc"
