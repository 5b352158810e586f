#include "analysis/countcolumns.h"

#include "text/timetext.h"

namespace {
// The time of day to the millisecond in the cell (the full date is in the tooltip); a row that
// saw no event yet has no time.
QString timeCell(qint64 ns)
{
    return ns > 0 ? TimeText::timeOfDay(ns) : QString();
}
} // namespace

CountColumns::CountColumns(int totalColumn, int firstTypeColumn, int sortRole)
    : m_totalColumn(totalColumn)
    , m_firstTypeColumn(firstTypeColumn)
    , m_sortRole(sortRole)
{
}

bool CountColumns::contains(int column) const
{
    return column == m_totalColumn || (column >= m_firstTypeColumn && column <= lastSeenColumn());
}

QVariant CountColumns::data(const FileStats::Counts &counts, int column, int role) const
{
    if (role == Qt::TextAlignmentRole)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    const bool seen = column == firstSeenColumn() || column == lastSeenColumn();
    const qint64 ns = column == firstSeenColumn() ? counts.firstNs : counts.lastNs;
    if (role == Qt::ToolTipRole)
        return seen ? QVariant(TimeText::dateTime(ns)) : QVariant();
    const bool sort = role == m_sortRole;
    if (role != Qt::DisplayRole && !sort)
        return {};
    if (seen)
        return sort ? QVariant::fromValue(ns) : QVariant(timeCell(ns));
    if (column == m_totalColumn)
        return QVariant::fromValue(qulonglong(counts.total));
    return QVariant::fromValue(qulonglong(counts.count(column - m_firstTypeColumn)));
}

quint64 CountColumns::sortKey(const FileStats::Counts &counts, int column) const
{
    // Times are signed: the sign bit flipped, they order as unsigned numbers.
    constexpr quint64 kSign = quint64(1) << 63;
    if (column == m_totalColumn)
        return counts.total;
    if (column == firstSeenColumn())
        return quint64(counts.firstNs) ^ kSign;
    if (column == lastSeenColumn())
        return quint64(counts.lastNs) ^ kSign;
    return counts.count(column - m_firstTypeColumn);
}

QVariant CountColumns::headerData(int section, int role) const
{
    const bool seen = section == firstSeenColumn() || section == lastSeenColumn();
    if (role == Qt::ToolTipRole) {
        if (seen)
            return {};
        return tr("Kernel notifications, not operations: inotify merges an event identical to the "
                  "previous unread one, so ten quick writes may count as one.");
    }
    if (role != Qt::DisplayRole)
        return {};
    if (section == m_totalColumn)
        return tr("Total");
    if (section == firstSeenColumn())
        return tr("First seen");
    if (section == lastSeenColumn())
        return tr("Last seen");
    // inotifywait's own names, as typed after -e: they are identifiers, not prose.
    return EventTypeIndex::name(section - m_firstTypeColumn);
}
