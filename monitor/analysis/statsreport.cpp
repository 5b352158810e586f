#include "analysis/statsreport.h"

#include "core/eventnames.h"
#include "core/pathtable.h"

#include <algorithm>

bool StatsReport::parseSortKey(QStringView name, quint32 *key)
{
    if (name.trimmed().compare(u"total", Qt::CaseInsensitive) == 0) {
        *key = 0;
        return true;
    }
    for (const EventNames::Type &t : EventNames::types()) {
        if (name.trimmed().compare(QLatin1String(t.name), Qt::CaseInsensitive) == 0) {
            *key = t.mask;
            return true;
        }
    }
    return false;
}

QByteArray StatsReport::format(const FileStats &stats, const PathTable &paths,
                               const Options &options)
{
    const QList<int> rows = options.aggregate ? stats.aggregateRows() : stats.ownRows();
    auto counts = [&](int row) -> const FileStats::Counts & {
        return options.aggregate ? stats.subtreeCounts(row) : stats.ownCounts(row);
    };

    // Like inotifywatch: only the event types that occurred get a column.
    QList<int> columns;
    for (int t = 0; t < EventTypeIndex::count(); ++t) {
        if (stats.totals().count(t) > 0)
            columns.append(t);
    }

    QList<int> order = rows;
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const quint64 ka = counts(a).byKey(options.sortKey);
        const quint64 kb = counts(b).byKey(options.sortKey);
        if (ka != kb)
            return options.ascending ? ka < kb : ka > kb;
        return paths.path(stats.row(a).pathId) < paths.path(stats.row(b).pathId);
    });
    if (options.limit > 0 && order.size() > options.limit)
        order.resize(options.limit);

    // Column widths: the header name or the widest number, whichever is wider.
    QList<QByteArray> headers{QByteArrayLiteral("total")};
    for (int t : columns)
        headers.append(QByteArray(EventNames::types().at(t).name));
    QList<int> widths;
    for (const QByteArray &h : headers)
        widths.append(int(h.size()));
    for (int row : order) {
        const FileStats::Counts &c = counts(row);
        widths[0] = qMax(widths[0], int(QByteArray::number(c.total).size()));
        for (int i = 0; i < columns.size(); ++i)
            widths[i + 1] = qMax(widths[i + 1], int(QByteArray::number(c.count(columns[i])).size()));
    }

    QByteArray out;
    auto cell = [&out](const QByteArray &text, int width) {
        out += text.leftJustified(width, ' ');
        out += "  ";
    };
    for (int i = 0; i < headers.size(); ++i)
        cell(headers[i], widths[i]);
    out += "filename\n";
    for (int row : order) {
        const FileStats::Counts &c = counts(row);
        cell(QByteArray::number(c.total), widths[0]);
        for (int i = 0; i < columns.size(); ++i)
            cell(QByteArray::number(c.count(columns[i])), widths[i + 1]);
        QByteArray path = paths.path(stats.row(row).pathId);
        if (stats.row(row).isDir && !path.endsWith('/'))
            path += '/';
        out += path;
        out += '\n';
    }
    return out;
}
