#pragma once

#include "core/monitorproblem.h"

#include <QCoreApplication>
#include <QString>

// Turns a MonitorProblem (monitor/ speaks in codes) into words for people: a one-line summary
// for the status bar and an explanation that says what to do about it.
class ProblemText final
{
    Q_DECLARE_TR_FUNCTIONS(ProblemText)

public:
    static QString summary(const MonitorProblem &problem);
    static QString advice(const MonitorProblem &problem);
    // Problems that mean the capture is incomplete (as opposed to purely informational ones).
    static bool isWarning(const MonitorProblem &problem);
};
