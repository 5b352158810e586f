#include "analysis/rulevalues.h"

#include "analysis/rulefields.h"
#include "core/eventnames.h"
#include "core/pathtable.h"
#include "core/session.h"

#include <QSet>

#include <algorithm>

using Column = FilterRule::Column;

QStringList RuleValues::seen(Column column, const Session &session, int limit)
{
    QSet<QString> values;
    const auto add = [&](const QString &v) {
        if (!v.isEmpty() && values.size() < limit)
            values.insert(v);
    };
    switch (RuleFields::keyOf(column)) {
    case RuleFields::Key::PathId: {
        const PathTable &paths = session.paths();
        // Newest paths last in the table; walk back from the end so a long session offers what
        // happened recently. Interior nodes (folders on the way) are paths too.
        for (quint32 id = paths.size(); id-- > PathTable::RootId + 1 && values.size() < limit;)
            add(RuleFields::pathText(column, paths, id));
        break;
    }
    case RuleFields::Key::ProcessId: {
        const ProcessTable &processes = session.processes();
        for (quint32 id = 1; id < processes.size(); ++id)
            add(RuleFields::processText(column, processes.info(id)));
        break;
    }
    case RuleFields::Key::Mask: {
        // Every type, in the table's own order rather than alphabetically.
        QStringList ordered;
        for (const EventNames::Type &t : EventNames::types())
            ordered << QString::fromLatin1(t.name);
        ordered << QStringLiteral("overflow");
        return ordered;
    }
    case RuleFields::Key::Direct:
        switch (column) {
        case Column::Kind:
            return {RuleFields::kindText(false), RuleFields::kindText(true)};
        case Column::Source: {
            QStringList words;
            for (const quint8 source : kAllSources)
                words.append(RuleFields::sourceText(source));
            return words;
        }
        case Column::Pid: {
            const ProcessTable &processes = session.processes();
            for (quint32 id = 1; id < processes.size(); ++id)
                add(processes.info(id).pid >= 0 ? QString::number(processes.info(id).pid) : QString());
            break;
        }
        default:
            break;
        }
        break;
    }
    QStringList out(values.begin(), values.end());
    if (FilterRule::isNumeric(column))
        std::sort(out.begin(), out.end(), [](const QString &a, const QString &b) {
            return a.toLongLong() < b.toLongLong();
        });
    else
        std::sort(out.begin(), out.end(), [](const QString &a, const QString &b) {
            return a.compare(b, Qt::CaseInsensitive) < 0;
        });
    return out;
}
