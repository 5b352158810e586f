#include "core/pathtable.h"
#include "core/processtable.h"
#include "core/session.h"
#include "events/eventtablemodel.h"
#include "io/sessionfilewriter.h"
#include "io/sessionmetadata.h"
#include "lib/testevent.h"
#include "lib/testsettings.h"
#include "window/mainwindow.h"
#include "window/workprogress.h"

#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <sys/inotify.h>

// A session file far bigger than one read opens progressively in the real window: the first rows
// are in the table when openSession() returns, the rest follows with a progress in the status
// bar (not a modal dialog), and Cancel there stops it keeping what was read.
class tst_SessionStream : public QObject
{
    Q_OBJECT

    // 16 reader chunks: more than the first one plus every chunk the reader may queue ahead.
    static constexpr qint64 kEvents = 16 * 65536 + 123;
    QTemporaryDir m_dir;
    QString m_file;

    // Event i: a distinct time and one of three files, so a wrong or repeated chunk shows.
    static FsEvent eventNumber(qint64 i, const quint32 *paths)
    {
        return ev(i % 7 == 0 ? IN_CREATE : IN_MODIFY, paths[i % 3]).ns(i * 1000);
    }

    // The first event the session holds that is not the one written at its place; -1 when every
    // one is, in order.
    static qint64 firstDifferentEvent(Session &session)
    {
        quint32 paths[3];
        for (int i = 0; i < 3; ++i)
            paths[i] = session.paths().internPath("/w/f" + QByteArray::number(i));
        const EventStore &store = session.events();
        for (qint64 i = 0; i < store.size(); ++i) {
            const FsEvent want = eventNumber(i, paths);
            const FsEvent &got = store.at(i);
            if (got.timeNs != want.timeNs || got.mask != want.mask || got.pathId != want.pathId)
                return i;
        }
        return -1;
    }

    // Shows the window and opens the big file in it: back with the first chunk only, the rest
    // still to come through the event loop.
    bool startOpening(MainWindow &window)
    {
        window.show();
        return window.openSession(m_file) && window.isLoading();
    }

    WorkProgress *loadProgress(MainWindow &window)
    {
        return window.findChild<WorkProgress *>(QStringLiteral("loadProgress"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        useTestSettings("tst_sessionstream");
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath(QStringLiteral("big.fsnoop"));
        PathTable paths;
        quint32 ids[3];
        for (int i = 0; i < 3; ++i)
            ids[i] = paths.internPath("/w/f" + QByteArray::number(i));
        WatchOptions options;
        options.roots = {"/w"};
        SessionFileWriter writer;
        QVERIFY(writer.create(m_file, SessionMetadata::forCapture(options, kTestEpochNs)));
        QVERIFY(writer.begin());
        QVERIFY(writer.writePaths(paths, paths.size()));
        std::vector<FsEvent> events;
        events.reserve(std::size_t(kEvents));
        for (qint64 i = 0; i < kEvents; ++i)
            events.push_back(eventNumber(i, ids));
        QVERIFY(writer.writeEvents(events.data(), qsizetype(events.size())));
        QVERIFY(writer.finish(kTestEpochNs + kEvents * 1000));
    }

    void firstRowsAtOnceThenTheRest()
    {
        MainWindow window;
        QSignalSpy loaded(&window, &MainWindow::sessionLoaded);
        // Nothing else ran yet, so what follows is not a race.
        QVERIFY(startOpening(window));
        EventTableModel *model = window.eventModel();
        QVERIFY(model->shownCount() > 0);
        QVERIFY(model->shownCount() < kEvents);
        QVERIFY(loadProgress(window)->isVisible());
        QVERIFY(window.session()->isReadOnly());

        QVERIFY(loaded.wait(30000));
        QCOMPARE(loaded.at(0).at(0).toBool(), true);
        QVERIFY(!window.isLoading());
        QVERIFY(!loadProgress(window)->isVisible());
        QCOMPARE(window.session()->events().size(), qsizetype(kEvents));
        model->flush();
        QCOMPARE(model->shownCount(), int(kEvents));
        QCOMPARE(firstDifferentEvent(*window.session()), qint64(-1));
    }

    void cancelKeepsWhatWasRead()
    {
        MainWindow window;
        QSignalSpy loaded(&window, &MainWindow::sessionLoaded);
        QVERIFY(startOpening(window));
        // The user's way: the Cancel button beside the progress.
        auto *cancel = loadProgress(window)->findChild<QToolButton *>();
        QVERIFY(cancel);
        cancel->click();
        QVERIFY(loaded.wait(30000));
        QCOMPARE(loaded.at(0).at(0).toBool(), false);
        QVERIFY(!window.isLoading());
        const qsizetype kept = window.session()->events().size();
        QVERIFY(kept > 0);
        QVERIFY(kept < kEvents);
        QVERIFY(window.statusBar()->currentMessage().contains(QLocale().toString(qint64(kept))));
        // Nothing more arrives afterwards, and the table shows what was kept.
        QCoreApplication::processEvents();
        QCOMPARE(window.session()->events().size(), kept);
        window.eventModel()->flush();
        QCOMPARE(window.eventModel()->shownCount(), int(kept));
        QCOMPARE(firstDifferentEvent(*window.session()), qint64(-1));
    }

    void anotherOpenWhileLoadingStopsTheFirst()
    {
        MainWindow window;
        QVERIFY(startOpening(window));
        // A second open replaces the session being filled: the first reader must stop and
        // none of its chunks may land in the new session.
        QSignalSpy loaded(&window, &MainWindow::sessionLoaded);
        QVERIFY(window.openSession(m_file));
        QVERIFY(loaded.wait(30000));
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(loaded.at(0).at(0).toBool(), true);
        QCOMPARE(window.session()->events().size(), qsizetype(kEvents));
    }
};

QTEST_MAIN(tst_SessionStream)
#include "tst_sessionstream.moc"
