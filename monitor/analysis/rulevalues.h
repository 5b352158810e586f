#pragma once

#include "analysis/filterrule.h"

#include <QStringList>

class Session;

// The values a column takes in a session, for the rules dialog's value box: sorted, distinct,
// at most `limit` of them. Built from the interned path and process tables (one entry per path or
// process, not per event), so it stays quick on a session of millions of events.
class RuleValues final
{
public:
    static QStringList seen(FilterRule::Column column, const Session &session, int limit = 1000);
};
