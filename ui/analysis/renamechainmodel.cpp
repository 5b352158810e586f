#include "analysis/renamechainmodel.h"

#include "core/session.h"
#include "analysis/sessionstats.h"
#include "text/rulestext.h"
#include "text/timetext.h"

#include <QFont>

#include <algorithm>


namespace {
// internalId: 0 for a chain row, chain + 1 for a step row (so a step knows its parent).
constexpr quintptr kChainRow = 0;
} // namespace

RenameChainModel::RenameChainModel(const SessionStats *stats, QObject *parent)
    : QAbstractItemModel(parent)
    , m_stats(stats)
{
    connect(stats, &SessionStats::reset, this, &RenameChainModel::resetFromSource);
    resetFromSource();
}

bool RenameChainModel::endsDeleted(const RenameTracker::Chain &c) const
{
    const PathTable::Id current = c.currentPath();
    if (current == PathTable::NoPath)
        return false;
    // The tracker follows names, not ends: a chain whose last name was then deleted must not
    // read "Renamed once" as if the file were still there.
    return m_stats->renames().deletedSince(current, c.lastNs());
}

void RenameChainModel::resetFromSource()
{
    beginResetModel();
    m_stepCounts.clear();
    m_fetched.clear();
    m_revision = 0;
    m_deletedPaths = 0;
    if (m_stats) {
        const RenameTracker &t = m_stats->renames();
        m_revision = t.revision();
        m_deletedPaths = t.deletedPathCount();
        for (int i = 0; i < t.chainCount(); ++i)
            m_stepCounts.append(int(t.chain(i).steps.size()));
    }
    endResetModel();
}

void RenameChainModel::refresh()
{
    if (!m_stats)
        return;
    const RenameTracker &t = m_stats->renames();
    const bool deletesSeen = t.deletedPathCount() != m_deletedPaths; // a chain may end now
    m_deletedPaths = t.deletedPathCount();
    if (t.revision() == m_revision) {
        if (deletesSeen && !m_stepCounts.isEmpty())
            Q_EMIT dataChanged(index(0, StatusColumn), index(int(m_stepCounts.size()) - 1, StatusColumn));
        return; // most batches hold no rename: no signal, no re-sort
    }
    m_revision = t.revision();
    const int known = int(m_stepCounts.size());
    if (t.chainCount() < known) { // cleared behind our back: start again
        resetFromSource();
        return;
    }
    // Only the chains that grew changed, and only in the columns a new step moves: a chain's
    // first name and first time stay, so a view sorted by them (the default) is not re-sorted
    // at every tick. A folder's rename also moves the current name of the chains inside it.
    int firstGrown = known;
    int lastGrown = -1;
    bool folderMoved = false;
    for (int i = 0; i < t.chainCount(); ++i) {
        const RenameTracker::Chain c = t.chain(i);
        const int steps = int(c.steps.size());
        if (i >= known) {
            folderMoved = folderMoved || c.isDir;
        } else if (steps > m_stepCounts[i]) {
            if (isFetched(i)) {
                beginInsertRows(index(i, 0), m_stepCounts[i], steps - 1);
                m_stepCounts[i] = steps;
                endInsertRows();
            } else {
                m_stepCounts[i] = steps; // no view has its steps: nothing to announce
            }
            firstGrown = std::min(firstGrown, i);
            lastGrown = i;
            folderMoved = folderMoved || c.isDir;
        }
    }
    // New chains first: QTreeView then has a layout of all its rows pending, and a dataChanged
    // over hundreds of thousands of rows costs it nothing more (it would otherwise look up the
    // rectangle of every row in the range, twice per signal).
    if (t.chainCount() > known) {
        beginInsertRows({}, known, t.chainCount() - 1);
        for (int i = known; i < t.chainCount(); ++i)
            m_stepCounts.append(int(t.chain(i).steps.size()));
        endInsertRows();
    }
    // As few signals as the columns allow, each one a pass of the proxy over its rows: a moved
    // folder renames chains anywhere, a delete may end any chain.
    if (known > 0 && (folderMoved || deletesSeen)) {
        firstGrown = 0;
        lastGrown = known - 1;
    }
    if (lastGrown >= 0) {
        Q_EMIT dataChanged(index(firstGrown, CurrentNameColumn), index(lastGrown, TypeColumn));
        Q_EMIT dataChanged(index(firstGrown, LastTimeColumn), index(lastGrown, LastTimeColumn));
    }
}

