#pragma once

#include "analysis/sessionstats.h"

#include <QWidget>

class QTimer;
class Session;

// The base of the panels beside the event table that show a part of SessionStats (statistics,
// renames, processes): it owns the SessionStats, follows the window's session, and redraws the
// derived panel's views at most every `refreshMs`, however many batches arrived in between, so a
// busy capture costs one redraw per tick, not one per batch.
class SessionStatsPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionStatsPanel)

public:
    ~SessionStatsPanel() override;

    // Rebinds to `session` (or none): SessionStats emits reset() and the panel redraws.
    void setSession(Session *session);
    Session *session() const;
    SessionStats *stats() const { return m_stats; }

    // Redraws now rather than at the next tick (tests, screenshots, a reset).
    void refreshNow();

protected:
    SessionStatsPanel(SessionStats::Parts parts, int refreshMs, QWidget *parent);

    // What a redraw does: the derived panel's models, charts and summary.
    virtual void refreshViews() = 0;

private:
    void scheduleRefresh();

    SessionStats *m_stats;
    QTimer *m_refreshTimer;
};
