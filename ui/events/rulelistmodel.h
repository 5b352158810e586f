#pragma once

#include "analysis/filterrule.h"
#include "analysis/rulematcher.h"

#include <QAbstractTableModel>

// The rules of the Filter and Highlight dialogs as a table: column, relation, value, action (and
// colour for highlights), with each rule's enable box in the first column. A rule that cannot
// work is marked with a warning and says why in its tooltip; it stays in the list.
class RuleListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleListModel)

public:
    enum Section { ColumnSection, RelationSection, ValueSection, ActionSection, ColorSection };

    explicit RuleListModel(bool highlight, QObject *parent = nullptr);

    void setRules(const FilterRules &rules);
    const FilterRules &rules() const { return m_rules; }
    const QList<RuleMatcher::Problem> &problems() const { return m_checker.problems(); }

    void appendRule(const FilterRule &rule);
    void replaceRule(int row, const FilterRule &rule);
    void removeRule(int row);
    // Moves the rule at `row` one place up (-1) or down (+1); returns its new row.
    int moveRule(int row, int delta);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void rulesEdited();

private:
    void recheck();
    QString problemOf(int row) const;

    bool m_highlight;
    FilterRules m_rules;
    RuleMatcher m_checker; // compiles the rules only to find the ones that cannot work
};
