#include "events/eventtablemodel.h"

#include "core/pathtable.h"
#include "core/session.h"
#include "events/eventcelltext.h"
#include "events/eventcolumns.h"
#include "text/rulestext.h"
#include "text/timetext.h"
#include "uilogging.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFont>
#include <QIcon>
#include <QPalette>
#include <QStyle>

#include <algorithm>


EventTableModel::EventTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_filter(nullptr, nullptr)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(kFlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &EventTableModel::flush);
}

void EventTableModel::setSession(Session *session)
{
    beginResetModel();
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    const bool wasFiltering = isFiltering();
    m_filterSlicer.stop();
    m_scanNext = m_scanEnd = 0;
    m_filterPartial = false;
    m_session = session;
    m_background.forgetRow();
    m_nextSerial = 0;
    m_filter.setTables(session ? &session->paths() : nullptr,
                       session ? &session->processes() : nullptr);
    m_background.setTables(session ? &session->paths() : nullptr,
                           session ? &session->processes() : nullptr);
    if (session) {
        connect(session, &Session::eventsAppended, this, &EventTableModel::onAppended);
        connect(session, &Session::eventsDropped, this, &EventTableModel::onDropped);
        connect(session, &Session::aboutToClear, this, &EventTableModel::onAboutToClear);
        connect(session, &Session::cleared, this, &EventTableModel::onCleared);
        m_nextSerial = session->events().droppedCount();
    }
    resetRows(m_nextSerial);
    resetWindow();
    m_showsDates = false;
    endResetModel();
    if (wasFiltering)
        Q_EMIT filterFinished();
    // Whatever the session already holds (a reopened file) comes in as one batch.
    flush();
    updateShowsDates();
    Q_EMIT countsChanged();
}

int EventTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_windowCount;
}

int EventTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const FsEvent &EventTableModel::eventAt(int row) const
{
    return m_session->events().atSerial(m_rows.at(row));
}

int EventTableModel::rowOfSerial(quint64 serial) const
{
    return int(m_rows.indexOf(serial));
}

bool EventTableModel::isRowHeld(int row) const
{
    return m_session && row >= 0 && row < int(m_rows.size())
        && m_session->events().holdsSerial(m_rows.at(row));
}

bool EventTableModel::showsAll() const
{
    return m_rows.isAll() && !isFiltering() && !hasPendingRows();
}

void EventTableModel::setWindowRows(int rows)
{
    beginResetModel();
    m_windowRows = qMax(1, rows);
    resetWindow();
    endResetModel();
}

void EventTableModel::resetWindow()
{
    m_windowFirst = 0;
    m_windowCount = int(qMin(m_rows.size(), qsizetype(m_windowRows)));
}

void EventTableModel::moveWindow(int first)
{
    first = std::clamp(first, 0, qMax(0, shownCount() - m_windowRows));
    if (first == m_windowFirst)
        return;
    // The window only moves when it is full, so its size stays: a row of the old window is at
    // the same shown row in the new one, or outside it.
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &i : before) {
        const int row = m_windowFirst + i.row() - first;
        after.append(row >= 0 && row < m_windowCount ? index(row, i.column()) : QModelIndex());
    }
    m_windowFirst = first;
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

QModelIndex EventTableModel::indexOfRow(int row, int column) const
{
    const int inWindow = row - m_windowFirst;
    return inWindow >= 0 && inWindow < m_windowCount ? index(inWindow, column) : QModelIndex();
}

void EventTableModel::growRows(qsizetype added, const std::function<void()> &grow)
{
    // Rows come at the end: only those that fit the window's room are Qt rows now; the rest are
    // below it until the view moves the window down.
    Q_EMIT rowsAboutToBeAppended();
    const int entering = int(qMin(added, qsizetype(m_windowRows - m_windowCount)));
    if (entering > 0)
        beginInsertRows({}, m_windowCount, m_windowCount + entering - 1);
    grow();
    m_windowCount += qMax(entering, 0);
    if (entering > 0)
        endInsertRows();
    Q_EMIT rowsAppended();
}

void EventTableModel::resetRows(quint64 first)
{
    if (m_filter.isEmpty())
        m_rows.resetAll(first);
    else
        m_rows.resetList();
}

void EventTableModel::appendRows(const std::vector<quint64> &serials)
{
    if (serials.empty())
        return;
    growRows(qsizetype(serials.size()), [&] { m_rows.append(serials); });
}

qsizetype EventTableModel::totalCount() const
{
    return m_session ? m_session->events().size() : 0;
}

