#include "inotify/knownentries.h"

#include <QTest>

#include <map>
#include <random>
#include <unordered_map>

// KnownEntries against a plain std::map under a long random mix of operations (its backward-shift
// deletion and lazy garbage collection are the parts that can go subtly wrong).
class tst_KnownEntries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void basics()
    {
        KnownEntries k;
        const auto a = k.nameId("a");
        QCOMPARE(k.nameId("a"), a);
        QCOMPARE(k.name(a), QByteArrayView("a"));
        QVERIFY(k.put(3, a, false, 0));
        QVERIFY(!k.put(3, a, false, 42)); // fills the inode in
        QVERIFY(!k.put(3, a, false, 0));  // ... and keeps it when an event brings none
        KnownEntries::Entry e;
        QVERIFY(k.find(3, a, &e));
        QCOMPARE(e.ino, quint64(42));
        QVERIFY(!k.find(4, a, &e));
        QVERIFY(!k.put(3, a, true, 0)); // another type: the inode is not carried over
        QVERIFY(k.find(3, a, &e));
        QCOMPARE(e.ino, quint64(0));
        QVERIFY(e.isDir);
        QCOMPARE(k.countIn(3), 1u);
    }

    void seenAndSweep()
    {
        KnownEntries k;
        for (int i = 0; i < 10; ++i)
            k.put(1, k.nameId(QByteArray::number(i)), false, quint64(i + 1));
        k.put(2, k.nameId("x"), true, 99);
        k.clearSeen();
        for (int i = 0; i < 10; i += 2)
            k.markSeen(1, k.nameId(QByteArray::number(i)), 0);
        std::map<QByteArray, bool> gone;
        k.removeUnseenIn({{1, false}}, [&](int wd, KnownEntries::NameId name, bool isDir) {
            QCOMPARE(wd, 1);
            gone[k.name(name).toByteArray()] = isDir;
        });
        const std::map<QByteArray, bool> want{{"1", false}, {"3", false}, {"5", false},
                                              {"7", false}, {"9", false}};
        QCOMPARE(gone, want);
        QCOMPARE(k.countIn(1), 5u);
        QCOMPARE(k.countIn(2), 1u); // not swept: its directory was not asked for
    }

    void matchesAReferenceMap()
    {
        KnownEntries k;
        std::map<std::pair<int, QByteArray>, std::pair<bool, quint64>> ref;
        std::mt19937 rng(12345);
        std::vector<int> alive{1, 2, 3, 4, 5, 6, 7, 8};
        int nextWd = 9;
        for (int step = 0; step < 200000; ++step) {
            const int op = int(rng() % 100);
            const int wd = alive[rng() % alive.size()];
            const QByteArray name = "n" + QByteArray::number(int(rng() % 3000));
            const auto id = k.nameId(name);
            if (op < 55) {
                const bool isDir = rng() % 4 == 0;
                const quint64 ino = rng() % 2 ? 0 : quint64(rng() % 100000 + 1);
                const auto key = std::make_pair(wd, name);
                auto it = ref.find(key);
                const bool wasNew = it == ref.end();
                quint64 keep = ino;
                if (!wasNew && ino == 0 && it->second.first == isDir)
                    keep = it->second.second;
                ref[key] = {isDir, keep};
                QCOMPARE(k.put(wd, id, isDir, ino), wasNew);
            } else if (op < 95) {
                const bool had = ref.erase({wd, name}) > 0;
                QCOMPARE(k.remove(wd, id), had);
            } else if (op < 97) {
                // A watch goes: its entries become garbage, a new wd comes.
                k.forgetDirectory(wd);
                for (auto it = ref.begin(); it != ref.end();)
                    it = it->first.first == wd ? ref.erase(it) : std::next(it);
                alive.erase(std::find(alive.begin(), alive.end(), wd));
                alive.push_back(nextWd++);
            } else {
                KnownEntries::Entry e;
                auto it = ref.find({wd, name});
                QCOMPARE(k.find(wd, id, &e), it != ref.end());
                if (it != ref.end()) {
                    QCOMPARE(e.isDir, it->second.first);
                    QCOMPARE(e.ino, it->second.second);
                }
            }
        }
        QCOMPARE(k.size(), qsizetype(ref.size()));
        std::unordered_map<int, quint32> counts;
        for (const auto &[key, value] : ref) {
            ++counts[key.first];
            KnownEntries::Entry e;
            QVERIFY(k.find(key.first, k.nameId(key.second), &e));
            QCOMPARE(e.isDir, value.first);
            QCOMPARE(e.ino, value.second);
        }
        for (int wd : alive)
            QCOMPARE(k.countIn(wd), counts[wd]);
    }
};

QTEST_APPLESS_MAIN(tst_KnownEntries)
#include "tst_knownentries.moc"
