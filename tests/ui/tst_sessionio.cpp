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

    // A session of `events` events (fill) and the file, in a folder of its own, that the test
    // exports it to, then reads back or opens in the window.
    struct FilledSession {
        QTemporaryDir dir;
        Session session;
        QString file;

        FilledSession(int events, const char *fileName)
            : file(dir.filePath(QLatin1String(fileName)))
        {
            fill(session, events);
        }
        // Exports the whole session to `file` and waits for the result.
        bool exportWhole()
        {
            SessionExporter exporter(&session);
            QSignalSpy finished(&exporter, &SessionExporter::finished);
            return exporter.start(file) && finished.wait(10000) && finished.at(0).at(0).toBool();
        }
    };

private Q_SLOTS:
    void initTestCase()
    {
        useTestSettings("tst_sessionio");
    }

    void exportFilteredRows()
    {
        FilledSession filled(20000, "filtered.csv"); // several of TimeSlicer's slices
        QVERIFY(filled.dir.isValid());
        EventTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(&filled.session);
        EventFilter::Criteria c;
        c.pathText = QStringLiteral("/data/keep/");
        c.eventMask = IN_CREATE;
        model.setCriteria(c);
        const int shown = model.rowCount();
        QVERIFY(shown > 0 && shown < 20000);

        SessionExporter exporter(&filled.session);
        exporter.setSerials(model.shownSerials());
        QSignalSpy finished(&exporter, &SessionExporter::finished);
        QSignalSpy progress(&exporter, &SessionExporter::progress);
        QVERIFY(exporter.start(filled.file));
        QVERIFY(exporter.isRunning()); // returns at once; the work happens in slices
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QVERIFY(progress.count() >= 1);

        CsvError error;
        std::unique_ptr<Session> loaded = CsvReader::load(filled.file, &error);
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
        FilledSession all(300, "all.csv");
        QVERIFY(all.exportWhole());
        CsvError error;
        std::unique_ptr<Session> loaded = CsvReader::load(all.file, &error);
        QVERIFY(loaded);
        QCOMPARE(loaded->events().size(), qsizetype(300));

        // A cancelled export leaves the previous file alone (QSaveFile).
        fill(all.session, 100000);
        SessionExporter exporter(&all.session);
        QSignalSpy finished(&exporter, &SessionExporter::finished);
        QVERIFY(exporter.start(all.file));
        exporter.cancel();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        loaded = CsvReader::load(all.file, &error);
        QVERIFY(loaded);
        QCOMPARE(loaded->events().size(), qsizetype(300));
    }

    void openSessionInTheWindow()
    {
        FilledSession filled(50, "session.csv");
        QVERIFY(filled.exportWhole());

        MainWindow window;
        QSignalSpy changed(&window, &MainWindow::sessionChanged);
        QVERIFY(window.openSession(filled.file));
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
        const QString bad = filled.dir.filePath(QStringLiteral("bad.csv"));
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