bool EventTableModel::hasPendingRows() const
{
    if (!m_session)
        return false;
    return m_nextSerial < m_session->events().endSerial();
}

void EventTableModel::onAppended()
{
    if (!m_paused && !m_flushTimer.isActive())
        m_flushTimer.start();
}

void EventTableModel::flush()
{
    m_flushTimer.stop();
    // A filter pass in slices picks up what came meanwhile when it ends (finishFilter()).
    if (!m_session || m_paused || isFiltering())
        return;
    const EventStore &store = m_session->events();
    const quint64 end = store.endSerial();
    m_nextSerial = qMax(m_nextSerial, store.droppedCount());
    if (m_nextSerial >= end)
        return;
    const int before = int(m_rows.size());
    if (m_rows.isAll()) {
        growRows(qsizetype(end - m_nextSerial), [&] { m_rows.extendAll(end); });
    } else {
        std::vector<quint64> fresh;
        store.scan(m_nextSerial, end, [&](quint64 s, const FsEvent &e) {
            if (m_filter.matches(e))
                fresh.push_back(s);
        });
        appendRows(fresh);
    }
    m_nextSerial = end;
    if (int(m_rows.size()) != before) {
        // With QT_LOGGING_RULES=fsnoop.ui.debug=true, scripts driving the real window wait on
        // this line instead of sleeping and hoping rows have arrived.
        qCDebug(lcUi, "table shows %lld rows", qint64(m_rows.size()));
    }
    updateShowsDates();
    Q_EMIT countsChanged();
}

void EventTableModel::updateShowsDates()
{
    bool spans = false;
    if (m_session && m_session->events().size() > 0) {
        const EventStore &store = m_session->events();
        const QDate first = TimeText::toDateTime(store.atSerial(store.droppedCount()).timeNs).date();
        const QDate last = TimeText::toDateTime(store.atSerial(store.endSerial() - 1).timeNs).date();
        spans = first != last;
    }
    if (spans == m_showsDates)
        return;
    m_showsDates = spans;
    Q_EMIT headerDataChanged(Qt::Horizontal, TimeColumn, TimeColumn);
    if (m_windowCount > 0)
        Q_EMIT dataChanged(index(0, TimeColumn), index(m_windowCount - 1, TimeColumn));
}

void EventTableModel::onDropped()
{
    // The store already let go of the oldest events; rows pointing at them must go first thing.
    const quint64 dropped = m_session->events().droppedCount();
    const int gone = int(m_rows.countBefore(dropped));
    if (gone > 0) {
        Q_EMIT rowsAboutToBeDropped(gone);
        // Of the rows gone, those inside the window leave it as Qt rows; a window further down
        // keeps its rows and only their shown numbers go down.
        const int leaving = std::clamp(gone - m_windowFirst, 0, m_windowCount);
        if (leaving > 0)
            beginRemoveRows({}, 0, leaving - 1);
        m_rows.removeBefore(dropped);
        m_windowFirst = qMax(0, m_windowFirst - gone);
        m_windowCount -= leaving;
        if (leaving > 0)
            endRemoveRows();
        // A window that lost rows at its top takes in the rows below it, if there are.
        const int entering = qMin(shownCount() - m_windowFirst, m_windowRows) - m_windowCount;
        if (entering > 0) {
            beginInsertRows({}, m_windowCount, m_windowCount + entering - 1);
            m_windowCount += entering;
            endInsertRows();
        }
    }
    if (m_nextSerial < dropped)
        m_nextSerial = dropped;
    if (m_scanNext < dropped && isFiltering())
        m_scanNext = std::min(dropped, m_scanEnd);
    Q_EMIT countsChanged();
}

void EventTableModel::onAboutToClear()
{
    m_flushTimer.stop();
    beginResetModel();
}

void EventTableModel::onCleared()
{
    const bool wasFiltering = isFiltering();
    m_filterSlicer.stop();
    m_scanNext = m_scanEnd = 0;
    m_filterPartial = false;
    m_background.forgetRow();
    m_nextSerial = m_session->events().droppedCount();
    resetRows(m_nextSerial);
    resetWindow();
    endResetModel();
    if (wasFiltering)
        Q_EMIT filterFinished();
    Q_EMIT countsChanged();
}

void EventTableModel::setCriteria(const EventFilter::Criteria &criteria)
{
    if (criteria == m_filter.criteria())
        return;
    m_filter.setCriteria(criteria);
    rebuild();
    Q_EMIT filterChanged();
}

