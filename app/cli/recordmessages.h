#pragma once

#include "capture/eventsource.h"
#include "core/monitorproblem.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The words `fsnoop record` prints on standard error. What a problem is comes from ProblemText
// (ui/text/), the same words the window shows; this adds what only a terminal needs: the sysctl
// command to type, the record's own markers and options.
class RecordMessages final
{
    Q_DECLARE_TR_FUNCTIONS(RecordMessages)

public:
    // One or more lines, each to be printed after "fsnoop: ": what happened, then a hint if any.
    static QStringList problem(const MonitorProblem &problem);
    static QString summary(qint64 events, const EventSource::Stats &stats, qint64 overflows);
    static QString watching(qint64 watched, qint64 unwatched);
    // After the summary, when roots that went away had not come back.
    static QString waiting(qint64 roots);
    static QString settingUp(qint64 scanned);
};
