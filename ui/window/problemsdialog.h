#pragma once

#include "core/monitorproblem.h"

#include <QDialog>

class QTextBrowser;

// The details behind the status bar's warning: each problem and what to do about it.
class ProblemsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemsDialog)

public:
    explicit ProblemsDialog(QWidget *parent = nullptr);

    void setProblems(const QList<MonitorProblem> &problems);

private:
    QTextBrowser *m_text;
};