bool RenameChainModel::hasSortKey(int column)
{
    return column == StepsColumn || column == FirstTimeColumn || column == LastTimeColumn;
}

qint64 RenameChainModel::sortKey(int chain, int column) const
{
    const RenameTracker::Chain c = m_stats->renames().chain(chain);
    switch (column) {
    case StepsColumn:
        return c.steps.size();
    case FirstTimeColumn:
        return c.firstNs();
    case LastTimeColumn:
        return c.lastNs();
    default:
        return 0;
    }
}

QSet<quint32> RenameChainModel::pathIdsFor(const QModelIndex &index) const
{
    QSet<quint32> ids;
    if (!index.isValid() || !m_stats)
        return ids;
    const RenameTracker &t = m_stats->renames();
    if (index.internalId() == kChainRow) {
        for (quint32 id : t.chain(index.row()).allPaths())
            ids.insert(id);
    } else {
        const RenameTracker::Step &s = t.chain(int(index.internalId() - 1)).steps.at(index.row());
        if (s.from != PathTable::NoPath)
            ids.insert(s.from);
        if (s.to != PathTable::NoPath)
            ids.insert(s.to);
    }
    return ids;
}

QModelIndex RenameChainModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kChainRow);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex RenameChainModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kChainRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kChainRow);
}

int RenameChainModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_stepCounts.size());
    if (parent.internalId() != kChainRow || parent.column() != 0 || !isFetched(parent.row()))
        return 0;
    return m_stepCounts.value(parent.row());
}

bool RenameChainModel::hasChildren(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return !m_stepCounts.isEmpty();
    // Every chain has at least one step, fetched or not.
    return parent.internalId() == kChainRow && parent.column() == 0;
}

bool RenameChainModel::canFetchMore(const QModelIndex &parent) const
{
    return parent.isValid() && parent.internalId() == kChainRow && parent.column() == 0
        && !isFetched(parent.row()) && m_stepCounts.value(parent.row()) > 0;
}

void RenameChainModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const int chain = parent.row();
    beginInsertRows(parent, 0, m_stepCounts.at(chain) - 1);
    m_fetched.insert(chain);
    endInsertRows();
}

int RenameChainModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString RenameChainModel::pathText(quint32 pathId) const
{
    if (pathId == PathTable::NoPath)
        return tr("(outside the watched tree)");
    return m_stats->session()->paths().displayPath(pathId);
}

QVariant RenameChainModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_stats || !m_stats->session())
        return {};
    if (index.internalId() == kChainRow)
        return chainData(index.row(), index.column(), role);
    return stepData(int(index.internalId() - 1), index.row(), index.column(), role);
}

