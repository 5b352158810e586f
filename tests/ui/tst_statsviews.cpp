#include "analysis/ratechart.h"
#include "analysis/renamechainmodel.h"
#include "analysis/renamechainpanel.h"
#include "core/session.h"
#include "analysis/sessionstats.h"
#include "analysis/statsmodel.h"
#include "analysis/statspanel.h"
#include "analysis/topfileschart.h"
#include "lib/showexposed.h"
#include "lib/testevent.h"
#include "analysis/eventtypelegend.h"
#include "text/pathsuffix.h"
#include "core/eventnames.h"

#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QGraphicsTextItem>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalStackedBarSeries>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QApplication>
#include <QScopeGuard>
#include <QScrollBar>
#include <QTreeView>

#include <sys/inotify.h>

namespace {
constexpr qint64 kSec = 1000000000;

} // namespace

// The statistics and rename views on synthetic sessions: model contracts (QAbstractItemModelTester
// in fatal mode sees every insert, dataChanged and reset), what a click asks for, bounded charts.
class tst_StatsViews : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statsModelFollowsTheSession()
    {
        Session session;
        PathTable &paths = session.paths();
        const auto a = paths.internPath("/r/a");
        const auto b = paths.internPath("/r/sub/b");
        session.append(FsEventBatch{ev(IN_CREATE, a), ev(IN_MODIFY, a).ns(1)});
        SessionStats stats(&session);
        StatsModel model(&stats);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0, StatsModel::NameColumn)).toString(), QStringLiteral("/r/a"));
        QCOMPARE(model.data(model.index(0, StatsModel::TotalColumn)).toULongLong(), 2ull);

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        session.append(FsEventBatch{ev(IN_MODIFY, a).ns(2), ev(IN_DELETE, b).ns(3)});
        model.refresh();
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        const int modify = model.typeColumn(EventTypeIndex::indexOfBit(IN_MODIFY));
        QCOMPARE(model.data(model.index(0, modify)).toULongLong(), 2ull);
        QCOMPARE(model.data(model.index(1, StatsModel::NameColumn)).toString(), QStringLiteral("/r/sub/b"));
        QVERIFY(!model.data(model.index(0, model.lastSeenColumn())).toString().isEmpty());
        QCOMPARE(model.data(model.index(0, model.lastSeenColumn()), StatsModel::SortRole).toLongLong(),
                 kTestEpochNs + 2);
        QCOMPARE(model.pathIdsForRow(1), QSet<quint32>{b});

        model.setAggregate(true); // "/r" and "/r/sub" appear with their subtree
        QCOMPARE(model.rowCount(), 4);
        int rRow = -1;
        for (int i = 0; i < model.rowCount(); ++i) {
            if (model.data(model.index(i, 0)).toString() == QStringLiteral("/r/"))
                rRow = i;
        }
        QVERIFY(rRow >= 0);
        QCOMPARE(model.data(model.index(rRow, StatsModel::TotalColumn)).toULongLong(), 4ull);
        QCOMPARE(model.pathIdsForRow(rRow), (QSet<quint32>{a, b}));
        session.append(FsEventBatch{ev(IN_ATTRIB, paths.internPath("/r/sub/c")).ns(4)});
        model.refresh();
        QCOMPARE(model.rowCount(), 5);

        model.setGrouping(StatsModel::ByProcess);
        QCOMPARE(model.rowCount(), 1); // inotify: every event has the unknown process
        QCOMPARE(model.data(model.index(0, StatsModel::TotalColumn)).toULongLong(), 5ull);
        model.setGrouping(StatsModel::ByFile);

        // A cleared session resets the model at once (SessionStats::reset): its rows pointed
        // into counts that are gone, which no view may read until the next refresh.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        session.clear();
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 0);
        model.refresh();
        QCOMPARE(model.rowCount(), 0);
    }

    void renameModelGrowsChainsAndSteps()
    {
        Session session;
        PathTable &paths = session.paths();
        auto p = [&paths](const char *n) { return paths.internPath(QByteArray("/r/") + n); };
        SessionStats stats(&session, SessionStats::Renames);
        RenameChainModel model(&stats);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        // The tester would fetch from its rowsInserted handler, inside the change it checks;
        // the test fetches as a view does (bigRefreshKeepsWhatTheUserSees has the tree).
        tester.setUseFetchMore(false);
        QCOMPARE(model.rowCount(), 0);

        session.append(FsEventBatch{ev(IN_MOVED_FROM, p("a")).cookie(1), ev(IN_MOVED_TO, p("b")).cookie(1)});
        model.refresh();
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex chain = model.index(0, 0);
        // Steps are announced once a view fetches them (the chain is expanded).
        QVERIFY(model.hasChildren(chain));
        QCOMPARE(model.rowCount(chain), 0);
        QVERIFY(model.canFetchMore(chain));
        model.fetchMore(chain);
        QVERIFY(!model.canFetchMore(chain));
        QCOMPARE(model.rowCount(chain), 1);

        session.append(FsEventBatch{ev(IN_MOVED_FROM, p("b")).ns(1).cookie(2), ev(IN_MOVED_TO, p("c")).ns(1).cookie(2),
                                    ev(IN_MOVED_TO, p("in")).ns(2).cookie(3)});
        model.refresh();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowCount(model.index(0, 0)), 2);
        QCOMPARE(model.data(model.index(0, RenameChainModel::FirstNameColumn)).toString(), QStringLiteral("/r/a"));
        QCOMPARE(model.data(model.index(0, RenameChainModel::CurrentNameColumn)).toString(), QStringLiteral("/r/c"));
        QCOMPARE(model.data(model.index(0, RenameChainModel::StepsColumn)).toInt(), 2);
        QCOMPARE(model.data(model.index(0, RenameChainModel::TypeColumn)).toString(), QStringLiteral("File"));
        QVERIFY(!model.data(model.index(0, 0), RenameChainModel::UnpairedRole).toBool());
        QVERIFY(model.data(model.index(1, 0), RenameChainModel::UnpairedRole).toBool());
        QCOMPARE(model.data(model.index(1, RenameChainModel::StatusColumn)).toString(),
                 QStringLiteral("Moved in from outside"));
        const QModelIndex step2 = model.index(1, RenameChainModel::CookieColumn, model.index(0, 0));
        QCOMPARE(model.data(step2).toString(), QStringLiteral("2"));
        // What a cookie is, on the step's cell and over the column.
        QVERIFY(model.data(step2, Qt::ToolTipRole).toString().contains(QLatin1String("IN_MOVED_FROM")));
        QCOMPARE(model.headerData(RenameChainModel::CookieColumn, Qt::Horizontal, Qt::ToolTipRole),
                 model.data(step2, Qt::ToolTipRole));
        QCOMPARE(model.pathIdsFor(model.index(0, 0)), (QSet<quint32>{p("a"), p("b"), p("c")}));
        QCOMPARE(model.pathIdsFor(model.index(0, 0, model.index(0, 0))), (QSet<quint32>{p("a"), p("b")}));

        // Moved out at the end: the chain's status says so.
        session.append(FsEventBatch{ev(IN_MOVED_FROM, p("c")).ns(3).cookie(4)});
        stats.finish();
        model.refresh();
        QCOMPARE(model.rowCount(model.index(0, 0)), 3);
        QCOMPARE(model.data(model.index(0, RenameChainModel::StatusColumn)).toString(),
                 QStringLiteral("Renamed 2 times, then moved out"));

        // A chain whose last name is then deleted says so (issue 15), not "Renamed once".
        session.append(FsEventBatch{ev(IN_MOVED_FROM, p("x")).ns(10).cookie(5), ev(IN_MOVED_TO, p("y")).ns(10).cookie(5)});
        model.refresh();
        const QModelIndex xy = model.index(model.rowCount() - 1, RenameChainModel::StatusColumn);
        QCOMPARE(model.data(xy).toString(), QStringLiteral("Renamed once"));
        session.append(FsEventBatch{ev(IN_DELETE, p("y")).ns(11)});
        model.refresh();
        QCOMPARE(model.data(xy).toString(), QStringLiteral("Renamed once, then deleted"));

        // A cleared session resets the model at once, before any refresh: no view may ask it
        // about chains the tracker no longer has.
        session.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void statsPanelRequestsPaths()
    {
        Session session;
        PathTable &paths = session.paths();
        const auto a = paths.internPath("/r/a");
        const auto b = paths.internPath("/r/b");
        FsEventBatch batch;
        for (int i = 0; i < 30; ++i)
            batch.append(ev(IN_MODIFY, a).ns(i * kSec / 10));
        for (int i = 0; i < 10; ++i)
            batch.append(ev(IN_CLOSE_WRITE, b).ns(i * kSec / 10));
        session.append(batch);

        StatsPanel panel(&session);
        QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        panel.resize(900, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        panel.refreshNow();
        QSignalSpy requested(&panel, &StatsPanel::showPathsRequested);

        // Sorted by total, busiest first.
        QTableView *table = panel.tableView();
        const QModelIndex first = table->model()->index(0, StatsModel::NameColumn);
        QCOMPARE(first.data().toString(), QStringLiteral("/r/a"));
        // Selecting only selects (a click, the arrow keys); a double-click or Enter shows.
        table->setFocus();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(first).center());
        QCOMPARE(table->currentIndex().row(), 0);
        QTest::keyClick(table, Qt::Key_Down);
        QCOMPARE(table->currentIndex().row(), 1);
        QCOMPARE(requested.count(), 0);
        QTest::keyClick(table, Qt::Key_Up);
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).value<QSet<quint32>>(), QSet<quint32>{a});
        // Only types that occurred have a column.
        QVERIFY(!table->isColumnHidden(panel.model()->typeColumn(EventTypeIndex::indexOfBit(IN_MODIFY))));
        QVERIFY(table->isColumnHidden(panel.model()->typeColumn(EventTypeIndex::indexOfBit(IN_OPEN))));

        panel.setFilterText(QStringLiteral("/B"));
        QCOMPARE(table->model()->rowCount(), 1);
        panel.setFilterText(QString());

        // Busiest paths: top first; a click on a bar (indexes count bottom-up) asks for its path.
        TopFilesChart *chart = panel.topFilesChart();
        QCOMPARE(chart->pathIds(), (QList<quint32>{a, b}));
        auto *series = qobject_cast<QHorizontalStackedBarSeries *>(chart->chart()->series().value(0));
        QVERIFY(series);
        QCOMPARE(series->count(), 2); // modify, close_write
        Q_EMIT series->clicked(0, series->barSets().at(0));
        QCOMPARE(requested.count(), 1); // a click on a bar is no request
        // The bar's tooltip goes when the Events tab comes up (issue 15).
        Q_EMIT series->hovered(true, 0, series->barSets().at(0));
        QTRY_VERIFY_WITH_TIMEOUT(QToolTip::isVisible(), 5000);
        Q_EMIT series->doubleClicked(0, series->barSets().at(0));
        QCOMPARE(requested.count(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(!QToolTip::isVisible(), 2000); // hideText() fades out
        QCOMPARE(requested.at(1).at(0).value<QSet<quint32>>(), QSet<quint32>{b});
        // The Top N box redraws the chart at once.
        auto *topCount = panel.findChild<QSpinBox *>(QStringLiteral("topCount"));
        QVERIFY(topCount);
        topCount->setValue(1);
        QCOMPARE(chart->pathIds(), QList<quint32>{a});

        // The rate chart shows one line per type that occurred, bounded by the ring.
        QCOMPARE(panel.rateChart()->visibleSeriesCount(), 2);
        QVERIFY(panel.rateChart()->pointCount() >= 30); // at least half a minute is drawn
        QVERIFY(panel.rateChart()->pointCount() <= 600);

        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("top.png"));
        QVERIFY(panel.saveChartImage(StatsPanel::Chart::TopFiles, png));
        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 100);
        QVERIFY(panel.saveChartImage(StatsPanel::Chart::Rate, dir.filePath(QStringLiteral("rate.png"))));
        QVERIFY(!panel.saveChartImage(StatsPanel::Chart::Rate, QStringLiteral("/nonexistent/dir/x.png")));

        // Rebinding to a reopened session recounts from its events.
        Session reopened;
        reopened.append(FsEventBatch{ev(IN_CREATE, reopened.paths().internPath("/o/x"))});
        reopened.setOrigin(QStringLiteral("old.csv"));
        panel.setSession(&reopened);
        QCOMPARE(panel.model()->rowCount(), 1);
        QCOMPARE(panel.session(), &reopened);
    }

    void shortestUniquePathSuffixes()
    {
        QCOMPARE(PathSuffix::shortestUnique({QStringLiteral("/p/etc/app/config"),
                                             QStringLiteral("/p/etc/lib/config"),
                                             QStringLiteral("/p/src/main.cpp"),
                                             QStringLiteral("/p/build/"),
                                             QStringLiteral("/q/app/config")}),
                 (QStringList{QStringLiteral("etc/app/config"), QStringLiteral("lib/config"),
                              QStringLiteral("main.cpp"), QStringLiteral("build/"),
                              QStringLiteral("/q/app/config")})); // up to the root: whole
        // When every component is needed, the whole path shows, from the root.
        QCOMPARE(PathSuffix::shortestUnique({QStringLiteral("/config"), QStringLiteral("/x/config")}),
                 (QStringList{QStringLiteral("/config"), QStringLiteral("/x/config")}));
        QCOMPARE(PathSuffix::shortestUnique({QStringLiteral("/a/b"), QStringLiteral("/a/b")}),
                 (QStringList{QStringLiteral("b"), QStringLiteral("b")})); // one path twice: one name
    }

    // At the size the Statistics tab has in a 1320x840 window (issue 15): every bar has a
    // readable label (no bare "…"), two `config` files can be told apart, a long name is elided in
    // the middle, and every event type drawn is named in a legend that is not clipped.
    void statisticsReadableAtTheDefaultSize_data()
    {
        QTest::addColumn<QString>("family");
        QTest::newRow("default font") << QString();
        // The Japanese desktop's font: taller lines, which Qt Charts cut down to "…".
        QTest::newRow("Noto Sans CJK JP") << QStringLiteral("Noto Sans CJK JP");
    }

    void statisticsReadableAtTheDefaultSize()
    {
        QFETCH(QString, family);
        const QFont before = QApplication::font();
        const auto restoreFont = qScopeGuard([before] { QApplication::setFont(before); });
        if (!family.isEmpty()) {
            QFont f(family, before.pointSize());
            QApplication::setFont(f);
        }
        Session session;
        PathTable &paths = session.paths();
        const QByteArray root = "/home/ada/projects/a-rather-long-project-name";
        const QList<QByteArray> names = {
            "/etc/app/config", "/etc/lib/config", "/src/main.cpp",
            "/src/generated/an-extremely-long-generated-file-name-that-cannot-fit-in-a-chart.cpp",
            "/docs/notes.md", "/build/obj1.o", "/build/obj2.o", "/build/obj3.o", "/build/obj4.o",
            "/build/obj5.o"};
        FsEventBatch batch;
        qint64 ns = 0;
        for (int i = 0; i < names.size(); ++i) {
            const quint32 id = paths.internPath(root + names.at(i));
            for (int k = 0; k < 100 - i; ++k) {
                for (const EventNames::Type &t : EventNames::types()) {
                    if (t.mask & IN_UNMOUNT)
                        continue; // hard to come by, and the 40k/s case is about the others
                    batch.append(ev(t.mask, id).ns(ns));
                }
                ns += kSec / 50;
            }
        }
        session.append(batch);

        StatsPanel panel(&session);
        QVERIFY(showExposed(panel, {1300, 690}));
        panel.refreshNow();
        QCoreApplication::processEvents();

        TopFilesChart *chart = panel.topFilesChart();
        QCOMPARE(chart->labels().size(), 10);
        QVERIFY(chart->labels().contains(QStringLiteral("app/config")));
        QVERIFY(chart->labels().contains(QStringLiteral("lib/config")));
        auto drawnTexts = [chart] {
            QStringList drawn;
            for (QGraphicsItem *item : chart->scene()->items()) {
                if (!item->isVisible())
                    continue;
                if (auto *text = dynamic_cast<QGraphicsTextItem *>(item))
                    drawn << text->toPlainText();
                else if (auto *simple = dynamic_cast<QGraphicsSimpleTextItem *>(item))
                    drawn << simple->text();
            }
            return drawn;
        };
        // The labels are fitted to the laid-out chart, a few event-loop turns after drawing.
        QTRY_VERIFY2_WITH_TIMEOUT(drawnTexts().contains(QStringLiteral("lib/config")), qPrintable(drawnTexts().join(u'|') + QString::number(chart->chart()->axes(Qt::Vertical).first()->labelsFont().pointSizeF()) + u' ' + QString::number(chart->chart()->plotArea().height())), 5000);
        const QStringList drawn = drawnTexts();
        for (const QString &label : {QStringLiteral("app/config"), QStringLiteral("lib/config"),
                                     QStringLiteral("main.cpp"), QStringLiteral("notes.md")})
            QVERIFY2(drawn.contains(label), qPrintable(label + drawn.join(u'|') + QString::number(chart->chart()->plotArea().height()) + u' ' + QString::number(chart->chart()->axes(Qt::Vertical).first()->labelsFont().pointSizeF())));
        bool elided = false;
        for (const QString &text : drawn) {
            QVERIFY2(text != QStringLiteral("\u2026") && text != QStringLiteral("..."),
                     "a bar label cut down to nothing");
            if (text.startsWith(QLatin1String("an-extremely")) && text.endsWith(QLatin1String("chart.cpp"))
                && text.contains(QChar(0x2026)))
                elided = true;
        }
        QVERIFY(elided);

        // Every type drawn, in either chart, is in the legend; the legend shows all its lines.
        const QList<int> legend = panel.legend()->types();
        QCOMPARE(legend.size(), EventNames::types().size() - 1);
        for (int t : panel.rateChart()->types())
            QVERIFY(legend.contains(t));
        for (int t : chart->types())
            QVERIFY(legend.contains(t));
        QVERIFY(panel.legend()->isVisible());
        QVERIFY(panel.legend()->height() >= panel.legend()->heightForWidth(panel.legend()->width()));
    }

    void statsPanelCoalescesBatches()
    {
        Session session;
        StatsPanel panel(&session);
        QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        panel.show(); // an empty live chart: the last half minute, drawn at once
        QCOMPARE(panel.rateChart()->pointCount(), 30);
        QSignalSpy inserted(panel.model(), &QAbstractItemModel::rowsInserted);
        for (int i = 0; i < 20; ++i)
            session.append(FsEventBatch{ev(IN_CREATE, session.paths().internPath(
                                                          "/r/f" + QByteArray::number(i))).ns(i)});
        QCOMPARE(inserted.count(), 0); // nothing until the tick
        QTRY_COMPARE_WITH_TIMEOUT(panel.model()->rowCount(), 20, 5000);
        QCOMPARE(inserted.count(), 1);
    }

    void rateChartReplacesPoints()
    {
        RateHistory history;
        RateChart chart;
        for (int round = 0; round < 50; ++round) {
            history.add(ev(IN_MODIFY, 1).ns(round * kSec));
            chart.setData(history, 0, kTestEpochNs, kTestEpochNs + round * kSec);
        }
        QCOMPARE(chart.pointCount(), 50); // the 50 s spanned, not 50 rounds of appended points
        chart.setData(history, 0, kTestEpochNs, kTestEpochNs + 3600 * kSec);
        QCOMPARE(chart.pointCount(), 600); // at most the ring
        chart.setData(history, 2, kTestEpochNs, kTestEpochNs + 3600 * kSec);
        QCOMPARE(chart.pointCount(), 61);
    }

    void renamePanelRequestsAllNames()
    {
        Session session;
        PathTable &paths = session.paths();
        auto p = [&paths](const char *n) { return paths.internPath(QByteArray("/r/") + n); };
        session.append(FsEventBatch{ev(IN_MOVED_FROM, p("a")).cookie(1), ev(IN_MOVED_TO, p("b")).cookie(1),
                                    ev(IN_MOVED_FROM, p("b")).ns(1).cookie(2), ev(IN_MOVED_TO, p("c")).ns(1).cookie(2)});
        RenameChainPanel panel(&session);
        QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        tester.setUseFetchMore(false); // past its constructor's fetch of all: the tree fetches
        QSignalSpy requested(&panel, &RenameChainPanel::showPathsRequested);
        QTreeView *tree = panel.treeView();
        QCOMPARE(tree->model()->rowCount(), 1);
        QVERIFY(showExposed(panel));
        tree->setCurrentIndex(tree->model()->index(0, 0));
        QCOMPARE(requested.count(), 0); // selecting only selects
        tree->setFocus();
        QTest::keyClick(tree, Qt::Key_Enter);
        QCOMPARE(requested.count(), 1);
        const QModelIndex chainIndex = tree->model()->index(0, 1);
        // QTest's widget double-click is the second click only: the first comes before it.
        const QPoint at = tree->visualRect(chainIndex).center();
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(requested.count(), 1);
        QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(requested.count(), 2);
        QCOMPARE(requested.at(0).at(0).value<QSet<quint32>>(), (QSet<quint32>{p("a"), p("b"), p("c")}));
        requested.clear();

        tree->expand(tree->model()->index(0, 0));
        QCOMPARE(tree->model()->rowCount(tree->model()->index(0, 0)), 2);
        session.append(FsEventBatch{ev(IN_MOVED_FROM, p("c")).ns(2).cookie(3), ev(IN_MOVED_TO, p("d")).ns(2).cookie(3)});
        QTRY_COMPARE_WITH_TIMEOUT(tree->model()->rowCount(tree->model()->index(0, 0)), 3, 5000);
        panel.setFilterText(QStringLiteral("nothing like it"));
        QCOMPARE(tree->model()->rowCount(), 0);
        panel.setFilterText(QStringLiteral("/r/d"));
        QCOMPARE(tree->model()->rowCount(), 1);
    }
    // A session streaming in grows thousands of chains per tick. Only the chains the tree has
    // expanded get their new steps inserted (one insert each: the proxy maps only those); the
    // others are fetched when expanded. What the user sees survives the refresh: the expanded
    // chain, the selection, the scroll position.
    void bigRefreshKeepsWhatTheUserSees()
    {
        constexpr int kChains = 3000;
        Session session;
        PathTable &paths = session.paths();
        auto p = [&paths](char letter, int i) {
            return paths.internPath(QByteArray("/r/") + letter + QByteArray::number(i));
        };
        auto renameAll = [&](char from, char to, quint32 cookies, qint64 ns) {
            FsEventBatch batch;
            for (int i = 0; i < kChains; ++i) {
                batch.append(ev(IN_MOVED_FROM, p(from, i)).ns(ns + i).cookie(cookies + i));
                batch.append(ev(IN_MOVED_TO, p(to, i)).ns(ns + i).cookie(cookies + i));
            }
            session.append(batch);
        };
        RenameChainPanel panel(&session);
        // Made on the empty model: the tester's constructor fetches all it can.
        QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        tester.setUseFetchMore(false); // the tree fetches
        renameAll('a', 'b', 1, 0);
        panel.refreshNow();
        QVERIFY(showExposed(panel, {900, 500}));
        QTreeView *tree = panel.treeView();
        QAbstractItemModel *shown = tree->model();
        QCOMPARE(shown->rowCount(), kChains); // sorted by first time: row i is chain i

        auto firstName = [shown](int row) { return shown->index(row, 0).data().toString(); };
        tree->scrollTo(shown->index(1500, 0), QAbstractItemView::PositionAtTop);
        const QPersistentModelIndex expanded = shown->index(1501, 0);
        tree->expand(expanded);
        QTRY_COMPARE_WITH_TIMEOUT(shown->rowCount(expanded), 1, 5000);
        tree->setCurrentIndex(shown->index(1503, 0));
        QTRY_COMPARE_WITH_TIMEOUT(firstName(tree->indexAt(QPoint(1, 1)).row()), QStringLiteral("/r/a1500"), 5000);
        const int scroll = tree->verticalScrollBar()->value();

        QSignalSpy inserted(panel.model(), &QAbstractItemModel::rowsInserted);
        renameAll('b', 'c', 100000, kSec);
        panel.refreshNow();
        QCOMPARE(inserted.count(), 1); // not one per grown chain
        QCOMPARE(inserted.at(0).at(0).value<QModelIndex>().row(), 1501);
        QCOMPARE(shown->rowCount(expanded), 2);
        QVERIFY(tree->isExpanded(expanded));
        QCOMPARE(firstName(tree->currentIndex().row()), QStringLiteral("/r/a1503"));
        QCOMPARE(tree->verticalScrollBar()->value(), scroll);
        QTRY_COMPARE_WITH_TIMEOUT(firstName(tree->indexAt(QPoint(1, 1)).row()), QStringLiteral("/r/a1500"), 5000);

        // A chain not expanded before says it has two steps, and shows them once expanded.
        const QModelIndex other = shown->index(1502, 0);
        QCOMPARE(shown->index(1502, RenameChainModel::StepsColumn).data().toInt(), 2);
        QCOMPARE(shown->index(1502, RenameChainModel::CurrentNameColumn).data().toString(), QStringLiteral("/r/c1502"));
        QVERIFY(shown->hasChildren(other));
        tree->expand(other);
        QTRY_COMPARE_WITH_TIMEOUT(shown->rowCount(other), 2, 5000);
        QCOMPARE(shown->index(1, RenameChainModel::CurrentNameColumn, other).data().toString(), QStringLiteral("/r/c1502"));

        // Sorting still works on the refreshed rows: the one chain with a third step first.
        session.append(FsEventBatch{ev(IN_MOVED_FROM, p('c', 7)).ns(3 * kSec).cookie(7),
                                    ev(IN_MOVED_TO, p('d', 7)).ns(3 * kSec).cookie(7)});
        panel.refreshNow();
        tree->sortByColumn(RenameChainModel::StepsColumn, Qt::DescendingOrder);
        QCOMPARE(firstName(0), QStringLiteral("/r/a7"));
        QCOMPARE(shown->index(0, RenameChainModel::StepsColumn).data().toInt(), 3);
    }

    // The filter finds a chain by a name it had only in the middle (neither its first nor its
    // current name), though its steps were never fetched, and shows that step once expanded.
    void filterFindsAStepOfAChainNotExpanded()
    {
        Session session;
        PathTable &paths = session.paths();
        auto p = [&paths](const char *n) { return paths.internPath(QByteArray("/r/") + n); };
        RenameChainPanel panel(&session);
        QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        tester.setUseFetchMore(false); // on the empty model: its constructor fetches all it can
        session.append(FsEventBatch{ev(IN_MOVED_FROM, p("a")).cookie(1), ev(IN_MOVED_TO, p("middle")).cookie(1),
                                    ev(IN_MOVED_FROM, p("middle")).ns(1).cookie(2), ev(IN_MOVED_TO, p("c")).ns(1).cookie(2),
                                    ev(IN_MOVED_FROM, p("x")).ns(2).cookie(3), ev(IN_MOVED_TO, p("y")).ns(2).cookie(3)});
        panel.refreshNow();
        QVERIFY(showExposed(panel));
        QTreeView *tree = panel.treeView();
        QAbstractItemModel *shown = tree->model();
        QCOMPARE(shown->rowCount(), 2);
        QCOMPARE(panel.model()->rowCount(panel.model()->index(0, 0)), 0); // not fetched

        panel.setFilterText(QStringLiteral("MIDDLE")); // case-insensitive, as before
        QCOMPARE(shown->rowCount(), 1);
        const QModelIndex chain = shown->index(0, 0);
        QCOMPARE(chain.data().toString(), QStringLiteral("/r/a"));
        tree->expand(chain);
        QTRY_COMPARE_WITH_TIMEOUT(shown->rowCount(chain), 2, 5000); // both steps name /r/middle
        QCOMPARE(shown->index(1, RenameChainModel::FirstNameColumn, chain).data().toString(), QStringLiteral("/r/middle"));

        panel.setFilterText(QStringLiteral("/r/a"));
        QCOMPARE(shown->rowCount(), 1);
        QCOMPARE(shown->rowCount(shown->index(0, 0)), 1); // the one step that names /r/a
        panel.setFilterText(QStringLiteral("/r/y"));
        QCOMPARE(shown->rowCount(), 1);
        QCOMPARE(shown->index(0, 0).data().toString(), QStringLiteral("/r/x"));
        panel.setFilterText(QStringLiteral("nothing like it"));
        QCOMPARE(shown->rowCount(), 0);
        panel.setFilterText(QString());
        QCOMPARE(shown->rowCount(), 2);
    }

    void panelBehindAnotherTabCatchesUpWhenShown()
    {
        Session session;
        PathTable &paths = session.paths();
        auto p = [&paths](const char *n) { return paths.internPath(QByteArray("/r/") + n); };
        QTabWidget tabs;
        tabs.addTab(new QWidget, QStringLiteral("Events"));
        auto *panel = new RenameChainPanel(&session);
        tabs.addTab(panel, QStringLiteral("Renames"));
        QVERIFY(showExposed(tabs));
        QCOMPARE(panel->treeView()->model()->rowCount(), 0);
        // A panel on its own on the same session, made after the hidden one: it redraws at its
        // tick, and a tick the hidden panel had wrongly started at the same append would have
        // come first (QTimer fires in order of expiry). Its redraw proves a tick has passed.
        RenameChainPanel ticking(&session);

        session.append(FsEventBatch{ev(IN_MOVED_FROM, p("a")).cookie(1), ev(IN_MOVED_TO, p("b")).cookie(1)});
        QCOMPARE(panel->stats()->renames().chainCount(), 1); // counted at once
        // Behind the Events tab the view is not redrawn: past a tick it still shows nothing.
        QTRY_COMPARE_WITH_TIMEOUT(ticking.treeView()->model()->rowCount(), 1, 5000);
        QCOMPARE(panel->treeView()->model()->rowCount(), 0);
        // Shown, it is up to date at once, without waiting for a tick.
        tabs.setCurrentWidget(panel);
        QCOMPARE(panel->treeView()->model()->rowCount(), 1);
        // Expanded, the chain's steps are fetched when the tree lays itself out.
        panel->treeView()->expand(panel->treeView()->model()->index(0, 0));
        QTRY_COMPARE_WITH_TIMEOUT(panel->treeView()->model()->rowCount(panel->treeView()->model()->index(0, 0)), 1, 5000);
    }
};

QTEST_MAIN(tst_StatsViews)
#include "tst_statsviews.moc"
