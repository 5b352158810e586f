// fsnoop-bench-copy: Copy (Ctrl+C) of every row of a session in the event table, before and after
// it went in slices (RowCopyJob). It prints, for the same rows:
//   - before: the whole text/plain and text/csv built at once on the GUI thread (RowCopier, as
//     Copy did), the event loop stalled all the while;
//   - after: EventTableView::copyRows() through RowCopyJob: time to the clipboard, slices, and
//     the longest the event loop waited meanwhile (a 0 ms timer's largest gap);
//   - what the clipboard holds (text/plain in UTF-16 plus text/csv) per row and in all, and the
//     resident memory it added: the figures behind EventTableView::kCopyLimit.
//
//   QT_QPA_PLATFORM=offscreen fsnoop-bench-copy SESSION.fsnoop
// bench/copy.sh makes a session of a million events (fsnoop-sessiongen) and runs it.
#include "core/session.h"
#include "events/eventtablemodel.h"
#include "events/eventtableview.h"
#include "events/rowcopier.h"
#include "events/rowcopyjob.h"
#include "io/sessionfilereader.h"
#include "residentmemory.h"

#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHeaderView>
#include <QMimeData>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <limits>

namespace {

// The longest gap between turns of the event loop, from a 0 ms timer.
class LoopProbe
{
public:
    LoopProbe()
    {
        m_timer.setInterval(0);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            m_worstMs = std::max(m_worstMs, m_clock.nsecsElapsed() / 1e6);
            m_clock.restart();
            ++m_ticks;
        });
        m_clock.start();
        m_timer.start();
    }
    // Counts the gap still open (a job that never let the loop turn).
    double worstMs() const { return std::max(m_worstMs, m_clock.nsecsElapsed() / 1e6); }
    int ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_worstMs = 0;
    int m_ticks = 0;
};

double mib(qint64 bytes) { return bytes / 1048576.0; }

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen")
                                                                     : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s SESSION.fsnoop\n", argv[0]);
        return 2;
    }
    Session session;
    SessionFileReader reader;
    if (!reader.open(QString::fromLocal8Bit(argv[1]))
        || !reader.readTables(session.paths(), session.processes(), nullptr)
        || !reader.readEvents([&session](const FsEvent *events, qsizetype n) {
               session.append(events, n);
               return true;
           })) {
        std::fprintf(stderr, "cannot read %s\n", argv[1]);
        return 1;
    }
    EventTableModel model;
    model.setSession(&session);
    model.flush();
    EventTableView view(&model);
    view.setCopyLimit(std::numeric_limits<qint64>::max()); // measure any size asked
    view.resize(1200, 800);
    view.show();
    QCoreApplication::processEvents();
    view.selectAll();
    const std::vector<int> rows = view.selectedRowList();
    std::printf("%-30s %zu rows (%s)\n", "session:", rows.size(), argv[1]);

    // Before: RowCopier over every row at once, as Copy did.
    {
        LoopProbe probe;
        QElapsedTimer clock;
        clock.start();
        QCoreApplication::processEvents(); // the probe's first turn
        auto *mime = new QMimeData;
        mime->setText(RowCopier::text(model, *view.horizontalHeader(), rows));
        mime->setData(QStringLiteral("text/csv"), RowCopier::csv(model, rows));
        QGuiApplication::clipboard()->setMimeData(mime);
        const double ms = clock.nsecsElapsed() / 1e6;
        std::printf("%-30s %.0f ms; event loop stalled at most %.0f ms\n", "before (one go):", ms,
                    probe.worstMs());
    }
    QGuiApplication::clipboard()->clear();
    QCoreApplication::processEvents();

    // After: the view's Copy, in slices.
    const long rssBefore = residentKiB();
    LoopProbe probe;
    QCoreApplication::processEvents();
    const int ticksBefore = probe.ticks();
    int slices = 0;
    QObject::connect(view.copyJob(), &RowCopyJob::progress, [&slices] { ++slices; });
    QEventLoop loop;
    QObject::connect(view.copyJob(), &RowCopyJob::finished, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    view.copyRows();
    if (view.copyJob()->isRunning())
        loop.exec();
    const double ms = clock.nsecsElapsed() / 1e6;
    std::printf("%-30s %.0f ms in %d slices; event loop stalled at most %.1f ms (%d turns)\n",
                "after (RowCopyJob):", ms, slices + 1, probe.worstMs(), probe.ticks() - ticksBefore);
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    const qint64 textBytes = mime->text().size() * qint64(sizeof(QChar));
    const qint64 csvBytes = mime->data(QStringLiteral("text/csv")).size();
    const long rssAfter = residentKiB();
    std::printf("%-30s text/plain %.0f MiB (UTF-16) + text/csv %.0f MiB = %.0f bytes/row; "
                "RSS +%.0f MiB\n",
                "clipboard holds:", mib(textBytes), mib(csvBytes),
                double(textBytes + csvBytes) / double(rows.size()), (rssAfter - rssBefore) / 1024.0);
    return 0;
}
