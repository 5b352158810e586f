#include "events/rulelistmodel.h"

#include "events/highlightcolors.h"
#include "text/rulestext.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>

RuleListModel::RuleListModel(bool highlight, QObject *parent)
    : QAbstractTableModel(parent)
    , m_highlight(highlight)
{
}

void RuleListModel::setRules(const FilterRules &rules)
{
    beginResetModel();
    m_rules = rules;
    recheck();
    endResetModel();
}

void RuleListModel::recheck()
{
    m_checker.setRules(m_rules);
}

void RuleListModel::appendRule(const FilterRule &rule)
{
    const int row = int(m_rules.size());
    beginInsertRows({}, row, row);
    m_rules.append(rule);
    recheck();
    endInsertRows();
    Q_EMIT rulesEdited();
}

void RuleListModel::replaceRule(int row, const FilterRule &rule)
{
    if (row < 0 || row >= m_rules.size())
        return;
    m_rules[row] = rule;
    recheck();
    Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    Q_EMIT rulesEdited();
}

void RuleListModel::removeRule(int row)
{
    if (row < 0 || row >= m_rules.size())
        return;
    beginRemoveRows({}, row, row);
    m_rules.removeAt(row);
    recheck();
    endRemoveRows();
    Q_EMIT rulesEdited();
}

int RuleListModel::moveRule(int row, int delta)
{
    const int to = row + delta;
    if (row < 0 || row >= m_rules.size() || to < 0 || to >= m_rules.size() || delta == 0)
        return row;
    // beginMoveRows wants the row *before which* the moved row lands, in the old numbering.
    beginMoveRows({}, row, row, {}, delta > 0 ? to + 1 : to);
    m_rules.move(row, to);
    recheck();
    endMoveRows();
    Q_EMIT rulesEdited();
    return to;
}

int RuleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rules.size());
}

int RuleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : (m_highlight ? ColorSection + 1 : ActionSection + 1);
}

QString RuleListModel::problemOf(int row) const
{
    for (const RuleMatcher::Problem &p : m_checker.problems()) {
        if (p.rule == row)
            return RulesText::problem(p);
    }
    return {};
}

QVariant RuleListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rules.size())
        return {};
    const FilterRule &r = m_rules.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ColumnSection: return RulesText::column(r.column);
        case RelationSection: return RulesText::relation(r.relation);
        case ValueSection: return RulesText::value(r.column, r.value);
        case ActionSection: return RulesText::action(r.action);
        case ColorSection: return r.action == FilterRule::Action::Include ? HighlightColors::nameOf(r.color) : QString();
        }
        return {};
    case Qt::CheckStateRole:
        if (index.column() == ColumnSection)
            return r.enabled ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::DecorationRole:
        if (index.column() == ValueSection && !problemOf(index.row()).isEmpty())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        if (index.column() == ColorSection && r.action == FilterRule::Action::Include)
            return HighlightColors::tint(r.color, QApplication::palette().color(QPalette::Base));
        return {};
    case Qt::ToolTipRole: {
        const QString problem = problemOf(index.row());
        return problem.isEmpty() ? RulesText::sentence(r) : problem;
    }
    case Qt::ForegroundRole:
        // An unticked rule reads as off, in the theme's own muted colour.
        if (!r.enabled)
            return QApplication::palette().brush(QPalette::PlaceholderText);
        return {};
    }
    return {};
}

bool RuleListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != ColumnSection || role != Qt::CheckStateRole)
        return false;
    m_rules[index.row()].enabled = value.toInt() == Qt::Checked;
    recheck();
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), columnCount() - 1));
    Q_EMIT rulesEdited();
    return true;
}

Qt::ItemFlags RuleListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == ColumnSection)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant RuleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ColumnSection: return tr("Column");
    case RelationSection: return tr("Relation");
    case ValueSection: return tr("Value");
    case ActionSection: return tr("Action");
    case ColorSection: return tr("Colour");
    }
    return {};
}
