#include "window/uisettings.h"

#include "capture/pathfilter.h"

#include <QSettings>

WatchOptions UiSettings::watchOptions(QSettings &s)
{
    WatchOptions o;
    s.beginGroup(QStringLiteral("watch"));
    o.events = s.value(QStringLiteral("events"), o.events).toUInt();
    if (o.events == 0)
        o.events = EventNames::allEvents();
    o.recursive = s.value(QStringLiteral("recursive"), o.recursive).toBool();
    o.watchRootSelf = s.value(QStringLiteral("rootSelf"), o.watchRootSelf).toBool();
    o.excludes = PathFilter::compileAll(s.value(QStringLiteral("excludes")).toStringList(), nullptr);
    o.includes = PathFilter::compileAll(s.value(QStringLiteral("includes")).toStringList(), nullptr);
    // The privileged mode is never restored: it starts the root helper, i.e. a password prompt,
    // and must only run when the user asks for it in this run (issue 15). Older settings may
    // still hold the key; it is ignored and dropped at the next save.
    o.backend = WatchOptions::Backend::Inotify;
    s.endGroup();
    return o;
}

static QStringList patterns(const QList<QRegularExpression> &list)
{
    QStringList out;
    for (const QRegularExpression &re : list)
        out << re.pattern();
    return out;
}

void UiSettings::setWatchOptions(QSettings &s, const WatchOptions &o)
{
    s.beginGroup(QStringLiteral("watch"));
    s.setValue(QStringLiteral("events"), o.events);
    s.setValue(QStringLiteral("recursive"), o.recursive);
    s.setValue(QStringLiteral("rootSelf"), o.watchRootSelf);
    s.setValue(QStringLiteral("excludes"), patterns(o.excludes));
    s.setValue(QStringLiteral("includes"), patterns(o.includes));
    s.remove(QStringLiteral("fanotify"));
    s.endGroup();
}

EventFilter::Criteria UiSettings::filter(QSettings &s)
{
    EventFilter::Criteria c;
    s.beginGroup(QStringLiteral("filter"));
    c.eventMask = s.value(QStringLiteral("events"), c.eventMask).toUInt();
    c.pathText = s.value(QStringLiteral("path")).toString();
    c.pathIsRegex = s.value(QStringLiteral("regex"), false).toBool();
    c.kind = EventFilter::Kind(qBound(0, s.value(QStringLiteral("kind"), 0).toInt(), 2));
    c.processText = s.value(QStringLiteral("process")).toString();
    s.endGroup();
    return c;
}

void UiSettings::setFilter(QSettings &s, const EventFilter::Criteria &c)
{
    s.beginGroup(QStringLiteral("filter"));
    s.setValue(QStringLiteral("events"), c.eventMask);
    s.setValue(QStringLiteral("path"), c.pathText);
    s.setValue(QStringLiteral("regex"), c.pathIsRegex);
    s.setValue(QStringLiteral("kind"), int(c.kind));
    s.setValue(QStringLiteral("process"), c.processText);
    s.endGroup();
}

QStringList UiSettings::columnLayout(QSettings &s)
{
    return s.value(QStringLiteral("window/columnLayout")).toStringList();
}

void UiSettings::setColumnLayout(QSettings &s, const QStringList &layout)
{
    s.setValue(QStringLiteral("window/columnLayout"), layout);
    // Before the column chooser: a QHeaderView blob, which cannot take columns added later.
    s.remove(QStringLiteral("window/columns"));
}

QStringList UiSettings::recentFolders(QSettings &s)
{
    return s.value(QStringLiteral("recentFolders")).toStringList();
}

static QStringList addRecent(QSettings &s, const QString &key, const QString &entry)
{
    QStringList list = s.value(key).toStringList();
    list.removeAll(entry);
    list.prepend(entry);
    while (list.size() > UiSettings::kMaxRecentFolders)
        list.removeLast();
    s.setValue(key, list);
    return list;
}

QStringList UiSettings::addRecentFolder(QSettings &s, const QString &folder)
{
    return addRecent(s, QStringLiteral("recentFolders"), folder);
}

QStringList UiSettings::recentSessions(QSettings &s)
{
    return s.value(QStringLiteral("recentSessions")).toStringList();
}

QStringList UiSettings::addRecentSession(QSettings &s, const QString &file)
{
    return addRecent(s, QStringLiteral("recentSessions"), file);
}
