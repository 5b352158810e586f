#include "analysis/renamechainpanel.h"

#include "analysis/renamechainmodel.h"
#include "analysis/proxyfilterfield.h"
#include "analysis/renamechainproxy.h"
#include "core/session.h"
#include "analysis/sessionstats.h"
#include "analysis/showeventsaction.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace {
// The chains are redrawn at most this often while events come in (SessionStatsPanel).
constexpr int kRefreshMs = 250;
} // namespace

RenameChainPanel::RenameChainPanel(Session *session, QWidget *parent)
    : SessionStatsPanel(SessionStats::Renames, kRefreshMs, parent)
    , m_model(new RenameChainModel(stats(), this))
    , m_proxy(new RenameChainProxy(m_model, this))
{
    m_filter = new ProxyFilterField(tr("Filter by name"), m_proxy, this);
    auto *help = new QLabel(tr("Each row is one file or folder followed through its renames. "
                               "Italic rows are moves whose other half is outside the watched "
                               "folders."),
                            this);
    help->setWordWrap(true);
    help->setToolTip(tr("inotify reports a rename as IN_MOVED_FROM and IN_MOVED_TO sharing a "
                        "cookie; fsnoop pairs them and links successive renames of one object."));

    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    m_tree = new QTreeView(this);
    m_tree->setModel(m_proxy);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(RenameChainModel::FirstTimeColumn, Qt::AscendingOrder);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    // The two name columns share what the others leave, elided on the left so the file names
    // stay visible.
    m_tree->setTextElideMode(Qt::ElideLeft);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(RenameChainModel::FirstNameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(RenameChainModel::CurrentNameColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);

    m_summary = new QLabel(this);
    auto *show = new ShowEventsAction(m_tree);
    connect(show, &ShowEventsAction::requested, this, &RenameChainPanel::showEventsOf);

    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(m_filter);
    top->addWidget(show->createButton(this));
    layout->addLayout(top);
    layout->addWidget(help);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_summary);

    // The model, connected first (in its constructor), has reset itself by then.
    connect(stats(), &SessionStats::reset, this, &RenameChainPanel::updateSummary);
    setSession(session);
}

void RenameChainPanel::setFilterText(const QString &text)
{
    m_filter->setText(text); // the field filters the proxy
}

void RenameChainPanel::refreshViews()
{
    m_model->refresh();
    updateSummary();
}

void RenameChainPanel::updateSummary()
{
    using Step = RenameTracker::Step;
    const RenameTracker &t = stats()->renames();
    QString text = tr("Chains: %1 · Renames: %2 · Moved out: %3 · Moved in: %4")
                       .arg(t.chainCount())
                       .arg(t.stepCount(Step::Renamed))
                       .arg(t.stepCount(Step::MovedOut))
                       .arg(t.stepCount(Step::MovedIn));
    if (t.pendingCount() > 0)
        text += u' ' + tr("· Waiting for their other half: %1").arg(t.pendingCount());
    m_summary->setText(text);
}

void RenameChainPanel::showEventsOf(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    const QSet<quint32> ids = m_model->pathIdsFor(m_proxy->mapToSource(proxyIndex));
    if (!ids.isEmpty())
        Q_EMIT showPathsRequested(ids);
}
