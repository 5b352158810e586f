#pragma once

#include "analysis/sessionstats.h"

#include <QWidget>

class QTimer;
class Session;

// The base of the panels beside the event table that show a part of SessionStats (statistics,
// renames, processes): it owns the SessionStats, follows the window's session, and redraws the
// derived panel's views at most every `refreshMs`, however many batches arrived in between, so a
// busy capture costs one redraw per tick, not one per batch. A panel that is a tab behind
// another one (hidden in its window) does not redraw at all until it is shown: a big session
// streaming in would otherwise re-sort views nobody sees at every tick.
class SessionStatsPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionStatsPanel)

public:
    // Rebinds to `session` (or none): SessionStats emits reset() and the panel redraws.
    // `streaming`: see SessionStats::setSession; finish() ends it.
    void setSession(Session *session, bool streaming = false);
    // The capture stopped, or the session finished streaming in (completely or not): halves
    // still waiting for their partner are shown as moved out now (SessionStats::finish).
    void finish();
    Session *session() const;
    SessionStats *stats() const { return m_stats; }

    // Redraws now rather than at the next tick (tests, screenshots, a reset).
    void refreshNow();

protected:
    SessionStatsPanel(SessionStats::Parts parts, int refreshMs, QWidget *parent);

    // What a redraw does: the derived panel's models, charts and summary.
    virtual void refreshViews() = 0;

    void showEvent(QShowEvent *event) override;

private:
    void scheduleRefresh();
    bool isBehindAnotherTab() const;

    SessionStats *m_stats;
    QTimer *m_refreshTimer;
    bool m_stale = false; // counts changed while the panel was hidden
};