void EventTableModel::setRules(const FilterRules &rules)
{
    if (rules == m_filter.rules().rules())
        return;
    m_filter.setRules(rules);
    rebuild();
    Q_EMIT filterChanged();
}

void EventTableModel::setHighlightRules(const FilterRules &rules)
{
    m_background.setHighlightRules(rules);
    // Only the colours change: one whole-table dataChanged, no reset.
    if (m_windowCount > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_windowCount - 1, ColumnCount - 1),
                           {Qt::BackgroundRole});
}

void EventTableModel::setFindText(const QString &text)
{
    if (text == m_background.findMatcher().text())
        return;
    m_background.setFindText(text);
    if (m_windowCount > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_windowCount - 1, ColumnCount - 1),
                           {Qt::BackgroundRole, FindMatchRole});
}

bool EventTableModel::rowMatchesFind(int row) const
{
    return isRowHeld(row) && m_background.findMatcher().matches(eventAt(row));
}

int EventTableModel::firstRowAtOrAfter(qint64 timeNs) const
{
    if (!m_session)
        return 0;
    const EventStore &store = m_session->events();
    // The rows are in capture order, so in time order: the first row not before `timeNs`.
    qsizetype lo = 0, hi = m_rows.size();
    while (lo < hi) {
        const qsizetype mid = lo + (hi - lo) / 2;
        const quint64 serial = m_rows.at(mid);
        if (!store.holdsSerial(serial) || store.atSerial(serial).timeNs < timeNs)
            lo = mid + 1;
        else
            hi = mid;
    }
    return int(lo);
}

bool EventTableModel::toggleBookmark(int row)
{
    if (!isRowHeld(row))
        return false;
    const bool marked = m_session->bookmarks().toggle(m_rows.at(row));
    const QModelIndex first = indexOfRow(row);
    if (first.isValid())
        Q_EMIT dataChanged(first, first.siblingAtColumn(ColumnCount - 1),
                           {Qt::DecorationRole, BookmarkRole});
    Q_EMIT bookmarksChanged();
    return marked;
}

void EventTableModel::setBookmarkNote(int row, const QString &note)
{
    if (!isRowHeld(row))
        return;
    m_session->bookmarks().set(m_rows.at(row), note);
    const QModelIndex first = indexOfRow(row);
    if (first.isValid())
        Q_EMIT dataChanged(first, first.siblingAtColumn(ColumnCount - 1),
                           {Qt::DecorationRole, Qt::ToolTipRole, BookmarkRole});
    Q_EMIT bookmarksChanged();
}

int EventTableModel::nextBookmarkRow(int row, bool forward) const
{
    if (!m_session || m_rows.isEmpty())
        return -1;
    // Nothing current: from the far end, so that wrapping around starts at the first (or last)
    // bookmark, serial 0 included.
    quint64 from;
    if (row >= 0 && row < int(m_rows.size()))
        from = m_rows.at(row);
    else
        from = forward ? ~quint64(0) : 0;
    const auto serial = m_session->bookmarks().next(from, forward, [this](quint64 s) {
        return rowOfSerial(s) >= 0;
    });
    return serial ? rowOfSerial(*serial) : -1;
}

void EventTableModel::showOnlyPaths(const QSet<quint32> &pathIds)
{
    EventFilter::Criteria c = m_filter.criteria();
    c.onlyPaths = pathIds;
    setCriteria(c);
}

void EventTableModel::showOnlyProcesses(const QSet<quint32> &processIds)
{
    EventFilter::Criteria c = m_filter.criteria();
    c.onlyProcesses = processIds;
    setCriteria(c);
}

void EventTableModel::clearPathRestriction()
{
    EventFilter::Criteria c = m_filter.criteria();
    c.onlyPaths.clear();
    c.hiddenPaths.clear();
    c.onlyProcesses.clear();
    setCriteria(c);
}

