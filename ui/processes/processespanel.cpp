#include "processes/processespanel.h"

#include "analysis/sessionstats.h"
#include "analysis/showeventsaction.h"
#include "analysis/statsviewlook.h"
#include "core/session.h"
#include "processes/processtreemodel.h"
#include "text/shortcuttip.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace {
constexpr int kRefreshMs = 500; // as the statistics
} // namespace

ProcessesPanel::ProcessesPanel(Session *session, const QKeySequence &filterDialogKey,
                               QWidget *parent)
    : SessionStatsPanel(SessionStats::Processes, kRefreshMs, parent)
    , m_model(new ProcessTreeModel(stats(), this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_tree(new QTreeView(this))
    , m_notice(new QWidget(this))
{
    // Said plainly where the processes would be, with the one way to get them.
    auto *noticeText = new QLabel(tr("inotify does not tell which process changed a file. "
                                     "Process information needs the administrator mode: fsnoop "
                                     "then watches with its fanotify helper, after asking for the "
                                     "administrator password."),
                                  m_notice);
    noticeText->setWordWrap(true);
    auto *start = new QPushButton(tr("Watch with Process Information"), m_notice);
    start->setObjectName(QStringLiteral("processInformationButton"));
    connect(start, &QPushButton::clicked, this, &ProcessesPanel::processInformationRequested);
    auto *noticeLayout = new QHBoxLayout(m_notice);
    noticeLayout->addWidget(noticeText, 1);
    noticeLayout->addWidget(start);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ProcessTreeModel::SortRole);
    m_tree->setModel(m_proxy);
    m_tree->header()->setSortIndicator(-1, Qt::AscendingOrder); // order of appearance until
    m_tree->setSortingEnabled(true);                              // the user clicks a header
    StatsViewLook::apply(m_tree, m_tree->header(), ProcessTreeModel::NameColumn, 220);
    m_tree->setUniformRowHeights(true); // thousands of processes: no per-row size hint
    m_tree->header()->setStretchLastSection(true);
    auto *show = new ShowEventsAction(m_tree);
    connect(show, &ShowEventsAction::requested, this, &ProcessesPanel::showEventsOf);
    addRuleActions(filterDialogKey);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(show->createButton(this));
    buttons->addStretch();

    setFocusProxy(m_tree); // a tab switch by keyboard lands in the tree

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addLayout(buttons);
    layout->addWidget(m_tree, 1);

    // A new child shows where it is in the tree; what the user collapsed stays collapsed.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, m_tree,
            [this](const QModelIndex &parent) { m_tree->expand(parent); });
    // The model, connected first (in its constructor), has reset itself by then.
    connect(stats(), &SessionStats::reset, this, [this] {
        m_tree->expandAll();
        updateNotice();
    });

    setSession(session);
}

void ProcessesPanel::refreshViews()
{
    m_model->refresh();
    updateNotice();
}

void ProcessesPanel::updateNotice()
{
    m_notice->setVisible(stats()->processes().rowCount() == 0);
}

void ProcessesPanel::addRuleActions(const QKeySequence &filterDialogKey)
{
    struct Choice {
        FilterRule::Action action;
        bool subtree;
    };
    const QList<std::pair<QString, Choice>> choices = {
        {tr("Include This Process"), {FilterRule::Action::Include, false}},
        {tr("Include This Process and Its Children"), {FilterRule::Action::Include, true}},
        {tr("Exclude This Process"), {FilterRule::Action::Exclude, false}},
        {tr("Exclude This Process and Its Children"), {FilterRule::Action::Exclude, true}},
    };
    const QString tip = tr("Adds filter rules on the process ID, shown in the Filter dialog");
    auto *separator = new QAction(m_tree);
    separator->setSeparator(true);
    m_tree->addAction(separator);
    for (const auto &[text, choice] : choices) {
        auto *action = new QAction(text, m_tree);
        action->setToolTip(ShortcutTip::text(tip, filterDialogKey));
        connect(action, &QAction::triggered, this, [this, choice = choice] {
            const FilterRules rules = rulesFor(m_tree->currentIndex(), choice.action, choice.subtree);
            if (!rules.isEmpty())
                Q_EMIT rulesRequested(rules);
        });
        connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, action,
                [action](const QModelIndex &current) { action->setEnabled(current.isValid()); });
        action->setEnabled(false);
        m_tree->addAction(action);
    }
}

int ProcessesPanel::statsRowOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return -1;
    return index.data(ProcessTreeModel::RowRole).toInt();
}

FilterRules ProcessesPanel::rulesFor(const QModelIndex &index, FilterRule::Action action,
                                     bool subtree) const
{
    const int row = statsRowOf(index);
    if (row < 0)
        return {};
    const ProcessStats &processes = stats()->processes();
    FilterRules rules;
    QSet<qint32> pids; // a pid reused inside the subtree needs one rule only
    for (int r : subtree ? processes.subtree(row) : QList<int>{row}) {
        const qint32 pid = processes.row(r).pid;
        if (pids.contains(pid))
            continue;
        pids.insert(pid);
        FilterRule rule;
        rule.column = FilterRule::Column::Pid;
        rule.relation = FilterRule::Relation::Is;
        rule.value = QString::number(pid);
        rule.action = action;
        rules.append(rule);
    }
    return rules;
}

void ProcessesPanel::showEventsOf(const QModelIndex &index)
{
    const int row = statsRowOf(index);
    if (row < 0)
        return;
    const QList<quint32> &ids = stats()->processes().row(row).ids;
    Q_EMIT showProcessesRequested(QSet<quint32>(ids.cbegin(), ids.cend()));
}
