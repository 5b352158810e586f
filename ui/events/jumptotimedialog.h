#pragma once

#include <QDialog>

class QDateTimeEdit;

// Go > Jump to Time (Ctrl+G): a date and time, to the millisecond, between the first and the last
// event held; the table then selects the first row at or after it.
class JumpToTimeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JumpToTimeDialog)

public:
    explicit JumpToTimeDialog(QWidget *parent = nullptr);

    // `startNs` is offered first (the selected row's time); the box keeps to [firstNs, lastNs].
    void setRange(qint64 firstNs, qint64 lastNs, qint64 startNs);
    qint64 timeNs() const;

private:
    QDateTimeEdit *m_edit;
};
