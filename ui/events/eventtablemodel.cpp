#include "events/eventtablemodel.h"

#include "analysis/rulefields.h"
#include "core/pathtable.h"
#include "core/session.h"
#include "events/highlightcolors.h"
#include "text/timetext.h"
#include "uilogging.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFont>
#include <QIcon>
#include <QPalette>
#include <QStyle>

#include <algorithm>
#include <numeric>


EventTableModel::EventTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_filter(nullptr, nullptr)
{
    m_highlight.setRules(HighlightColors::defaultRules());
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(kFlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &EventTableModel::flush);
}

EventTableModel::~EventTableModel() = default;

void EventTableModel::setSession(Session *session)
{
    beginResetModel();
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_rows.clear();
    m_highlightSerial = ~quint64(0);
    m_nextSerial = 0;
    m_filter.setTables(session ? &session->paths() : nullptr,
                       session ? &session->processes() : nullptr);
    m_highlight.setTables(session ? &session->paths() : nullptr,
                          session ? &session->processes() : nullptr);
    m_find.setTables(session ? &session->paths() : nullptr,
                     session ? &session->processes() : nullptr);
    if (session) {
        connect(session, &Session::eventsAppended, this, &EventTableModel::onAppended);
        connect(session, &Session::eventsDropped, this, &EventTableModel::onDropped);
        connect(session, &Session::aboutToClear, this, &EventTableModel::onAboutToClear);
        connect(session, &Session::cleared, this, &EventTableModel::onCleared);
        m_nextSerial = session->events().droppedCount();
    }
    m_showsDates = false;
    endResetModel();
    // Whatever the session already holds (a reopened file) comes in as one batch.
    flush();
    updateShowsDates();
    Q_EMIT countsChanged();
}

int EventTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EventTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const FsEvent &EventTableModel::eventAt(int row) const
{
    return m_session->events().atSerial(m_rows[std::size_t(row)]);
}

int EventTableModel::rowOfSerial(quint64 serial) const
{
    const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), serial);
    return (it != m_rows.end() && *it == serial) ? int(it - m_rows.begin()) : -1;
}

bool EventTableModel::isRowHeld(int row) const
{
    return m_session && row >= 0 && row < int(m_rows.size())
        && m_session->events().holdsSerial(m_rows[std::size_t(row)]);
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
    if (!m_session || m_paused)
        return;
    const EventStore &store = m_session->events();
    const quint64 end = store.endSerial();
    m_nextSerial = qMax(m_nextSerial, store.droppedCount());
    if (m_nextSerial >= end)
        return;
    std::vector<quint64> fresh;
    fresh.reserve(std::size_t(end - m_nextSerial));
    for (quint64 s = m_nextSerial; s < end; ++s) {
        if (m_filter.matches(store.atSerial(s)))
            fresh.push_back(s);
    }
    m_nextSerial = end;
    if (!fresh.empty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        m_rows.insert(m_rows.end(), fresh.begin(), fresh.end());
        endInsertRows();
        // With QT_LOGGING_RULES=fsnoop.ui.debug=true, scripts driving the real window wait on
        // this line instead of sleeping and hoping rows have arrived.
        qCDebug(lcUi, "table shows %zu rows", m_rows.size());
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
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, TimeColumn), index(int(m_rows.size()) - 1, TimeColumn));
}

void EventTableModel::onDropped()
{
    // The store already let go of the oldest events; rows pointing at them must go first thing.
    const quint64 dropped = m_session->events().droppedCount();
    const auto firstKept = std::lower_bound(m_rows.begin(), m_rows.end(), dropped);
    const int gone = int(firstKept - m_rows.begin());
    if (gone > 0) {
        beginRemoveRows({}, 0, gone - 1);
        m_rows.erase(m_rows.begin(), firstKept);
        endRemoveRows();
    }
    if (m_nextSerial < dropped)
        m_nextSerial = dropped;
    Q_EMIT countsChanged();
}

