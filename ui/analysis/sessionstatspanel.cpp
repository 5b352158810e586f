#include "analysis/sessionstatspanel.h"

#include <QTimer>

SessionStatsPanel::SessionStatsPanel(SessionStats::Parts parts, int refreshMs, QWidget *parent)
    : QWidget(parent)
    , m_stats(new SessionStats(nullptr, parts, this))
    , m_refreshTimer(new QTimer(this))
{
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(refreshMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &SessionStatsPanel::refreshNow);
    connect(m_stats, &SessionStats::updated, this, &SessionStatsPanel::scheduleRefresh);
}

void SessionStatsPanel::setSession(Session *session, bool streaming)
{
    m_stats->setSession(session, streaming);
}

void SessionStatsPanel::finish()
{
    m_stats->finish();
}

Session *SessionStatsPanel::session() const
{
    return m_stats->session();
}

void SessionStatsPanel::refreshNow()
{
    m_refreshTimer->stop();
    m_stale = false;
    refreshViews();
}

void SessionStatsPanel::scheduleRefresh()
{
    if (isBehindAnotherTab()) {
        m_stale = true; // showEvent() catches up
        return;
    }
    if (!m_refreshTimer->isActive())
        m_refreshTimer->start();
}

bool SessionStatsPanel::isBehindAnotherTab() const
{
    // Not "!isVisible()": a panel on its own that was never shown (a test, a screenshot) still
    // follows its session; only one its window hides (a QTabWidget page not in front) waits.
    return window() != this && !isVisibleTo(window());
}

void SessionStatsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refreshNow();
}
