#include "events/eventtableview.h"

#include "events/eventcontextmenu.h"
#include "events/eventtablemodel.h"
#include "events/tailfollower.h"
#include "core/session.h"
#include "events/jumptotimedialog.h"
#include "events/rowcopier.h"
#include "events/rowcopyjob.h"
#include "uilogging.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QWheelEvent>

#include <utility>

EventTableView::EventTableView(EventTableModel *model, QWidget *parent)
    : QTableView(parent)
    , m_model(model)
    , m_rowBar(new QScrollBar(Qt::Vertical, this))
    , m_copyJob(new RowCopyJob(model, this))
{
    // The table: a million rows stay cheap only with fixed row heights and no per-row header.
    setModel(m_model);
    setObjectName(QStringLiteral("eventTable"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setWordWrap(false);
    setShowGrid(false);
    setAlternatingRowColors(true);
    setContextMenuPolicy(Qt::CustomContextMenu);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    // Per item, the own bar's value is the first row on screen: the row window's mapping.
    setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    // The bar over every row sits where the view's own bar is, which hides when it shows.
    m_rowBar->setObjectName(QStringLiteral("rowScrollBar"));
    m_rowBar->hide();
    addScrollBarWidget(m_rowBar, Qt::AlignTop);
    connect(m_rowBar, &QScrollBar::valueChanged, this, &EventTableView::onRowBarMoved);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &EventTableView::syncRowBar);
    connect(verticalScrollBar(), &QScrollBar::rangeChanged, this, &EventTableView::syncRowBar);
    connect(m_model, &EventTableModel::countsChanged, this, &EventTableView::syncRowBar);
    connect(m_model, &QAbstractItemModel::modelReset, this, &EventTableView::syncRowBar);
    connect(selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EventTableView::onSelectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_selection.clear(); });
    // The cap drops the oldest rows: the others' shown numbers go down. Qt's own deselection of
    // the rows leaving the window is not ours to apply (it counts from before the drop), so it is
    // ignored until the counts are new.
    connect(m_model, &EventTableModel::rowsAboutToBeDropped, this, [this](int count) {
        m_selection.dropFirst(count);
        m_selectingAll = m_dropping = true;
    });
    connect(m_model, &EventTableModel::countsChanged, this, [this] {
        if (!std::exchange(m_dropping, false))
            return;
        m_selectingAll = false;
        if (m_selection.isAbsolute())
            mirrorSelection(); // rows that came into the window from below
    });
    // Drag-selecting scrolls the view's own bar (autoscroll), which stops at the window's edge:
    // the window moves along as it does for the keys.
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (state() == DragSelectingState && m_model->isWindowed())
            keepInWindow(m_model->windowFirst() + value);
    });
    QHeaderView *header = horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    header->setSectionsMovable(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    m_columns = new EventTableColumns(this, m_model);
    connect(header, &QWidget::customContextMenuRequested, m_columns, &EventTableColumns::showMenu);
    m_columns->reset();
    // The time gains a date when the capture spans days.
    connect(m_model, &QAbstractItemModel::headerDataChanged, this, &EventTableView::fitContentColumns);

    // A filter change resets the model; keep the selected event selected and in view when it
    // still passes ("show only this file" on a row), else go back to the tail.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const QModelIndex current = currentIndex();
        const int row = m_model->rowOf(current);
        m_keptSerial = m_model->isRowHeld(row) ? m_model->serialAt(row) : ~quint64(0);
    });
    // When the rows are all there: at once for most filters, at the end of a pass in slices.
    connect(m_model, &EventTableModel::filterFinished, this, [this] {
        const int row = m_keptSerial == ~quint64(0) ? -1 : m_model->rowOfSerial(m_keptSerial);
        if (row >= 0)
            showRow(row);
        else
            scrollToLastRow();
    });
    // Follow the tail only while the user sits at the bottom, and show when it does not.
    m_follower = new TailFollower(this);

    // Ctrl+C in the table copies the selected rows, Ctrl+Shift+C their paths; in the table only,
    // so the filter box keeps its own Ctrl+C.
    m_copyRowsAction = new QAction(tr("&Copy Rows"), this);
    m_copyRowsAction->setShortcut(QKeySequence::Copy);
    m_copyRowsAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_copyRowsAction, &QAction::triggered, this, &EventTableView::copyRows);
    addAction(m_copyRowsAction);
    m_copyPathsAction = new QAction(tr("Copy &Paths"), this);
    m_copyPathsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyPathsAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_copyPathsAction, &QAction::triggered, this, &EventTableView::copyPaths);
    addAction(m_copyPathsAction);

    addGoAction(QStringLiteral("toggleBookmarkAction"), tr("Toggle &Bookmark"),
                QKeySequence(Qt::CTRL | Qt::Key_B), [this] { toggleBookmark(); });
    // F2 is QAbstractItemView's "edit" key; the table is not editable, so it is free.
    addGoAction(QStringLiteral("nextBookmarkAction"), tr("&Next Bookmark"), QKeySequence(Qt::Key_F2),
                [this] { goToBookmark(true); });
    addGoAction(QStringLiteral("previousBookmarkAction"), tr("P&revious Bookmark"),
                QKeySequence(Qt::SHIFT | Qt::Key_F2), [this] { goToBookmark(false); });
    addGoAction(QStringLiteral("jumpToTimeAction"), tr("&Jump to Time\u2026"),
                QKeySequence(Qt::CTRL | Qt::Key_G), [this] { jumpToTime(); });
    m_contextMenu = new EventContextMenu(
        this, m_model, {m_copyRowsAction, m_copyPathsAction, m_goActions.first() /* Toggle Bookmark */});
    connect(this, &QWidget::customContextMenuRequested, m_contextMenu, &EventContextMenu::exec);
}