void EventTableModel::onAboutToClear()
{
    m_flushTimer.stop();
    beginResetModel();
}

void EventTableModel::onCleared()
{
    m_highlightSerial = ~quint64(0);
    m_rows.clear();
    m_nextSerial = m_session->events().droppedCount();
    endResetModel();
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
    m_highlight.setRules(rules);
    m_highlightSerial = ~quint64(0);
    m_tints.clear();
    // Only the colours change: one whole-table dataChanged, no reset.
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1),
                           {Qt::BackgroundRole});
}

void EventTableModel::setFindText(const QString &text)
{
    if (text == m_find.text())
        return;
    m_find.setText(text);
    m_highlightSerial = ~quint64(0);
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1),
                           {Qt::BackgroundRole, FindMatchRole});
}

bool EventTableModel::rowMatchesFind(int row) const
{
    return isRowHeld(row) && m_find.matches(eventAt(row));
}

int EventTableModel::firstRowAtOrAfter(qint64 timeNs) const
{
    if (!m_session)
        return 0;
    const EventStore &store = m_session->events();
    const auto it = std::partition_point(m_rows.begin(), m_rows.end(), [&](quint64 serial) {
        return !store.holdsSerial(serial) || store.atSerial(serial).timeNs < timeNs;
    });
    return int(it - m_rows.begin());
}

bool EventTableModel::toggleBookmark(int row)
{
    if (!isRowHeld(row))
        return false;
    const bool marked = m_session->bookmarks().toggle(m_rows[std::size_t(row)]);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1),
                       {Qt::DecorationRole, BookmarkRole});
    Q_EMIT bookmarksChanged();
    return marked;
}

void EventTableModel::setBookmarkNote(int row, const QString &note)
{
    if (!isRowHeld(row))
        return;
    m_session->bookmarks().set(m_rows[std::size_t(row)], note);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1),
                       {Qt::DecorationRole, Qt::ToolTipRole, BookmarkRole});
    Q_EMIT bookmarksChanged();
}

int EventTableModel::nextBookmarkRow(int row, bool forward) const
{
    if (!m_session || m_rows.empty())
        return -1;
    // Nothing current: from the far end, so that wrapping around starts at the first (or last)
    // bookmark, serial 0 included.
    quint64 from;
    if (row >= 0 && row < int(m_rows.size()))
        from = m_rows[std::size_t(row)];
    else
        from = forward ? ~quint64(0) : 0;
    const auto serial = m_session->bookmarks().next(from, forward, [this](quint64 s) {
        return rowOfSerial(s) >= 0;
    });
    return serial ? rowOfSerial(*serial) : -1;
}

QVariant EventTableModel::highlightBrush(const FsEvent &e, quint64 serial) const
{
    if (!m_find.isEmpty() && m_find.matches(e)) {
        // Find's own tint, from the theme's selection colour: above any highlight rule.
        const QColor base = QApplication::palette().color(QPalette::Base);
        return QBrush(HighlightColors::tint(
            QApplication::palette().color(QPalette::Highlight).name(), base));
    }
    if (m_highlight.isEmpty())
        return {};
    if (serial != m_highlightSerial) {
        m_highlightSerial = serial;
        m_highlightRule = m_highlight.highlight(e);
    }
    if (m_highlightRule < 0)
        return {};
    // A tint of the rule's colour mixed into the theme's own base colour: light on a light
    // theme, dark on a dark one; the text colour stays the theme's, so it stays readable.
    const QColor base = QApplication::palette().color(QPalette::Base);
    if (m_tints.size() != m_highlight.rules().size() || base != m_tintBase) {
        m_tintBase = base;
        m_tints.clear();
        for (const FilterRule &r : m_highlight.rules())
            m_tints.append(QBrush(HighlightColors::tint(r.color, base)));
    }
    return m_tints.at(m_highlightRule);
}

