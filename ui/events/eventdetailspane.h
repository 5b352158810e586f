#pragma once

#include <QPlainTextEdit>

class EventTableModel;

// Below the table: everything about the selected event, one line per field, with the kernel's
// meaning of its event bits.
class EventDetailsPane final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventDetailsPane)

public:
    explicit EventDetailsPane(const EventTableModel *model, QWidget *parent = nullptr);

    // Shows the event on the model's `row`, or nothing for an invalid or not yet held row.
    void showRow(const QModelIndex &current);

private:
    const EventTableModel *m_model;
};