void EventTableView::addGoAction(const QString &name, const QString &text, const QKeySequence &key,
                                 const std::function<void()> &slot)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    action->setShortcut(key);
    connect(action, &QAction::triggered, this, slot);
    m_goActions.append(action);
}

std::vector<int> EventTableView::selectedRowList() const
{
    return selectedRows().rows();
}

RowSelection EventTableView::selectedRows() const
{
    if (m_selection.isAll() || m_selection.isAbsolute())
        return m_selection.selected(m_model->shownCount());
    return shownRows(selectionModel()->selection()); // rows are selected whole (SelectRows)
}

std::vector<quint64> EventTableView::selectedSerials() const
{
    const RowSelection rows = selectedRows();
    std::vector<quint64> serials;
    serials.reserve(std::size_t(rows.count()));
    for (const RowSelection::Range &r : rows.ranges()) {
        for (int row = r.first; row <= r.second; ++row)
            serials.push_back(m_model->serialAt(row));
    }
    return serials;
}

void EventTableView::selectAll()
{
    m_selection.selectAll(m_model->isWindowed());
    m_selectingAll = true;
    QTableView::selectAll();
    m_selectingAll = false;
}

void EventTableView::goToRow(int row)
{
    if (row < 0 || row >= m_model->shownCount())
        return;
    showRow(row);
    // Scripts driving the real window (tests/ui/tablepower-window.sh) wait on this line.
    qCDebug(lcUi, "table goes to row %d", row);
}

