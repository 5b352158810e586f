#pragma once

#include <QByteArrayView>
#include <QtGlobal>

// Checks and converts the fixed-format fields of fsnoop's CSV (docs/csv-format.md): the time and
// the unsigned numbers. Pure functions, so the reader's strictness is testable byte by byte.
class CsvFields final
{
public:
    // "YYYY-MM-DDTHH:MM:SS[.f{1,9}](Z|+HH:MM|-HH:MM)" -> ns since the epoch. A time without an
    // offset is refused (it would be ambiguous), and so is one outside what a qint64 of ns holds.
    static bool parseTime(QByteArrayView s, qint64 *timeNs);

    // A decimal number without sign or spaces, at most `max`.
    static bool parseUnsigned(QByteArrayView s, quint64 max, quint64 *value);
};
