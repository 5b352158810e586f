#include "core/eventnames.h"

#include <QTest>

#include <sys/inotify.h>

class tst_EventNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseList_data()
    {
        QTest::addColumn<QString>("list");
        QTest::addColumn<quint32>("mask");
        QTest::newRow("one") << "modify" << quint32(IN_MODIFY);
        QTest::newRow("several") << "close_write,moved_to" << quint32(IN_CLOSE_WRITE | IN_MOVED_TO);
        QTest::newRow("composites") << "close,move" << quint32(IN_CLOSE | IN_MOVE);
        QTest::newRow("case and spaces") << " CREATE , Delete " << quint32(IN_CREATE | IN_DELETE);
        QTest::newRow("all") << "all" << EventNames::allEvents();
    }
    void parseList()
    {
        QFETCH(QString, list);
        QFETCH(quint32, mask);
        QString bad;
        QCOMPARE(EventNames::parseList(list, &bad), mask);
        QVERIFY(bad.isEmpty());
    }

    void unknownNameIsReported()
    {
        QString bad;
        QCOMPARE(EventNames::parseList(u"modify,frobnicate", &bad), quint32(0));
        QCOMPARE(bad, QStringLiteral("frobnicate"));
    }

    void joinSplitRoundTrip()
    {
        const quint32 masks[] = {IN_CREATE | IN_ISDIR, IN_CLOSE_WRITE, IN_Q_OVERFLOW,
                                 IN_MOVED_FROM | IN_ISDIR, IN_IGNORED, IN_ALL_EVENTS | IN_UNMOUNT};
        for (quint32 m : masks) {
            quint32 back = 0;
            QVERIFY(EventNames::split(EventNames::join(m), &back));
            QCOMPARE(back, m);
        }
        QCOMPARE(EventNames::join(IN_CREATE | IN_ISDIR), QByteArray("CREATE|ISDIR"));
        quint32 dummy = 0;
        QVERIFY(!EventNames::split("CREATE|NOPE", &dummy));
    }

    void primaryName()
    {
        QCOMPARE(QByteArray(EventNames::primaryName(IN_CREATE | IN_ISDIR)), QByteArray("CREATE"));
    }
};

QTEST_APPLESS_MAIN(tst_EventNames)
#include "tst_eventnames.moc"
