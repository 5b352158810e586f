#include "io/csvreader.h"
#include "events/eventtablemodel.h"
#include "window/mainwindow.h"
#include "core/pathtable.h"
#include "core/session.h"
#include "session/sessionexporter.h"
#include "lib/dialoganswerer.h"
#include "lib/testsettings.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/inotify.h>

// Export (all rows and filtered rows) and reopening a session, read back through CsvReader.
class tst_SessionIo : public QObject
{
    Q_OBJECT

private:
    static void fill(Session &s, int n)
    {
        const quint32 a = s.paths().internPath("/data/keep/a,b \"quoted\".txt");
        const quint32 b = s.paths().internPath("/data/other/b.txt");
        FsEventBatch batch;
        for (int i = 0; i < n; ++i) {
            FsEvent e;
            e.timeNs = 1700000000000000000LL + qint64(i) * 1000;
            e.mask = (i % 3 == 0) ? IN_CREATE : IN_MODIFY;
            e.pathId = (i % 2 == 0) ? a : b;
            batch.append(e);
        }
        s.append(batch);
    }

    // Exports the whole of `s` to `file` and waits for the result.
    static bool exportWhole(Session &s, const QString &file)
    {
        SessionExporter exporter(&s);
        QSignalSpy finished(&exporter, &SessionExporter::finished);
        return exporter.start(file) && finished.wait(10000) && finished.at(0).at(0).toBool();
    }

private Q_SLOTS:
    void initTestCase()
    {
        useTestSettings("tst_sessionio");
    }

    void exportFilteredRows()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Session session;
        fill(session, 20000); // several slices of SessionExporter::kSliceMs
        EventTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(&session);
        EventFilter::Criteria c;
        c.pathText = QStringLiteral("/data/keep/");
        c.eventMask = IN_CREATE;
        model.setCriteria(c);
        const int shown = model.rowCount();
        QVERIFY(shown > 0 && shown < 20000);

        const QString file = dir.filePath(QStringLiteral("filtered.csv"));
        SessionExporter exporter(&session);
        exporter.setSerials(model.shownSerials());
        QSignalSpy finished(&exporter, &SessionExporter::finished);
        QSignalSpy progress(&exporter, &SessionExporter::progress);
        QVERIFY(exporter.start(file));
        QVERIFY(exporter.isRunning()); // returns at once; the work happens in slices
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QVERIFY(progress.count() >= 1);

        CsvError error;
        std::unique_ptr<Session> loaded = CsvReader::load(file, &error);
        QVERIFY2(loaded, error.detail.constData());
        QCOMPARE(loaded->events().size(), qsizetype(shown));
        for (qsizetype i = 0; i < loaded->events().size(); ++i) {
            const FsEvent &e = loaded->events().at(i);
            QCOMPARE(e.mask, quint32(IN_CREATE));
            QCOMPARE(loaded->paths().displayPath(e.pathId),
                     QStringLiteral("/data/keep/a,b \"quoted\".txt"));
        }
    }

    void exportAllAndCancel()
    {
        QTemporaryDir dir;
        Session session;
        fill(session, 300);
        const QString file = dir.filePath(QStringLiteral("all.csv"));
        QVERIFY(exportWhole(session, file));
        CsvError error;
        std::unique_ptr<Session> loaded = CsvReader::load(file, &error);
        QVERIFY(loaded);
        QCOMPARE(loaded->events().size(), qsizetype(300));

        // A cancelled export leaves the previous file alone (QSaveFile).
        fill(session, 100000);
        SessionExporter exporter(&session);
        QSignalSpy finished(&exporter, &SessionExporter::finished);
        QVERIFY(exporter.start(file));
        exporter.cancel();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        loaded = CsvReader::load(file, &error);
        QVERIFY(loaded);
        QCOMPARE(loaded->events().size(), qsizetype(300));
    }

    void openSessionInTheWindow()
    {
        QTemporaryDir dir;
        Session session;
        fill(session, 50);
        const QString file = dir.filePath(QStringLiteral("session.csv"));
        QVERIFY(exportWhole(session, file));

        MainWindow window;
        QSignalSpy changed(&window, &MainWindow::sessionChanged);
        QVERIFY(window.openSession(file));
        QCOMPARE(changed.count(), 1);
        QVERIFY(window.session()->isReadOnly());
        QCOMPARE(window.eventModel()->rowCount(), 50);
        QCOMPARE(window.eventModel()->index(0, EventTableModel::NameColumn).data().toString(),
                 QStringLiteral("a,b \"quoted\".txt"));
        QVERIFY(window.windowTitle().contains(QLatin1String("session.csv")));
        // Filters work on a reopened session too.
        window.showOnlyPaths({window.eventModel()->index(1, 0).data(EventTableModel::PathIdRole).toUInt()});
        QCOMPARE(window.eventModel()->rowCount(), 25);

        // A malformed file is refused and the current session stays.
        const QString bad = dir.filePath(QStringLiteral("bad.csv"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not,an,fsnoop,file\n");
        f.close();
        // The warning box is modal: answer it as soon as it shows.
        DialogAnswerer answerer(DialogAnswerer::standard(QMessageBox::Ok));
        QVERIFY(!window.openSession(bad));
        QCOMPARE(answerer.boxesSeen(), 1);
        QCOMPARE(window.eventModel()->rowCount(), 25);
    }
};

QTEST_MAIN(tst_SessionIo)
#include "tst_sessionio.moc"
