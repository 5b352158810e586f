#include "events/eventdetailspane.h"
#include "events/eventtablemodel.h"
#include "core/pathtable.h"
#include "core/session.h"
#include "lib/sessionmodelfixture.h"
#include "lib/testevent.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QPalette>
#include <QSignalSpy>
#include <QTest>

#include <sys/inotify.h>

// The event table model on a real Session: batching, every filter, drops by the cap, pause, clear.
class tst_EventTableModel : public QObject
{
    Q_OBJECT

private:
    // The sub-second part shows in the Time column.
    static constexpr qint64 kNs = 123456789;

    struct Fixture : SessionModelFixture {
        quint32 a, b, dir, txt;
        Fixture()
        {
            a = session.paths().internPath("/tmp/w/a.log");
            b = session.paths().internPath("/tmp/w/b.log");
            dir = session.paths().internPath("/tmp/w/sub");
            txt = session.paths().internPath("/tmp/w/sub/notes.TXT");
        }
        // 10 events: a: create, modify x3, close_write; b: create, delete; dir: create (dir);
        // txt: create (synthesized); one overflow marker.
        void fill()
        {
            FsEventBatch batch = {ev(IN_CREATE, a).ns(kNs), ev(IN_MODIFY, a).ns(kNs), ev(IN_MODIFY, a).ns(kNs),
                                  ev(IN_MODIFY, a).ns(kNs), ev(IN_CLOSE_WRITE, a).ns(kNs), ev(IN_CREATE, b).ns(kNs),
                                  ev(IN_DELETE, b).ns(kNs), ev(IN_CREATE, dir).ns(kNs).dir(),
                                  ev(IN_CREATE, txt).ns(kNs).scan()};
            FsEvent overflow = ev(IN_Q_OVERFLOW, 0).ns(kNs).overflowMarker();
            overflow.cookie = 1;
            batch.append(overflow);
            session.append(batch);
            model.flush();
        }
        EventFilter::Criteria criteria() const { return model.criteria(); }
        // The rows the table shows under `c`: what every filter test asks.
        int rowsWith(const EventFilter::Criteria &c)
        {
            model.setCriteria(c);
            return model.rowCount();
        }
    };

private Q_SLOTS:
    void rowListRebasesPastFourBillion()
    {
        // Filtered rows are 32-bit offsets: a capture that has gone on past 2^32 serials
        // rebases them on the oldest row instead of wrapping.
        EventRows rows;
        rows.resetList();
        rows.append({10, 20, 30});
        rows.removeBefore(15);
        const quint64 far = (quint64(1) << 32) + 15;
        rows.append({far});
        QCOMPARE(rows.size(), qsizetype(3));
        QCOMPARE(rows.at(0), quint64(20));
        QCOMPARE(rows.at(1), quint64(30));
        QCOMPARE(rows.at(2), far);
        QCOMPARE(rows.indexOf(far), qsizetype(2));
        QCOMPARE(rows.indexOf(25), qsizetype(-1));
        QCOMPARE(rows.countBefore(far), qsizetype(2));
        // Unfiltered: nothing stored, the same answers.
        rows.resetAll(100);
        rows.extendAll(110);
        QCOMPARE(rows.size(), qsizetype(10));
        QCOMPARE(rows.at(3), quint64(103));
        QCOMPARE(rows.indexOf(109), qsizetype(9));
        QCOMPARE(rows.indexOf(110), qsizetype(-1));
        rows.removeBefore(105);
        QCOMPARE(rows.size(), qsizetype(5));
        QCOMPARE(rows.at(0), quint64(105));
    }

