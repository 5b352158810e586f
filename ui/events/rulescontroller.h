#pragma once

#include "analysis/filterrule.h"
#include "events/rulesdialog.h"

#include <QObject>
#include <QPointer>

class EventTableModel;
class FilterBar;
class QAction;
class QSettings;
class QWidget;

class Session;

// Filter and highlight rules in the window: the Filter (Ctrl+L) and Highlight (Ctrl+H) actions
// and their dialogs, the filter bar's "3 rules, 1.2M of 4M shown" with its reset, rules added from
// the table's context menu, and keeping the rules across runs. The window only places the
// actions in its menus.
class RulesController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RulesController)

public:
    RulesController(EventTableModel *model, FilterBar *bar, QWidget *window);

    QAction *filterAction() const { return m_filterAction; }
    QAction *highlightAction() const { return m_highlightAction; }

    void setSession(const Session *session);
    // Appends a rule to the filter rules and applies them (the context menu's include/exclude).
    void addFilterRule(const FilterRule &rule);
    void addFilterRules(const FilterRules &added); // one re-filter for all of them
    void resetFilterRules();

    void restore(const QSettings &settings);
    void save(QSettings &settings) const;

    RulesDialog *filterDialog() const { return m_filterDialog; }
    RulesDialog *highlightDialog() const { return m_highlightDialog; }

private:
    void showFilterDialog();
    void showHighlightDialog();
    void updateBar();

    EventTableModel *m_model;
    FilterBar *m_bar;
    QWidget *m_window;
    const Session *m_session = nullptr;
    QAction *m_filterAction;
    QAction *m_highlightAction;
    QPointer<RulesDialog> m_filterDialog;
    QPointer<RulesDialog> m_highlightDialog;
};
