#include "events/eventtablecolumns.h"

#include "events/eventcolumns.h"
#include "events/eventtablemodel.h"
#include "text/rulestext.h"

#include <QHeaderView>
#include <QMenu>
#include <QStyle>
#include <QTableView>

EventTableColumns::EventTableColumns(QTableView *view, EventTableModel *model)
    : QObject(view)
    , m_view(view)
    , m_model(model)
{
}

void EventTableColumns::reset()
{
    // Initial widths from what the columns hold, in this language (a translated header or
    // "Folder" can be much wider than the English one); the user's widths are restored later.
    QHeaderView *header = m_view->horizontalHeader();
    const QFontMetrics fm = m_view->fontMetrics();
    const int em = fm.horizontalAdvance(QLatin1Char('M'));
    const int widths[EventTableModel::ColumnCount] = {11, 10, 13, 36, 0, 6, 5, 8, 0, 16, 24, 6, 8};
    for (int c = 0; c < EventTableModel::ColumnCount; ++c) {
        header->moveSection(header->visualIndex(c), c);
        int w = widths[c] * em;
        w = qMax(w, fm.horizontalAdvance(m_model->headerData(c, Qt::Horizontal).toString()) + 2 * em);
        header->resizeSection(c, w);
        header->setSectionHidden(c, c > EventTableModel::SourceColumn);
    }
    fitContent();
}

QStringList EventTableColumns::layout() const
{
    const QHeaderView *header = m_view->horizontalHeader();
    QStringList layout;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int c = header->logicalIndex(visual);
        QString entry = EventColumns::key(c) + QLatin1Char(':')
            + QString::number(header->sectionSize(c));
        if (header->isSectionHidden(c))
            entry += QLatin1String(":hidden");
        layout << entry;
    }
    return layout;
}

void EventTableColumns::setLayout(const QStringList &layout)
{
    QHeaderView *header = m_view->horizontalHeader();
    int visual = 0;
    for (const QString &entry : layout) {
        const QStringList parts = entry.split(QLatin1Char(':'));
        const int c = EventColumns::columnOfKey(parts.value(0));
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
        reset();
    fitContent();
}

void EventTableColumns::showMenu(const QPoint &pos)
{
    QHeaderView *header = m_view->horizontalHeader();
    QMenu menu(m_view->window());
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
    menu.addAction(tr("&Reset Columns"), this, &EventTableColumns::reset);
    menu.exec(header->mapToGlobal(pos));
}

void EventTableColumns::fitContent()
{
    // Columns whose every value has a known widest form get at least that width, also over
    // widths restored from a run in another language (issue 15: "フォル…", "21474…").
    QHeaderView *header = m_view->horizontalHeader();
    const QFontMetrics fm = m_view->fontMetrics();
    const int pad = 2 * fm.horizontalAdvance(QLatin1Char('M'));
    auto atLeast = [header](int column, int width) {
        if (header->sectionSize(column) < width)
            header->resizeSection(column, width);
    };
    atLeast(EventTableModel::KindColumn,
            qMax(fm.horizontalAdvance(RulesText::kind(true)),
                 fm.horizontalAdvance(RulesText::kind(false))) + pad);
    atLeast(EventTableModel::CookieColumn, fm.horizontalAdvance(QStringLiteral("4294967295")) + pad);
    atLeast(EventTableModel::PidColumn, fm.horizontalAdvance(QStringLiteral("4194304")) + pad);
    // The time may carry a bookmark's icon in front of it.
    const int icon = m_view->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_view) + pad / 2;
    atLeast(EventTableModel::TimeColumn,
            fm.horizontalAdvance(m_model->showsDates() ? QStringLiteral("2026-12-31 23:59:59.999999")
                                                       : QStringLiteral("23:59:59.999999")) + pad + icon);
}
