#include "io/csvreader.h"
#include "io/csvwriter.h"
#include "inotify/inotifymonitor.h"
#include "analysis/renamechainpanel.h"
#include "analysis/renametracker.h"
#include "core/session.h"
#include "analysis/sessionstats.h"
#include "analysis/statsmodel.h"
#include "analysis/statspanel.h"
#include "analysis/statsreport.h"
#include "lib/temptree.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <sys/inotify.h>
#include <sys/stat.h>
#include <utime.h>

// End to end on the real kernel: InotifyMonitor -> Session -> SessionStats and the panels.
// With FSNOOP_SCREENSHOT_DIR set, it runs a longer workload and saves statistics.png and
// renames.png there (how docs/screenshots/ are made).
class tst_StatsE2E : public QObject
{
    Q_OBJECT

private:
    struct Capture {
        Session session;
        InotifyMonitor monitor{session.sharedPaths()};
        Capture()
        {
            QObject::connect(&monitor, &EventSource::eventsReady, &session,
                             [this](const FsEventBatch &b) { session.append(b); });
        }
        bool start(const QString &root)
        {
            QSignalSpy finished(&monitor, &EventSource::setupFinished);
            WatchOptions o;
            o.roots = {QFile::encodeName(root)};
            if (!monitor.start(o))
                return false;
            return finished.count() > 0 || finished.wait(10000);
        }
        bool has(quint32 mask, const QString &path) const
        {
            const PathTable::Id id = session.paths().find(QFile::encodeName(path));
            for (qsizetype i = 0; id != PathTable::NoPath && i < session.events().size(); ++i) {
                const FsEvent &e = session.events().at(i);
                if (e.pathId == id && (e.mask & mask) == mask)
                    return true;
            }
            return false;
        }
    };

private Q_SLOTS:
    void renameChainsFromTheKernel()
    {
        QTemporaryDir base;
        QVERIFY(base.isValid());
        const QString w = base.filePath(QStringLiteral("w"));
        QVERIFY(QDir().mkpath(w));
        QVERIFY(QDir().mkpath(base.filePath(QStringLiteral("other"))));
        QVERIFY(writeFile(base.filePath(QStringLiteral("other/x")), "x"));
        QVERIFY(writeFile(w + QStringLiteral("/a"), "a"));

        Capture cap; // only w is watched
        QVERIFY(cap.start(w));
        SessionStats stats(&cap.session);

        // mv a b; mv b c; mv c ../outside; mv ../other/x d
        QVERIFY(mv(w + QStringLiteral("/a"), w + QStringLiteral("/b")));
        QVERIFY(mv(w + QStringLiteral("/b"), w + QStringLiteral("/c")));
        QVERIFY(mv(w + QStringLiteral("/c"), base.filePath(QStringLiteral("outside"))));
        QVERIFY(mv(base.filePath(QStringLiteral("other/x")), w + QStringLiteral("/d")));
        // mv dir dir2; echo > dir2/f
        QVERIFY(QDir().mkpath(w + QStringLiteral("/dir")));
        QTRY_VERIFY_WITH_TIMEOUT(cap.has(IN_CREATE | IN_ISDIR, w + QStringLiteral("/dir")), 5000);
        QVERIFY(mv(w + QStringLiteral("/dir"), w + QStringLiteral("/dir2")));
        QVERIFY(writeFile(w + QStringLiteral("/dir2/f"), "f\n"));
        QTRY_VERIFY_WITH_TIMEOUT(cap.has(IN_CLOSE_WRITE, w + QStringLiteral("/dir2/f")), 5000);
        QVERIFY(cap.has(IN_MOVED_TO, w + QStringLiteral("/d")));
        cap.monitor.stop();
        stats.finish();

        const PathTable &paths = cap.session.paths();
        auto id = [&](const char *name) { return paths.find(QFile::encodeName(w) + '/' + name); };
        const RenameTracker &t = stats.renames();
        QCOMPARE(t.pendingCount(), 0);
        QCOMPARE(t.chainCount(), 3);
        int fileChain = -1;
        int movedIn = -1;
        int dirChain = -1;
        for (int i = 0; i < t.chainCount(); ++i) {
            const RenameTracker::Chain &c = t.chain(i);
            if (c.firstPath() == id("a"))
                fileChain = i;
            else if (c.movedIn())
                movedIn = i;
            else if (c.isDir)
                dirChain = i;
        }
        QVERIFY(fileChain >= 0 && movedIn >= 0 && dirChain >= 0);
        const RenameTracker::Chain &abc = t.chain(fileChain);
        QCOMPARE(abc.steps.size(), 3); // a -> b -> c, then moved out
        QCOMPARE(abc.steps[0].to, id("b"));
        QCOMPARE(abc.steps[1].to, id("c"));
        QVERIFY(abc.steps[0].cookie != 0);
        QVERIFY(abc.movedOut());
        QCOMPARE(t.chain(movedIn).currentPath(), id("d"));
        QVERIFY(t.chain(movedIn).isUnpaired());
        QCOMPARE(t.chain(dirChain).currentPath(), id("dir2"));
        // f's events are under dir2, and the old name maps there too.
        QVERIFY(id("dir2/f") != PathTable::NoPath);
        QCOMPARE(paths.parent(id("dir2/f")), id("dir2"));
        QCOMPARE(t.currentPathOf(paths.find(QFile::encodeName(w) + "/dir/f"), 0, paths) == id("dir2/f")
                     || paths.find(QFile::encodeName(w) + "/dir/f") == PathTable::NoPath,
                 true);

        // Saved as CSV and reopened: the cookies come back, and so do the same chains.
        QByteArray csv = CsvWriter::header();
        CsvWriter(paths, cap.session.processes()).append(csv, [&] {
            FsEventBatch all;
            for (qsizetype i = 0; i < cap.session.events().size(); ++i)
                all.append(cap.session.events().at(i));
            return all;
        }());
        QBuffer buffer(&csv);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CsvError error;
        const std::unique_ptr<Session> reopened = CsvReader::load(buffer, QStringLiteral("t.csv"), &error);
        QVERIFY(reopened);
        SessionStats again(reopened.get());
        QCOMPARE(again.renames().chainCount(), t.chainCount());
        auto describe = [](const RenameTracker &tracker, const PathTable &table) {
            QStringList out;
            for (int i = 0; i < tracker.chainCount(); ++i) {
                QString line;
                for (const RenameTracker::Step &step : tracker.chain(i).steps)
                    line += QStringLiteral("%1:%2>%3#%4 ").arg(int(step.kind))
                                .arg(table.displayPath(step.from), table.displayPath(step.to))
                                .arg(step.cookie);
                out.append(line);
            }
            return out;
        };
        QCOMPARE(describe(again.renames(), reopened->paths()), describe(t, paths));

        // The stats saw every event and the report lists d.
        QCOMPARE(stats.files().totals().total, quint64(cap.session.events().size()));
        QVERIFY(StatsReport::format(stats.files(), paths).contains(QFile::encodeName(w) + "/d\n"));
    }

