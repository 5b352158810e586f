#pragma once

#include "events/rowselection.h"

#include <QItemSelectionModel>

// The selection of EventTableView over a row window (EventTableModel::windowRows()), in shown
// rows: what the view's QItemSelectionModel, which knows only the window's Qt rows, cannot keep.
// Pure: the view hands it rows and Qt's selection commands, and puts windowPart() back into Qt's
// selection for painting.
//
// Three states. "All" (Ctrl+A over a windowed table): every shown row, kept as a flag rather than
// rows, until the selection changes. "Absolute": rows() is the selection, taken from Qt's
// (capture()) at the first change Qt's selection cannot hold (a Shift+click far away, a window
// move); rows leaving the window stay selected. Else Qt's selection of the window is the truth.
//
// As QItemSelectionModel keeps a committed selection beside its current one, Shift extends from
// the anchor over the selection as it was when the anchor was set (the base), so going back
// towards the anchor deselects again.
class AbsoluteSelection
{
public:
    using Range = RowSelection::Range;

    bool isAll() const { return m_all; }
    bool isAbsolute() const { return m_absolute; }
    int anchor() const { return m_anchor; } // -1: none yet
    // The rows selected when all or absolute: for Copy, and whatever else reads every row.
    RowSelection selected(int shownCount) const;
    // The absolute rows within the window's shown rows [first, last], to paint.
    std::vector<Range> windowPart(int first, int last) const { return m_rows.rangesWithin(first, last); }

    // Ctrl+A: "all" over a windowed table; below the window Qt's own selectAll() is the truth.
    void selectAll(bool windowed);
    // The rows are other events now (a filter, a new session): nothing selected, no anchor.
    void clear();
    // Any change of the selection ends "all".
    void leaveAll() { m_all = false; }
    // Not windowed (any more): Qt's selection is the truth.
    void leaveToQt() { m_absolute = false; }
    // From Qt's selection of the window (`window`, in shown rows), plus every row when "all":
    // the rows become the truth. The anchor, if none, is the current row. Nothing if absolute.
    void capture(const RowSelection &window, int shownCount, int currentRow);
    // A selection by mouse or by a key with Shift, as QAbstractItemView::setSelection() is asked,
    // ending at shown row `row`: Current extends from the anchor over the base; Clear, Select,
    // Deselect and Toggle as QItemSelectionModel has them. Without Current, `row` is the new anchor.
    // Absolute first (capture()).
    void apply(int row, QItemSelectionModel::SelectionFlags command);
    // Qt changed its selection of the window itself (Space, a program's select()): when absolute,
    // the same rows change here, and Shift extends from there.
    void follow(const RowSelection &deselected, const RowSelection &selected);
    // A key without Shift or a click on a selected row moved the current row to `currentRow`
    // selecting on Qt's model directly: it is the new anchor; `cleared`: Qt's selection is all
    // of it again.
    void restartAt(int currentRow, bool cleared);
    // The first `count` shown rows went (the event cap): the others' numbers go down by `count`.
    void dropFirst(int count);

private:
    RowSelection m_rows; // the selection, while m_absolute
    RowSelection m_base; // m_rows as it was when the anchor was set
    int m_anchor = -1;
    bool m_all = false;
    bool m_absolute = false;
};
