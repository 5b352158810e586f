#pragma once

#include <QWidget>

class EventFinder;
class EventTableModel;
class EventTableView;
class QAction;
class QLabel;
class QLineEdit;

// The small bar under the table for Find (Ctrl+F): it searches without filtering. Matching rows
// are tinted as the user types; Enter / F3 go to the next match, Shift+Enter / Shift+F3 to the
// previous one, wrapping around; Escape closes the bar and the tint goes.
class FindBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindBar)

public:
    explicit FindBar(EventTableView *view, QWidget *parent = nullptr);

    // Find, Find Next, Find Previous: for the window's menu (window-wide keys).
    QList<QAction *> findActions() const { return m_actions; }

    void open();
    void dismiss();
    void findNext() { find(true); }
    void findPrevious() { find(false); }
    EventFinder *finder() const { return m_finder; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void find(bool forward);
    void onTextEdited(const QString &text);

    EventTableView *m_view;
    EventTableModel *m_model;
    EventFinder *m_finder;
    QLineEdit *m_edit;
    QLabel *m_status;
    QList<QAction *> m_actions;
};