void EventTableView::showRow(int row)
{
    const int column = currentIndex().isValid() ? currentIndex().column() : 0;
    keepInWindow(row);
    // The one row selected is in the window: Qt's selection is all of it again.
    m_selection.restartAt(row, true);
    const QModelIndex index = m_model->indexOfRow(row, column);
    selectionModel()->setCurrentIndex(index,
                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(index, QAbstractItemView::PositionAtCenter);
}

QScrollBar *EventTableView::rowScrollBar() const
{
    return m_model->isWindowed() ? m_rowBar : verticalScrollBar();
}

void EventTableView::scrollToFirstRow()
{
    moveWindow(0, 0);
    scrollToTop();
}

void EventTableView::scrollToLastRow()
{
    moveWindow(m_model->shownCount(), m_model->shownCount());
    scrollToBottom();
}

void EventTableView::keepInWindow(int row)
{
    // Two pages of rows on either side of `row` are in the window, so that a key (Page Down)
    // never meets the window's edge; else the window moves to have the row in its middle.
    const int first = m_model->windowFirst();
    const int last = first + m_model->rowCount() - 1;
    const int margin = 2 * qMax(1, verticalScrollBar()->pageStep()) + 1;
    if ((row - first < margin && first > 0)
        || (last - row < margin && last < m_model->shownCount() - 1))
        moveWindow(row - m_model->windowRows() / 2, m_model->windowFirst() + verticalScrollBar()->value());
}

void EventTableView::moveWindow(int first, int top)
{
    if (!m_model->isWindowed())
        return;
    // `top` is the shown row to have first on screen (as far as the window allows). A selection
    // is put back afterwards rather than carried over row by row: across the model's layout change
    // QItemSelectionModel keeps a persistent index per selected row (VerticalSortHint), a million
    // of them for a long Shift+End. "All" is put back whole; any other selection goes into
    // absolute rows first (a few ranges), which also keeps the rows the window leaves behind.
    if (!m_selection.isAll() && selectionModel()->hasSelection())
        captureSelection();
    m_selectingAll = true;
    selectionModel()->clearSelection();
    m_model->moveWindow(first);
    if (m_selection.isAll())
        QTableView::selectAll();
    m_selectingAll = false;
    if (m_selection.isAbsolute())
        mirrorSelection();
    verticalScrollBar()->setValue(top - m_model->windowFirst());
    syncRowBar();
}

void EventTableView::syncRowBar()
{
    QScrollBar *own = verticalScrollBar();
    const bool windowed = m_model->isWindowed();
    if (m_rowBar->isHidden() == windowed) {
        m_rowBar->setVisible(windowed);
        own->setVisible(!windowed);
    }
    if (!windowed || m_syncingBar)
        return;
    m_syncingBar = true;
    // The own bar's maximum leaves the rows of the last page out; so does the whole bar's.
    const int lastPage = m_model->rowCount() - own->maximum();
    m_rowBar->setRange(0, qMax(0, m_model->shownCount() - lastPage));
    m_rowBar->setPageStep(own->pageStep());
    m_rowBar->setSingleStep(own->singleStep());
    m_rowBar->setValue(m_model->windowFirst() + own->value());
    m_syncingBar = false;
}

void EventTableView::onRowBarMoved(int value)
{
    if (m_syncingBar)
        return;
    // A first row on screen outside what the window can show there: the window goes to have it
    // in its middle, then the view's own bar scrolls within the window.
    QScrollBar *own = verticalScrollBar();
    const int first = m_model->windowFirst();
    if (value < first || value > first + own->maximum())
        moveWindow(value - own->maximum() / 2, value);
    m_syncingBar = true;
    own->setValue(value - m_model->windowFirst());
    m_syncingBar = false;
}

QModelIndex EventTableView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    // Shift+Home / Shift+End extend to the first or last row, as Ctrl+Shift+Home/End do: rows
    // are selected whole, so QTableView's move to the first or last column would select nothing.
    if ((cursorAction == MoveHome || cursorAction == MoveEnd) && (modifiers & Qt::ShiftModifier))
        modifiers |= Qt::ControlModifier;
    if (m_model->isWindowed()) {
        const QModelIndex current = currentIndex();
        if ((cursorAction == MoveHome || cursorAction == MoveEnd)
            && (modifiers & Qt::ControlModifier)) {
            // Ctrl+Home / Ctrl+End: the first or last of all the rows, not of the window; and
            // the first or last column shown, as QTableView does.
            const bool home = cursorAction == MoveHome;
            const int row = home ? 0 : m_model->shownCount() - 1;
            const QHeaderView *header = horizontalHeader();
            int visual = home ? 0 : header->count() - 1;
            // One column at least is always shown (setColumnLayout()).
            while (header->isSectionHidden(header->logicalIndex(visual)))
                visual += home ? 1 : -1;
            keepInWindow(row);
            return m_model->indexOfRow(row, header->logicalIndex(visual));
        }
        // Up, down, a page: from a current row kept away from the window's edges.
        if (current.isValid())
            keepInWindow(m_model->rowOf(current));
    }
    return QTableView::moveCursor(cursorAction, modifiers);
}

