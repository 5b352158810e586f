#include "events/eventcolumns.h"

#include "events/eventtablemodel.h"

#include <iterator>

FilterRule::Column EventColumns::ruleColumn(int column)
{
    using C = FilterRule::Column;
    // Indexed by EventTableModel::Column.
    static constexpr C kRuleColumns[] = {C::Time, C::EventType, C::Name, C::Folder, C::Kind,
                                         C::Cookie, C::Pid, C::Process, C::Source, C::Executable,
                                         C::CommandLine, C::ParentPid, C::User};
    static_assert(std::size(kRuleColumns) == EventTableModel::ColumnCount);
    Q_ASSERT(column >= 0 && column < EventTableModel::ColumnCount);
    return kRuleColumns[column];
}

QString EventColumns::key(int column)
{
    return column >= 0 && column < EventTableModel::ColumnCount
        ? FilterRule::columnKey(ruleColumn(column))
        : QString();
}

int EventColumns::columnOfKey(const QString &key)
{
    for (int c = 0; c < EventTableModel::ColumnCount; ++c) {
        if (key == EventColumns::key(c))
            return c;
    }
    return -1;
}
