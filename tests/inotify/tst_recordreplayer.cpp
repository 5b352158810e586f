#include "recordreplayer.h"

#include <QTest>

// The replayer the engine's convergence test relies on: if it were wrong, that test would prove
// nothing, so its rules are pinned here on hand-made rows.
class tst_RecordReplayer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsAndDeletesSubtrees()
    {
        RecordReplayer r("/t", {{"a", true}, {"a/f", false}, {"a-x", false}, {"a/b", true},
                                {"a/b/g", false}});
        r.apply(IN_CREATE, 0, "/t/n");
        r.apply(IN_CREATE | IN_ISDIR, 0, "/t/d");
        r.apply(IN_DELETE | IN_ISDIR, 0, "/t/a"); // "a-x" sorts inside a's range: it must stay
        const RecordReplayer::Tree want{{"a-x", false}, {"n", false}, {"d", true}};
        QCOMPARE(r.tree(), want);
        QCOMPARE(r.inconsistencies(), 0);
        r.apply(IN_DELETE, 0, "/t/never-there");
        QCOMPARE(r.inconsistencies(), 1);
    }

    void movesCarryTheSubtreeAndFreeTheOldName()
    {
        RecordReplayer r("/t/", {{"a", true}, {"a/f", false}, {"z", false}});
        r.apply(IN_MOVED_FROM | IN_ISDIR, 7, "/t/a");
        r.apply(IN_CREATE, 0, "/t/a"); // the old name is free at once
        r.apply(IN_MOVED_TO | IN_ISDIR, 7, "/t/b");
        r.apply(IN_MOVED_FROM, 8, "/t/a");
        r.apply(IN_MOVED_TO, 8, "/t/z"); // replaces z
        const RecordReplayer::Tree want{{"b", true}, {"b/f", false}, {"z", false}};
        QCOMPARE(r.tree(), want);
    }

    void rootMovedAwayTakesItsContents()
    {
        RecordReplayer r("/t", {{"a", true}, {"a/f", false}});
        r.apply(IN_MOVE_SELF, 0, "/t/a"); // a subdirectory's own copy: its MOVED_* rows count
        QCOMPARE(r.tree().size(), std::size_t(2));
        r.apply(IN_MOVE_SELF, 0, "/t");
        QVERIFY(r.tree().empty());
        r.apply(IN_CREATE | IN_ISDIR, 0, "/t"); // back: the root's own scan row changes nothing
        r.apply(IN_CREATE, 0, "/t/g");          // what it holds now
        const RecordReplayer::Tree want{{"g", false}};
        QCOMPARE(r.tree(), want);
    }

    void unpairedHalvesLeaveOrArrive()
    {
        RecordReplayer r("/t", {{"out", true}, {"out/f", false}});
        r.apply(IN_MOVED_FROM | IN_ISDIR, 3, "/t/out");
        r.apply(IN_MOVED_TO | IN_ISDIR, 4, "/t/in");
        r.apply(IN_CREATE, 0, "/t/in/inside"); // a scan row for what it held
        r.apply(IN_MODIFY, 0, "/t/in/inside");
        r.apply(IN_Q_OVERFLOW, 1, QByteArray());
        r.apply(IN_DELETE_SELF, 0, "/t");
        const RecordReplayer::Tree want{{"in", true}, {"in/inside", false}};
        QCOMPARE(r.tree(), want);
    }

    void typeChangeUnderOneName()
    {
        RecordReplayer r("/t", {{"x", true}, {"x/f", false}});
        r.apply(IN_DELETE | IN_ISDIR, 0, "/t/x"); // what a rescan records for a replaced entry
        r.apply(IN_CREATE, 0, "/t/x");
        const RecordReplayer::Tree want{{"x", false}};
        QCOMPARE(r.tree(), want);
        QCOMPARE(r.inconsistencies(), 0);
    }
};

QTEST_APPLESS_MAIN(tst_RecordReplayer)
#include "tst_recordreplayer.moc"
