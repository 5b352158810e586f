#include "events/eventtableview.h"

#include "core/eventnames.h"
#include "events/containingfolder.h"
#include "events/eventcelltext.h"
#include "events/eventtablemodel.h"
#include "events/tailfollower.h"
#include "core/pathtable.h"
#include "core/session.h"
#include "analysis/rulefields.h"
#include "events/rulestext.h"
#include "events/jumptotimedialog.h"
#include "events/rowcopier.h"
#include "uilogging.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QMenu>
#include <QScrollBar>
#include <QStyle>

#include <algorithm>

EventTableView::EventTableView(EventTableModel *model, QWidget *parent)
    : QTableView(parent)
    , m_model(model)
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
    QHeaderView *header = horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    header->setSectionsMovable(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, &EventTableView::showHeaderMenu);
    resetColumns();
    // The time gains a date when the capture spans days.
    connect(m_model, &QAbstractItemModel::headerDataChanged, this, &EventTableView::fitContentColumns);
    connect(this, &QWidget::customContextMenuRequested, this, &EventTableView::showContextMenu);

    // A filter change resets the model; keep the selected event selected and in view when it
    // still passes ("show only this file" on a row), else go back to the tail.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const QModelIndex current = currentIndex();
        m_keptSerial = (current.isValid() && m_model->isRowHeld(current.row()))
            ? m_model->serialAt(current.row())
            : ~quint64(0);
    });
    // When the rows are all there: at once for most filters, at the end of a pass in slices.
    connect(m_model, &EventTableModel::filterFinished, this, [this] {
        const int row = m_keptSerial == ~quint64(0) ? -1 : m_model->rowOfSerial(m_keptSerial);
        if (row >= 0) {
            const QModelIndex index = m_model->index(row, 0);
            selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            scrollTo(index, QAbstractItemView::PositionAtCenter);
        } else {
            scrollToBottom();
        }
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

void EventTableView::resetColumns()
{
    // Initial widths from what the columns hold, in this language (a translated header or
    // "Folder" can be much wider than the English one); the user's widths are restored later.
    QHeaderView *header = horizontalHeader();
    const QFontMetrics fm = fontMetrics();
    const int em = fm.horizontalAdvance(QLatin1Char('M'));
    const int widths[EventTableModel::ColumnCount] = {11, 10, 13, 36, 0, 6, 5, 8, 0, 16, 24, 6, 8};
    for (int c = 0; c < EventTableModel::ColumnCount; ++c) {
        header->moveSection(header->visualIndex(c), c);
        int w = widths[c] * em;
        w = qMax(w, fm.horizontalAdvance(m_model->headerData(c, Qt::Horizontal).toString()) + 2 * em);
        header->resizeSection(c, w);
        header->setSectionHidden(c, c > EventTableModel::SourceColumn);
    }
    fitContentColumns();
}

QStringList EventTableView::columnLayout() const
{
    const QHeaderView *header = horizontalHeader();
    QStringList layout;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int c = header->logicalIndex(visual);
        QString entry = EventTableModel::columnKey(c) + QLatin1Char(':')
            + QString::number(header->sectionSize(c));
        if (header->isSectionHidden(c))
            entry += QLatin1String(":hidden");
        layout << entry;
    }
    return layout;
}

void EventTableView::setColumnLayout(const QStringList &layout)
{
    QHeaderView *header = horizontalHeader();
    int visual = 0;
    for (const QString &entry : layout) {
        const QStringList parts = entry.split(QLatin1Char(':'));
        const int c = EventTableModel::columnOfKey(parts.value(0));
        bool ok = false;
        const int width = parts.value(1).toInt(&ok);
        const bool hidden = parts.value(2) == QLatin1String("hidden");
        // A hidden section's size reads 0 (QHeaderView): it keeps its default width for later.
        if (c < 0 || !ok || width < 0 || (width == 0 && !hidden))
            continue; // a column of another version, or a damaged entry: left as it is
        header->moveSection(header->visualIndex(c), visual++);
        if (width > 0)
            header->resizeSection(c, width);
        header->setSectionHidden(c, hidden);
    }
    // Never a table without columns: a hand-edited setting could hide them all.
    bool anyShown = false;
    for (int c = 0; c < header->count(); ++c)
        anyShown = anyShown || !header->isSectionHidden(c);
    if (!anyShown)
        resetColumns();
    fitContentColumns();
}

void EventTableView::showHeaderMenu(const QPoint &pos)
{
    QHeaderView *header = horizontalHeader();
    QMenu menu(window());
    menu.setObjectName(QStringLiteral("columnMenu"));
    int shown = 0;
    for (int c = 0; c < header->count(); ++c)
        shown += header->isSectionHidden(c) ? 0 : 1;
    // In the order shown, so the menu reads like the header.
    for (int visual = 0; visual < header->count(); ++visual) {
        const int c = header->logicalIndex(visual);
        QAction *a = menu.addAction(m_model->headerData(c, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!header->isSectionHidden(c));
        a->setEnabled(header->isSectionHidden(c) || shown > 1); // keep one column
        connect(a, &QAction::toggled, this, [header, c](bool on) { header->setSectionHidden(c, !on); });
    }
    menu.addSeparator();
    menu.addAction(tr("&Reset Columns"), this, &EventTableView::resetColumns);
    menu.exec(header->mapToGlobal(pos));
}

std::vector<int> EventTableView::selectedRowList() const
{
    std::vector<int> rows;
    const QModelIndexList selected = selectionModel()->selectedRows();
    rows.reserve(std::size_t(selected.size()));
    for (const QModelIndex &index : selected)
        rows.push_back(index.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void EventTableView::goToRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const QModelIndex index = m_model->index(row, currentIndex().isValid() ? currentIndex().column() : 0);
    selectionModel()->setCurrentIndex(index,
                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(index, QAbstractItemView::PositionAtCenter);
    // Scripts driving the real window (tests/ui/tablepower-window.sh) wait on this line.
    qCDebug(lcUi, "table goes to row %d", row);
}

void EventTableView::copyRows()
{
    const std::vector<int> rows = selectedRowList();
    if (!rows.empty())
        QGuiApplication::clipboard()->setMimeData(RowCopier::mimeData(*m_model, *horizontalHeader(), rows));
}

void EventTableView::toggleBookmark()
{
    const QModelIndex current = currentIndex();
    if (current.isValid())
        m_model->toggleBookmark(current.row());
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
    goToRow(m_model->nextBookmarkRow(current.isValid() ? current.row() : -1, forward));
}

void EventTableView::jumpToTime()
{
    // Both ends must be held: right after the cap dropped events, the first rows may not be yet.
    if (!m_model->isRowHeld(0) || !m_model->isRowHeld(m_model->rowCount() - 1))
        return;
    const qint64 first = m_model->eventAt(0).timeNs;
    const qint64 last = m_model->eventAt(m_model->rowCount() - 1).timeNs;
    const QModelIndex current = currentIndex();
    JumpToTimeDialog dialog(window());
    dialog.setRange(first, last,
                    current.isValid() && m_model->isRowHeld(current.row())
                        ? m_model->eventAt(current.row()).timeNs
                        : first);
    if (dialog.exec() != QDialog::Accepted)
        return;
    goToRow(qMin(m_model->firstRowAtOrAfter(dialog.timeNs()), m_model->rowCount() - 1));
}

void EventTableView::fitContentColumns()
{
    // Columns whose every value has a known widest form get at least that width, also over
    // widths restored from a run in another language (issue 15: "フォル…", "21474…").
    QHeaderView *header = horizontalHeader();
    const QFontMetrics fm = fontMetrics();
    const int pad = 2 * fm.horizontalAdvance(QLatin1Char('M'));
    auto atLeast = [header](int column, int width) {
        if (header->sectionSize(column) < width)
            header->resizeSection(column, width);
    };
    atLeast(EventTableModel::KindColumn,
            qMax(fm.horizontalAdvance(EventCellText::tr("Folder")),
                 fm.horizontalAdvance(EventCellText::tr("File"))) + pad);
    atLeast(EventTableModel::CookieColumn, fm.horizontalAdvance(QStringLiteral("4294967295")) + pad);
    atLeast(EventTableModel::PidColumn, fm.horizontalAdvance(QStringLiteral("4194304")) + pad);
    // The time may carry a bookmark's icon in front of it.
    const int icon = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this) + pad / 2;
    atLeast(EventTableModel::TimeColumn,
            fm.horizontalAdvance(m_model->showsDates() ? QStringLiteral("2026-12-31 23:59:59.999999")
                                                       : QStringLiteral("23:59:59.999999")) + pad + icon);
}

void EventTableView::copyPaths()
{
    const QString paths = RowCopier::paths(*m_model, selectedRowList());
    if (!paths.isEmpty())
        QGuiApplication::clipboard()->setText(paths);
}

void EventTableView::addRuleMenus(QMenu *menu, int row)
{
    const Session *session = m_model->session();
    const FsEvent &e = m_model->eventAt(row);
    using Column = FilterRule::Column;
    using Relation = FilterRule::Relation;
    struct Choice {
        QString label;
        Column column;
        Relation relation;
        QString value;
    };
    const auto text = [&](Column c) {
        return RuleFields::text(c, e, session->paths(), session->processes());
    };
    QList<Choice> choices;
    if (!text(Column::Process).isEmpty())
        choices.append({tr("This Process (%1)").arg(text(Column::Process)), Column::Process, Relation::Is, text(Column::Process)});
    if (!text(Column::Executable).isEmpty())
        choices.append({tr("This Executable"), Column::Executable, Relation::Is, text(Column::Executable)});
    if (e.pathId != PathTable::NoPath) {
        choices.append({tr("This Path"), Column::Path, Relation::Is, text(Column::Path)});
        QString folder = text(Column::Folder);
        if (!folder.endsWith(QLatin1Char('/')))
            folder += QLatin1Char('/');
        choices.append({tr("This Folder and Everything Below"), Column::Path, Relation::BeginsWith, folder});
    }
    choices.append({tr("This Event Type (%1)").arg(text(Column::EventType)), Column::EventType, Relation::Is,
                    text(Column::EventType)});
    if (!text(Column::Extension).isEmpty())
        choices.append({tr("This Extension (.%1)").arg(text(Column::Extension)), Column::Extension, Relation::Is,
                        text(Column::Extension)});
    menu->addSeparator();
    for (const FilterRule::Action action : {FilterRule::Action::Include, FilterRule::Action::Exclude}) {
        QMenu *sub = menu->addMenu(action == FilterRule::Action::Include ? tr("&Include")
                                                                         : tr("E&xclude"));
        sub->setObjectName(action == FilterRule::Action::Include ? QStringLiteral("includeMenu")
                                                                 : QStringLiteral("excludeMenu"));
        for (const Choice &c : std::as_const(choices)) {
            FilterRule rule;
            rule.column = c.column;
            rule.relation = c.relation;
            rule.value = c.value;
            rule.action = action;
            QAction *a = sub->addAction(c.label, this, [this, rule] { Q_EMIT ruleRequested(rule); });
            a->setToolTip(RulesText::sentence(rule));
        }
        sub->setToolTipsVisible(true);
    }
}

void EventTableView::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = indexAt(pos);
    QMenu menu(window());
    if (index.isValid()) {
        const quint32 pathId = index.data(EventTableModel::PathIdRole).toUInt();
        const quint32 mask = index.data(EventTableModel::MaskRole).toUInt();
        const QString path = index.data(EventTableModel::FullPathRole).toString();
        if (pathId != PathTable::NoPath) {
            menu.addAction(m_copyRowsAction);
            menu.addAction(m_copyPathsAction);
            menu.addAction(m_goActions.first()); // Toggle Bookmark
            menu.addAction(tr("Bookmark &Note\u2026"), this,
                           [this, row = index.row()] { editBookmarkNote(row); });
            menu.addAction(tr("Open Containing Folder"), this,
                           [this, path] { ContainingFolder::showOrSay(path, window()); });
            menu.addSeparator();
            menu.addAction(tr("Show Only This File"), this,
                           [this, pathId] { Q_EMIT showOnlyPathsRequested({pathId}); });
            menu.addAction(tr("Hide This File"), this,
                           [this, pathId] {
                               EventFilter::Criteria c = m_model->criteria();
                               c.hiddenPaths.insert(pathId);
                               m_model->setCriteria(c);
                           });
        }
        if (m_model->isRowHeld(index.row()))
            addRuleMenus(&menu, index.row());
        const char *primary = EventNames::primaryName(mask);
        quint32 bit = 0;
        for (const EventNames::Type &t : EventNames::types()) {
            if (QByteArray(t.name).toUpper() == primary)
                bit = t.mask;
        }
        if (bit) {
            menu.addAction(tr("Show Only \u201c%1\u201d Events")
                               .arg(QString::fromLatin1(primary).toLower()),
                           this, [this, bit] {
                               EventFilter::Criteria c = m_model->criteria();
                               c.eventMask = bit;
                               m_model->setCriteria(c);
                           });
        }
    }
    const EventFilter::Criteria c = m_model->criteria();
    if (!c.onlyPaths.isEmpty() || !c.hiddenPaths.isEmpty() || !c.onlyProcesses.isEmpty()
        || c.eventMask != 0xffffffffu) {
        menu.addSeparator();
        menu.addAction(tr("Show All Files and Events"), this,
                       [this] {
                           EventFilter::Criteria c = m_model->criteria();
                           c.onlyPaths.clear();
                           c.hiddenPaths.clear();
                           c.onlyProcesses.clear();
                           c.eventMask = 0xffffffffu;
                           m_model->setCriteria(c);
                       });
    }
    if (!menu.isEmpty())
        menu.exec(viewport()->mapToGlobal(pos));
}
