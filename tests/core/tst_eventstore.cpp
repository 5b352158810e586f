#include "core/eventstore.h"

#include <QTest>

class tst_EventStore : public QObject
{
    Q_OBJECT

    static FsEventBatch makeBatch(qsizetype n, quint32 firstCookie)
    {
        FsEventBatch b;
        for (qsizetype i = 0; i < n; ++i) {
            FsEvent e;
            e.cookie = firstCookie + quint32(i);
            b.append(e);
        }
        return b;
    }

private Q_SLOTS:
    void appendAcrossChunks()
    {
        EventStore s;
        const qsizetype n = EventStore::kChunkEvents * 2 + 17;
        QCOMPARE(s.append(makeBatch(n, 0)), qsizetype(0));
        QCOMPARE(s.size(), n);
        for (qsizetype i : {qsizetype(0), EventStore::kChunkEvents - 1, EventStore::kChunkEvents,
                            n - 1})
            QCOMPARE(s.at(i).cookie, quint32(i));
    }

    void capDropsWholeOldestChunks()
    {
        const qsizetype cap = EventStore::kChunkEvents;
        EventStore s(cap);
        quint32 next = 0;
        quint64 dropped = 0;
        for (int round = 0; round < 10; ++round) {
            const qsizetype n = 20000;
            dropped += quint64(s.append(makeBatch(n, next)));
            next += quint32(n);
            QVERIFY(s.size() >= std::min<qsizetype>(cap, next));
            QVERIFY(s.size() <= cap + 2 * EventStore::kChunkEvents);
        }
        QCOMPARE(s.droppedCount(), dropped);
        QVERIFY(dropped > 0);
        QCOMPARE(quint64(s.size()) + dropped, quint64(next));
        // Oldest held is exactly the first not dropped; order is preserved.
        QCOMPARE(quint64(s.at(0).cookie), dropped);
        QCOMPARE(s.at(s.size() - 1).cookie, next - 1);
        QCOMPARE(s.serialOf(0), dropped);
    }

    void dropsForPredictsAppend()
    {
        EventStore s(1000);
        s.append(makeBatch(EventStore::kChunkEvents + 500, 0));
        const qsizetype predicted = s.dropsFor(EventStore::kChunkEvents);
        QCOMPARE(s.append(makeBatch(EventStore::kChunkEvents, 0)), predicted);
    }

    void clearResets()
    {
        EventStore s(10);
        s.append(makeBatch(EventStore::kChunkEvents * 3, 0));
        s.clear();
        QCOMPARE(s.size(), qsizetype(0));
        QCOMPARE(s.droppedCount(), quint64(0));
        s.append(makeBatch(3, 7));
        QCOMPARE(s.at(2).cookie, quint32(9));
    }
};

QTEST_APPLESS_MAIN(tst_EventStore)
#include "tst_eventstore.moc"
