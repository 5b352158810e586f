#pragma once

#include <QCoreApplication>
#include <QStringList>

class EventTableModel;

// The words for one event of the table, one line per field: what the details pane below the table
// and the Event Properties dialog both show, so they never disagree. A field the table has a
// column for is named as its column (RulesText::column).
class EventDescription final
{
    Q_DECLARE_TR_FUNCTIONS(EventDescription)

public:
    // Time, event types, path, file or folder, cookie, source. Empty for a row the model does not hold.
    static QStringList eventLines(const EventTableModel &model, int row);
    // The kernel's meaning of the event bits (inotify(7)), a few sentences.
    static QString meaning(const EventTableModel &model, int row);
    // The process that did it, as the fanotify helper saw it; empty when unknown (inotify).
    static QStringList processLines(const EventTableModel &model, int row);
};
