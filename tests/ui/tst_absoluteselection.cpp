#include "events/absoluteselection.h"

#include <QTest>

// AbsoluteSelection's operations on their own (EventTableView drives them from Qt's mouse and
// key handling; tst_rowwindow checks that through the real view).
class tst_AbsoluteSelection : public QObject
{
    Q_OBJECT

private:
    using Ranges = std::vector<RowSelection::Range>;
    using Flags = QItemSelectionModel::SelectionFlags;

    static constexpr Flags kClick = QItemSelectionModel::ClearAndSelect;
    // What QAbstractItemView asks for a click with Shift (with or without Ctrl), or a drag.
    static constexpr Flags kShiftClick = QItemSelectionModel::SelectCurrent;
    static constexpr Flags kCtrlClick = QItemSelectionModel::Toggle;

    static RowSelection rows(int first, int last)
    {
        RowSelection s;
        s.select(first, last);
        return s;
    }

private Q_SLOTS:
    void startsEmptyAndQtOwned()
    {
        AbsoluteSelection s;
        QVERIFY(!s.isAll());
        QVERIFY(!s.isAbsolute());
        QCOMPARE(s.anchor(), -1);
        QVERIFY(s.selected(100).isEmpty());
    }

    void clickThenShiftClickExtendsFromTheAnchor()
    {
        AbsoluteSelection s;
        s.capture({}, 1000, -1);
        QVERIFY(s.isAbsolute());
        s.apply(10, kClick);
        QCOMPARE(s.anchor(), 10);
        QCOMPARE(s.selected(1000).ranges(), (Ranges{{10, 10}}));
        s.apply(900, kShiftClick);
        QCOMPARE(s.anchor(), 10); // Shift keeps the anchor
        QCOMPARE(s.selected(1000).ranges(), (Ranges{{10, 900}}));
        // Back towards the anchor, and past it: from the base again, not growing.
        s.apply(5, kShiftClick);
        QCOMPARE(s.selected(1000).ranges(), (Ranges{{5, 10}}));
    }

    void ctrlClickTogglesAndShiftExtendsOverTheBase()
    {
        AbsoluteSelection s;
        s.capture(rows(3, 6), 1000, 3);
        QCOMPARE(s.anchor(), 3);
        s.apply(500, kCtrlClick);
        QCOMPARE(s.selected(1000).ranges(), (Ranges{{3, 6}, {500, 500}}));
        QCOMPARE(s.anchor(), 500);
        s.apply(4, kCtrlClick); // a selected row: toggled off
        QCOMPARE(s.selected(1000).ranges(), (Ranges{{3, 3}, {5, 6}, {500, 500}}));
        // Shift+click from anchor 4 keeps the rest (the base) and adds 4..8.
        s.apply(8, kShiftClick);
        QCOMPARE(s.selected(1000).ranges(), (Ranges{{3, 8}, {500, 500}}));
        QCOMPARE(s.anchor(), 4);
    }

    void selectAllIsAFlagUntilTheSelectionChanges()
    {
        AbsoluteSelection s;
        s.capture(rows(1, 2), 1000, 1);
        s.selectAll(true);
        QVERIFY(s.isAll());
        QVERIFY(!s.isAbsolute());
        QCOMPARE(s.selected(1000).ranges(), (Ranges{{0, 999}}));
        QCOMPARE(s.selected(2000).ranges(), (Ranges{{0, 1999}})); // live rows are in "all" too
        // Capturing "all" makes it rows; a Ctrl+click then takes one out.
        s.capture({}, 1000, 1);
        s.apply(500, kCtrlClick);
        QVERIFY(!s.isAll());
        QCOMPARE(s.selected(1000).ranges(), (Ranges{{0, 499}, {501, 999}}));
        // Below the window, select all is Qt's alone.
        s.selectAll(false);
        QVERIFY(!s.isAll());
        QVERIFY(!s.isAbsolute());
    }

    void followsQtsOwnChangesOnlyWhenAbsolute()
    {
        AbsoluteSelection s;
        s.follow({}, rows(1, 5));
        QVERIFY(s.selected(100).isEmpty()); // Qt's selection is the truth: nothing kept here
        s.capture(rows(10, 20), 100, 10);
        s.follow(rows(12, 13), rows(50, 51));
        QCOMPARE(s.selected(100).ranges(), (Ranges{{10, 11}, {14, 20}, {50, 51}}));
        // The followed rows are the base Shift extends over (from anchor 10).
        s.apply(12, kShiftClick);
        QCOMPARE(s.selected(100).ranges(), (Ranges{{10, 12}, {14, 20}, {50, 51}}));
        // A key moved the current row without Shift: the new anchor, over what is selected now.
        s.restartAt(55, false);
        QCOMPARE(s.anchor(), 55);
        s.apply(58, kShiftClick);
        QCOMPARE(s.selected(100).ranges(), (Ranges{{10, 12}, {14, 20}, {50, 51}, {55, 58}}));
    }

    void restartClearingGivesTheSelectionBackToQt()
    {
        AbsoluteSelection s;
        s.capture(rows(10, 20), 100, 10);
        s.restartAt(42, true);
        QVERIFY(!s.isAbsolute());
        QCOMPARE(s.anchor(), 42);
        QVERIFY(s.selected(100).isEmpty());
        // The next capture keeps that anchor.
        s.capture(rows(42, 42), 100, 7);
        QCOMPARE(s.anchor(), 42);
    }

    void windowPartCutsToTheWindow()
    {
        AbsoluteSelection s;
        s.capture(rows(0, 9), 100000, 0);
        s.apply(50000, kCtrlClick);
        s.apply(60000, kShiftClick);
        QCOMPARE(s.windowPart(55000, 55999), (Ranges{{55000, 55999}}));
        QCOMPARE(s.windowPart(5, 49999), (Ranges{{5, 9}}));
        QVERIFY(s.windowPart(100, 200).empty());
    }

    void dropsMoveRowsAndAnchorDown()
    {
        AbsoluteSelection s;
        s.capture(rows(10, 20), 100, 15);
        s.dropFirst(12);
        QCOMPARE(s.selected(88).ranges(), (Ranges{{0, 8}}));
        QCOMPARE(s.anchor(), 3);
        s.apply(30, kShiftClick); // extends from the moved anchor over the moved base
        QCOMPARE(s.selected(88).ranges(), (Ranges{{0, 30}}));
        s.apply(1, kShiftClick); // back past the anchor: the base and 1..3
        QCOMPARE(s.selected(88).ranges(), (Ranges{{0, 8}}));
        s.dropFirst(5); // the anchor went
        QCOMPARE(s.anchor(), -1);
    }

    void clearForgetsEverything()
    {
        AbsoluteSelection s;
        s.capture(rows(1, 3), 100, 2);
        s.clear();
        QVERIFY(!s.isAbsolute());
        QCOMPARE(s.anchor(), -1);
        QVERIFY(s.selected(100).isEmpty());
        s.selectAll(true);
        s.clear();
        QVERIFY(!s.isAll());
    }
};

QTEST_GUILESS_MAIN(tst_AbsoluteSelection)
#include "tst_absoluteselection.moc"
