#pragma once

#include "core/fsevent.h"

#include <QCoreApplication>
#include <QString>
#include <QVariant>

class Session;

// The words the event table shows for one event: each column's text and the tooltips (the
// headers are the Filter dialog's column names, EventColumns). Kept apart from
// EventTableModel, whose job is which rows there are (the filter, its passes in slices, flushes
// and drops): how one event reads needs nothing but the event and the session's path, process
// and bookmark tables, and the table's strings are translated here. Columns are
// EventTableModel::Column.
class EventCellText final
{
    Q_DECLARE_TR_FUNCTIONS(EventCellText)

public:
    explicit EventCellText(const Session &session) : m_session(session) {}

    // Qt::DisplayRole. `withDates`: the Time column shows the date as well (a session spanning
    // more than one day, EventTableModel::showsDates()).
    QVariant display(const FsEvent &e, int column, bool withDates) const;
    // Qt::ToolTipRole; `serial` is the event's, for the note of a bookmark on it.
    QVariant toolTip(const FsEvent &e, quint64 serial, int column) const;

private:
    // "Folder" or "File", empty for an overflow marker (the Type column).
    static QString kindText(const FsEvent &e);
    static QString markerToolTip(const FsEvent &e);
    QVariant processField(const FsEvent &e, int column) const;

    const Session &m_session;
};
