#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <vector>

class CsvWriter;
class EventTableModel;
class QHeaderView;

// What Ctrl+C and Ctrl+Shift+C put on the clipboard for the selected rows of the event table.
//
// text/plain: the columns the user sees, in the order shown, separated by tabs, one line per row,
// as the table shows them (a name that is not UTF-8 shows U+FFFD where its bad bytes are, as in
// the table). text/csv: the same events as fsnoop's CSV (CsvWriter, docs/csv-format.md) with its
// header row, where such bytes are "\xHH" escapes: that copy is exact.
//
// Row by row too (appendText(), appendCsv()), for RowCopyJob, which copies a big selection in
// slices: both build the same text.
class RowCopier final
{
public:
    // The logical columns shown, in the order shown: text/plain's columns.
    static QList<int> shownColumns(const QHeaderView &header);
    // One row with its line end; nothing for a row whose event is gone (the cap).
    static void appendText(QString &out, const EventTableModel &model, const QList<int> &columns,
                           int row);
    static void appendCsv(QByteArray &out, const CsvWriter &writer, const EventTableModel &model,
                          int row);

    static QString text(const EventTableModel &model, const QHeaderView &header,
                        const std::vector<int> &rows);
    static QByteArray csv(const EventTableModel &model, const std::vector<int> &rows);
    // Full paths, one per line (rows without a path, overflow markers, are left out).
    static QString paths(const EventTableModel &model, const std::vector<int> &rows);
};
