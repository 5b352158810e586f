#include "inotify/lastnamecache.h"

#include <QTest>

// LastNameCache must give what the path table and KnownEntries give, whatever the order of names
// and directories: a stale id after a miss would put an event on the wrong path.
class tst_LastNameCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameIdsAsUncached()
    {
        PathTable paths;
        const PathTable::Id a = paths.internPath("/a");
        const PathTable::Id b = paths.internPath("/b");
        const QByteArray longName(300, 'x'); // longer than the cache keeps
        const QByteArray otherLong = QByteArray(299, 'x') + 'y';
        struct Step {
            PathTable::Id dir;
            QByteArray name;
        };
        const std::vector<Step> steps = {
            {a, "f"}, {a, "f"}, {a, "g"}, {a, "f"}, {b, "f"}, {b, "f"}, {a, "f"},
            {a, longName}, {a, longName}, {a, otherLong}, {b, longName}, {a, "f"}, {a, "ff"},
        };
        LastNameCache cache(paths);
        KnownEntries known;
        KnownEntries reference;
        for (const Step &s : steps) {
            const PathTable::Id id = cache.intern(s.dir, s.name);
            QCOMPARE(id, paths.intern(s.dir, s.name));
            QCOMPARE(paths.path(id), paths.path(s.dir) + '/' + s.name);
            const KnownEntries::NameId nameId = cache.nameId(known, s.name);
            QCOMPARE(nameId, cache.nameId(known, s.name)); // asked again: the same
            QCOMPARE(known.name(nameId), QByteArrayView(s.name));
            QCOMPARE(nameId, reference.nameId(s.name)); // same order of first sightings
        }
    }
};

QTEST_GUILESS_MAIN(tst_LastNameCache)
#include "tst_lastnamecache.moc"
