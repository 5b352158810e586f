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

SessionStatsPanel::~SessionStatsPanel() = default;

void SessionStatsPanel::setSession(Session *session)
{
    m_stats->setSession(session);
}

Session *SessionStatsPanel::session() const
{
    return m_stats->session();
}

void SessionStatsPanel::refreshNow()
{
    m_refreshTimer->stop();
    refreshViews();
}

void SessionStatsPanel::scheduleRefresh()
{
    if (!m_refreshTimer->isActive())
        m_refreshTimer->start();
}
