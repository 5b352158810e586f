#pragma once

#include "events/eventfilter.h"
#include "events/eventrows.h"
#include "events/rowbackground.h"
#include "timeslicer.h"
#include "core/fsevent.h"

#include <QAbstractTableModel>
#include <QTimer>

#include <functional>
#include <vector>

class Session;

// The live event table, the same idea as Wireshark's packet list: a row is a store serial (8
// bytes), text is built in data() only for the rows a view asks about, and new events are
// announced in one beginInsertRows() per flush (every kFlushIntervalMs) rather than per event.
// What a cell says is EventCellText's job and a row's colour RowBackground's; this class is
// about which rows there are.
//
// The filter lives here too: the rows *are* the filtered index (serials of the events that pass,
// EventRows; nothing at all when unfiltered), kept incrementally as events arrive, and rebuilt
// in one pass over FsEvent fields when the criteria change. A generic QSortFilterProxyModel would
// call filterAcceptsRow() through the model's data() with QVariants per row, which is what makes
// a million rows slow.
//
// Over more than kSyncFilterEvents events (a big reopened session: tens of millions) the pass
// runs in slices on the event loop instead: rows appear as they are found, filterProgress()
// tells how far it got, and cancelFilter() stops it, keeping what was found.
//
// Serials rather than store indexes: when the cap drops the oldest chunk, store indexes shift but
// serials (EventStore::serialOf) stay, so a row keeps pointing at its event.
//
// The row window (issue 12): a view never sees more than windowRows() rows. QTableView's vertical
// QHeaderView keeps an 8-byte SectionItem per row whether it is shown or not (390 MB for 50
// million rows), and its positions are int pixels, which stop at about 80 million rows. So the
// Qt rows (rowCount(), index(), QModelIndex::row()) are a slice of the shown rows starting at
// windowFirst(); EventTableView moves the slice with moveWindow() as the user scrolls through all
// of them. Up to windowRows() rows the slice is all of them and windowFirst() is 0: Qt rows and
// shown rows are the same numbers, nothing else changes. Every other row number in this class's
// API (eventAt(), rowOfSerial(), the Find, bookmark and time lookups) is a shown row, counted from
// the first shown row whatever the window; rowOf() and indexOfRow() convert.
class EventTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventTableModel)

