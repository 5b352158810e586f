#include "analysis/rulefields.h"

#include "core/eventnames.h"
#include "io/csvformat.h"
#include "core/pathtable.h"
#include "core/processtable.h"

#include <sys/inotify.h> // IN_* constants only

using Column = FilterRule::Column;

RuleFields::Key RuleFields::keyOf(Column c)
{
    switch (c) {
    case Column::Path:
    case Column::Name:
    case Column::Folder:
    case Column::Extension:
        return Key::PathId;
    case Column::Process:
    case Column::Executable:
    case Column::CommandLine:
    case Column::ParentPid:
    case Column::User:
        return Key::ProcessId;
    case Column::EventType:
        return Key::Mask;
    case Column::Time:
    case Column::Kind:
    case Column::Pid:
    case Column::Cookie:
    case Column::Source:
        return Key::Direct;
    }
    return Key::Direct;
}

QString RuleFields::extensionOf(QStringView name)
{
    const qsizetype dot = name.lastIndexOf(u'.');
    if (dot <= 0) // no dot, or only the leading dot of a hidden file
        return {};
    return name.mid(dot + 1).toString();
}

QString RuleFields::pathText(Column c, const PathTable &paths, quint32 pathId)
{
    if (pathId == PathTable::NoPath || pathId >= paths.size())
        return {};
    switch (c) {
    case Column::Path:
        return paths.displayPath(pathId);
    case Column::Name:
        return paths.displayName(pathId);
    case Column::Folder:
        return paths.displayDirectory(pathId);
    case Column::Extension:
        return extensionOf(paths.displayName(pathId));
    default:
        return {};
    }
}

QString RuleFields::processText(Column c, const ProcessInfo &info)
{
    switch (c) {
    case Column::Process:
        return info.displayName();
    case Column::Executable:
        return info.displayExecutable();
    case Column::CommandLine:
        return info.displayCommandLine();
    case Column::ParentPid:
        return info.parentPid < 0 ? QString() : QString::number(info.parentPid);
    case Column::User:
        return info.displayUser();
    default:
        return {};
    }
}

QString RuleFields::eventTypeText(quint32 mask, bool overflow)
{
    if (overflow)
        return QStringLiteral("overflow");
    return QString::fromLatin1(EventNames::join(mask & ~quint32(IN_ISDIR), ',')).toLower();
}

QString RuleFields::sourceText(quint8 source)
{
    // The record's own words (the CSV and JSON Lines `source`), so a rule reads like the file.
    return QString::fromLatin1(CsvFormat::sourceName(source));
}

QString RuleFields::text(Column c, const FsEvent &e, const PathTable &paths,
                         const ProcessTable &processes)
{
    switch (keyOf(c)) {
    case Key::PathId:
        return pathText(c, paths, e.pathId);
    case Key::ProcessId:
        if (e.processId == ProcessTable::NoProcess || e.processId >= processes.size())
            return {};
        return processText(c, processes.info(e.processId));
    case Key::Mask:
        return eventTypeText(e.mask, e.isOverflow());
    case Key::Direct:
        break;
    }
    switch (c) {
    case Column::Kind:
        return e.isOverflow() ? QString() : kindText(e.isDir());
    case Column::Pid:
        return e.pid >= 0 ? QString::number(e.pid) : QString();
    case Column::Cookie:
        return (e.cookie && !e.isOverflow()) ? QString::number(e.cookie) : QString();
    case Column::Source:
        return sourceText(e.source);
    default:
        return {};
    }
}
