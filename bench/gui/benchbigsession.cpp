// fsnoop-bench-bigsession: a session far bigger than memory, reopened in the real window
// (MainWindow, offscreen), issue 12's targets: first rows on screen <= 1 s, a filter change that
// finishes or shows progress and stays cancellable <= 5 s, peak RSS <= 500 MB. It prints:
//   - time to first rows (openSession() returned and the table painted its rows),
//   - time to full load (every event read, appended, counted by the statistics), and the
//     longest the event loop was stalled meanwhile,
//   - filter changes: time to the first progress, to the end, rows found; a cancel,
//   - peak RSS (VmHWM) and where the memory is (RAM chunks, spill file, path table),
//   - `fsnoop export` to CSV of the same file in MB/s and events/s, for comparison with loading.
//
//   QT_QPA_PLATFORM=offscreen fsnoop-bench-bigsession SESSION.fsnoop [FSNOOP]
// Make the session with fsnoop-sessiongen (bench/session-window.sh does both).

#include "analysis/analysisviews.h"
#include "core/pathtable.h"
#include "core/session.h"
#include "events/eventtablemodel.h"
#include "events/eventtableview.h"
#include "window/mainwindow.h"
#include "residentmemory.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QHeaderView>
#include <QScrollBar>
#include <QTimer>

#include <algorithm>
#include <cstdio>

#include <sys/inotify.h>

namespace {

// The longest gap between ticks of a 10 ms timer: how long the window could not react.
class StallMeter
{
public:
    StallMeter()
    {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            m_worst = std::max(m_worst, m_clock.restart());
        });
    }
    void start()
    {
        m_worst = 0;
        m_clock.start();
        m_timer.start();
    }
    qint64 stop()
    {
        m_timer.stop();
        return m_worst;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_worst = 0;
};

