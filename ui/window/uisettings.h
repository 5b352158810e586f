#pragma once

#include "events/eventfilter.h"
#include "core/watchoptions.h"

#include <QStringList>

class QSettings;

// What the window remembers between runs, in one place so the keys stay consistent.
// Geometry and splitter/column states are stored by MainWindow itself (QByteArray blobs).
class UiSettings final
{
public:
    static constexpr int kMaxRecentFolders = 8;

    // Last watch options, roots excluded, and never the privileged backend: that one is asked
    // for in each run.
    static WatchOptions watchOptions(QSettings &s);
    static void setWatchOptions(QSettings &s, const WatchOptions &options);

    static EventFilter::Criteria filter(QSettings &s);   // last filters (path sets excluded:
    static void setFilter(QSettings &s, const EventFilter::Criteria &c); // ids die with a session)

    // The event table's columns (EventTableView::columnLayout()): order, widths, hidden ones.
    static QStringList columnLayout(QSettings &s);
    static void setColumnLayout(QSettings &s, const QStringList &layout);

    static QStringList recentFolders(QSettings &s);
    static QStringList addRecentFolder(QSettings &s, const QString &folder);

    // Session files opened in the window, newest first (File > Recent Sessions lists them after
    // the spooled ones).
    static QStringList recentSessions(QSettings &s);
    static QStringList addRecentSession(QSettings &s, const QString &file);
};
