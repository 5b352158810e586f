#pragma once

#include "core/fsevent.h"

#include <QByteArray>
#include <QByteArrayView>

#include <array>
#include <optional>

// The vocabulary of fsnoop's CSV (docs/csv-format.md), defined once for the writer and the reader
// so that a file written today is always read back: the column names of the header row and the
// words of the source column.
class CsvFormat final
{
public:
    static constexpr int kColumnCount = 9;
    static constexpr std::array<const char *, kColumnCount> kColumns = {
        "time", "events", "path", "is_dir", "cookie", "pid", "process", "executable", "source"};

    static QByteArray header(); // the header row, with its CRLF line ending

    // "inotify", "scan", "fanotify" or "rescan"; an unknown source is written as inotify, the default.
    static QByteArrayView sourceName(quint8 source);
    // The FsEvent::Source a word of the source column names, or nothing for an unknown word.
    static std::optional<quint8> sourceFromName(QByteArrayView name);
};