public:
    // The process columns after SourceColumn are hidden until the user picks them (header menu).
    // What each one is, hence its header and its saved key: EventColumns.
    enum Column { TimeColumn, EventColumn, NameColumn, FolderColumn, KindColumn, CookieColumn,
                  PidColumn, ProcessColumn, SourceColumn, ExecutableColumn, CommandLineColumn,
                  ParentPidColumn, UserColumn, ColumnCount };
    enum Role { PathIdRole = Qt::UserRole + 1, SerialRole, MaskRole, FullPathRole, BookmarkRole,
                FindMatchRole };
    static constexpr int kFlushIntervalMs = 80;
    // Up to this many events a filter change is one pass (a few tens of ms); beyond, in slices.
    static constexpr qsizetype kSyncFilterEvents = 4 << 20;
    static constexpr int kFilterSliceMs = 40; // per slice: the window stays responsive
    // Rows a view sees at most (see above): 8 MiB of vertical header.
    static constexpr int kWindowRows = 1 << 20;

    explicit EventTableModel(QObject *parent = nullptr);

    void setSession(Session *session); // not owned; nullptr detaches
    Session *session() const { return m_session; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The row window (see above). rowCount() is the window's size.
    int windowFirst() const { return m_windowFirst; }
    int windowRows() const { return m_windowRows; }
    bool isWindowed() const { return shownCount() > m_windowRows; }
    // Tests: a small window over a small session. Resets the model.
    void setWindowRows(int rows);
    // Moves the window to start at shown row `first` (clamped so the window stays full). A layout
    // change: the view's current index and selection follow their rows while they stay inside.
    void moveWindow(int first);
    // The shown row of a Qt index (-1 if invalid), and the Qt index of a shown row (invalid when
    // it is outside the window).
    int rowOf(const QModelIndex &index) const { return index.isValid() ? m_windowFirst + index.row() : -1; }
    QModelIndex indexOfRow(int row, int column = 0) const;
    // data() by shown row, also for rows outside the window (copy, details).
    QVariant cellData(int row, int column, int role = Qt::DisplayRole) const;

    // The event behind a row; valid until the next drop/flush/reset. Only for held rows.
    const FsEvent &eventAt(int row) const;
    // False for a row whose event the cap already released: Session announces a drop after the
    // store let go, so between beginRemoveRows() and endRemoveRows() such rows still exist.
    bool isRowHeld(int row) const;
    quint64 serialAt(int row) const { return m_rows.at(row); }
    // Serials of the rows shown, oldest first (for "export the filtered rows").
    std::vector<quint64> shownSerials() const { return m_rows.serials(); }
    // Every event held is shown (no filter, nothing pending): an export of the shown rows is an
    // export of all, without a list of serials.
    bool showsAll() const;
    // The row showing `serial`, or -1 if it is filtered out or gone (rows are in serial order).
    int rowOfSerial(quint64 serial) const;

    qsizetype totalCount() const; // events held by the session (filtered or not)
    int shownCount() const { return int(m_rows.size()); }

    // A filter pass in slices is under way (see above); cancelFilter() stops it. A stopped pass
    // leaves the rows found so far, and isFilterPartial() says the table is not the whole answer
    // until the next filter change.
    bool isFiltering() const { return m_scanEnd > m_scanNext; }
    bool isFilterPartial() const { return m_filterPartial; }
    void cancelFilter();
    // Tests and benchmarks: the size above which a pass goes in slices, and a slice's time (at
    // least one store chunk is searched per slice, whatever the time).
    void setFilterSlicing(qsizetype syncEvents, int sliceMs);
    bool hasPendingRows() const;

    // Filter rules (the Filter dialog) on top of the criteria; highlight rules colour rows.
    void setRules(const FilterRules &rules);
    const RuleMatcher &rules() const { return m_filter.rules(); }
    void setHighlightRules(const FilterRules &rules);
    const RuleMatcher &highlightRules() const { return m_background.highlightRules(); }

    // Find (Ctrl+F): matching rows are tinted; the rows stay as the filter has them.
    void setFindText(const QString &text);
    const FindMatcher &findMatcher() const { return m_background.findMatcher(); }
    bool rowMatchesFind(int row) const;

    // The first row whose time is at or after `timeNs`, or rowCount() if none. Rows are in capture
    // order and capture times only grow (a clock set back breaks that; then any row at the step).
    int firstRowAtOrAfter(qint64 timeNs) const;

    // Bookmarks (Session::bookmarks()) on rows: bookmarksChanged() asks for them to be kept.
    bool toggleBookmark(int row); // true when the row is now marked
    // Marks the row too; the note shows as the time's tooltip.
    void setBookmarkNote(int row, const QString &note);
    // The next (or previous) shown bookmarked row after `row`, wrapping; -1 if none is shown.
    int nextBookmarkRow(int row, bool forward) const;

    void setCriteria(const EventFilter::Criteria &criteria);
    const EventFilter::Criteria &criteria() const { return m_filter.criteria(); }
    bool isFilterValid() const { return m_filter.isValid(); }

    // Convenience for the views: restrict to (or clear) a set of path ids, keeping other criteria.
    void showOnlyPaths(const QSet<quint32> &pathIds);
    void showOnlyProcesses(const QSet<quint32> &processIds); // ProcessTable ids
    void clearPathRestriction(); // the path sets and the process set

    // Paused: the capture goes on, the table does not move; resuming shows what came meanwhile.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }

    // Whether the Time column shows dates: the events held span more than one day, so the time of
    // day alone would be ambiguous (issue 15). headerDataChanged() announces a change.
    bool showsDates() const { return m_showsDates; }

    // Adds pending events now (tests, and before an export so the file matches the screen).
    void flush();

Q_SIGNALS:
    void countsChanged(); // shownCount() or totalCount() changed
    // Around every addition of rows at the end, also of rows below the window, which the view
    // does not hear of as rowsInserted() (the tail follower decides before and scrolls after).
    void rowsAboutToBeAppended();
    void rowsAppended();
    // The oldest rows are about to go (the cap): every shown row number changes, also when the
    // window above them loses no row of its own and so no rowsRemoved() comes. `count` rows go.
    void rowsAboutToBeDropped(int count);
    void filterChanged(); // the criteria or rules changed (their rows may still be coming)
    void filterProgress(qint64 done, qint64 total); // events searched by a pass in slices
    void filterFinished(); // the rows for the current filter are all there (or it was cancelled)
    void bookmarksChanged();

private:
    void onAppended();
    void onDropped();
    void onAboutToClear();
    void onCleared();
    void rebuild();
    void filterSlice();
    void finishFilter();
    void appendRows(const std::vector<quint64> &serials);
    void growRows(qsizetype added, const std::function<void()> &grow);
    void resetWindow();
    void resetRows(quint64 first);
    void updateShowsDates();

    Session *m_session = nullptr;
    EventFilter m_filter;
    RowBackground m_background; // highlight rules and Find: the rows' colours
    EventRows m_rows;         // serials of the events shown
    quint64 m_nextSerial = 0; // events with a lower serial have been considered (or are being)
    QTimer m_flushTimer;
    // A filter pass in slices: serials [m_scanNext, m_scanEnd) are still to be searched.
    quint64 m_scanNext = 0;
    quint64 m_scanEnd = 0;
    quint64 m_scanFirst = 0;
    bool m_filterPartial = false;
    TimeSlicer m_filterSlicer{[this] { filterSlice(); }, kFilterSliceMs};
    qsizetype m_syncFilterEvents = kSyncFilterEvents;
    bool m_paused = false;
    bool m_showsDates = false;
    int m_windowRows = kWindowRows;
    int m_windowFirst = 0; // the shown row of Qt row 0
    int m_windowCount = 0; // rowCount(): min(shown rows - m_windowFirst, m_windowRows)
};
