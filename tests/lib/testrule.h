#pragma once

#include "analysis/filterrule.h"

// The short names the tests write their rules with: rule(Column::Path, Relation::BeginsWith, ...).
using Column = FilterRule::Column;
using Relation = FilterRule::Relation;
using Action = FilterRule::Action;

// The one way tests make a FilterRule: rule(column, relation, value), optionally an action and
// whether it is enabled, as a row of Process Monitor's filter dialog reads.
inline FilterRule rule(Column column, Relation relation, const QString &value,
                       Action action = Action::Include, bool enabled = true)
{
    // No colour: a filter row, not a highlight.
    return FilterRule{column, relation, value, action, enabled, QString()};
}
