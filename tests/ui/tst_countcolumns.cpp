#include "analysis/countcolumns.h"
#include "analysis/sessionstats.h"
#include "analysis/statsmodel.h"
#include "core/session.h"
#include "lib/testevent.h"
#include "processes/processtreemodel.h"
#include "text/timetext.h"

#include <QTest>

#include <sys/inotify.h>

namespace {
ProcessTable::Id process(Session &session, qint32 pid, const char *name)
{
    ProcessInfo info(pid, name, QByteArray("/usr/bin/") + name);
    info.parentPid = 1;
    info.startTimeNs = pid * TimeText::kNsPerSecond;
    return session.processes().intern(info);
}

// Two processes on three paths, at different times, with several types each: every count column
// of both models has cells that differ from row to row.
void addEvents(Session &session)
{
    const ProcessTable::Id vim = process(session, 10, "vim");
    const ProcessTable::Id make = process(session, 20, "make");
    PathTable &paths = session.paths();
    const PathTable::Id a = paths.internPath("/w/a.c");
    const PathTable::Id b = paths.internPath("/w/b.o");
    const PathTable::Id c = paths.internPath("/w/sub/c.h");
    session.append(FsEventBatch{ev(IN_OPEN, a).process(vim).ms(1), ev(IN_MODIFY, a).process(vim).ms(2),
                                ev(IN_MODIFY, a).process(vim).ms(3), ev(IN_CLOSE_WRITE, a).process(vim).ms(4),
                                ev(IN_CREATE, b).process(make).ms(10), ev(IN_MODIFY, b).process(make).ms(11),
                                ev(IN_ATTRIB, c).process(make).ms(12), ev(IN_DELETE, b).process(make).ms(13),
                                ev(IN_OPEN, c).process(vim).ms(20)});
}

// Every count cell of `row` (an index of column 0) against the counts it stands for, computed
// here from FileStats::Counts and TimeText, not by CountColumns: the number to show and to sort
// by, the time of day and its full date, right-aligned.
void compareCountCells(const QModelIndex &row, const FileStats::Counts &counts, int totalColumn,
                       int firstTypeColumn, int sortRole)
{
    QVERIFY(counts.total > 0);
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    auto number = [&](int column, quint64 expected) {
        const QModelIndex cell = row.siblingAtColumn(column);
        QCOMPARE(cell.data().toULongLong(), expected);
        QCOMPARE(cell.data(sortRole).toULongLong(), expected);
        QCOMPARE(cell.data(Qt::TextAlignmentRole).value<Qt::Alignment>(), right);
        QVERIFY(!cell.data(Qt::ToolTipRole).isValid());
    };
    number(totalColumn, counts.total);
    for (int t = 0; t < EventTypeIndex::count(); ++t)
        number(firstTypeColumn + t, counts.count(t));
    auto time = [&](int column, qint64 ns) {
        const QModelIndex cell = row.siblingAtColumn(column);
        QCOMPARE(cell.data().toString(), TimeText::timeOfDay(ns));
        QCOMPARE(cell.data(sortRole).toLongLong(), ns);
        QCOMPARE(cell.data(Qt::ToolTipRole).toString(), TimeText::dateTime(ns));
        QCOMPARE(cell.data(Qt::TextAlignmentRole).value<Qt::Alignment>(), right);
    };
    const int firstSeen = firstTypeColumn + EventTypeIndex::count();
    time(firstSeen, counts.firstNs);
    time(firstSeen + 1, counts.lastNs);
}
} // namespace

