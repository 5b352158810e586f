#pragma once

#include "analysis/filterrule.h"

// The one way tests make a FilterRule: rule(column, relation, value), optionally an action and
// whether it is enabled, as a row of Process Monitor's filter dialog reads.
inline FilterRule rule(FilterRule::Column column, FilterRule::Relation relation,
                       const QString &value,
                       FilterRule::Action action = FilterRule::Action::Include,
                       bool enabled = true)
{
    FilterRule f;
    f.column = column;
    f.relation = relation;
    f.value = value;
    f.action = action;
    f.enabled = enabled;
    return f;
}
