#pragma once

#include "analysis/filterrule.h"
#include "events/eventtablecolumns.h"
#include "events/absoluteselection.h"

#include <QSet>
#include <QTableView>

#include <functional>
#include <vector>

class EventContextMenu;
class EventTableModel;
class RowCopyJob;
class TailFollower;
class QScrollBar;

// The window's event table: sized for a million rows, follows the tail while the user sits at
// the bottom, keeps the selected event across filter changes, copies rows (Ctrl+C, text and CSV)
// and paths (Ctrl+Shift+C), offers a context menu to narrow the filter to a file or an event
// type, a column chooser on the header, bookmarks (Ctrl+B, F2, Shift+F2) and Jump to Time
// (Ctrl+G).
//
// Over more rows than the model's window (EventTableModel::windowRows()) the view's own scroll bar
// is hidden and allRowsBar(), in its place, spans every shown row: dragging it, the wheel and
// the keys move the model's window along so that the rows around the current one are always Qt
// rows. The view's scroll mode is per item, so its own bar's value is the first row on screen and
// the whole bar's value is that plus windowFirst(). Row numbers in this class's API are shown rows
// (EventTableModel), not Qt rows of the window.
//
// Ctrl+A over a windowed table selects every shown row, kept as "all" rather than as indexes (the
// window holds only some of them): Copy covers them all, until the selection changes. A selection
// made by hand over a windowed table is kept in absolute rows too (AbsoluteSelection): Shift+click,
// Shift+keys and dragging extend from the anchor's shown row however far away it is, Ctrl+click
// toggles a row, and rows that leave the window stay selected; the window's part of it is put
// into Qt's selection for painting. Below the window's size, selection is Qt's alone.
//
// Copy formats the rows in slices (RowCopyJob), so the window answers during a long one; more
// than kCopyLimit rows it does not put on the clipboard but offers to export.
class EventTableView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventTableView)

public:
    explicit EventTableView(EventTableModel *model, QWidget *parent = nullptr);

    // Following new rows at the bottom, and the "Jump to Latest (End)" button.
    TailFollower *follower() const { return m_follower; }
    // Widens the columns whose contents have a known widest form (kind, cookie, PID, time) to
    // fit it; after restoring saved widths too.
    void fitContentColumns() { m_columns->fitContent(); }

    // The columns as the user arranged them, for UiSettings: "key:width" in the order shown, with
    // ":hidden" for a hidden one (whose width reads 0). Keys (EventColumns::key) survive new columns: a
    // column the saved layout does not name keeps its default place, width and visibility.
    QStringList columnLayout() const { return m_columns->layout(); }
    void setColumnLayout(const QStringList &layout) { m_columns->setLayout(layout); }
    void resetColumns() { m_columns->reset(); }

    // Select `row`, make it current and show it (Find, bookmarks, Jump to Time).
    void goToRow(int row);
    // The selected rows, in order; as ranges (however many rows).
    std::vector<int> selectedRowList() const;
    RowSelection selectedRows() const;
    // The selected rows' events (store serials), for an export of the selection.
    std::vector<quint64> selectedSerials() const;
    // Ctrl+A over a windowed table (see above).
    bool isAllSelected() const { return m_selection.isAll(); }
    void selectAll() override;

    // The scroll bar over every shown row: the view's own, or the whole-range one when windowed.
    QScrollBar *rowScrollBar() const;
    QScrollBar *allRowsBar() const { return m_rowBar; } // shown only when windowed
    void scrollToFirstRow();
    void scrollToLastRow();

    // Ctrl+C: text/plain and text/csv (RowCopier), by copyJob() in slices. Above kCopyLimit
    // rows it offers to export the selection instead (exportSelectedRequested()).
    void copyRows();
    void copyPaths();        // Ctrl+Shift+C
    void toggleBookmark();   // Ctrl+B on the current row
    void goToBookmark(bool forward); // F2 / Shift+F2
    void editBookmarkNote(int row);  // row menu: marks the row too
    void jumpToTime();       // Ctrl+G

    RowCopyJob *copyJob() const { return m_copyJob; }
    // Rows Copy takes at most: X11's clipboard is the owner's memory (QClipboard keeps the
    // QMimeData until another program takes the clipboard), text/plain in UTF-16 beside text/csv,
    // and once more in UTF-8 while a program pastes it. A million rows held 290 MiB (305 bytes a
    // row) and added 375 MiB resident (bench/copy.sh); ten million would be gigabytes, for a
    // paste hardly anyone means: above this, Copy offers Export instead.
    static constexpr qint64 kCopyLimit = 1000000;
    void setCopyLimit(qint64 rows) { m_copyLimit = rows; } // tests and benchmarks

    // Toggle, next and previous bookmark, Jump to Time: for the window's menu (window-wide keys).
    QList<QAction *> goActions() const { return m_goActions; }

Q_SIGNALS:
    // "Show Only This File" in the context menu.
    void showOnlyPathsRequested(const QSet<quint32> &pathIds);
    // "Include / Exclude This Process, Path, ..." in the context menu: a rule the user can then
    // see and edit in the Filter dialog.
    void ruleRequested(const FilterRule &rule);
    // Copy of more rows than the limit: the user chose to export the selected rows instead.
    void exportSelectedRequested();

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    void wheelEvent(QWheelEvent *event) override;
    void setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    QItemSelectionModel::SelectionFlags selectionCommand(const QModelIndex &index,
                                                        const QEvent *event) const override;

private:
    void showRow(int row); // current, selected, in the middle of the screen
    void keepInWindow(int row);
    void moveWindow(int first, int top);
    void syncRowBar();
    void captureSelection();
    void offerExport(qint64 rows);
    RowSelection shownRows(const QItemSelection &selection) const;
    void mirrorSelection();
    void onSelectionChanged(const QItemSelection &selected, const QItemSelection &deselected);
    void takeQtCommand();
    void onRowBarMoved(int value);
    void addGoAction(const QString &name, const QString &text, const QKeySequence &key,
                     const std::function<void()> &slot);

    EventTableModel *m_model;
    QScrollBar *m_rowBar; // the whole range when windowed, in place of the view's own bar
    bool m_syncingBar = false;
    bool m_selectingAll = false; // our own selection changes: not the user leaving "all"
    AbsoluteSelection m_selection; // when windowed (see above)
    bool m_dropping = false; // between the model's rowsAboutToBeDropped() and its countsChanged()
    // What the key or mouse event being handled asks of the selection (selectionCommand()), for a
    // change Qt makes itself rather than through setSelection() (takeQtCommand()).
    mutable QItemSelectionModel::SelectionFlags m_command = QItemSelectionModel::NoUpdate;
    RowCopyJob *m_copyJob;
    qint64 m_copyLimit = kCopyLimit;
    TailFollower *m_follower = nullptr;
    EventTableColumns *m_columns = nullptr;
    EventContextMenu *m_contextMenu = nullptr;
    QAction *m_copyRowsAction = nullptr;
    QAction *m_copyPathsAction = nullptr;
    QList<QAction *> m_goActions;
    quint64 m_keptSerial = ~quint64(0); // the selected event across a filter change
};
