#pragma once

#include "core/monitorproblem.h"

#include <QDialog>

// The details behind the status bar's warning: each problem and what to do about it, as they
// stood when it was opened.
class ProblemsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemsDialog)

public:
    explicit ProblemsDialog(const QList<MonitorProblem> &problems, QWidget *parent = nullptr);

private:
    static QString html(const QList<MonitorProblem> &problems);
};