void EventTableModel::showOnlyPaths(const QSet<quint32> &pathIds)
{
    EventFilter::Criteria c = m_filter.criteria();
    c.onlyPaths = pathIds;
    setCriteria(c);
}

void EventTableModel::clearPathRestriction()
{
    EventFilter::Criteria c = m_filter.criteria();
    c.onlyPaths.clear();
    c.hiddenPaths.clear();
    setCriteria(c);
}

void EventTableModel::rebuild()
{
    QElapsedTimer timer;
    timer.start();
    beginResetModel();
    m_rows.clear();
    if (m_session) {
        const EventStore &store = m_session->events();
        const quint64 dropped = store.droppedCount();
        if (m_nextSerial < dropped)
            m_nextSerial = dropped;
        if (m_filter.isEmpty()) {
            m_rows.resize(std::size_t(m_nextSerial - dropped));
            std::iota(m_rows.begin(), m_rows.end(), dropped);
        } else {
            for (quint64 s = dropped; s < m_nextSerial; ++s) {
                if (m_filter.matches(store.atSerial(s)))
                    m_rows.push_back(s);
            }
        }
    }
    endResetModel();
    // printf-style: the stream form of the macro trips clang's -Wpedantic (empty __VA_ARGS__).
    qCDebug(lcUi, "filter rebuilt: %zu rows in %lld ms", m_rows.size(), qint64(timer.elapsed()));
    Q_EMIT countsChanged();
}

void EventTableModel::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    if (!paused)
        flush();
}

QString EventTableModel::kindText(const FsEvent &e) const
{
    if (e.isOverflow())
        return {};
    return e.isDir() ? tr("Folder") : tr("File");
}

QString EventTableModel::sourceText(const FsEvent &e) const
{
    switch (e.source) {
    case FsEvent::Inotify:
        return tr("inotify");
    case FsEvent::Scan:
        return tr("scan");
    case FsEvent::Fanotify:
        return tr("fanotify");
    case FsEvent::Rescan:
        return tr("rescan");
    }
    return {};
}

QString EventTableModel::toolTip(const FsEvent &e) const
{
    if (e.isOverflow()) {
        return tr("The kernel's event queue overflowed here, so some events were lost "
                  "(overflow number %1). fsnoop rescanned the watched folders to catch up. "
                  "Raising /proc/sys/fs/inotify/max_queued_events or narrowing the watched "
                  "events makes this less likely.")
            .arg(e.cookie);
    }
    if (e.isSynthesized()) {
        return tr("Not reported by the kernel: fsnoop found this entry when it scanned a newly "
                  "created folder. inotify cannot watch a folder before it exists, so what was "
                  "created inside it in the first moments is recovered by that scan.");
    }
    return {};
}

