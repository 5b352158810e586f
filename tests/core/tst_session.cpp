#include "core/eventstore.h"
#include "core/session.h"

#include <QSignalSpy>
#include <QTest>

#include <sys/inotify.h>

class tst_Session : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appendSignalsAfterStoring()
    {
        Session s;
        QSignalSpy appended(&s, &Session::eventsAppended);
        FsEventBatch batch(5);
        batch[2].flags = FsEvent::OverflowMarker;
        batch[2].mask = IN_Q_OVERFLOW;
        s.append(batch);
        QCOMPARE(appended.count(), 1);
        QCOMPARE(appended.at(0).at(0).value<qsizetype>(), qsizetype(0));
        QCOMPARE(appended.at(0).at(1).value<qsizetype>(), qsizetype(5));
        QCOMPARE(s.events().size(), qsizetype(5));
        QCOMPARE(s.overflowCount(), qint64(1));
    }

    void dropIsAnnouncedBeforeAppend()
    {
        Session s;
        s.setEventCap(10);
        QList<QString> order;
        connect(&s, &Session::eventsDropped, this, [&](qsizetype n) {
            order << QStringLiteral("drop %1").arg(n);
        });
        connect(&s, &Session::eventsAppended, this, [&](qsizetype first, qsizetype n) {
            order << QStringLiteral("append %1 %2").arg(first).arg(n);
        });
        s.append(FsEventBatch(EventStore::kChunkEvents + 5));
        s.append(FsEventBatch(EventStore::kChunkEvents));
        QCOMPARE(order.size(), 3);
        QCOMPARE(order.at(1), QStringLiteral("drop %1").arg(EventStore::kChunkEvents));
        QCOMPARE(order.at(2), QStringLiteral("append 5 %1").arg(EventStore::kChunkEvents));
    }
};

QTEST_APPLESS_MAIN(tst_Session)
#include "tst_session.moc"