void EventTableView::wheelEvent(QWheelEvent *event)
{
    // Windowed, the wheel turns the bar over all the rows (as QAbstractScrollArea turns its own),
    // which moves the window along.
    const QPoint delta = event->angleDelta();
    if (m_model->isWindowed() && !(event->modifiers() & Qt::AltModifier)
        && qAbs(delta.y()) >= qAbs(delta.x())) {
        QCoreApplication::sendEvent(m_rowBar, event);
        return;
    }
    QTableView::wheelEvent(event);
}

QItemSelectionModel::SelectionFlags EventTableView::selectionCommand(const QModelIndex &index,
                                                                    const QEvent *event) const
{
    m_command = QTableView::selectionCommand(index, event);
    return m_command;
}

void EventTableView::setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command)
{
    m_command = QItemSelectionModel::NoUpdate; // handled here, not in takeQtCommand()
    if (!m_model->isWindowed() || command == QItemSelectionModel::NoUpdate) {
        // NoUpdate: a press on a selected row, which may start a drag (the release selects).
        if (!m_model->isWindowed())
            m_selection.leaveToQt();
        QTableView::setSelection(rect, command);
        return;
    }
    // Every selection by mouse, and by keys with Shift, comes here as QRect(start, end), not
    // normalized: `end` is the point under the mouse or the new current row's centre. The start
    // is Qt's anchor, a Qt row of the window that may have moved since (then it is lost); the
    // anchor's shown row (AbsoluteSelection::anchor()) stands in for it.
    const int y = rect.bottom();
    int row = rowAt(y);
    if (row < 0) // past the rows: the nearest one
        row = y < 0 ? 0 : m_model->rowCount() - 1;
    row += m_model->windowFirst();
    captureSelection();
    m_selection.apply(row, command);
    mirrorSelection();
}

void EventTableView::onSelectionChanged(const QItemSelection &selected, const QItemSelection &deselected)
{
    if (m_selectingAll)
        return;
    m_selection.leaveAll();
    if (!m_model->isWindowed()) {
        m_selection.leaveToQt();
        return;
    }
    // A change Qt made itself, of the window's rows (Space, a test's select()); one that clears
    // is seen to after the event (takeQtCommand()).
    if (m_selection.isAbsolute())
        m_selection.follow(shownRows(deselected), shownRows(selected));
}

void EventTableView::keyPressEvent(QKeyEvent *event)
{
    m_command = QItemSelectionModel::NoUpdate;
    QTableView::keyPressEvent(event);
    takeQtCommand();
}

void EventTableView::mouseReleaseEvent(QMouseEvent *event)
{
    m_command = QItemSelectionModel::NoUpdate;
    QTableView::mouseReleaseEvent(event);
    takeQtCommand();
}

void EventTableView::takeQtCommand()
{
    // A key without Shift, or a release on a row that was selected, has Qt select straight on the
    // selection model, not through setSelection(); selecting what is selected already changes
    // nothing it would report. One that clears clears the rows outside the window too: Qt's
    // selection is all of it again. Either way the current row is the new anchor.
    const QItemSelectionModel::SelectionFlags command = std::exchange(m_command, QItemSelectionModel::NoUpdate);
    if (!m_model->isWindowed() || command == QItemSelectionModel::NoUpdate
        || (command & QItemSelectionModel::Current))
        return;
    m_selection.restartAt(m_model->rowOf(currentIndex()), bool(command & QItemSelectionModel::Clear));
}

void EventTableView::captureSelection()
{
    if (!m_selection.isAbsolute())
        m_selection.capture(shownRows(selectionModel()->selection()), m_model->shownCount(),
                            m_model->rowOf(currentIndex()));
}

