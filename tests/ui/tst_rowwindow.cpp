#include "core/pathtable.h"
#include "core/session.h"
#include "events/eventfinder.h"
#include "events/eventtablemodel.h"
#include "events/eventtableview.h"
#include "events/findbar.h"
#include "events/jumptotimedialog.h"
#include "events/rowcopier.h"
#include "events/rowcopyjob.h"
#include "events/rowselection.h"
#include "events/tailfollower.h"
#include "lib/showexposed.h"
#include "lib/testevent.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QMimeData>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QWheelEvent>

#include <numeric>

// The event table's row window (issue 12): a view over more rows than the window sees only a
// slice of them, yet scrolls, moves, finds and copies through all. A small window (1000 rows) over
// 50,000 events, the real model under QAbstractItemModelTester and the real view, offscreen.
class tst_RowWindow : public QObject
{
    Q_OBJECT

private:
    static constexpr int kWindow = 1000;
    static constexpr int kEvents = 50000;

    // Event i: a millisecond apart, cookie i, so a row tells which event it shows. Creates and
    // modifies alternate (a filter on one of them is a list of rows, not every serial); event
    // kNeedle alone is on the path Find looks for.
    static constexpr int kNeedle = 41234;
    struct Fixture {
        Session session;
        quint32 plain, needle;
        EventTableModel model;
        QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::QtTest};
        EventTableView view{&model};
        int appended = 0;