    void bigFilterGoesInSlicesAndCancels()
    {
        // A bound, not a speed target: the model tester checks every change, and the pass over
        // 327,680 events takes seconds under AddressSanitizer on a busy 2-core CI machine.
        constexpr int kPassMs = 60000;
        Fixture f;
        // 5 store chunks, a and b in turn; one chunk per slice, so the pass takes 5 slices.
        const int n = int(EventStore::kChunkEvents) * 5;
        FsEventBatch batch;
        for (int i = 0; i < n; ++i)
            batch.append(ev(IN_MODIFY, i % 2 ? f.b : f.a).ns(i));
        f.session.append(batch);
        f.model.flush();
        QCOMPARE(f.model.rowCount(), n);
        QVERIFY(f.model.showsAll());
        f.model.setFilterSlicing(1000, 0);

        QSignalSpy progress(&f.model, &EventTableModel::filterProgress);
        QSignalSpy finished(&f.model, &EventTableModel::filterFinished);
        EventFilter::Criteria c = f.criteria();
        c.pathText = QStringLiteral("a.log");
        f.model.setCriteria(c);
        QVERIFY(f.model.isFiltering());
        QVERIFY(!f.model.showsAll());
        QVERIFY(finished.wait(kPassMs));
        QCOMPARE(f.model.rowCount(), n / 2);
        QVERIFY(!f.model.isFilterPartial());
        QVERIFY(progress.count() >= 5); // 0 of n, then one per chunk
        QCOMPARE(progress.last().at(0).toLongLong(), qint64(n));
        QCOMPARE(progress.last().at(1).toLongLong(), qint64(n));
        for (int row : {0, 1, n / 4, n / 2 - 1})
            QCOMPARE(f.model.eventAt(row).pathId, f.a);
        QCOMPARE(f.model.rowOfSerial(2), 1);
        QCOMPARE(f.model.rowOfSerial(3), -1);

        // Cancelled after the first slice: the rows found so far stay, said to be partial, and
        // events that come afterwards are filtered as usual.
        c.pathText = QStringLiteral("b.log");
        f.model.setCriteria(c);
        QVERIFY(progress.wait(kPassMs));
        QTRY_VERIFY_WITH_TIMEOUT(f.model.rowCount() > 0, kPassMs);
        f.model.cancelFilter();
        QVERIFY(!f.model.isFiltering());
        QVERIFY(f.model.isFilterPartial());
        const int partial = f.model.rowCount();
        QVERIFY(partial < n / 2);
        QCOMPARE(f.model.eventAt(partial - 1).pathId, f.b);
        f.session.append(FsEventBatch{ev(IN_MODIFY, f.b).ns(n), ev(IN_MODIFY, f.a).ns(n)});
        f.model.flush();
        QCOMPARE(f.model.rowCount(), partial + 1);
        QCOMPARE(f.model.eventAt(partial).timeNs, kTestEpochNs + n);

        // No filter: every row again at once, without a list of them.
        f.model.setCriteria({});
        QVERIFY(!f.model.isFiltering());
        QVERIFY(!f.model.isFilterPartial());
        QCOMPARE(f.model.rowCount(), n + 2);
        QVERIFY(f.model.showsAll());
    }

    void batchedInsertsAreOnePerFlush()
    {
        Fixture f;
        QSignalSpy inserted(&f.model, &QAbstractItemModel::rowsInserted);
        for (int i = 0; i < 5; ++i)
            f.session.append(FsEventBatch(100, ev(IN_MODIFY, f.a).ns(kNs)));
        QCOMPARE(f.model.rowCount(), 0); // nothing until the flush timer fires
        QTRY_COMPARE_WITH_TIMEOUT(f.model.rowCount(), 500, 2000);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(inserted.at(0).at(2).toInt(), 499);
        f.session.append(FsEventBatch(7, ev(IN_MODIFY, f.a).ns(kNs)));
        QTRY_COMPARE_WITH_TIMEOUT(f.model.rowCount(), 507, 2000);
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(inserted.at(1).at(1).toInt(), 500);
        QCOMPARE(inserted.at(1).at(2).toInt(), 506);
    }

    void displayText()
    {
        Fixture f;
        f.fill();
        QCOMPARE(f.model.rowCount(), 10);
        QCOMPARE(f.model.index(4, EventTableModel::EventColumn).data().toString(),
                 QStringLiteral("close_write"));
        QCOMPARE(f.model.index(0, EventTableModel::NameColumn).data().toString(),
                 QStringLiteral("a.log"));
        QCOMPARE(f.model.index(0, EventTableModel::FolderColumn).data().toString(),
                 QStringLiteral("/tmp/w"));
        QVERIFY(!f.model.index(7, EventTableModel::KindColumn).data().toString().isEmpty());
        QVERIFY(f.model.index(7, EventTableModel::KindColumn).data().toString()
                != f.model.index(0, EventTableModel::KindColumn).data().toString());
        QCOMPARE(f.model.index(0, EventTableModel::TimeColumn).data().toString().size(), 15);
        QVERIFY(!f.model.index(0, EventTableModel::PidColumn).data().isValid());
        // Synthesized and overflow rows explain themselves and look different.
        QVERIFY(!f.model.index(8, 0).data(Qt::ToolTipRole).toString().isEmpty());
        QVERIFY(f.model.index(8, 0).data(Qt::ForegroundRole).isValid());
        QVERIFY(f.model.index(9, 0).data(Qt::ToolTipRole).toString().contains(QLatin1String("overflow")));
        QVERIFY(f.model.index(9, 0).data(Qt::BackgroundRole).isValid());
        QVERIFY(!f.model.index(0, 0).data(Qt::ToolTipRole).toString().contains(QLatin1String("overflow")));
        QCOMPARE(f.model.index(1, 0).data(EventTableModel::PathIdRole).toUInt(), f.a);
    }

