#pragma once

#include "analysis/filterrule.h"

#include <QString>

// What each column of the event table (EventTableModel::Column) is: the filter rule column it
// shows. That gives the column its header, the word the Filter dialog uses for it
// (RulesText::column), and its key: the filter file's word for it, which never changes (saved
// column layouts), unlike the header text.
class EventColumns final
{
public:
    static FilterRule::Column ruleColumn(int column);
    static QString key(int column);             // empty if not a column
    static int columnOfKey(const QString &key); // -1 if unknown
};
