#pragma once

#include "capture/eventsource.h"
#include "core/monitorproblem.h"

#include <QCoreApplication>
#include <QString>

// The words `fsnoop record` prints on standard error. monitor/ reports codes and numbers; this
// says what happened and what to do about it, for a terminal (the window has its own texts in
// ui/problemtext).
class RecordMessages final
{
    Q_DECLARE_TR_FUNCTIONS(RecordMessages)

public:
    static QString problem(const MonitorProblem &problem);
    static QString summary(qint64 events, const EventSource::Stats &stats, qint64 overflows);
    static QString watching(qint64 watched, qint64 unwatched);
    static QString settingUp(qint64 scanned);
    // A value for max_user_watches worth suggesting: double the current one, at least 524288.
    static qint64 suggestedWatchLimit(qint64 current);
};
