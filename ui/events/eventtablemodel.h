#pragma once

#include "events/eventfilter.h"
#include "events/findmatcher.h"
#include "core/fsevent.h"

#include <QAbstractTableModel>
#include <QBrush>
#include <QColor>
#include <QTimer>

#include <vector>

class Session;

// The live event table, the same idea as Wireshark's packet list: a row is a store serial (8
// bytes), text is built in data() only for the rows a view asks about, and new events are
// announced in one beginInsertRows() per flush (every kFlushIntervalMs) rather than per event.
//
// The filter lives here too: the rows *are* the filtered index (serials of the events that pass),
// kept incrementally as events arrive, and rebuilt in one pass over FsEvent fields when the
// criteria change. A generic QSortFilterProxyModel would call filterAcceptsRow() through the
// model's data() with QVariants per row, which is what makes a million rows slow.
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
    quint64 serialAt(int row) const { return m_rows[std::size_t(row)]; }
    // Serials of the rows shown, oldest first (for "export the filtered rows").
    const std::vector<quint64> &shownSerials() const { return m_rows; }
    // The row showing `serial`, or -1 if it is filtered out or gone (rows are in serial order).
    int rowOfSerial(quint64 serial) const;

    qsizetype totalCount() const; // events held by the session (filtered or not)
    int shownCount() const { return int(m_rows.size()); }
    bool hasPendingRows() const;

    // Filter rules (the Filter dialog) on top of the criteria; highlight rules colour rows.
    void setRules(const FilterRules &rules);
    const RuleMatcher &rules() const { return m_filter.rules(); }
    void setHighlightRules(const FilterRules &rules);
    const RuleMatcher &highlightRules() const { return m_highlight; }

    // Find (Ctrl+F): matching rows are tinted; the rows stay as the filter has them.
    void setFindText(const QString &text);
    const FindMatcher &findMatcher() const { return m_find; }
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
    void clearPathRestriction();

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
    void filterChanged();
    void bookmarksChanged();

private:
    void onAppended();
    void onDropped();
    void onAboutToClear();
    void onCleared();
    void rebuild();
    QString kindText(const FsEvent &e) const;
    QString sourceText(const FsEvent &e) const;
    QString toolTip(const FsEvent &e) const;
    QVariant processField(const FsEvent &e, int column) const;
    void updateShowsDates();
    QVariant highlightBrush(const FsEvent &e, quint64 serial) const;

    Session *m_session = nullptr;
    EventFilter m_filter;
    RuleMatcher m_highlight;
    FindMatcher m_find;
    // A view asks for the background of every cell of a row in turn: the row's answer and the
    // tints are kept, so a paint costs one rule evaluation per row, not per cell.
    mutable quint64 m_highlightSerial = ~quint64(0);
    mutable int m_highlightRule = -1;
    mutable QList<QBrush> m_tints; // per rule, for m_tintBase (a brush: the delegate wants one)
    mutable QColor m_tintBase;
    std::vector<quint64> m_rows; // serials of the events shown
    quint64 m_nextSerial = 0;    // events with a lower serial have been considered
    QTimer m_flushTimer;
    bool m_paused = false;
    bool m_showsDates = false;
};