void EventTableModel::rebuild()
{
    QElapsedTimer timer;
    timer.start();
    m_filterSlicer.stop();
    m_scanNext = m_scanEnd = 0;
    m_filterPartial = false;
    beginResetModel();
    const quint64 dropped = m_session ? m_session->events().droppedCount() : 0;
    if (m_nextSerial < dropped)
        m_nextSerial = dropped;
    resetRows(dropped);
    if (m_rows.isAll()) {
        m_rows.extendAll(m_nextSerial); // no filter: every row, nothing to search
    } else if (qsizetype(m_nextSerial - dropped) > m_syncFilterEvents) {
        m_scanFirst = m_scanNext = dropped;
        m_scanEnd = m_nextSerial;
    } else if (m_session) {
        std::vector<quint64> rows;
        m_session->events().scan(dropped, m_nextSerial, [&](quint64 s, const FsEvent &e) {
            if (m_filter.matches(e))
                rows.push_back(s);
        });
        m_rows.append(rows);
    }
    resetWindow();
    endResetModel();
    Q_EMIT countsChanged();
    if (isFiltering()) {
        Q_EMIT filterProgress(0, qint64(m_scanEnd - m_scanFirst));
        m_filterSlicer.start(false);
        return;
    }
    // printf-style: the stream form of the macro trips clang's -Wpedantic (empty __VA_ARGS__).
    qCDebug(lcUi, "filter rebuilt: %lld rows in %lld ms", qint64(m_rows.size()),
            qint64(timer.elapsed()));
    Q_EMIT filterFinished();
}

void EventTableModel::filterSlice()
{
    if (!m_session || !isFiltering()) {
        m_filterSlicer.stop();
        return;
    }
    // One slice: whole store chunks until the slice is over, then back to the event loop so the
    // window repaints, scrolls and hears the Cancel button.
    const EventStore &store = m_session->events();
    std::vector<quint64> found;
    do {
        const quint64 end = std::min(m_scanEnd, m_scanNext + quint64(EventStore::kChunkEvents));
        store.scan(m_scanNext, end, [&](quint64 s, const FsEvent &e) {
            if (m_filter.matches(e))
                found.push_back(s);
        });
        m_scanNext = end;
    } while (m_scanNext < m_scanEnd && !m_filterSlicer.isSliceOver());
    appendRows(found);
    Q_EMIT countsChanged();
    Q_EMIT filterProgress(qint64(m_scanNext - m_scanFirst), qint64(m_scanEnd - m_scanFirst));
    if (!isFiltering())
        finishFilter();
}

void EventTableModel::setFilterSlicing(qsizetype syncEvents, int sliceMs)
{
    m_syncFilterEvents = syncEvents;
    m_filterSlicer.setSliceMs(sliceMs);
}

void EventTableModel::cancelFilter()
{
    if (!isFiltering())
        return;
    m_filterPartial = true;
    finishFilter();
}

void EventTableModel::finishFilter()
{
    m_filterSlicer.stop();
    m_scanNext = m_scanEnd = 0;
    qCDebug(lcUi, "filter rebuilt: %lld rows%s", qint64(m_rows.size()),
            m_filterPartial ? " (cancelled)" : "");
    Q_EMIT filterFinished();
    flush(); // what came while the pass ran
}

void EventTableModel::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    if (!paused)
        flush();
}

QVariant EventTableModel::data(const QModelIndex &index, int role) const
{
    return index.isValid() ? cellData(rowOf(index), index.column(), role) : QVariant();
}

QVariant EventTableModel::cellData(int row, int column, int role) const
{
    if (!isRowHeld(row) || column < 0 || column >= ColumnCount)
        return {};
    const FsEvent &e = eventAt(row);
    switch (role) {
    case Qt::DisplayRole:
        return EventCellText(*m_session).display(e, column, m_showsDates);
    case Qt::ToolTipRole:
        return EventCellText(*m_session).toolTip(e, m_rows.at(row), column);
    case Qt::DecorationRole:
        if (column == TimeColumn
            && m_session->bookmarks().contains(m_rows.at(row)))
            return QIcon(QStringLiteral(":/icons/bookmark.svg"));
        if (column == EventColumn && e.isOverflow())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ForegroundRole:
        // Palette roles, so a dark theme gets readable colours.
        if (e.isSynthesized())
            return QApplication::palette().brush(QPalette::PlaceholderText);
        return {};
    case Qt::BackgroundRole:
        // Overflow markers and deletes are default highlight rules the user can turn off.
        return m_background.brush(e, m_rows.at(row));
    case Qt::FontRole:
        if (e.isSynthesized()) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == CookieColumn || column == PidColumn
            || column == ParentPidColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case PathIdRole:
        return e.pathId;
    case SerialRole:
        return m_rows.at(row);
    case MaskRole:
        return e.mask;
    case FullPathRole:
        return e.pathId == PathTable::NoPath ? QString() : m_session->paths().displayPath(e.pathId);
    case BookmarkRole:
        return m_session->bookmarks().contains(m_rows.at(row));
    case FindMatchRole:
        return m_background.findMatcher().matches(e);
    }
    return {};
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    return RulesText::column(EventColumns::ruleColumn(section));
}
