#pragma once

#include "analysis/filestats.h"

#include <QCoreApplication>
#include <QVariant>

// The columns a FileStats::Counts shows in a model, the same in the Statistics table and the
// Processes tree: Total, one column per event type (EventTypeIndex order), First seen and Last
// seen. It knows where they sit in its model and answers their cells and headers; the model keeps
// its own columns (names, paths, pids...) and asks this for these.
class CountColumns final
{
    Q_DECLARE_TR_FUNCTIONS(CountColumns)

public:
    // `sortRole` is the model's role for the numbers its proxy sorts by.
    CountColumns(int totalColumn, int firstTypeColumn, int sortRole);

    int totalColumn() const { return m_totalColumn; }
    int typeColumn(int typeIndex) const { return m_firstTypeColumn + typeIndex; }
    int firstSeenColumn() const { return m_firstTypeColumn + EventTypeIndex::count(); }
    int lastSeenColumn() const { return firstSeenColumn() + 1; }
    bool contains(int column) const;

    // A cell: the number (display and sort), or for the times the time of day to display, the ns
    // to sort by and the full date as tool tip; numbers right-aligned.
    QVariant data(const FileStats::Counts &counts, int column, int role) const;
    // The same value as data(..., sortRole) as one unsigned number that orders alike, for a
    // proxy that sorts without a QVariant per comparison (StatsSortProxy).
    quint64 sortKey(const FileStats::Counts &counts, int column) const;
    QVariant headerData(int section, int role) const;

private:
    int m_totalColumn;
    int m_firstTypeColumn;
    int m_sortRole;
};
