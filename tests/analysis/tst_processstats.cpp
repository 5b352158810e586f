#include "analysis/processstats.h"
#include "analysis/sessionstats.h"
#include "core/pathtable.h"
#include "core/processtable.h"
#include "core/session.h"
#include "lib/testevent.h"

#include <QTest>

#include <sys/inotify.h>

namespace {
constexpr qint64 kSec = 1000000000;

int typeOf(quint32 bit) { return EventTypeIndex::indexOfBit(bit); }

ProcessInfo proc(qint32 pid, qint32 parentPid, qint64 startSec, const char *name)
{
    ProcessInfo info(pid, name, QByteArray("/usr/bin/") + name);
    info.parentPid = parentPid;
    info.startTimeNs = startSec * kSec;
    return info;
}
} // namespace

// ProcessStats: one row per process (pid + start time), counts, files touched, the parent tree.
class tst_ProcessStats : public QObject
{
    Q_OBJECT

private:
    PathTable m_paths;
    ProcessTable m_processes;
    PathTable::Id p(const char *path) { return m_paths.internPath(QByteArray("/w/") + path); }
    ProcessTable::Id id(const ProcessInfo &info) { return m_processes.intern(info); }
    // The event most of these tests need: `process` wrote to `path`.
    void modify(ProcessStats &s, ProcessTable::Id process, const char *path)
    {
        s.add(ev(IN_MODIFY, p(path)).process(process), m_processes);
    }
    // A process that wrote to `path`, as most tests bring one in: its id, interned, and its event.
    ProcessTable::Id wrote(ProcessStats &s, const ProcessInfo &info, const char *path)
    {
        const ProcessTable::Id process = id(info);
        modify(s, process, path);
        return process;
    }

private Q_SLOTS:
    void init() { m_processes.clear(); }

    void countsAndFilesPerProcess()
    {
        ProcessStats s;
        const auto sh = id(proc(100, 1, 10, "sh"));
        const auto cp = id(proc(101, 100, 11, "cp"));
        s.add(ev(IN_CREATE, p("a")).process(cp).ms(5), m_processes);
        s.add(ev(IN_MODIFY, p("a")).process(cp).ms(6), m_processes);
        s.add(ev(IN_CLOSE_WRITE, p("a")).process(cp).ms(7), m_processes);
        s.add(ev(IN_CREATE, p("b")).process(cp).ms(8), m_processes);
        s.add(ev(IN_DELETE, p("c")).process(sh).ms(2), m_processes);
        s.add(ev(IN_MODIFY, p("x")), m_processes); // inotify: no process, no row
        FsEvent overflow;
        overflow.flags = FsEvent::OverflowMarker;
        overflow.mask = IN_Q_OVERFLOW;
        overflow.processId = cp;
        s.add(overflow, m_processes); // nobody's

        QCOMPARE(s.rowCount(), 2);
        const ProcessStats::Row &c = s.row(s.rowOfProcess(cp));
        QCOMPARE(c.pid, 101);
        QCOMPARE(c.counts.total, quint64(4));
        QCOMPARE(c.counts.count(typeOf(IN_CREATE)), 2u);
        QCOMPARE(c.counts.count(typeOf(IN_MODIFY)), 1u);
        QCOMPARE(c.counts.count(typeOf(IN_DELETE)), 0u);
        QCOMPARE(c.counts.firstNs, kTestEpochNs + 5 * 1000000);
        QCOMPARE(c.counts.lastNs, kTestEpochNs + 8 * 1000000);
        QCOMPARE(c.paths.size(), 2);
        QCOMPARE(s.row(s.rowOfProcess(sh)).paths.size(), 1);
        QCOMPARE(s.rowOfProcess(ProcessTable::NoProcess), -1);
    }

    void reusedPidIsANewRow()
    {
        ProcessStats s;
        const auto first = wrote(s, proc(200, 1, 10, "make"), "a");
        const auto reuse = wrote(s, proc(200, 1, 50, "make"), "a"); // same pid, started later
        QCOMPARE(s.rowCount(), 2);
        QVERIFY(s.rowOfProcess(first) != s.rowOfProcess(reuse));
    }

    void execKeepsTheRowAndShowsTheLatestName()
    {
        // exec(): same pid and start time, new name and executable. One process, one row.
        ProcessStats s;
        const auto before = id(proc(300, 1, 10, "sh"));
        const auto after = id(proc(300, 1, 10, "python3"));
        QVERIFY(before != after);
        s.add(ev(IN_OPEN, p("a")).process(before), m_processes);
        modify(s, after, "b");
        QCOMPARE(s.rowCount(), 1);
        const ProcessStats::Row &r = s.row(0);
        QCOMPARE(r.latestId, after);
        QCOMPARE(r.ids, (QList<ProcessTable::Id>{before, after}));
        QCOMPARE(r.counts.total, quint64(2));
        QCOMPARE(r.paths.size(), 2);
    }

