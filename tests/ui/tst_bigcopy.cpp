#include "core/pathtable.h"
#include "core/session.h"
#include "events/eventtablemodel.h"
#include "events/eventtableview.h"
#include "events/rowcopier.h"
#include "events/rowcopyjob.h"
#include "lib/dialoganswerer.h"
#include "lib/showexposed.h"
#include "lib/testevent.h"
#include "lib/testsettings.h"
#include "lib/teststatehome.h"
#include "window/exportcontroller.h"
#include "window/mainwindow.h"
#include "window/workprogress.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QMainWindow>
#include <QTemporaryDir>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

// Copy (Ctrl+C) of a big selection: in slices (RowCopyJob), the window answering meanwhile,
// cancellable, the clipboard untouched until the copy is whole; above the view's copy limit an
// offer to export the selection instead. The real model and view, offscreen, over 100,000 events
// in a 1,000-row window (as tst_rowwindow), so the selection is mostly outside Qt's rows.
class tst_BigCopy : public QObject
{
    Q_OBJECT

private:
    TestStateHome m_stateHome; // the window's state (spool folder) is the test's own

    static constexpr int kWindow = 1000;
    static constexpr int kEvents = 100000;

    struct Fixture {
        Session session;
        EventTableModel model;
        EventTableView view{&model};