    void panelsWithRealData()
    {
        const QString shots = qEnvironmentVariable("FSNOOP_SCREENSHOT_DIR");
        const int rounds = shots.isEmpty() ? 8 : 160; // 160 x 75 ms: 12 s of activity
        QTemporaryDir base;
        QVERIFY(base.isValid());
        const QString w = base.filePath(QStringLiteral("project"));
        QVERIFY(QDir().mkpath(w + QStringLiteral("/src")));
        QVERIFY(QDir().mkpath(w + QStringLiteral("/build")));
        QVERIFY(QDir().mkpath(base.filePath(QStringLiteral("downloads"))));
        QVERIFY(writeFile(w + QStringLiteral("/src/main.c"), "int main(void) { return 0; }\n"));
        QVERIFY(writeFile(w + QStringLiteral("/src/util.c"), "int util;\n"));
        QVERIFY(writeFile(base.filePath(QStringLiteral("downloads/data.csv")), "1,2\n"));

        Capture cap;
        QVERIFY(cap.start(w));
        StatsPanel statsPanel(&cap.session);
        RenameChainPanel renamePanel(&cap.session);

        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < rounds; ++i) {
            QVERIFY(writeFile(w + QStringLiteral("/build.log"), "line\n", QIODevice::Append));
            if (i % 3 == 0)
                QVERIFY(writeFile(w + QStringLiteral("/build/app.o"), QByteArray(512, 'o')));
            if (i % 10 == 0) {
                QFile f(w + QStringLiteral("/src/util.c"));
                QVERIFY(f.open(QIODevice::ReadOnly));
                f.readAll();
            }
            if (i % 20 == 0)
                QVERIFY(::utime(QFile::encodeName(w + QStringLiteral("/src/main.c")).constData(), nullptr) == 0);
            if (i % 40 == 5) // bursts, so the rate chart has a shape
                for (int k = 0; k < 30; ++k)
                    QVERIFY(writeFile(w + QStringLiteral("/build/tmp%1.d").arg(k), "d"));
            if (!shots.isEmpty())
                QTest::qWait(75);
        }
        // Renames: a chain, a folder carrying its subtree, moves across the tree's border.
        QVERIFY(writeFile(w + QStringLiteral("/report.txt"), "r"));
        QVERIFY(mv(w + QStringLiteral("/report.txt"), w + QStringLiteral("/report-v2.txt")));
        QVERIFY(mv(w + QStringLiteral("/report-v2.txt"), w + QStringLiteral("/report-final.txt")));
        QVERIFY(mv(w + QStringLiteral("/report-final.txt"), w + QStringLiteral("/src/README")));
        QVERIFY(mv(w + QStringLiteral("/build"), w + QStringLiteral("/build-old")));
        QVERIFY(mv(w + QStringLiteral("/build.log"), base.filePath(QStringLiteral("build.log"))));
        QVERIFY(mv(base.filePath(QStringLiteral("downloads/data.csv")), w + QStringLiteral("/src/data.csv")));
        QVERIFY(mv(w + QStringLiteral("/src/data.csv"), w + QStringLiteral("/src/input.csv")));
        QTRY_VERIFY_WITH_TIMEOUT(cap.has(IN_MOVED_TO, w + QStringLiteral("/src/input.csv")), 5000);
        cap.monitor.stop();
        renamePanel.finish();
        qInfo("%lld events in %lld ms", qlonglong(cap.session.events().size()), clock.elapsed());

        statsPanel.resize(1200, 820);
        statsPanel.show();
        statsPanel.refreshNow();
        renamePanel.resize(1200, 420);
        renamePanel.show();
        renamePanel.refreshNow();
        renamePanel.treeView()->expandAll();
        QVERIFY(QTest::qWaitForWindowExposed(&statsPanel));

        QCOMPARE(renamePanel.stats()->renames().chainCount(), 4);
        QVERIFY(statsPanel.model()->rowCount() > 5);
        const QPixmap statsShot = statsPanel.grab();
        const QPixmap renameShot = renamePanel.grab();
        QVERIFY(!statsShot.isNull());
        QVERIFY(!renameShot.isNull());
        if (!shots.isEmpty()) {
            QVERIFY(statsShot.save(shots + QStringLiteral("/statistics.png")));
            QVERIFY(renameShot.save(shots + QStringLiteral("/renames.png")));
        }
    }
};

QTEST_MAIN(tst_StatsE2E)
#include "tst_statse2e.moc"
