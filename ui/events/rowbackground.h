#pragma once

#include "analysis/rulematcher.h"
#include "events/findmatcher.h"
#include "core/fsevent.h"

#include <QBrush>
#include <QColor>
#include <QList>
#include <QVariant>

// The background of an event table row (Qt::BackgroundRole): Find's tint above the colour of the
// first highlight rule that matches. Kept apart from EventTableModel, which decides which rows
// there are, because colouring has its own state: a view asks for the background of every cell
// of a row in turn, so the row's answer and the brushes are kept here and a paint costs one rule
// evaluation per row, not per cell.
class RowBackground final
{
public:
    RowBackground(); // the default highlight rules (HighlightColors::defaultRules())

    void setTables(const PathTable *paths, const ProcessTable *processes);
    void setHighlightRules(const FilterRules &rules);
    const RuleMatcher &highlightRules() const { return m_highlight; }
    void setFindText(const QString &text);
    const FindMatcher &findMatcher() const { return m_find; }
    // The kept row answer is by serial: after the rows start over (another session, a clear)
    // a serial may name another event.
    void forgetRow() { m_highlightSerial = ~quint64(0); }

    // An invalid QVariant when the row keeps the view's own background.
    QVariant brush(const FsEvent &e, quint64 serial) const;

private:
    RuleMatcher m_highlight;
    FindMatcher m_find;
    mutable quint64 m_highlightSerial = ~quint64(0);
    mutable int m_highlightRule = -1;
    mutable QList<QBrush> m_tints; // per rule, for m_tintBase (a brush: the delegate wants one)
    mutable QColor m_tintBase;
};