QVariant EventTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !isRowHeld(index.row()))
        return {};
    const FsEvent &e = eventAt(index.row());
    const PathTable &paths = m_session->paths();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return m_showsDates ? TimeText::dateTimeMicros(e.timeNs)
                                : TimeText::timeOfDayMicros(e.timeNs);
        case EventColumn:
            if (e.isOverflow())
                return tr("overflow");
            return RuleFields::eventTypeText(e.mask, false);
        case NameColumn:
            return e.pathId == PathTable::NoPath ? QString() : paths.displayName(e.pathId);
        case FolderColumn:
            // The widest column carries the marker's words, so they are not clipped.
            if (e.isOverflow())
                return tr("Events lost (queue overflow)");
            return e.pathId == PathTable::NoPath ? QString() : paths.displayDirectory(e.pathId);
        case KindColumn:
            return kindText(e);
        case CookieColumn:
            return (e.cookie && !e.isOverflow()) ? QVariant(e.cookie) : QVariant();
        case PidColumn:
            return e.pid >= 0 ? QVariant(e.pid) : QVariant();
        case ProcessColumn:
            if (e.processId != 0 && e.processId < m_session->processes().size())
                return m_session->processes().info(e.processId).displayName();
            return {};
        case SourceColumn:
            return sourceText(e);
        case ExecutableColumn:
        case CommandLineColumn:
        case ParentPidColumn:
        case UserColumn:
            return processField(e, index.column());
        }
        return {};
    case Qt::ToolTipRole: {
        const QString tip = toolTip(e);
        if (!tip.isEmpty())
            return tip;
        if (index.column() == ProcessColumn && e.processId != 0
            && e.processId < m_session->processes().size())
            return m_session->processes().info(e.processId).displayExecutable();
        if ((index.column() == NameColumn || index.column() == FolderColumn)
            && e.pathId != PathTable::NoPath)
            return paths.displayPath(e.pathId);
        if (index.column() == TimeColumn) {
            const QString note = m_session->bookmarks().note(m_rows[std::size_t(index.row())]);
            return note.isEmpty() ? TimeText::dateTime(e.timeNs)
                                  : TimeText::dateTime(e.timeNs) + QLatin1Char('\n') + note;
        }
        return {};
    }
    case Qt::DecorationRole:
        if (index.column() == TimeColumn
            && m_session->bookmarks().contains(m_rows[std::size_t(index.row())]))
            return QIcon(QStringLiteral(":/icons/bookmark.svg"));
        if (index.column() == EventColumn && e.isOverflow())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ForegroundRole:
        // Palette roles, so a dark theme gets readable colours.
        if (e.isSynthesized())
            return QApplication::palette().brush(QPalette::PlaceholderText);
        return {};
    case Qt::BackgroundRole:
        // Overflow markers and deletes are default highlight rules the user can turn off.
        return highlightBrush(e, m_rows[std::size_t(index.row())]);
    case Qt::FontRole:
        if (e.isSynthesized()) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == CookieColumn || index.column() == PidColumn
            || index.column() == ParentPidColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case PathIdRole:
        return e.pathId;
    case SerialRole:
        return m_rows[std::size_t(index.row())];
    case MaskRole:
        return e.mask;
    case FullPathRole:
        return e.pathId == PathTable::NoPath ? QString() : paths.displayPath(e.pathId);
    case BookmarkRole:
        return m_session->bookmarks().contains(m_rows[std::size_t(index.row())]);
    case FindMatchRole:
        return m_find.matches(e);
    }
    return {};
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn: return tr("Time");
    case EventColumn: return tr("Event");
    case NameColumn: return tr("Name");
    case FolderColumn: return tr("Folder");
    case KindColumn: return tr("Type");
    case CookieColumn: return tr("Cookie");
    case PidColumn: return tr("PID");
    case ProcessColumn: return tr("Process");
    case SourceColumn: return tr("Source");
    case ExecutableColumn: return tr("Executable");
    case CommandLineColumn: return tr("Command Line");
    case ParentPidColumn: return tr("Parent PID");
    case UserColumn: return tr("User");
    }
    return {};
}

QVariant EventTableModel::processField(const FsEvent &e, int column) const
{
    if (e.processId == 0 || e.processId >= m_session->processes().size())
        return {};
    const ProcessInfo &info = m_session->processes().info(e.processId);
    switch (column) {
    case ExecutableColumn: return info.displayExecutable();
    case CommandLineColumn: return info.displayCommandLine();
    case ParentPidColumn: return info.parentPid >= 0 ? QVariant(info.parentPid) : QVariant();
    case UserColumn: return info.displayUser();
    }
    return {};
}

static constexpr const char *kColumnKeys[EventTableModel::ColumnCount] = {
    "time", "event", "name", "folder", "type", "cookie", "pid", "process", "source",
    "executable", "command_line", "parent_pid", "user"};

QString EventTableModel::columnKey(int column)
{
    return column >= 0 && column < ColumnCount ? QString::fromLatin1(kColumnKeys[column]) : QString();
}

int EventTableModel::columnOfKey(const QString &key)
{
    for (int c = 0; c < ColumnCount; ++c) {
        if (key == QLatin1String(kColumnKeys[c]))
            return c;
    }
    return -1;
}