// The file mappings holding the most resident memory (/proc/self/smaps), for "where is RSS".
void printTopMappings()
{
    QFile f(QStringLiteral("/proc/self/smaps"));
    if (!f.open(QIODevice::ReadOnly))
        return;
    QHash<QByteArray, long> rss;
    QByteArray name;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const QList<QByteArray> parts = line.simplified().split(' ');
        if (parts.size() >= 5 && parts[0].contains('-') && !line.endsWith(':'))
            name = parts.size() >= 6 ? parts[5] : QByteArray("[anon]");
        else if (line.startsWith("Rss:"))
            rss[name] += line.mid(4).trimmed().split(' ').first().toLong();
    }
    QList<QPair<long, QByteArray>> top;
    for (auto it = rss.cbegin(); it != rss.cend(); ++it)
        top.append({it.value(), it.key()});
    std::sort(top.begin(), top.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (int i = 0; i < std::min<int>(4, int(top.size())); ++i)
        std::printf("  resident %8ld KiB  %s\n", top[i].first, top[i].second.constData());
}

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // figures as they come, also into a pipe or file
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: fsnoop-bench-bigsession SESSION.fsnoop [FSNOOP]\n");
        return 2;
    }
    const QString file = QString::fromLocal8Bit(argv[1]);
    const QString fsnoop = argc > 2 ? QString::fromLocal8Bit(argv[2])
                                    : QCoreApplication::applicationDirPath()
            + QStringLiteral("/../../app/fsnoop");
    const double fileMB = double(QFileInfo(file).size()) / 1e6;
    std::printf("session: %s, %.0f MB\n", qPrintable(file), fileMB);
    std::printf("RSS at start: %ld KiB\n", statusKiB("VmRSS:"));

    MainWindow window;
    addAnalysisViews(&window); // statistics and renames follow the session, as in the app
    window.resize(1320, 840); // the default window size
    window.show();
    QCoreApplication::processEvents();
    EventTableModel *model = window.eventModel();
    auto *view = qobject_cast<EventTableView *>(window.eventView());

    // 1. First rows on screen.
    QElapsedTimer clock;
    clock.start();
    if (!window.openSession(file)) {
        std::fprintf(stderr, "could not open %s\n", qPrintable(file));
        return 1;
    }
    view->viewport()->repaint(); // the rows are painted, not just in the model
    const double firstMs = ms(clock);
    std::printf("first rows on screen: %8.0f ms  (%d rows; target <= 1000 ms)\n", firstMs,
                model->shownCount());

    // 2. The rest, in the background.
    StallMeter stalls;
    stalls.start();
    if (window.isLoading()) {
        QEventLoop loop;
        QObject::connect(&window, &MainWindow::sessionLoaded, &loop, &QEventLoop::quit);
        loop.exec();
    }
    const double fullMs = ms(clock);
    const qint64 events = window.session()->events().size();
    std::printf("full load:            %8.0f ms  (%lld events, %.0f events/s, %.0f MB/s of file;"
                " longest stall %lld ms)\n",
                fullMs, static_cast<long long>(events), double(events) / fullMs * 1000.0,
                fileMB / fullMs * 1000.0, static_cast<long long>(stalls.stop()));
    QCoreApplication::processEvents();
    model->flush();
    std::printf("RSS after load: %ld KiB (anon %ld, file %ld; events in RAM %zu KiB, spilled %zu MiB, paths %zu KiB)\n",
                statusKiB("VmRSS:"), statusKiB("RssAnon:"), statusKiB("RssFile:"),
                window.session()->events().memoryUsage() / 1024,
                window.session()->events().spilledBytes() >> 20,
                window.session()->paths().memoryUsage() / 1024);

    // 3. Filter changes over every event, as the filter bar makes them.
    struct Step {
        const char *what;
        EventFilter::Criteria c;
    };
    EventFilter::Criteria c;
    std::vector<Step> steps;
    c.pathText = QStringLiteral("mod7/");
    steps.push_back({"path text 'mod7/'", c});
    c = {};
    c.eventMask = IN_MODIFY | IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM;
    steps.push_back({"5 event types of 8", c});
    c = {};
    c.pathText = QStringLiteral("file12345.cpp");
    steps.push_back({"one file by name", c});
    steps.push_back({"clear filters", EventFilter::Criteria()});
    double worst = 0;
    for (const Step &s : steps) {
        double firstProgress = -1;
        QMetaObject::Connection progress = QObject::connect(
            model, &EventTableModel::filterProgress, [&] {
                if (firstProgress < 0)
                    firstProgress = ms(clock);
            });
        stalls.start();
        clock.restart();
        model->setCriteria(s.c);
        if (model->isFiltering()) {
            QEventLoop loop;
            QObject::connect(model, &EventTableModel::filterFinished, &loop, &QEventLoop::quit);
            loop.exec();
        }
        view->viewport()->repaint();
        const double total = ms(clock);
        QObject::disconnect(progress);
        worst = std::max(worst, total);
        std::printf("filter: %-22s %7.0f ms to the end, first progress %5.0f ms, longest stall "
                    "%4lld ms -> %d rows (RSS anon %ld, file %ld KiB)\n",
                    s.what, total, firstProgress, static_cast<long long>(stalls.stop()),
                    model->shownCount(), statusKiB("RssAnon:"), statusKiB("RssFile:"));
    }
    std::printf("filter change, worst: %.0f ms (target <= 5000 ms, or progress and cancel)\n",
                worst);

    // A cancel half-way: how soon the window is back, what it shows.
    c = {};
    c.pathText = QStringLiteral("pkg4");
    clock.restart();
    model->setCriteria(c);
    QTimer::singleShot(300, model, &EventTableModel::cancelFilter);
    if (model->isFiltering()) {
        QEventLoop loop;
        QObject::connect(model, &EventTableModel::filterFinished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    std::printf("filter cancelled after 300 ms: back in %.0f ms, partial=%d, %d rows so far\n",
                ms(clock), int(model->isFilterPartial()), model->shownCount());
    model->setCriteria({});

    printTopMappings();

    // 4. Scrolling to the end and back: every row reachable, pages read from the spill file.
    clock.restart();
    view->scrollToLastRow();
    view->viewport()->repaint();
    view->scrollToFirstRow();
    view->viewport()->repaint();
    std::printf("scroll to the last row and back: %.0f ms\n", ms(clock));
    // The same with the scroll bar, as a user drags it: to the end, then to the middle.
    QScrollBar *bar = view->rowScrollBar();
    clock.restart();
    bar->setValue(bar->maximum());
    view->viewport()->repaint();
    const int lastOnScreen = model->rowOf(view->indexAt(QPoint(1, view->viewport()->height() - 2)));
    bar->setValue(bar->maximum() / 2);
    view->viewport()->repaint();
    std::printf("scroll bar dragged to the end and to the middle: %.0f ms (last row on screen %d of %d)\n",
                ms(clock), lastOnScreen + 1, model->shownCount());
    // The row window: what the view (and its vertical header, 8 bytes a row) is given.
    std::printf("row window: the view sees %d of %d rows (window %d rows, at row %d); vertical "
                "header sections %d\n",
                model->rowCount(), model->shownCount(), model->windowRows(), model->windowFirst(),
                view->verticalHeader()->count());

    // RssFile is spill-file pages mapped in (dropped after each scan), RssAnon the heap: the
    // table's vertical QHeaderView keeps 8 bytes per row of the row window there (SectionItem).
    std::printf("RSS now: %ld KiB (anon %ld, file %ld); peak RSS (VmHWM): %ld KiB = %.0f MB "
                "(target <= 500 MB)\n",
                statusKiB("VmRSS:"), statusKiB("RssAnon:"), statusKiB("RssFile:"),
                statusKiB("VmHWM:"), double(statusKiB("VmHWM:")) / 1024.0);

    // 5. For comparison: `fsnoop export` of the same file to CSV (stdout, counted here).
    if (QFileInfo(fsnoop).isExecutable()) {
        QProcess exporter;
        qint64 bytes = 0;
        clock.restart();
        exporter.start(fsnoop, {QStringLiteral("export"), QStringLiteral("-q"), file,
                                QStringLiteral("-o"), QStringLiteral("-"),
                                QStringLiteral("--format"), QStringLiteral("csv")});
        // Counted as it comes (QProcess would otherwise buffer gigabytes of CSV).
        while (exporter.state() != QProcess::NotRunning) {
            exporter.waitForReadyRead(100);
            bytes += exporter.readAllStandardOutput().size();
        }
        bytes += exporter.readAllStandardOutput().size();
        const double s = double(clock.nsecsElapsed()) / 1e9;
        std::printf("fsnoop export csv: %.1f s, %.0f MB/s of CSV, %.0f MB/s of session file, "
                    "%.0f events/s (exit %d)\n",
                    s, double(bytes) / s / 1e6, fileMB / s, double(events) / s,
                    exporter.exitCode());
    } else {
        std::printf("fsnoop export csv: skipped (%s is not there)\n", qPrintable(fsnoop));
    }
    return 0;
}
