#pragma once

#include <QDialog>
#include <QPointer>

class EventTableModel;
class QAbstractItemView;
class QLabel;
class QPushButton;
class SessionStats;

// Event Properties (Enter or double-click on an event): every field of the event, the rename
// chain it belongs to, and the process that did it, with Previous/Next to walk the table. It
// follows the table: Previous and Next move the table's current row, so the user sees where
// they are, and the dialog stays open (not modal) beside the window.
class EventPropertiesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventPropertiesDialog)

public:
    // `renames` gives the rename chains (the Renames tab's SessionStats); it may be null.
    EventPropertiesDialog(QAbstractItemView *view, const EventTableModel *model,
                          const SessionStats *renames, QWidget *parent = nullptr);

    // Adds "Event Properties" to the event table: Enter while it has the focus, a double-click.
    // The dialog is made on first use and reused.
    static void install(QAbstractItemView *view, const EventTableModel *model,
                        const SessionStats *renames);

    void showRow(int row);
    int row() const { return m_row; }
    void step(int delta); // Previous (-1) / Next (+1)

    QString eventText() const;
    QString renameText() const;
    QString processText() const;
    QPushButton *previousButton() const { return m_previous; }
    QPushButton *nextButton() const { return m_next; }

private:
    QString describeRenames() const;
    void updateButtons();

    QAbstractItemView *m_view;
    const EventTableModel *m_model;
    QPointer<const SessionStats> m_renames;
    int m_row = -1;
    QLabel *m_event;
    QLabel *m_chain;
    QLabel *m_process;
    QPushButton *m_previous;
    QPushButton *m_next;
};
