#include "core/pathtable.h"

#include <QTest>

#include <thread>

class tst_PathTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void internIsIdempotent()
    {
        PathTable t;
        const auto a = t.internPath("/home/user/a.txt");
        const auto b = t.internPath("/home/user/a.txt");
        QCOMPARE(a, b);
        QCOMPARE(t.path(a), QByteArray("/home/user/a.txt"));
        QCOMPARE(t.internPath("/home//user/"), t.parent(a));
        QCOMPARE(t.displayName(a), QStringLiteral("a.txt"));
        QCOMPARE(t.displayDirectory(a), QStringLiteral("/home/user"));
        QCOMPARE(t.path(PathTable::RootId), QByteArray("/"));
        QCOMPARE(t.internPath("/"), PathTable::RootId);
    }

    void siblingsAndParents()
    {
        PathTable t;
        const auto dir = t.internPath("/d");
        const auto x = t.intern(dir, "x");
        const auto y = t.intern(dir, "y");
        QVERIFY(x != y);
        QCOMPARE(t.parent(x), dir);
        QVERIFY(t.isUnder(x, dir));
        QVERIFY(!t.isUnder(dir, x));
        QCOMPARE(t.find("/d/y"), y);
        QCOMPARE(t.find("/d/z"), PathTable::NoPath);
    }

    void rawBytesSurvive()
    {
        // Linux names are bytes: invalid UTF-8, newlines, quotes and commas must come back as-is.
        PathTable t;
        const QByteArray weird("/tmp/bad\xff\xfe name\n\"q\",c");
        const auto id = t.internPath(weird);
        QCOMPARE(t.path(id), weird);
        QCOMPARE(t.find(weird), id);
    }

    void growsPastIndexAndChunks()
    {
        PathTable t;
        const auto dir = t.internPath("/many");
        QList<PathTable::Id> ids;
        for (int i = 0; i < 40000; ++i)
            ids.append(t.intern(dir, QByteArray::number(i)));
        for (int i = 0; i < 40000; i += 997)
            QCOMPARE(t.path(ids[i]), QByteArray("/many/") + QByteArray::number(i));
        QCOMPARE(t.intern(dir, "12345"), ids[12345]);
        QVERIFY(t.size() >= 40002);
    }

    void concurrentWriters()
    {
        PathTable t;
        auto work = [&t](const char *prefix) {
            for (int i = 0; i < 20000; ++i)
                t.internPath(QByteArray("/c/") + prefix + QByteArray::number(i % 5000));
        };
        std::thread a(work, "a"), b(work, "b");
        a.join();
        b.join();
        QCOMPARE(t.size(), quint32(2 + 1 + 2 * 5000));
        QCOMPARE(t.path(t.find("/c/b4999")), QByteArray("/c/b4999"));
    }
};

QTEST_APPLESS_MAIN(tst_PathTable)
#include "tst_pathtable.moc"