RowSelection EventTableView::shownRows(const QItemSelection &selection) const
{
    // By its ranges, not its rows: a few, however many rows are selected.
    const int first = m_model->windowFirst();
    RowSelection rows;
    for (const QItemSelectionRange &r : selection)
        rows.select(first + r.top(), first + r.bottom());
    return rows;
}

void EventTableView::mirrorSelection()
{
    // Qt's selection is the window's part of the absolute one, whole rows: a few ranges, however
    // many rows are selected, so painting and Qt's isSelected() read as the user expects.
    const int first = m_model->windowFirst();
    QItemSelection window;
    for (const RowSelection::Range &r : m_selection.windowPart(first, first + m_model->rowCount() - 1))
        window.select(m_model->index(r.first - first, 0),
                      m_model->index(r.second - first, EventTableModel::ColumnCount - 1));
    m_selectingAll = true;
    selectionModel()->select(window, QItemSelectionModel::ClearAndSelect);
    m_selectingAll = false;
}

void EventTableView::copyRows()
{
    const RowSelection rows = selectedRows();
    if (rows.isEmpty())
        return;
    if (rows.count() > m_copyLimit)
        offerExport(rows.count());
    else
        m_copyJob->start(rows, RowCopier::shownColumns(*horizontalHeader()));
}

void EventTableView::offerExport(qint64 rows)
{
    // Rather than build gigabytes the user probably did not mean to paste anywhere: a file takes
    // any number of rows, in the same CSV as text/csv.
    QMessageBox box(QMessageBox::Question, tr("Copy Rows"),
                    tr("%Ln rows are selected: too many to copy.", nullptr, int(rows)),
                    QMessageBox::Cancel, window());
    box.setInformativeText(
        tr("Copy takes at most %L1 rows: the clipboard keeps its text in fsnoop's memory for as "
           "long as it holds it, about 0.4 GB for a million rows. Export the selected rows to a "
           "CSV file instead?")
            .arg(m_copyLimit));
    QPushButton *exportButton = box.addButton(tr("&Export Selected Rows\u2026"), QMessageBox::AcceptRole);
    exportButton->setObjectName(QStringLiteral("exportSelectedButton"));
    box.setDefaultButton(exportButton);
    box.exec();
    if (box.clickedButton() == exportButton)
        Q_EMIT exportSelectedRequested();
}

void EventTableView::toggleBookmark()
{
    const QModelIndex current = currentIndex();
    if (current.isValid())
        m_model->toggleBookmark(m_model->rowOf(current));
}

void EventTableView::editBookmarkNote(int row)
{
    if (!m_model->isRowHeld(row))
        return;
    bool ok = false;
    const QString note = QInputDialog::getText(
        window(), tr("Bookmark Note"), tr("A note on this event, kept with its bookmark:"),
        QLineEdit::Normal, m_model->session()->bookmarks().note(m_model->serialAt(row)), &ok);
    if (ok)
        m_model->setBookmarkNote(row, note);
}

void EventTableView::goToBookmark(bool forward)
{
    const QModelIndex current = currentIndex();
    goToRow(m_model->nextBookmarkRow(m_model->rowOf(current), forward));
}

void EventTableView::jumpToTime()
{
    // Both ends must be held: right after the cap dropped events, the first rows may not be yet.
    const int lastRow = m_model->shownCount() - 1;
    if (!m_model->isRowHeld(0) || !m_model->isRowHeld(lastRow))
        return;
    const qint64 first = m_model->eventAt(0).timeNs;
    const qint64 last = m_model->eventAt(lastRow).timeNs;
    const int current = m_model->rowOf(currentIndex());
    JumpToTimeDialog dialog(window());
    dialog.setRange(first, last, m_model->isRowHeld(current) ? m_model->eventAt(current).timeNs : first);
    if (dialog.exec() != QDialog::Accepted)
        return;
    goToRow(qMin(m_model->firstRowAtOrAfter(dialog.timeNs()), lastRow));
}

void EventTableView::copyPaths()
{
    const QString paths = RowCopier::paths(*m_model, selectedRowList());
    if (!paths.isEmpty())
        QGuiApplication::clipboard()->setText(paths);
}
