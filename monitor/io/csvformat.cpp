#include "io/csvformat.h"

QByteArray CsvFormat::header()
{
    QByteArray row;
    for (const char *column : kColumns) {
        if (!row.isEmpty())
            row += ',';
        row += column;
    }
    return row + "\r\n";
}

QByteArrayView CsvFormat::sourceName(quint8 source)
{
    switch (source) {
    case FsEvent::Scan:
        return "scan";
    case FsEvent::Fanotify:
        return "fanotify";
    case FsEvent::Rescan:
        return "rescan";
    default:
        return "inotify";
    }
}

std::optional<quint8> CsvFormat::sourceFromName(QByteArrayView name)
{
    for (const quint8 source : kAllSources) {
        if (name == sourceName(source))
            return source;
    }
    return std::nullopt;
}
