#pragma once

#include "events/eventfilter.h"
#include "events/eventrows.h"
#include "events/rowbackground.h"
#include "core/fsevent.h"

#include <QAbstractTableModel>
#include <QTimer>

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
class EventTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventTableModel)

public:
    // The process columns after SourceColumn are hidden until the user picks them (header menu).
    enum Column { TimeColumn, EventColumn, NameColumn, FolderColumn, KindColumn, CookieColumn,
                  PidColumn, ProcessColumn, SourceColumn, ExecutableColumn, CommandLineColumn,
                  ParentPidColumn, UserColumn, ColumnCount };
    enum Role { PathIdRole = Qt::UserRole + 1, SerialRole, MaskRole, FullPathRole, BookmarkRole,
                FindMatchRole };
    // A word per column that never changes (saved column layouts), unlike the header text.
    static QString columnKey(int column);
    static int columnOfKey(const QString &key); // -1 if unknown
    static constexpr int kFlushIntervalMs = 80;
    // Up to this many events a filter change is one pass (a few tens of ms); beyond, in slices.
    static constexpr qsizetype kSyncFilterEvents = 4 << 20;
    static constexpr int kFilterSliceMs = 40; // per slice: the window stays responsive

    explicit EventTableModel(QObject *parent = nullptr);
    ~EventTableModel() override;

    void setSession(Session *session); // not owned; nullptr detaches
    Session *session() const { return m_session; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

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
    QTimer m_filterTimer;
    qsizetype m_syncFilterEvents = kSyncFilterEvents;
    int m_filterSliceMs = kFilterSliceMs;
    bool m_paused = false;
    bool m_showsDates = false;
};
