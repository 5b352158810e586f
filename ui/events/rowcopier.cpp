#include "events/rowcopier.h"

#include "core/session.h"
#include "events/eventtablemodel.h"
#include "io/csvwriter.h"

#include <QHeaderView>
#include <QMimeData>

QString RowCopier::text(const EventTableModel &model, const QHeaderView &header,
                        const std::vector<int> &rows)
{
    QList<int> columns; // logical indexes in the order shown
    for (int visual = 0; visual < header.count(); ++visual) {
        const int logical = header.logicalIndex(visual);
        if (!header.isSectionHidden(logical))
            columns.append(logical);
    }
    QString out;
    for (const int row : rows) {
        if (!model.isRowHeld(row))
            continue;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (i > 0)
                out += QLatin1Char('\t');
            out += model.cellData(row, columns[i]).toString();
        }
        out += QLatin1Char('\n');
    }
    return out;
}

QByteArray RowCopier::csv(const EventTableModel &model, const std::vector<int> &rows)
{
    const Session *session = model.session();
    if (!session)
        return {};
    QByteArray out = CsvWriter::header();
    const CsvWriter writer(session->paths(), session->processes());
    for (const int row : rows) {
        if (model.isRowHeld(row))
            writer.append(out, model.eventAt(row));
    }
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

QMimeData *RowCopier::mimeData(const EventTableModel &model, const QHeaderView &header,
                               const std::vector<int> &rows)
{
    auto *mime = new QMimeData;
    mime->setText(text(model, header, rows));
    mime->setData(QStringLiteral("text/csv"), csv(model, rows));
    return mime;
}