        Fixture()
        {
            // A few paths, cookie i: a line of the copy tells which event it is.
            std::vector<quint32> paths;
            for (int i = 0; i < 50; ++i)
                paths.push_back(session.paths().internPath("/w/dir" + QByteArray::number(i % 7)
                                                           + "/file" + QByteArray::number(i) + ".txt"));
            model.setWindowRows(kWindow);
            model.setSession(&session);
            FsEventBatch batch;
            for (int i = 0; i < kEvents; ++i)
                batch.push_back(ev(i % 3 ? IN_MODIFY : IN_CREATE, paths[std::size_t(i) % paths.size()])
                                    .ms(i).cookie(quint32(i)));
            session.append(batch);
            model.flush();
            view.resize(700, 500);
            view.show();
        }
        void appendOne()
        {
            session.append(FsEventBatch{ev(IN_CREATE, session.paths().internPath("/w/new.txt"))
                                            .ms(kEvents).cookie(quint32(kEvents))});
            model.flush();
        }
        // Ctrl+C in the table, as the user gives it (a shortcut: the window must be active, also
        // after a dialog closed).
        void pressCopy()
        {
            view.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&view));
            view.setFocus();
            QTest::keyClick(&view, Qt::Key_C, Qt::ControlModifier);
        }
    };

    // The whole window, shown, with kEvents rows in a kWindow-row window, every one selected.
    static bool fillAndSelectAll(MainWindow &window)
    {
        if (!showExposed(window, {900, 600}))
            return false;
        window.eventModel()->setWindowRows(kWindow);
        Session *session = window.session();
        const quint32 path = session->paths().internPath("/w/a.txt");
        FsEventBatch batch;
        for (int i = 0; i < kEvents; ++i)
            batch.push_back(ev(IN_MODIFY, path).ms(i).cookie(quint32(i)));
        session->append(batch);
        window.eventModel()->flush();
        auto *view = qobject_cast<EventTableView *>(window.eventView());
        view->selectAll();
        return view->isAllSelected();
    }

    static QString clipboardText()
    {
        const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
        return mime ? mime->text() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        useTestSettings("tst_bigcopy");
    }

    void bigCopyKeepsTheEventLoopTurning()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.view));
        QVERIFY(f.model.isWindowed());
        f.view.selectAll();
        QGuiApplication::clipboard()->setText(QStringLiteral("before"));
        // A timer of the window's own: it must go on firing while the rows are formatted.
        int ticks = 0;
        QTimer ticker;
        ticker.setInterval(0);
        connect(&ticker, &QTimer::timeout, [&ticks] { ++ticks; });
        ticker.start();
        QSignalSpy progress(f.view.copyJob(), &RowCopyJob::progress);
        QSignalSpy finished(f.view.copyJob(), &RowCopyJob::finished);
        f.pressCopy();
        QVERIFY(f.view.copyJob()->isRunning()); // 100,000 rows are more than a slice
        const int ticksAtStart = ticks;
        // Meanwhile the clipboard still has what it had.
        QCOMPARE(clipboardText(), QStringLiteral("before"));
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY2(progress.size() >= 3, qPrintable(QString::number(progress.size())));
        QVERIFY2(ticks - ticksAtStart >= progress.size() / 2,
                 qPrintable(QStringLiteral("%1 ticks over %2 slices")
                                .arg(ticks - ticksAtStart)
                                .arg(progress.size())));
        QCOMPARE(progress.last().at(1).toLongLong(), qint64(kEvents));
        // Every row, as RowCopier writes it.
        const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
        QVERIFY(mime);
        const QStringList lines = mime->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), kEvents);
        QCOMPARE(lines.first(), RowCopier::text(f.model, *f.view.horizontalHeader(), {0}).trimmed());
        QCOMPARE(lines.last(),
                 RowCopier::text(f.model, *f.view.horizontalHeader(), {kEvents - 1}).trimmed());
        QCOMPARE(mime->data(QStringLiteral("text/csv")).count('\n'), kEvents + 1); // + header
    }

    void slicedCopyEqualsRowCopier()
    {
        // Several ranges, in and out of the window, with a column hidden and one moved: the
        // clipboard has exactly what RowCopier gives for the same rows.
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.view));
        f.view.horizontalHeader()->hideSection(EventTableModel::CookieColumn + 1);
        f.view.horizontalHeader()->moveSection(0, 3);
        f.view.goToRow(10); // selects row 10, the anchor
        f.view.allRowsBar()->setValue(19950); // far outside the window: it moves
        QVERIFY(!f.model.indexOfRow(10).isValid());
        const auto click = [&f](int row, Qt::KeyboardModifiers modifiers) {
            const QPoint at = f.view.visualRect(f.model.indexOfRow(row)).center();
            QTest::mouseClick(f.view.viewport(), Qt::LeftButton, modifiers, at);
        };
        click(20000, Qt::ShiftModifier); // 10 .. 20000
        click(20030, Qt::ControlModifier);
        click(19990, Qt::ControlModifier);
        const std::vector<int> rows = f.view.selectedRowList();
        QCOMPARE(f.view.selectedRows().ranges(),
                 (std::vector<RowSelection::Range>{{10, 19989}, {19991, 20000}, {20030, 20030}}));
        QSignalSpy finished(f.view.copyJob(), &RowCopyJob::finished);
        f.pressCopy();
        QVERIFY(finished.wait(60000));
        const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
        QVERIFY(mime);
        QCOMPARE(mime->text(), RowCopier::text(f.model, *f.view.horizontalHeader(), rows));
        QCOMPARE(mime->data(QStringLiteral("text/csv")), RowCopier::csv(f.model, rows));
    }

    void cancelLeavesTheClipboardAsItWas()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.view));
        f.view.selectAll();
        QGuiApplication::clipboard()->setText(QStringLiteral("before"));
        RowCopyJob *job = f.view.copyJob();
        QSignalSpy progress(job, &RowCopyJob::progress);
        QSignalSpy finished(job, &RowCopyJob::finished);
        f.pressCopy();
        QVERIFY(progress.wait(10000));
        job->cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(!job->isRunning());
        QVERIFY(!job->errorString().isEmpty());
        // Nothing more comes from a cancelled job: what was already posted (a slice's 0 ms
        // timer) is delivered now, and must not run a slice or finish again.
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(clipboardText(), QStringLiteral("before"));

        // A filter change makes the rows other events: the copy stops, the clipboard stays.
        f.pressCopy();
        QVERIFY(job->isRunning());
        EventFilter::Criteria c;
        c.eventMask = IN_CREATE;
        f.model.setCriteria(c);
        QCOMPARE(finished.size(), 2);
        QCOMPARE(finished.last().first().toBool(), false);
        QCOMPARE(clipboardText(), QStringLiteral("before"));
    }

    void capDropsDuringACopyLeaveOnlyTheDroppedRowsOut()
    {
        // A live capture at its cap drops the oldest chunk while the copy runs: the rows still to
        // copy are renumbered with the table, the dropped ones are left out, none is copied twice.
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.view));
        // Whole chunks go once the events held pass the cap by a chunk (EventStore::dropsFor()).
        f.session.setEventCap(kEvents - EventStore::kChunkEvents);
        f.view.selectAll();
        QSignalSpy progress(f.view.copyJob(), &RowCopyJob::progress);
        QSignalSpy finished(f.view.copyJob(), &RowCopyJob::finished);
        f.pressCopy();
        QVERIFY(f.view.copyJob()->isRunning());
        const qint64 doneBefore = progress.last().at(0).toLongLong();
        const int shownBefore = f.model.shownCount();
        f.appendOne();
        const int gone = shownBefore + 1 - f.model.shownCount();
        // Rows not yet copied went.
        QVERIFY2(gone > doneBefore,
                 qPrintable(QStringLiteral("%1 rows went, %2 were copied").arg(gone).arg(doneBefore)));
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.last().first().toBool(), true);
        const QStringList lines = clipboardText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), int(doneBefore) + kEvents - gone);
        const QHeaderView &header = *f.view.horizontalHeader();
        QCOMPARE(lines.at(int(doneBefore)), RowCopier::text(f.model, header, {0}).trimmed());
        // The last row selected, not the one that came after the copy started.
        QCOMPARE(lines.last(), RowCopier::text(f.model, header, {kEvents - 1 - gone}).trimmed());
        QVERIFY(lines.last().contains(QStringLiteral("file%1.txt").arg((kEvents - 1) % 50)));
    }

    void exportOfTheSelectionWritesTheSelectedRows()
    {
        // What the over-size offer leads to: the window exports the selected rows' events, the
        // same CSV as Copy's text/csv.
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.view));
        f.view.goToRow(5);
        f.view.allRowsBar()->setValue(60000);
        const QPoint at = f.view.visualRect(f.model.indexOfRow(60010)).center();
        QTest::mouseClick(f.view.viewport(), Qt::LeftButton, Qt::ShiftModifier, at); // 5 .. 60010
        const std::vector<int> rows = f.view.selectedRowList();
        QCOMPARE(rows.size(), std::size_t(60006));
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("selected.csv"));
        QMainWindow window;
        ExportController exporter(&window);
        QSignalSpy finished(&exporter, &ExportController::finished);
        DialogAnswerer answerer(DialogAnswerer::standard(QMessageBox::Ok), target);
        QVERIFY(exporter.exportSerials(&f.session, f.view.selectedSerials()));
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toBool(), true);
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), RowCopier::csv(f.model, rows));
    }

    void theWindowShowsTheCopyAndExportsWhatIsTooBig()
    {
        // The whole window: Copy's progress in the status bar, then what it says; over the
        // limit, the offer's Export writes every selected row to the file chosen.
        MainWindow window;
        QVERIFY(fillAndSelectAll(window));
        EventTableModel *model = window.eventModel();
        auto *view = qobject_cast<EventTableView *>(window.eventView());

        auto *progress = window.findChild<WorkProgress *>(QStringLiteral("copyProgress"));
        QVERIFY(progress);
        QVERIFY(progress->isHidden());
        QSignalSpy finished(view->copyJob(), &RowCopyJob::finished);
        view->copyRows();
        QVERIFY(progress->isVisible());
        QVERIFY(finished.wait(60000));
        QVERIFY(progress->isHidden());
        QVERIFY2(window.statusBar()->currentMessage().contains(QLocale().toString(kEvents)),
                 qPrintable(window.statusBar()->currentMessage()));
        QCOMPARE(clipboardText().count(QLatin1Char('\n')), kEvents);

        view->setCopyLimit(kEvents - 1);
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("all.csv"));
        auto *exporter = window.findChild<ExportController *>();
        QVERIFY(exporter);
        QSignalSpy exported(exporter, &ExportController::finished);
        DialogAnswerer answerer(DialogAnswerer::button("exportSelectedButton"), target);
        view->copyRows();
        QCOMPARE(answerer.boxesSeen(), 1);
        QVERIFY(exported.wait(60000));
        QCOMPARE(exported.first().first().toBool(), true);
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const std::vector<int> rows = view->selectedRowList(); // every row, still
        QCOMPARE(rows.size(), std::size_t(kEvents));
        QCOMPARE(file.readAll(), RowCopier::csv(*model, rows));
    }

    void escapeCancelsTheCopyAndOnlyWhileItRuns()
    {
        // Esc is the Cancel of the status bar's progress while a copy runs: the clipboard stays as
        // it was. With no work running, Esc is left to others (the find bar closes on it).
        MainWindow window;
        QVERIFY(fillAndSelectAll(window));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *view = qobject_cast<EventTableView *>(window.eventView());
        QGuiApplication::clipboard()->setText(QStringLiteral("before"));

        auto *progress = window.findChild<WorkProgress *>(QStringLiteral("copyProgress"));
        QVERIFY(progress);
        QSignalSpy finished(view->copyJob(), &RowCopyJob::finished);
        view->copyRows();
        QVERIFY(progress->isVisible()); // more than one slice: still running
        QTest::keyClick(view, Qt::Key_Escape);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(progress->isHidden());
        QCOMPARE(view->copyJob()->errorString(), QStringLiteral("The copy was cancelled."));
        QCOMPARE(clipboardText(), QStringLiteral("before"));

        // Nothing runs: Esc is not taken from the find bar's field.
        QTest::keyClick(view, Qt::Key_F, Qt::ControlModifier);
        auto *edit = window.findChild<QLineEdit *>(QStringLiteral("findEdit"));
        QVERIFY(edit);
        QTRY_VERIFY_WITH_TIMEOUT(edit->hasFocus(), 5000);
        QTest::keyClick(edit, Qt::Key_Escape);
        QVERIFY(!edit->isVisible());
        QCOMPARE(finished.count(), 1);
    }

    void overTheLimitOffersExport()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.view));
        f.view.setCopyLimit(kEvents - 1);
        f.view.selectAll();
        QGuiApplication::clipboard()->setText(QStringLiteral("before"));
        QSignalSpy exportAsked(&f.view, &EventTableView::exportSelectedRequested);
        QSignalSpy started(f.view.copyJob(), &RowCopyJob::progress);
        {
            // Cancel: nothing happens.
            DialogAnswerer answerer(DialogAnswerer::standard(QMessageBox::Cancel));
            f.pressCopy();
            QCOMPARE(answerer.boxesSeen(), 1);
            QVERIFY2(answerer.texts().first().contains(QLocale().toString(kEvents)),
                     qPrintable(answerer.texts().first()));
            QCOMPARE(exportAsked.size(), 0);
        }
        {
            DialogAnswerer answerer(DialogAnswerer::button("exportSelectedButton"));
            f.pressCopy();
            QCOMPARE(answerer.boxesSeen(), 1);
            QCOMPARE(QString(answerer.defaultButtons().first()).remove(QLatin1Char('&')),
                     QStringLiteral("Export Selected Rows\u2026"));
            QCOMPARE(exportAsked.size(), 1);
        }
        QCOMPARE(started.size(), 0); // no copy started either way
        QVERIFY(!f.view.copyJob()->isRunning());
        QCOMPARE(clipboardText(), QStringLiteral("before"));
        // The selection to export is every row.
        QVERIFY(f.view.isAllSelected());
        const std::vector<quint64> serials = f.view.selectedSerials();
        QCOMPARE(serials.size(), std::size_t(kEvents));
        QCOMPARE(serials.back(), f.model.serialAt(kEvents - 1));
        // At the limit, Copy copies.
        f.view.setCopyLimit(kEvents);
        QSignalSpy finished(f.view.copyJob(), &RowCopyJob::finished);
        f.pressCopy();
        QVERIFY(finished.wait(60000));
        QCOMPARE(clipboardText().count(QLatin1Char('\n')), kEvents);
    }
};

QTEST_MAIN(tst_BigCopy)
#include "tst_bigcopy.moc"