    // Rows that look different use the theme's palette, so a dark theme stays readable.
    void darkPalette()
    {
        const QPalette saved = QApplication::palette();
        QPalette dark = saved;
        dark.setColor(QPalette::Base, QColor(30, 30, 30));
        dark.setColor(QPalette::Text, QColor(230, 230, 230));
        dark.setColor(QPalette::PlaceholderText, QColor(140, 140, 150));
        QApplication::setPalette(dark);
        Fixture f;
        f.fill();
        const QColor overflowBg = f.model.index(9, 0).data(Qt::BackgroundRole).value<QColor>();
        QVERIFY2(overflowBg.lightness() < 100, qPrintable(overflowBg.name()));
        QVERIFY(overflowBg.red() > overflowBg.green()); // still a warning tint
        QCOMPARE(f.model.index(8, 0).data(Qt::ForegroundRole).value<QBrush>().color(),
                 QColor(140, 140, 150));
        QApplication::setPalette(saved);
        const QColor lightBg = f.model.index(9, 0).data(Qt::BackgroundRole).value<QColor>();
        QVERIFY(lightBg.lightness() > 150);
    }

    // Each filter on its own over fill()'s ten events. The overflow marker always shows: the
    // "+ 1" of the counts, and all a regex that does not compile lets through.
    void filterShowsTheMatchingRows_data()
    {
        QTest::addColumn<EventFilter::Criteria>("criteria");
        QTest::addColumn<int>("rows");
        QTest::addColumn<bool>("valid");

        EventFilter::Criteria c;
        c.eventMask = IN_MODIFY;
        QTest::newRow("modify") << c << 3 + 1 << true;
        c.eventMask = IN_CREATE | IN_DELETE;
        QTest::newRow("create or delete") << c << 5 + 1 << true;
        c.eventMask = 0;
        QTest::newRow("no event type") << c << 1 << true;

        c = {};
        c.pathText = QStringLiteral("B.LOG"); // case-insensitive substring of the full path
        QTest::newRow("path text in another case") << c << 2 + 1 << true;
        c.pathText = QStringLiteral("/tmp/w/sub");
        QTest::newRow("path text of a folder") << c << 2 + 1 << true;
        c.pathIsRegex = true;
        c.pathText = QStringLiteral("\\.log$");
        QTest::newRow("regex") << c << 7 + 1 << true;
        c.pathText = QStringLiteral("^/tmp/w/[ab]\\.");
        QTest::newRow("anchored regex") << c << 7 + 1 << true;
        c.pathText = QStringLiteral("([");
        QTest::newRow("regex that does not compile") << c << 1 << false;

        c = {};
        c.kind = EventFilter::Kind::Directories;
        QTest::newRow("directories") << c << 1 + 1 << true;
        c.kind = EventFilter::Kind::Files;
        QTest::newRow("files") << c << 8 + 1 << true;
    }

    void filterShowsTheMatchingRows()
    {
        QFETCH(EventFilter::Criteria, criteria);
        QFETCH(int, rows);
        QFETCH(bool, valid);
        Fixture f;
        f.fill();
        QCOMPARE(f.criteria(), EventFilter::Criteria()); // the rows' criteria start from none
        QCOMPARE(f.rowsWith(criteria), rows);
        QCOMPARE(f.model.isFilterValid(), valid);
        QCOMPARE(f.model.totalCount(), qsizetype(10)); // hidden rows, not dropped events
    }

