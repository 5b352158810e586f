#include "events/eventcontextmenu.h"

#include "analysis/rulefields.h"
#include "core/eventnames.h"
#include "core/pathtable.h"
#include "core/session.h"
#include "events/containingfolder.h"
#include "events/eventtablemodel.h"
#include "events/eventtableview.h"
#include "text/rulestext.h"

#include <QMenu>

#include <utility>

EventContextMenu::EventContextMenu(EventTableView *view, EventTableModel *model,
                                   QList<QAction *> rowActions)
    : QObject(view)
    , m_view(view)
    , m_model(model)
    , m_rowActions(std::move(rowActions))
{
}

void EventContextMenu::addRuleMenus(QMenu *menu, int row)
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
            QAction *a = sub->addAction(c.label, this, [this, rule] { Q_EMIT m_view->ruleRequested(rule); });
            a->setToolTip(RulesText::sentence(rule));
        }
        sub->setToolTipsVisible(true);
    }
}

void EventContextMenu::exec(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    QMenu menu(m_view->window());
    if (index.isValid()) {
        const quint32 pathId = index.data(EventTableModel::PathIdRole).toUInt();
        const quint32 mask = index.data(EventTableModel::MaskRole).toUInt();
        const QString path = index.data(EventTableModel::FullPathRole).toString();
        if (pathId != PathTable::NoPath) {
            menu.addActions(m_rowActions);
            menu.addAction(tr("Bookmark &Note\u2026"), this,
                           [this, row = m_model->rowOf(index)] { m_view->editBookmarkNote(row); });
            menu.addAction(tr("Open Containing Folder"), this,
                           [this, path] { ContainingFolder::showOrSay(path, m_view->window()); });
            menu.addSeparator();
            menu.addAction(tr("Show Only This File"), this,
                           [this, pathId] { Q_EMIT m_view->showOnlyPathsRequested({pathId}); });
            menu.addAction(tr("Hide This File"), this,
                           [this, pathId] {
                               EventFilter::Criteria c = m_model->criteria();
                               c.hiddenPaths.insert(pathId);
                               m_model->setCriteria(c);
                           });
        }
        if (m_model->isRowHeld(m_model->rowOf(index)))
            addRuleMenus(&menu, m_model->rowOf(index));
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
        menu.exec(m_view->viewport()->mapToGlobal(pos));
}
