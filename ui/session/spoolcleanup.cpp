#include "session/spoolcleanup.h"

#include <QSettings>

#include <algorithm>

namespace {
const QString kMaxAgeKey = QStringLiteral("sessions/maxAgeDays");
const QString kMaxTotalKey = QStringLiteral("sessions/maxTotalBytes");
} // namespace

SpoolCleanup::Rule SpoolCleanup::rule(QSettings &s)
{
    Rule r;
    r.maxAgeDays = qMax(0, s.value(kMaxAgeKey, kDefaultMaxAgeDays).toInt());
    r.maxTotalBytes = qMax<qint64>(0, s.value(kMaxTotalKey, kDefaultMaxTotalBytes).toLongLong());
    return r;
}

void SpoolCleanup::setRule(QSettings &s, const Rule &rule)
{
    s.setValue(kMaxAgeKey, rule.maxAgeDays);
    s.setValue(kMaxTotalKey, rule.maxTotalBytes);
}

QStringList SpoolCleanup::expired(const Rule &rule, const QList<SpoolDirectory::Entry> &entries,
                                  const QDateTime &now)
{
    QList<SpoolDirectory::Entry> byAge;
    for (const SpoolDirectory::Entry &e : entries) {
        if (SpoolDirectory::contains(e.file)) // a link out of the folder is not its space
            byAge.append(e);
    }
    std::stable_sort(byAge.begin(), byAge.end(), [](const auto &a, const auto &b) {
        return a.modified < b.modified;
    });
    // Every file counts towards the total, the ones that must stay too: the rule is about the
    // space the folder takes.
    qint64 total = 0;
    for (const SpoolDirectory::Entry &e : byAge)
        total += e.bytes;
    const QDateTime oldest = now.addDays(-rule.maxAgeDays);
    QStringList out;
    for (const SpoolDirectory::Entry &e : byAge) {
        const bool tooOld = rule.maxAgeDays > 0 && e.modified < oldest;
        const bool tooBig = rule.maxTotalBytes > 0 && total > rule.maxTotalBytes;
        if (!tooOld && !tooBig)
            continue;
        if (e.locked)
            continue;
        out.append(e.file);
        total -= e.bytes;
    }
    return out;
}

QStringList SpoolCleanup::apply(const Rule &rule, const QString &ownFile)
{
    QStringList removed;
    const QStringList files = expired(rule, SpoolDirectory::entries(ownFile),
                                     QDateTime::currentDateTime());
    for (const QString &file : files) {
        if (SpoolDirectory::remove(file))
            removed.append(file);
    }
    return removed;
}