    void treeByParent()
    {
        ProcessStats s;
        const auto bash = wrote(s, proc(10, 1, 1, "bash"), "f");
        const auto make = wrote(s, proc(20, 10, 2, "make"), "f");
        const auto cc1 = wrote(s, proc(30, 20, 3, "cc1"), "f");
        const auto cc2 = wrote(s, proc(31, 20, 4, "cc1"), "f");
        const auto other = wrote(s, proc(40, 999, 5, "cron"), "f"); // parent never seen: top level
        const int rBash = s.rowOfProcess(bash), rMake = s.rowOfProcess(make);
        QCOMPARE(s.topRows(), (QList<int>{rBash, s.rowOfProcess(other)}));
        QCOMPARE(s.childrenOf(rBash), QList<int>{rMake});
        QCOMPARE(s.childrenOf(rMake), (QList<int>{s.rowOfProcess(cc1), s.rowOfProcess(cc2)}));
        QCOMPARE(s.row(s.rowOfProcess(cc2)).parentRow, rMake);
        QCOMPARE(s.row(s.rowOfProcess(cc2)).positionInParent, 1);
        QCOMPARE(s.subtree(rBash), (QList<int>{rBash, rMake, s.rowOfProcess(cc1), s.rowOfProcess(cc2)}));
    }

    void parentSeenAfterChildAdoptsIt()
    {
        ProcessStats s;
        const auto child = wrote(s, proc(51, 50, 20, "cp"), "a");
        const quint64 revision = s.treeRevision();
        QCOMPARE(s.topRows().size(), 1);
        const auto parent = wrote(s, proc(50, 1, 10, "sh"), "b");
        QCOMPARE(s.topRows(), QList<int>{s.rowOfProcess(parent)});
        QCOMPARE(s.childrenOf(s.rowOfProcess(parent)), QList<int>{s.rowOfProcess(child)});
        QCOMPARE(s.row(s.rowOfProcess(parent)).positionInParent, 0);
        QVERIFY(s.treeRevision() != revision); // a view must reset
    }

    void reusedParentPidIsNotTheParent()
    {
        // pid 60 exited; a new pid 60 started after the child: it is not the child's parent.
        ProcessStats s;
        const auto child = wrote(s, proc(61, 60, 20, "cp"), "a");
        wrote(s, proc(60, 1, 30, "sh"), "a");
        QCOMPARE(s.topRows().size(), 2);
        QCOMPARE(s.row(s.rowOfProcess(child)).parentRow, -1);
    }

    void pidLoopWithUnknownStartTimesMakesNoCycle()
    {
        ProcessStats s;
        wrote(s, proc(70, 71, 0, "a"), "a");
        wrote(s, proc(71, 70, 0, "b"), "a");
        QCOMPARE(s.rowCount(), 2);
        // One is the other's child, and one of them stays at the top: the tree is finite.
        QCOMPARE(s.topRows().size(), 1);
        QCOMPARE(s.subtree(s.topRows().first()).size(), 2);
    }

    void changeCountTellsWhichRowsMoved()
    {
        ProcessStats s;
        const auto a = wrote(s, proc(80, 1, 1, "a"), "a");
        const auto b = wrote(s, proc(81, 1, 1, "b"), "a");
        const quint64 seen = s.changeCount();
        modify(s, b, "a");
        QVERIFY(s.row(s.rowOfProcess(a)).lastChange <= seen);
        QVERIFY(s.row(s.rowOfProcess(b)).lastChange > seen);
    }

    void sessionStatsFeedsAndRecounts()
    {
        Session session;
        const auto cp = session.processes().intern(proc(90, 1, 1, "cp"));
        const PathTable::Id a = session.paths().internPath("/w/a");
        SessionStats stats(&session, SessionStats::Processes);
        session.append(FsEventBatch{ev(IN_CREATE, a).process(cp), ev(IN_MODIFY, a).process(cp)});
        QCOMPARE(stats.processes().rowCount(), 1);
        QCOMPARE(stats.processes().row(0).counts.total, quint64(2));
        // Only the Processes part was asked for: the file statistics stay empty.
        QCOMPARE(stats.files().rowCount(), 0);
        stats.setSession(&session); // recount
        QCOMPARE(stats.processes().row(0).counts.total, quint64(2));
        session.clear();
        QCOMPARE(stats.processes().rowCount(), 0);
    }
};

QTEST_APPLESS_MAIN(tst_ProcessStats)
#include "tst_processstats.moc"