    void detailsShowTheWholeProcess()
    {
        // Parent, user, command line and start time reach the details pane; bytes that are not
        // UTF-8 are shown replaced, the data keeps them.
        Fixture f;
        ProcessInfo p(42, QByteArray("ma\xff" "ke"), QByteArrayLiteral("/usr/bin/make"));
        p.parentPid = 7;
        p.uid = 1000;
        p.userName = QByteArrayLiteral("alice");
        p.commandLine = QByteArray("make\0-j2\0all", 13);
        p.startTimeNs = kNs;
        FsEvent e = ev(IN_CREATE, f.a).ns(kNs).process(f.session.processes().intern(p));
        e.pid = 42;
        f.session.append(FsEventBatch{e});
        f.model.flush();
        QCOMPARE(f.session.processes().info(e.processId).name, QByteArray("ma\xff" "ke"));
        EventDetailsPane pane(&f.model);
        pane.showRow(f.model.index(0, 0));
        const QString text = pane.toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Parent process: PID 7")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("User: alice (1000)")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Command line: make -j2 all")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Process started: ")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("ma\uFFFDke")), qPrintable(text));
    }

    void filterByProcess()
    {
        Fixture f;
        const quint32 vim = f.session.processes().intern({42, QByteArrayLiteral("vim"), QByteArrayLiteral("/usr/bin/vim")});
        const quint32 cp = f.session.processes().intern({43, QByteArrayLiteral("cp"), QByteArrayLiteral("/usr/bin/cp")});
        FsEvent e1 = ev(IN_MODIFY, f.a).ns(kNs).process(vim);
        e1.pid = 42;
        FsEvent e2 = ev(IN_CREATE, f.b).ns(kNs).process(cp);
        e2.pid = 43;
        f.session.append(FsEventBatch{e1, e2, ev(IN_MODIFY, f.a).ns(kNs)});
        f.model.flush();
        QCOMPARE(f.model.index(0, EventTableModel::ProcessColumn).data().toString(), QStringLiteral("vim"));
        QCOMPARE(f.model.index(0, EventTableModel::PidColumn).data().toInt(), 42);
        auto c = f.criteria();
        c.processText = QStringLiteral("VI");
        QCOMPARE(f.rowsWith(c), 1);
        c.processText = QStringLiteral("/usr/bin/cp");
        QCOMPARE(f.rowsWith(c), 1);
        c.processText = QStringLiteral("43");
        QCOMPARE(f.rowsWith(c), 1);
        QCOMPARE(f.model.index(0, EventTableModel::NameColumn).data().toString(), QStringLiteral("b.log"));
    }

    void filterByPathSets()
    {
        Fixture f;
        f.fill();
        f.model.showOnlyPaths({f.a});
        QCOMPARE(f.model.rowCount(), 5 + 1);
        f.model.showOnlyPaths({f.a, f.b});
        QCOMPARE(f.model.rowCount(), 7 + 1);
        auto c = f.criteria();
        c.onlyPaths.clear();
        c.hiddenPaths = {f.a};
        QCOMPARE(f.rowsWith(c), 5);
        f.model.clearPathRestriction();
        QCOMPARE(f.model.rowCount(), 10);
    }

    void filtersCombine()
    {
        Fixture f;
        f.fill();
        auto c = f.criteria();
        c.eventMask = IN_CREATE;
        c.pathText = QStringLiteral("/tmp/w/");
        c.kind = EventFilter::Kind::Files;
        c.hiddenPaths = {f.b};
        f.model.setCriteria(c);
        // creates of files under /tmp/w/ except b.log: a.log and notes.TXT (+ marker)
        QCOMPARE(f.model.rowCount(), 2 + 1);
        QCOMPARE(f.model.index(0, EventTableModel::NameColumn).data().toString(), QStringLiteral("a.log"));
        QCOMPARE(f.model.index(1, EventTableModel::NameColumn).data().toString(), QStringLiteral("notes.TXT"));
    }

    void filterAppliesToNewEvents()
    {
        Fixture f;
        auto c = f.criteria();
        c.pathText = QStringLiteral("a.log");
        f.model.setCriteria(c);
        QSignalSpy inserted(&f.model, &QAbstractItemModel::rowsInserted);
        f.fill();
        QCOMPARE(f.model.rowCount(), 5 + 1);
        QCOMPARE(inserted.count(), 1);
        f.session.append(FsEventBatch{ev(IN_DELETE, f.b).ns(kNs), ev(IN_DELETE, f.a).ns(kNs)});
        f.model.flush();
        QCOMPARE(f.model.rowCount(), 7);
        QCOMPARE(f.model.shownCount(), 7);
        QCOMPARE(f.model.totalCount(), qsizetype(12));
    }

    // The store honours its cap to within one chunk: with cap = K it holds up to 2K events and
    // drops the oldest whole chunk (K events) when more arrive.
    void dropsRemoveTheOldestRows()
    {
        Fixture f;
        const qsizetype K = EventStore::kChunkEvents;
        f.session.setEventCap(K);
        QSignalSpy removed(&f.model, &QAbstractItemModel::rowsRemoved);
        FsEventBatch first(2 * K, ev(IN_MODIFY, f.a).ns(kNs));
        first[0].mask = IN_CREATE;
        f.session.append(first);
        f.model.flush();
        QCOMPARE(f.model.rowCount(), int(2 * K));
        QCOMPARE(removed.count(), 0);
        // The store has already let the chunk go when the model hears of it: rows on their way
        // out must not read released memory (ASan found this through the model tester).
        QVariant goingRow = QStringLiteral("unset");
        connect(&f.model, &QAbstractItemModel::rowsAboutToBeRemoved, this, [&] {
            goingRow = f.model.index(0, EventTableModel::NameColumn).data();
        });
        f.session.append(FsEventBatch(10, ev(IN_DELETE, f.b).ns(kNs)));
        QVERIFY(!goingRow.isValid());
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 0);
        QCOMPARE(removed.at(0).at(2).toInt(), int(K) - 1);
        QCOMPARE(f.model.rowCount(), int(K));
        QCOMPARE(f.model.serialAt(0), quint64(K));
        f.model.flush();
        QCOMPARE(f.model.rowCount(), int(K) + 10);
        QCOMPARE(f.model.index(int(K), EventTableModel::NameColumn).data().toString(), QStringLiteral("b.log"));
        QCOMPARE(f.model.index(0, EventTableModel::EventColumn).data().toString(), QStringLiteral("modify"));
    }

    void dropsWithAFilter()
    {
        Fixture f;
        const qsizetype K = EventStore::kChunkEvents;
        f.session.setEventCap(K);
        auto c = f.criteria();
        c.eventMask = IN_CREATE;
        f.model.setCriteria(c);
        FsEventBatch batch(2 * K, ev(IN_MODIFY, f.a).ns(kNs));
        batch[5].mask = IN_CREATE;
        batch[K - 1] = ev(IN_CREATE, f.b).ns(kNs);
        batch[K + 3] = ev(IN_CREATE, f.dir).ns(kNs).dir();
        f.session.append(batch);
        f.model.flush();
        QCOMPARE(f.model.rowCount(), 3);
        // This append goes over the cap: the first chunk, with two of the creates, goes.
        f.session.append(FsEventBatch(5, ev(IN_CREATE, f.txt).ns(kNs)));
        QCOMPARE(f.model.rowCount(), 1);
        QCOMPARE(f.model.index(0, EventTableModel::NameColumn).data().toString(), QStringLiteral("sub"));
        f.model.flush();
        QCOMPARE(f.model.rowCount(), 6);
        // A filter change after the drop only sees what is still held.
        c.eventMask = 0xffffffffu;
        QCOMPARE(f.rowsWith(c), int(K) + 5);
    }

    void pauseHoldsTheTable()
    {
        Fixture f;
        f.fill();
        f.model.setPaused(true);
        f.session.append(FsEventBatch(3, ev(IN_MODIFY, f.b).ns(kNs)));
        f.model.flush(); // what the flush timer would do: a paused table must not move
        QCOMPARE(f.model.rowCount(), 10);
        QVERIFY(f.model.hasPendingRows());
        f.model.setPaused(false);
        QCOMPARE(f.model.rowCount(), 13);
    }

    void clearEmptiesTheTable()
    {
        Fixture f;
        f.fill();
        f.session.clear();
        QCOMPARE(f.model.rowCount(), 0);
        f.session.append(FsEventBatch{ev(IN_CREATE, f.a).ns(kNs)});
        f.model.flush();
        QCOMPARE(f.model.rowCount(), 1);
        f.model.setSession(nullptr);
        QCOMPARE(f.model.rowCount(), 0);
    }
};

QTEST_MAIN(tst_EventTableModel)
#include "tst_eventtablemodel.moc"
