#include "events/absoluteselection.h"

RowSelection AbsoluteSelection::selected(int shownCount) const
{
    if (!m_all)
        return m_rows;
    RowSelection all;
    if (shownCount > 0)
        all.select(0, shownCount - 1);
    return all;
}

void AbsoluteSelection::selectAll(bool windowed)
{
    m_absolute = false;
    m_rows.clear();
    m_all = windowed;
}

void AbsoluteSelection::clear()
{
    m_all = false;
    m_absolute = false;
    m_rows.clear();
    m_base.clear();
    m_anchor = -1;
}

void AbsoluteSelection::capture(const RowSelection &window, int shownCount, int currentRow)
{
    if (m_absolute)
        return;
    m_rows = window;
    if (m_all && shownCount > 0)
        m_rows.select(0, shownCount - 1);
    m_base = m_rows;
    m_absolute = true;
    if (m_anchor < 0)
        m_anchor = currentRow;
}

void AbsoluteSelection::apply(int row, QItemSelectionModel::SelectionFlags command)
{
    m_all = false;
    const bool extend = (command & QItemSelectionModel::Current) && m_anchor >= 0;
    if (extend)
        m_rows = m_base;
    if (command & QItemSelectionModel::Clear)
        m_rows.clear();
    const int from = extend ? m_anchor : row;
    // Toggle as QItemSelectionModel does for a range: by the state of the row under the mouse.
    const bool deselect = (command & QItemSelectionModel::Deselect)
        || ((command & QItemSelectionModel::Toggle) && m_rows.contains(row));
    if (deselect)
        m_rows.deselect(from, row);
    else if (command & (QItemSelectionModel::Select | QItemSelectionModel::Toggle))
        m_rows.select(from, row);
    if (!extend) {
        m_anchor = row;
        m_base = m_rows;
    }
}

void AbsoluteSelection::follow(const RowSelection &deselected, const RowSelection &selected)
{
    if (!m_absolute)
        return;
    for (const Range &r : deselected.ranges())
        m_rows.deselect(r.first, r.second);
    for (const Range &r : selected.ranges())
        m_rows.select(r.first, r.second);
    m_base = m_rows;
}

void AbsoluteSelection::restartAt(int currentRow, bool cleared)
{
    if (cleared) {
        m_absolute = false;
        m_rows.clear();
    }
    m_anchor = currentRow;
    m_base = m_rows;
}

void AbsoluteSelection::dropFirst(int count)
{
    m_rows.dropFirst(count);
    m_base.dropFirst(count);
    m_anchor = m_anchor >= count ? m_anchor - count : -1;
}
