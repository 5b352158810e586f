#pragma once

#include "events/eventfilter.h"

#include <QKeySequence>
#include <QTimer>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

// The row of filter controls above the event table. It edits an EventFilter::Criteria and says so
// through criteriaChanged(); typing is debounced so a million rows are not refiltered per key.
class FilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterBar)

public:
    explicit FilterBar(QWidget *parent = nullptr);

    EventFilter::Criteria criteria() const { return m_criteria; }
    // Shows `criteria` without emitting criteriaChanged() (the model already has them).
    void setCriteria(const EventFilter::Criteria &criteria);
    void setCounts(qsizetype shown, qsizetype total);
    // Filter rules in force (the Filter dialog): shown plainly beside the counts, with a reset.
    void setActiveRules(int count, bool broken);
    // The key of the Filter dialog (RulesController's), named in the rules button's tool tip.
    void setRulesShortcut(const QKeySequence &key);
    void setRegexValid(bool valid);
    void focusPathFilter();

Q_SIGNALS:
    void criteriaChanged(const EventFilter::Criteria &criteria);
    void rulesDialogRequested();
    void rulesResetRequested();

private:
    void readControls();
    void updateEventsButton();

    EventFilter::Criteria m_criteria;
    QPushButton *m_eventsButton;
    QList<QAction *> m_typeActions;
    QLineEdit *m_pathEdit;
    QCheckBox *m_regexBox;
    QComboBox *m_kindBox;
    QLineEdit *m_processEdit;
    QToolButton *m_pathSetButton;
    QToolButton *m_clearButton; // shown while a filter narrows the table (restored ones too)
    QLabel *m_countLabel;
    QToolButton *m_rulesButton;
    QToolButton *m_rulesResetButton;
    int m_activeRules = 0;
    qsizetype m_shown = 0;
    qsizetype m_total = 0;
    QTimer *m_typingTimer = nullptr;
    bool m_updating = false;
};
