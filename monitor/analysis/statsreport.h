#pragma once

#include "analysis/filestats.h"

#include <QByteArray>
#include <QStringView>

class PathTable;

// The per-file table printed by `fsnoop record --stats` at the end of a capture: what
// inotifywatch(1) prints. One line per path: total, one column per event type that occurred, then
// the path (raw bytes, as the kernel named it). Sorted descending by total unless asked otherwise
// (inotifywatch's -a/-d EVENT).
class StatsReport final
{
public:
    struct Options {
        quint32 sortKey = 0;     // 0: total; otherwise one IN_* bit (see parseSortKey)
        bool ascending = false;
        int limit = 0;           // at most this many lines; 0: all
        bool aggregate = false;  // directories count their whole subtree
    };

    static QByteArray format(const FileStats &stats, const PathTable &paths, const Options &options);
    static QByteArray format(const FileStats &stats, const PathTable &paths)
    {
        return format(stats, paths, Options());
    }

    // "total" or an inotifywait event name ("modify", "close_write"...), case-insensitive.
    // Returns false on an unknown name.
    static bool parseSortKey(QStringView name, quint32 *key);
};
