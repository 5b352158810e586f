#pragma once

#include "core/monitorproblem.h"

#include <QCoreApplication>
#include <QString>

// Turns a MonitorProblem (monitor/ speaks in codes) into words for people: the one place that
// says what happened, for the window and for `fsnoop record` alike. Each adds only its own hints:
// the window its advice below (it names its menus), the terminal the commands and options it
// prints beside it (app/cli/recordmessages).
class ProblemText final
{
    Q_DECLARE_TR_FUNCTIONS(ProblemText)

public:
    // What happened, in one line starting in lower case, as a terminal prints it after "fsnoop: ".
    static QString clause(const MonitorProblem &problem);
    // The same as a sentence, for the status bar and the window's dialogs.
    static QString summary(const MonitorProblem &problem);
    // For the window: what the problem means and what to do about it.
    static QString advice(const MonitorProblem &problem);
    // A value for max_user_watches worth suggesting: double the current one, at least 524288.
    static qint64 suggestedWatchLimit(qint64 current);
};
