#include "events/rowcopier.h"

#include "core/session.h"
#include "events/eventtablemodel.h"
#include "io/csvwriter.h"

#include <QHeaderView>

QList<int> RowCopier::shownColumns(const QHeaderView &header)
{
    QList<int> columns;
    for (int visual = 0; visual < header.count(); ++visual) {
        const int logical = header.logicalIndex(visual);
        if (!header.isSectionHidden(logical))
            columns.append(logical);
    }
    return columns;
}

void RowCopier::appendText(QString &out, const EventTableModel &model, const QList<int> &columns,
                           int row)
{
    if (!model.isRowHeld(row))
        return;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (i > 0)
            out += QLatin1Char('\t');
        out += model.cellData(row, columns[i]).toString();
    }
    out += QLatin1Char('\n');
}

void RowCopier::appendCsv(QByteArray &out, const CsvWriter &writer, const EventTableModel &model,
                          int row)
{
    if (model.isRowHeld(row))
        writer.append(out, model.eventAt(row));
}

QString RowCopier::text(const EventTableModel &model, const QHeaderView &header,
                        const std::vector<int> &rows)
{
    const QList<int> columns = shownColumns(header);
    QString out;
    for (const int row : rows)
        appendText(out, model, columns, row);
    return out;
}

QByteArray RowCopier::csv(const EventTableModel &model, const std::vector<int> &rows)
{
    const Session *session = model.session();
    if (!session)
        return {};
    QByteArray out = CsvWriter::header();
    const CsvWriter writer(session->paths(), session->processes());
    for (const int row : rows)
        appendCsv(out, writer, model, row);
    return out;
}

QString RowCopier::paths(const EventTableModel &model, const std::vector<int> &rows)
{
    QStringList out;
    for (const int row : rows) {
        const QString path = model.cellData(row, 0, EventTableModel::FullPathRole).toString();
        if (!path.isEmpty())
            out << path;
    }
    return out.join(QLatin1Char('\n'));
}