QVariant RenameChainModel::chainData(int chain, int column, int role) const
{
    const RenameTracker::Chain &c = m_stats->renames().chain(chain);
    const bool unpaired = c.isUnpaired();
    switch (role) {
    case ChainRole:
        return chain;
    case NamesRole: {
        QStringList names;
        for (PathTable::Id id : c.allPaths())
            names.append(pathText(id));
        return names;
    }
    case UnpairedRole:
        return unpaired;
    case Qt::FontRole:
        if (unpaired) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == FirstTimeColumn || column == LastTimeColumn)
            return TimeText::dateTime(column == FirstTimeColumn ? c.firstNs() : c.lastNs());
        if (c.movedOut() || c.movedIn())
            return tr("An unpaired move: the kernel reported only one half of the rename because "
                      "the other name is outside the watched folders.");
        return tr("Renames are paired by the cookie inotify gives both halves of one rename.");
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }
    const bool sort = role == SortRole;
    switch (column) {
    case FirstNameColumn:
        return c.movedIn() ? pathText(c.steps.constFirst().to) : pathText(c.firstPath());
    case CurrentNameColumn: {
        if (c.movedOut())
            return tr("(moved out of the watched tree)");
        // A folder renamed since the chain's last step carries this name with it.
        const Session *session = m_stats->session();
        return pathText(m_stats->renames().currentPathOf(c.currentPath(), c.lastNs() + 1,
                                                         session->paths()));
    }
    case StepsColumn:
        return int(c.steps.size());
    case StatusColumn: {
        if (unpaired && c.movedOut())
            return tr("Moved out of the watched tree");
        if (unpaired)
            return endsDeleted(c) ? tr("Moved in from outside, then deleted")
                                  : tr("Moved in from outside");
        int renames = 0;
        for (const RenameTracker::Step &s : c.steps)
            renames += s.kind == RenameTracker::Step::Renamed ? 1 : 0;
        QString text = renames == 1 ? tr("Renamed once") : tr("Renamed %n times", nullptr, renames);
        if (c.movedIn())
            text = tr("Moved in, then %1").arg(text.toLower());
        if (c.movedOut())
            text = tr("%1, then moved out").arg(text);
        else if (endsDeleted(c))
            text = tr("%1, then deleted").arg(text);
        return text;
    }
    case TypeColumn:
        return RulesText::kind(c.isDir);
    case FirstTimeColumn:
        return sort ? QVariant::fromValue(c.firstNs()) : QVariant(TimeText::timeOfDay(c.firstNs()));
    case LastTimeColumn:
        return sort ? QVariant::fromValue(c.lastNs()) : QVariant(TimeText::timeOfDay(c.lastNs()));
    default:
        return {};
    }
}

QVariant RenameChainModel::stepData(int chain, int step, int column, int role) const
{
    const RenameTracker::Step &s = m_stats->renames().chain(chain).steps.at(step);
    if (role == ChainRole)
        return chain;
    if (role == UnpairedRole)
        return s.kind != RenameTracker::Step::Renamed;
    if (role == Qt::ToolTipRole && column == FirstTimeColumn)
        return TimeText::dateTime(s.timeNs);
    if (role == Qt::ToolTipRole && column == CookieColumn)
        return cookieToolTip();
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool sort = role == SortRole;
    switch (column) {
    case FirstNameColumn:
        return pathText(s.from);
    case CurrentNameColumn:
        return pathText(s.to);
    case StepsColumn:
        return sort ? QVariant(step + 1) : QVariant(tr("Step %1").arg(step + 1));
    case StatusColumn:
        switch (s.kind) {
        case RenameTracker::Step::Renamed:
            return tr("Renamed");
        case RenameTracker::Step::MovedOut:
            return tr("Moved out of the watched tree");
        case RenameTracker::Step::MovedIn:
            return tr("Moved in from outside");
        }
        return {};
    case FirstTimeColumn:
        return sort ? QVariant::fromValue(s.timeNs) : QVariant(TimeText::timeOfDay(s.timeNs));
    case CookieColumn:
        if (sort)
            return s.cookie;
        return s.cookie == 0 ? tr("none") : QString::number(s.cookie);
    default:
        return {};
    }
}

QString RenameChainModel::cookieToolTip()
{
    return tr("The cookie that paired IN_MOVED_FROM with IN_MOVED_TO (none for fanotify "
              "renames, which report both names in one event).");
}

QVariant RenameChainModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // What a cookie is, over its column too: the steps that have one are rows a user must open.
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == CookieColumn)
        return cookieToolTip();
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case FirstNameColumn: return tr("First name");
    case CurrentNameColumn: return tr("Current name");
    case StepsColumn: return tr("Steps");
    case StatusColumn: return tr("What happened");
    case TypeColumn: return RulesText::column(FilterRule::Column::Kind);
    case FirstTimeColumn: return tr("First time");
    case LastTimeColumn: return tr("Last time");
    case CookieColumn: return RulesText::column(FilterRule::Column::Cookie);
    default: return {};
    }
}
