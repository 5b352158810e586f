#pragma once

#include "analysis/filterrule.h"
#include "core/fsevent.h"

#include <QString>

class PathTable;
class ProcessTable;
struct ProcessInfo;

// The text a rule compares for each column, written once for the matcher, the values the rules
// dialog offers and the tests. Words are keys, not translations ("file", "folder", "inotify"):
// a filter file must mean the same in every language.
class RuleFields final
{
public:
    // Which part of an event a column is computed from: the matcher caches per path id and per
    // process id, so a string is built once per path or process, never per event.
    enum class Key { PathId, ProcessId, Mask, Direct };
    static Key keyOf(FilterRule::Column c);

    static QString pathText(FilterRule::Column c, const PathTable &paths, quint32 pathId);
    static QString processText(FilterRule::Column c, const ProcessInfo &info);
    // "modify", "close_write", "create" (IN_ISDIR left out: that is the kind column), "overflow".
    static QString eventTypeText(quint32 mask, bool overflow);
    static QString kindText(bool isDir) { return isDir ? QStringLiteral("folder") : QStringLiteral("file"); }
    static QString sourceText(quint8 source);
    // "pdf" for "a.pdf", "gz" for "a.tar.gz", "" for "Makefile" and ".bashrc".
    static QString extensionOf(QStringView name);

    // Any column of any event, the slow general way (dialog, tests). Time is left empty: its
    // text depends on the time zone and lives with the matcher.
    static QString text(FilterRule::Column c, const FsEvent &e, const PathTable &paths,
                        const ProcessTable &processes);
};