// The count columns (Total, one per event type, First and Last seen) that the Statistics table
// and the Processes tree share through CountColumns: each cell against the counts it shows, and
// the same headers in both.
class tst_CountColumns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The Processes tree's layout: Total apart from the type columns.
    void placesItsColumnsAndSortsAsItShows()
    {
        const int sortRole = Qt::UserRole + 1;
        const CountColumns columns(4, 6, sortRole);
        const int types = EventTypeIndex::count();
        QCOMPARE(columns.typeColumn(0), 6);
        QCOMPARE(columns.firstSeenColumn(), 6 + types);
        QCOMPARE(columns.lastSeenColumn(), 7 + types);
        QVERIFY(columns.contains(4));
        QVERIFY(!columns.contains(5)); // the model's own column between Total and the types
        QVERIFY(columns.contains(6 + types - 1));
        QVERIFY(columns.contains(7 + types));
        QVERIFY(!columns.contains(8 + types));
        QVERIFY(!columns.contains(0));

        FileStats::Counts early;
        early.add(IN_MODIFY, kTestEpochNs - 5);
        FileStats::Counts late;
        late.add(IN_MODIFY, kTestEpochNs);
        late.add(IN_MODIFY, kTestEpochNs + 7);
        late.add(IN_CREATE, kTestEpochNs + 9);
        const int modify = columns.typeColumn(EventTypeIndex::indexOfBit(IN_MODIFY));
        QCOMPARE(columns.data(late, modify, Qt::DisplayRole).toULongLong(), 2ull);
        QCOMPARE(columns.data(late, 4, sortRole).toULongLong(), 3ull);
        QCOMPARE(columns.data(late, columns.lastSeenColumn(), sortRole).toLongLong(), kTestEpochNs + 9);
        // A row with no event yet has no time to show.
        QCOMPARE(columns.data(FileStats::Counts(), columns.firstSeenColumn(), Qt::DisplayRole).toString(),
                 QString());
        // sortKey orders as the sort role's numbers do, times before the epoch included.
        for (int column : {4, modify, columns.firstSeenColumn(), columns.lastSeenColumn()}) {
            QVERIFY(columns.sortKey(early, column) < columns.sortKey(late, column));
            QCOMPARE(QVariant::compare(columns.data(early, column, sortRole), columns.data(late, column, sortRole)),
                     QPartialOrdering::Less);
        }
        FileStats::Counts beforeEpoch;
        beforeEpoch.add(IN_MODIFY, -1);
        QVERIFY(columns.sortKey(beforeEpoch, columns.firstSeenColumn())
                < columns.sortKey(early, columns.firstSeenColumn()));
    }

    void statsModelCellsAreTheirCounts()
    {
        Session session;
        addEvents(session);
        SessionStats stats(&session);
        StatsModel model(&stats);
        const FileStats &files = stats.files();
        QCOMPARE(model.rowCount(), 3);
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, StatsModel::NameColumn);
            const quint32 pathId = index.data(StatsModel::PathIdRole).value<quint32>();
            const QList<int> &rows = files.ownRows();
            const auto r = std::find_if(rows.cbegin(), rows.cend(),
                                        [&](int i) { return files.row(i).pathId == pathId; });
            QVERIFY(r != rows.cend());
            compareCountCells(index, files.ownCounts(*r), StatsModel::TotalColumn,
                              StatsModel::FirstTypeColumn, StatsModel::SortRole);
            if (QTest::currentTestFailed())
                return;
        }
        model.setGrouping(StatsModel::ByProcess);
        QCOMPARE(model.rowCount(), 2);
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, StatsModel::NameColumn);
            const auto id = ProcessTable::Id(index.data(StatsModel::ProcessIdRole).value<quint32>());
            compareCountCells(index, files.processCounts(id), StatsModel::TotalColumn,
                              StatsModel::FirstTypeColumn, StatsModel::SortRole);
            if (QTest::currentTestFailed())
                return;
        }
    }

    void processTreeCellsAreTheirCounts()
    {
        Session session;
        addEvents(session);
        SessionStats stats(&session, SessionStats::Processes);
        ProcessTreeModel model(&stats);
        QCOMPARE(model.rowCount(), 2);
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, ProcessTreeModel::NameColumn);
            const int statsRow = index.data(ProcessTreeModel::RowRole).toInt();
            compareCountCells(index, stats.processes().row(statsRow).counts, ProcessTreeModel::TotalColumn,
                              ProcessTreeModel::FirstTypeColumn, ProcessTreeModel::SortRole);
            if (QTest::currentTestFailed())
                return;
        }
    }

    // The same words over the same columns in both tabs; the type columns and Total say that
    // they count kernel notifications (the Processes tab said nothing before).
    void bothModelsHaveTheSameHeaders()
    {
        const SessionStats source(nullptr);
        const StatsModel stats(&source);
        const ProcessTreeModel processes(&source);
        auto header = [](const QAbstractItemModel &m, int section, int role) {
            return m.headerData(section, Qt::Horizontal, role).toString();
        };
        const int types = EventTypeIndex::count();
        const QList<std::pair<int, int>> columns = [&] {
            QList<std::pair<int, int>> pairs{{StatsModel::TotalColumn, ProcessTreeModel::TotalColumn}};
            for (int c = 0; c < types + 2; ++c)
                pairs.append({StatsModel::FirstTypeColumn + c, ProcessTreeModel::FirstTypeColumn + c});
            return pairs;
        }();
        for (const auto &[s, p] : columns) {
            QCOMPARE(header(processes, p, Qt::DisplayRole), header(stats, s, Qt::DisplayRole));
            QCOMPARE(header(processes, p, Qt::ToolTipRole), header(stats, s, Qt::ToolTipRole));
        }
        QCOMPARE(header(processes, ProcessTreeModel::TotalColumn, Qt::DisplayRole), QStringLiteral("Total"));
        QCOMPARE(header(stats, StatsModel::FirstTypeColumn, Qt::DisplayRole), EventTypeIndex::name(0));
        QCOMPARE(header(stats, stats.firstSeenColumn(), Qt::DisplayRole), QStringLiteral("First seen"));
        QCOMPARE(header(processes, processes.lastSeenColumn(), Qt::DisplayRole), QStringLiteral("Last seen"));
        QVERIFY(header(processes, ProcessTreeModel::FirstTypeColumn, Qt::ToolTipRole)
                    .startsWith(QLatin1String("Kernel notifications, not operations")));
        QVERIFY(header(processes, ProcessTreeModel::TotalColumn, Qt::ToolTipRole).startsWith(QLatin1String("Kernel")));
        QVERIFY(header(processes, processes.firstSeenColumn(), Qt::ToolTipRole).isEmpty());
        // The model's own columns keep their own words.
        QCOMPARE(header(processes, ProcessTreeModel::FilesColumn, Qt::DisplayRole), QStringLiteral("Files"));
        QCOMPARE(header(processes, processes.executableColumn(), Qt::DisplayRole), QStringLiteral("Executable"));
        QCOMPARE(header(processes, processes.commandLineColumn(), Qt::DisplayRole), QStringLiteral("Command line"));
    }
};

QTEST_GUILESS_MAIN(tst_CountColumns)
#include "tst_countcolumns.moc"