        Fixture()
        {
            plain = session.paths().internPath("/w/plain.txt");
            needle = session.paths().internPath("/w/needle.txt");
            model.setWindowRows(kWindow);
            model.setSession(&session);
            append(kEvents);
            view.resize(700, 500);
            view.show();
        }
        void append(int n)
        {
            FsEventBatch batch;
            for (int i = appended; i < appended + n; ++i)
                batch.push_back(ev(i % 2 ? IN_MODIFY : IN_CREATE, i == kNeedle ? needle : plain)
                                    .ms(i).cookie(quint32(i)));
            appended += n;
            session.append(batch);
            model.flush();
        }
        int currentRow() const { return model.rowOf(view.currentIndex()); }
        // The shown rows on screen, top and bottom (fully shown).
        int topRow() const { return model.rowOf(view.indexAt(QPoint(1, 1))); }
        int bottomRow() const
        {
            return model.rowOf(view.indexAt(QPoint(1, view.viewport()->height() - 2)));
        }
        bool isCurrentOnScreen() const
        {
            return view.viewport()->rect().contains(view.visualRect(view.currentIndex()));
        }
        quint32 cookieOf(int row) const { return model.eventAt(row).cookie; }
        // The centre of shown row `row` on screen (it must be in the window).
        QPoint pointOf(int row) const { return view.visualRect(model.indexOfRow(row)).center(); }
        void click(int row, Qt::KeyboardModifiers modifiers = {})
        {
            QTest::mouseClick(view.viewport(), Qt::LeftButton, modifiers, pointOf(row));
        }
        // Where the selection tests start: the view on screen at its first rows, with the keyboard
        // focus, and row `row` clicked: the anchor of what Shift selects next. False if the
        // window system never exposed the view (nothing can be clicked then).
        [[nodiscard]] bool anchorAt(int row)
        {
            if (!QTest::qWaitForWindowExposed(&view))
                return false;
            view.scrollToFirstRow();
            view.setFocus();
            click(row);
            return true;
        }
        // Rows `first` to `last`, both in.
        static std::vector<int> rowsFrom(int first, int last)
        {
            std::vector<int> rows(std::size_t(last - first + 1));
            std::iota(rows.begin(), rows.end(), first);
            return rows;
        }
        // Copy, until its slices are done (RowCopyJob).
        void copy()
        {
            QSignalSpy finished(view.copyJob(), &RowCopyJob::finished);
            view.copyRows();
            QVERIFY(!finished.isEmpty() || finished.wait(30000));
        }
        // Copy, and the lines of text/plain it puts on the clipboard.
        QStringList copiedLines()
        {
            copy();
            const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
            return mime ? mime->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts) : QStringList();
        }
        // Row `row` as Copy writes it.
        QString lineOf(int row) const
        {
            return RowCopier::text(model, *view.horizontalHeader(), {row}).trimmed();
        }
        // Every row of the window is shown selected exactly when `rows` has it.
        void verifyPainted(const RowSelection &rows) const
        {
            for (int r = 0; r < model.rowCount(); ++r) {
                QVERIFY2(view.selectionModel()->isRowSelected(r, {}) == rows.contains(model.windowFirst() + r),
                         qPrintable(QString::number(model.windowFirst() + r)));
            }
        }
        // Every Qt row of the window shows the event of its shown row.
        void verifyWindow() const
        {
            QVERIFY(model.rowCount() <= kWindow);
            QCOMPARE(model.rowCount(), qMin(kWindow, model.shownCount() - model.windowFirst()));
            for (int r = 0; r < model.rowCount(); r += 97) {
                const QModelIndex i = model.index(r, EventTableModel::CookieColumn);
                QCOMPARE(i.data(EventTableModel::SerialRole).toULongLong(),
                         model.serialAt(model.windowFirst() + r));
                QCOMPARE(i.data().toUInt(), cookieOf(model.windowFirst() + r));
            }
        }
    };

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void theWholeBarReachesTheLastEvent()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.view));
        QVERIFY(f.model.isWindowed());
        QCOMPARE(f.model.rowCount(), kWindow);
        QCOMPARE(f.model.shownCount(), kEvents);
        QScrollBar *bar = f.view.allRowsBar();
        QVERIFY(bar->isVisible());
        QVERIFY(!f.view.verticalScrollBar()->isVisible());
        QCOMPARE(f.view.rowScrollBar(), bar);
        // The view follows the tail: the last event at the bottom.
        QCOMPARE(bar->value(), bar->maximum());
        QCOMPARE(f.bottomRow(), kEvents - 1);
        QCOMPARE(f.cookieOf(f.bottomRow()), quint32(kEvents - 1));

        // Dragging the bar: its value is the first row on screen, as in a table without window.
        bar->setValue(0);
        QCOMPARE(f.model.windowFirst(), 0);
        QCOMPARE(f.topRow(), 0);
        bar->setValue(kEvents / 2);
        QCOMPARE(f.topRow(), kEvents / 2);
        QVERIFY(f.model.windowFirst() > 0);
        f.verifyWindow();
        bar->setValue(bar->maximum());
        QCOMPARE(f.bottomRow(), kEvents - 1);
        // At its maximum QTableView lines the last row up with the bottom: the top one may be cut.
        QVERIFY(f.topRow() == bar->maximum() || f.topRow() == bar->maximum() - 1);
        f.verifyWindow();

        // The wheel goes through window edges too.
        bar->setValue(kWindow - 5);
        const int top = f.topRow();
        for (int i = 0; i < 400; ++i) {
            QWheelEvent wheel(QPointF(10, 10), f.view.viewport()->mapToGlobal(QPointF(10, 10)), QPoint(),
                              QPoint(0, -120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(f.view.viewport(), &wheel);
        }
        // Three rows a notch, as in any table, and more than a window's worth in all.
        QCOMPARE(f.topRow(), top + 400 * QApplication::wheelScrollLines());
        QVERIFY(400 * QApplication::wheelScrollLines() > kWindow);
        QCOMPARE(f.topRow(), bar->value());
        f.verifyWindow();
    }

    void keysCrossWindowEdges()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.view));
        f.view.setFocus();
        QTest::keyClick(&f.view, Qt::Key_Home, Qt::ControlModifier);
        QCOMPARE(f.currentRow(), 0);
        QCOMPARE(f.topRow(), 0);
        // Page Down, again and again: over three windows' worth of rows, never stuck at an edge.
        int previous = 0;
        while (f.currentRow() < 3 * kWindow) {
            QTest::keyClick(&f.view, Qt::Key_PageDown);
            QVERIFY2(f.currentRow() > previous, qPrintable(QString::number(previous)));
            QVERIFY(f.isCurrentOnScreen());
            previous = f.currentRow();
        }
        QCOMPARE(f.cookieOf(f.currentRow()), quint32(f.currentRow()));
        // Down one at a time across the next window edge.
        const int edge = f.model.windowFirst() + f.model.rowCount();
        while (f.currentRow() < edge + 5) {
            const int before = f.currentRow();
            QTest::keyClick(&f.view, Qt::Key_Down);
            QCOMPARE(f.currentRow(), before + 1);
            QVERIFY(f.isCurrentOnScreen());
        }
        // Ctrl+End: the last of all rows; Page Up back across an edge; Ctrl+Home: the first.
        QTest::keyClick(&f.view, Qt::Key_End, Qt::ControlModifier);
        QCOMPARE(f.currentRow(), kEvents - 1);
        QCOMPARE(f.view.currentIndex().column(), int(EventTableModel::SourceColumn)); // last shown
        QVERIFY(f.isCurrentOnScreen());
        while (f.currentRow() > kEvents - 2 * kWindow) {
            const int before = f.currentRow();
            QTest::keyClick(&f.view, Qt::Key_PageUp);
            QVERIFY(f.currentRow() < before);
            QVERIFY(f.isCurrentOnScreen());
        }
        f.verifyWindow();
        QTest::keyClick(&f.view, Qt::Key_Home, Qt::ControlModifier);
        QCOMPARE(f.currentRow(), 0);
        QCOMPARE(f.view.currentIndex().column(), int(EventTableModel::TimeColumn));
        QVERIFY(f.isCurrentOnScreen());
        // End: the latest row (the tail follower's key).
        QTest::keyClick(&f.view, Qt::Key_End);
        QCOMPARE(f.bottomRow(), kEvents - 1);
        QVERIFY(f.view.follower()->isFollowing());
    }

    void findBookmarkAndJumpReachRowsOutsideTheWindow()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.view));
        f.view.scrollToFirstRow();
        f.view.goToRow(10);
        QCOMPARE(f.model.windowFirst(), 0);

        // Find, through the find bar as the user types.
        FindBar bar(&f.view);
        bar.open();
        auto *edit = bar.findChild<QLineEdit *>(QStringLiteral("findEdit"));
        QTest::keyClicks(edit, QStringLiteral("needle"));
        QTRY_COMPARE_WITH_TIMEOUT(f.currentRow(), kNeedle, 5000);
        QVERIFY(f.model.windowFirst() > 0);
        QVERIFY(f.isCurrentOnScreen());
        QCOMPARE(f.view.currentIndex().data(EventTableModel::FindMatchRole).toBool(), true);
        QCOMPARE(f.cookieOf(f.currentRow()), quint32(kNeedle));
        bar.dismiss();

        // Bookmarks: one far below the window, one far above.
        QVERIFY(f.model.toggleBookmark(100));
        QVERIFY(f.model.toggleBookmark(48000));
        f.view.goToRow(kEvents / 2);
        f.view.goToBookmark(true);
        QCOMPARE(f.currentRow(), 48000);
        QVERIFY(f.isCurrentOnScreen());
        QVERIFY(f.view.currentIndex().data(EventTableModel::BookmarkRole).toBool());
        f.view.goToBookmark(true); // wraps around to the first
        QCOMPARE(f.currentRow(), 100);
        QVERIFY(f.isCurrentOnScreen());

        // Jump to Time, answering the real dialog: event 30000's time.
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<JumpToTimeDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->findChild<QDateTimeEdit *>()->setDateTime(
                QDateTime::fromMSecsSinceEpoch(kTestEpochNs / 1000000 + 30000));
            dialog->accept();
        });
        f.view.jumpToTime();
        QCOMPARE(f.currentRow(), 30000);
        QVERIFY(f.isCurrentOnScreen());
        f.verifyWindow();
    }

    void selectionIsKeptAcrossAWindowMove()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.view));
        f.view.scrollToFirstRow();
        f.view.goToRow(900);
        const QModelIndex first = f.model.indexOfRow(898);
        const QModelIndex last = f.model.indexOfRow(902, EventTableModel::ColumnCount - 1);
        f.view.selectionModel()->select(QItemSelection(first, last), QItemSelectionModel::Select);
        QCOMPARE(f.view.selectedRowList(), (std::vector<int>{898, 899, 900, 901, 902}));
        const int windowBefore = f.model.windowFirst();
        // Scrolling down past the window moves it; rows 898..902 are still inside the new one.
        f.view.allRowsBar()->setValue(windowBefore + kWindow + 10);
        QVERIFY(f.model.windowFirst() > windowBefore);
        QVERIFY(f.model.windowFirst() <= 898);
        QCOMPARE(f.currentRow(), 900);
        QCOMPARE(f.view.selectedRowList(), (std::vector<int>{898, 899, 900, 901, 902}));
        QVERIFY(f.view.selectionModel()->isRowSelected(900 - f.model.windowFirst(), {}));
        QCOMPARE(f.view.currentIndex().data(EventTableModel::SerialRole).toULongLong(),
                 f.model.serialAt(900));
        // Keys go on from the kept current row.
        f.view.setFocus();
        QTest::keyClick(&f.view, Qt::Key_Down);
        QCOMPARE(f.currentRow(), 901);
    }

    void selectAllCopiesEveryRow()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.view));
        f.view.setFocus();
        QTest::keyClick(&f.view, Qt::Key_A, Qt::ControlModifier);
        QVERIFY(f.view.isAllSelected());
        QCOMPARE(int(f.view.selectedRowList().size()), kEvents);
        // Moving the window keeps "all", and shows the new window's rows selected.
        f.view.allRowsBar()->setValue(kEvents / 3);
        QVERIFY(f.view.isAllSelected());
        QVERIFY(f.view.selectionModel()->isRowSelected(0, {}));
        QVERIFY(f.view.selectionModel()->isRowSelected(f.model.rowCount() - 1, {}));
        f.copy();
        const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
        QVERIFY(mime);
        const QStringList lines = mime->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), kEvents);
        QVERIFY(lines.last().contains(QStringLiteral("plain.txt")));
        QCOMPARE(mime->data(QStringLiteral("text/csv")).count('\n'), kEvents + 1); // + header
        // A click selects one row again.
        QTest::mouseClick(f.view.viewport(), Qt::LeftButton, {}, QPoint(5, 5));
        QVERIFY(!f.view.isAllSelected());
        QCOMPARE(f.view.selectedRowList(), std::vector<int>{f.topRow()});
    }

    void rowSelectionKeepsRanges()
    {
        RowSelection s;
        QVERIFY(s.isEmpty());
        s.select(20, 10);
        s.select(30, 40);
        s.select(21, 29); // fills the gap: one range
        QCOMPARE(s.ranges(), (std::vector<RowSelection::Range>{{10, 40}}));
        s.deselect(15, 16);
        QCOMPARE(s.ranges(), (std::vector<RowSelection::Range>{{10, 14}, {17, 40}}));
        QVERIFY(s.contains(10) && s.contains(14) && s.contains(17) && s.contains(40));
        QVERIFY(!s.contains(9) && !s.contains(15) && !s.contains(16) && !s.contains(41));
        QCOMPARE(s.count(), qint64(29));
        s.select(15, 15);
        s.select(16, 16); // adjacent on both sides: merged again
        QCOMPARE(s.ranges(), (std::vector<RowSelection::Range>{{10, 40}}));
        s.select(100, 100);
        s.select(50, 60);
        QCOMPARE(s.ranges(), (std::vector<RowSelection::Range>{{10, 40}, {50, 60}, {100, 100}}));
        QCOMPARE(s.rangesWithin(35, 55), (std::vector<RowSelection::Range>{{35, 40}, {50, 55}}));
        QCOMPARE(s.rows().size(), std::size_t(s.count()));
        QCOMPARE(s.rows().front(), 10);
        QCOMPARE(s.rows().back(), 100);
        s.dropFirst(12); // rows 0..11 went: 12 becomes 0
        QCOMPARE(s.ranges(), (std::vector<RowSelection::Range>{{0, 28}, {38, 48}, {88, 88}}));
        s.deselect(0, 1000);
        QVERIFY(s.isEmpty());
        // Two billion rows cost two ints.
        s.select(0, std::numeric_limits<int>::max() - 1);
        QCOMPARE(s.count(), qint64(std::numeric_limits<int>::max()));
    }

    void shiftEndSelectsToTheLastRow()
    {
        Fixture f;
        QVERIFY(f.anchorAt(10));
        QCOMPARE(f.view.selectedRowList(), std::vector<int>{10});
        QTest::keyClick(&f.view, Qt::Key_End, Qt::ShiftModifier);
        QCOMPARE(f.currentRow(), kEvents - 1);
        QVERIFY(f.isCurrentOnScreen());
        QCOMPARE(f.view.selectedRowList(), Fixture::rowsFrom(10, kEvents - 1));
        const QStringList lines = f.copiedLines();
        QCOMPARE(lines.size(), kEvents - 10);
        QCOMPARE(lines.first(), f.lineOf(10));
        QCOMPARE(lines.last(), f.lineOf(kEvents - 1));
        RowSelection expected;
        expected.select(10, kEvents - 1);
        f.verifyPainted(expected);
        // Back with Shift+Home: from the same anchor to the first row.
        QTest::keyClick(&f.view, Qt::Key_Home, Qt::ShiftModifier);
        QCOMPARE(f.currentRow(), 0);
        QCOMPARE(f.view.selectedRowList(), Fixture::rowsFrom(0, 10));
        // A plain key: one row again, also outside the window.
        QTest::keyClick(&f.view, Qt::Key_Down);
        QCOMPARE(f.view.selectedRowList(), std::vector<int>{1});
    }

    void shiftPageDownKeepsTheRangeAcrossWindowEdges()
    {
        Fixture f;
        QVERIFY(f.anchorAt(5));
        int moves = 0;
        int windowFirst = f.model.windowFirst();
        while (moves < 2) {
            const int before = f.currentRow();
            QTest::keyClick(&f.view, Qt::Key_PageDown, Qt::ShiftModifier);
            QVERIFY(f.currentRow() > before);
            QVERIFY(f.isCurrentOnScreen());
            if (f.model.windowFirst() != windowFirst) {
                windowFirst = f.model.windowFirst();
                ++moves;
            }
        }
        // Past the first window's rows: 5 and the rows after it are no Qt rows any more.
        QVERIFY(f.model.windowFirst() > 5);
        QVERIFY(f.currentRow() > kWindow);
        QCOMPARE(f.view.selectedRowList(), Fixture::rowsFrom(5, f.currentRow()));
        RowSelection expected;
        expected.select(5, f.currentRow());
        f.verifyPainted(expected);
        QCOMPARE(f.copiedLines().size(), f.currentRow() - 5 + 1);
        // Shift+Up shrinks it from the same anchor.
        const int end = f.currentRow();
        QTest::keyClick(&f.view, Qt::Key_Up, Qt::ShiftModifier);
        QCOMPARE(f.view.selectedRowList(), Fixture::rowsFrom(5, end - 1));
    }

    void shiftClickAfterScrollingFarSelectsTheRange()
    {
        Fixture f;
        const int a = 7;
        QVERIFY(f.anchorAt(a));
        QCOMPARE(f.view.selectedRowList(), std::vector<int>{a});
        f.view.allRowsBar()->setValue(30000);
        QVERIFY(f.model.windowFirst() > a); // row a is no Qt row now
        const int b = f.topRow() + 3;
        f.click(b, Qt::ShiftModifier);
        QCOMPARE(f.currentRow(), b);
        QCOMPARE(f.view.selectedRowList(), Fixture::rowsFrom(a, b));
        const QStringList lines = f.copiedLines();
        QCOMPARE(lines.size(), b - a + 1);
        QCOMPARE(lines.first(), f.lineOf(a));
        QCOMPARE(lines.last(), f.lineOf(b));
        // Back at the top the rows are shown selected.
        f.view.allRowsBar()->setValue(0);
        RowSelection expected;
        expected.select(a, b);
        f.verifyPainted(expected);
    }

    void dragSelectsPastTheWindowEdge()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.view));
        // A drag from near the window's bottom downwards, past its edge: each move below the rows
        // scrolls the view one row on (the row under the mouse becomes current).
        f.view.allRowsBar()->setValue(0);
        f.view.verticalScrollBar()->setValue(kWindow - 60); // inside the window, which stays
        QCOMPARE(f.model.windowFirst(), 0);
        const int pressed = f.topRow() + 1;
        const QPoint start = f.pointOf(pressed);
        QTest::mousePress(f.view.viewport(), Qt::LeftButton, {}, start);
        QTest::mouseMove(f.view.viewport(), start + QPoint(0, 30));
        QCOMPARE(f.view.selectedRowList().front(), pressed);
        const QPoint below(start.x(), f.view.viewport()->height() + 5);
        for (int i = 0; i < 200 && f.bottomRow() <= kWindow + 20; ++i)
            QTest::mouseMove(f.view.viewport(), below + QPoint(0, i % 2));
        QVERIFY(f.model.windowFirst() > 0);
        QVERIFY(f.bottomRow() > kWindow + 20);
        QTest::mouseRelease(f.view.viewport(), Qt::LeftButton, {}, below);
        const std::vector<int> dragged = f.view.selectedRowList();
        QCOMPARE(dragged.front(), pressed);
        QVERIFY(dragged.back() > kWindow);
        QCOMPARE(dragged, Fixture::rowsFrom(pressed, dragged.back()));
    }

    void ctrlClickTogglesARowOutsideTheWindow()
    {
        Fixture f;
        QVERIFY(f.anchorAt(3));
        f.click(6, Qt::ShiftModifier); // 3..6
        f.view.allRowsBar()->setValue(40000);
        QVERIFY(f.model.windowFirst() > 6);
        const int c = f.topRow() + 2;
        f.click(c, Qt::ControlModifier);
        QCOMPARE(f.view.selectedRowList(), (std::vector<int>{3, 4, 5, 6, c}));
        QVERIFY(f.view.selectionModel()->isRowSelected(c - f.model.windowFirst(), {}));
        f.click(c + 1, Qt::ControlModifier);
        f.click(c, Qt::ControlModifier); // off again
        QCOMPARE(f.view.selectedRowList(), (std::vector<int>{3, 4, 5, 6, c + 1}));
        QVERIFY(!f.view.selectionModel()->isRowSelected(c - f.model.windowFirst(), {}));
        QCOMPARE(f.copiedLines().size(), 5);
        // Back at the top, the rows left behind are still selected, and toggle too.
        f.view.allRowsBar()->setValue(0);
        f.click(4, Qt::ControlModifier);
        QCOMPARE(f.view.selectedRowList(), (std::vector<int>{3, 5, 6, c + 1}));
        RowSelection expected;
        for (const int row : {3, 5, 6, c + 1})
            expected.select(row, row);
        f.verifyPainted(expected);
        // A plain click on a selected row: that row alone (Qt selects it on the release, which
        // changes nothing in the window), and the anchor for a Shift+click far away.
        f.click(3);
        QCOMPARE(f.view.selectedRowList(), std::vector<int>{3});
        f.view.allRowsBar()->setValue(20000);
        const int b = f.topRow() + 4;
        f.click(b, Qt::ShiftModifier);
        QCOMPARE(f.view.selectedRowList(), Fixture::rowsFrom(3, b));
        // A plain key: the new current row alone.
        f.view.setFocus();
        QTest::keyClick(&f.view, Qt::Key_Down);
        QCOMPARE(f.view.selectedRowList(), std::vector<int>{b + 1});
    }

    void aWindowMoveKeepsAHugeSelectionWithoutPersistentRows()
    {
        Fixture f;
        f.append(100000 - kEvents + 20000);
        QVERIFY(f.anchorAt(10));
        f.view.allRowsBar()->setValue(100000);
        const int last = f.topRow() + 9; // 100,000 rows from 10
        f.click(last, Qt::ShiftModifier);
        QCOMPARE(int(f.view.selectedRowList().size()), last - 10 + 1);
        QVERIFY(last - 10 + 1 >= 100000);
        // While the model moves the window, Qt's selection is empty: QItemSelectionModel keeps no
        // persistent index per selected row across the layout change (it would, for a selection).
        int selectedAtMoves = 0;
        int moves = 0;
        connect(&f.model, &QAbstractItemModel::layoutAboutToBeChanged, this, [&] {
            ++moves;
            selectedAtMoves += int(f.view.selectionModel()->selection().size());
        });
        f.view.allRowsBar()->setValue(50000);
        f.view.allRowsBar()->setValue(5);
        f.view.allRowsBar()->setValue(99000);
        QCOMPARE(moves, 3);
        QCOMPARE(selectedAtMoves, 0);
        QCOMPARE(f.view.selectedRowList(), Fixture::rowsFrom(10, last));
        RowSelection expected;
        expected.select(10, last);
        f.verifyPainted(expected);
        QCOMPARE(f.copiedLines().size(), last - 10 + 1);
    }

    void liveRowsAndCapDropsKeepRowsOnTheirEvents()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.view));
        const int chunk = int(EventStore::kChunkEvents);
        f.session.setEventCap(chunk);
        // Following: rows arrive below the window, which moves down with them.
        f.append(chunk);
        QVERIFY(f.view.follower()->isFollowing());
        QCOMPARE(f.bottomRow(), f.model.shownCount() - 1);
        QCOMPARE(f.cookieOf(f.bottomRow()), quint32(f.appended - 1));
        f.verifyWindow();

        // The cap drops the oldest chunk while the window is far below it: the window keeps its
        // Qt rows, their shown numbers go down.
        f.view.goToRow(f.model.shownCount() - 3 * kWindow);
        const quint64 serial = f.model.serialAt(f.currentRow());
        const int firstBefore = f.model.windowFirst();
        const int shownBefore = f.model.shownCount();
        f.append(chunk);
        const int gone = shownBefore + chunk - f.model.shownCount();
        QVERIFY(gone >= chunk);
        QCOMPARE(f.model.windowFirst(), firstBefore - gone);
        QCOMPARE(f.view.currentIndex().data(EventTableModel::SerialRole).toULongLong(), serial);
        QCOMPARE(f.model.serialAt(f.currentRow()), serial);
        f.verifyWindow();

        // At the top, the window loses its rows to the cap and takes in those after them.
        f.view.scrollToFirstRow();
        QCOMPARE(f.model.windowFirst(), 0);
        const quint32 firstCookie = f.cookieOf(0);
        f.append(chunk);
        QVERIFY(f.cookieOf(0) > firstCookie);
        QCOMPARE(f.model.index(0, 0).data(EventTableModel::SerialRole).toULongLong(),
                 f.session.events().droppedCount());
        QCOMPARE(f.model.rowCount(), kWindow);
        f.verifyWindow();
        f.view.allRowsBar()->setValue(f.view.allRowsBar()->maximum());
        QCOMPARE(f.bottomRow(), f.model.shownCount() - 1);
        QCOMPARE(f.cookieOf(f.bottomRow()), quint32(f.appended - 1));
    }

    void filteredRowsAreWindowedToo()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.view));
        EventFilter::Criteria c = f.model.criteria();
        c.eventMask = IN_CREATE; // the even events: a list of rows
        f.model.setCriteria(c);
        QCOMPARE(f.model.shownCount(), kEvents / 2);
        QCOMPARE(f.model.rowCount(), kWindow);
        f.view.allRowsBar()->setValue(f.view.allRowsBar()->maximum());
        QCOMPARE(f.bottomRow(), kEvents / 2 - 1);
        QCOMPARE(f.cookieOf(f.bottomRow()), quint32(kEvents - 2));
        f.view.allRowsBar()->setValue(10000);
        QCOMPARE(f.topRow(), 10000);
        QCOMPARE(f.cookieOf(f.topRow()), quint32(2 * 10000));
        f.verifyWindow();
        // Rows that pass arrive below the window.
        f.append(4000);
        QCOMPARE(f.model.shownCount(), (kEvents + 4000) / 2);
        QCOMPARE(f.topRow(), 10000); // not following: the view stays where it was
        f.verifyWindow();
        f.view.scrollToLastRow();
        QCOMPARE(f.cookieOf(f.bottomRow()), quint32(f.appended - 2));
        // Find over the filtered rows: the needle (even, a create) at its shown row.
        EventFinder finder(&f.model);
        QSignalSpy found(&finder, &EventFinder::found);
        f.model.setFindText(QStringLiteral("needle"));
        finder.find(-1, true);
        QTRY_COMPARE_WITH_TIMEOUT(found.size(), 1, 5000);
        QCOMPARE(found.first().first().toInt(), kNeedle / 2);
        f.view.goToRow(kNeedle / 2);
        QCOMPARE(f.cookieOf(f.currentRow()), quint32(kNeedle));
        QCOMPARE(f.view.currentIndex().siblingAtColumn(EventTableModel::CookieColumn).data().toUInt(),
                 quint32(kNeedle));
        QVERIFY(f.isCurrentOnScreen());
    }

    void belowTheWindowNothingChanges()
    {
        Session session;
        EventTableModel model;
        model.setSession(&session);
        EventTableView view(&model);
        QVERIFY(showExposed(view, {700, 500}));
        const quint32 p = session.paths().internPath("/w/x");
        FsEventBatch batch(5000, ev(IN_CREATE, p));
        session.append(batch);
        model.flush();
        QVERIFY(!model.isWindowed());
        QCOMPARE(model.rowCount(), 5000);
        QCOMPARE(model.windowFirst(), 0);
        QVERIFY(view.verticalScrollBar()->isVisible());
        QVERIFY(!view.allRowsBar()->isVisible());
        QCOMPARE(view.rowScrollBar(), view.verticalScrollBar());
        QCOMPARE(view.verticalScrollBar()->value(), view.verticalScrollBar()->maximum());
    }
};

QTEST_MAIN(tst_RowWindow)
#include "tst_rowwindow.moc"
