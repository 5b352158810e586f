#pragma once

#include "session/spooldirectory.h"

#include <QDateTime>
#include <QStringList>

class QSettings;

// The rule that keeps the sessions folder from growing for ever, which the user sees and changes
// in the Sessions dialog: spooled sessions older than maxAgeDays go, then the oldest until the
// folder holds at most maxTotalBytes. Applied at start and from the dialog.
//
// Never deleted: a locked file (the running capture of this or another fsnoop holds its
// OutputLock), anything not directly inside the folder (a link out of it included).
class SpoolCleanup final
{
public:
    static constexpr int kDefaultMaxAgeDays = 14;
    static constexpr qint64 kDefaultMaxTotalBytes = qint64(10) << 30; // 10 GiB

    struct Rule
    {
        int maxAgeDays = kDefaultMaxAgeDays;       // 0: no age limit
        qint64 maxTotalBytes = kDefaultMaxTotalBytes; // 0: no size limit
    };

    static Rule rule(QSettings &s);
    static void setRule(QSettings &s, const Rule &rule);

    // The files of `entries` that `rule` removes at `now`, oldest first.
    static QStringList expired(const Rule &rule, const QList<SpoolDirectory::Entry> &entries,
                               const QDateTime &now);
    // Deletes what expired() names in the folder now; returns the files deleted. `ownFile` is
    // the file this process's capture writes (see SpoolDirectory::entries).
    static QStringList apply(const Rule &rule, const QString &ownFile = {});
};
