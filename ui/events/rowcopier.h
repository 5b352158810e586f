#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

class EventTableModel;
class QHeaderView;
class QMimeData;

// What Ctrl+C and Ctrl+Shift+C put on the clipboard for the selected rows of the event table.
//
// text/plain: the columns the user sees, in the order shown, separated by tabs, one line per row,
// as the table shows them (a name that is not UTF-8 shows U+FFFD where its bad bytes are, as in
// the table). text/csv: the same events as fsnoop's CSV (CsvWriter, docs/csv-format.md) with its
// header row, where such bytes are "\xHH" escapes: that copy is exact.
class RowCopier final
{
public:
    static QString text(const EventTableModel &model, const QHeaderView &header,
                        const std::vector<int> &rows);
    static QByteArray csv(const EventTableModel &model, const std::vector<int> &rows);
    // Full paths, one per line (rows without a path, overflow markers, are left out).
    static QString paths(const EventTableModel &model, const std::vector<int> &rows);
    // Both forms, for QClipboard::setMimeData().
    static QMimeData *mimeData(const EventTableModel &model, const QHeaderView &header,
                               const std::vector<int> &rows);
};
