#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QStatusBar;
class QToolButton;

// A long job's progress in the status bar, with a Cancel button: loading a big session, a filter
// pass over tens of millions of events. Not a modal dialog: the table stays usable meanwhile
// (the first rows are there to read and scroll), which is the point of doing the job in pieces.
// Hidden while idle. Esc is Cancel while the work runs.
class WorkProgress final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkProgress)

public:
    // Puts itself in `statusBar`, as a permanent widget (right of the counts).
    explicit WorkProgress(QStatusBar *statusBar);

    // Shows `text` and how far the work is; the first call after finish() makes it visible.
    void setProgress(const QString &text, qint64 done, qint64 total);
    void finish();

Q_SIGNALS:
    void cancelRequested();

private:
    QLabel *m_label;
    QProgressBar *m_bar;
    QToolButton *m_cancel;
};
