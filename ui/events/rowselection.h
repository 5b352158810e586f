#pragma once

#include <QtGlobal>

#include <utility>
#include <vector>

// A selection of shown rows kept as sorted, disjoint, non-adjacent ranges of absolute row numbers
// (EventTableModel's shown rows), for EventTableView over a row window: the view's
// QItemSelectionModel only knows the window's Qt rows, so a Shift+End from row 10 of a 50M-row
// session, or a row selected before the window moved away, can only be kept here. Ranges rather
// than rows: a selection of a million rows costs two ints, and moving the window costs nothing per
// selected row (QItemSelectionModel keeps a persistent index per selected row across a layout
// change, which is what made each move slow).
class RowSelection
{
public:
    using Range = std::pair<int, int>; // first and last row, both inside

    bool isEmpty() const { return m_ranges.empty(); }
    void clear() { m_ranges.clear(); }
    // Rows `from` to `to` in either order, both included.
    void select(int from, int to);
    void deselect(int from, int to);
    bool contains(int row) const;
    qint64 count() const;
    // The rows, in order (Copy).
    std::vector<int> rows() const;
    const std::vector<Range> &ranges() const { return m_ranges; }
    // The ranges cut to rows [first, last]: the part a window of rows shows.
    std::vector<Range> rangesWithin(int first, int last) const;
    // The first `count` rows went (the event cap): the others' numbers go down by `count`.
    void dropFirst(int count);

private:
    std::vector<Range> m_ranges;
};
