#include "guimain.h"

#include "applicationsetup.h"
#include "analysis/analysisviews.h"
#include "cli/exitcode.h"
#include "cli/unixsignalnotifier.h"
#include "window/mainwindow.h"
#include "uilogging.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QTimer>

// `fsnoop [PATH]` and `fsnoop open SESSION.csv`. The command line proper (--help, `record`) is
// main.cpp's; anything it hands over lands here.
int runGui(int &argc, char **argv)
{
    QApplication app(argc, argv);
    setUpApplication(app);
    // From here on SIGTERM (logout, `kill`), SIGINT (Ctrl+C in the terminal that started the
    // window) and SIGHUP (that terminal closed) are read in the event loop (self-pipe), not
    // left to kill the process with its spool file unsealed.
    UnixSignalNotifier quitSignals;
    QApplication::setDesktopFileName(QStringLiteral("org.fsnoop.Fsnoop"));

    const QStringList args = QApplication::arguments().mid(1);
    MainWindow window;
    addAnalysisViews(&window);
    window.show();

    // A capture that a crash or kill ended is offered first, unless a file to open was named.
    const bool opening = args.size() >= 2 && args.at(0) == QLatin1String("open");
    if (!opening)
        QTimer::singleShot(0, &window, &MainWindow::reviewSpooledSessions);
    if (opening) {
        const QString file = args.at(1);
        QTimer::singleShot(0, &window, [&window, file] {
            // The reason is on standard error and in a dialog already; the exit status tells a
            // shell or script that nothing was opened.
            if (!window.openSession(file))
                QCoreApplication::exit(ExitCode::RuntimeError);
        });
    } else if (!args.isEmpty() && !args.at(0).startsWith(QLatin1Char('-'))) {
        const QString folder = args.at(0);
        QTimer::singleShot(0, &window, [&window, folder] { window.watchFolder(folder); });
    }

    // Ends without the keep question, which nobody is there to answer: the capture is stopped
    // and kept, its spool file sealed (the last commit, the stop time), so the next start lists
    // it with the recent sessions instead of offering it as a crashed capture. exit(), not quit():
    // it also ends a modal dialog's loop, and no new one starts after it.
    const auto endKeepingCapture = [&window] {
        window.closeKeepingCapture();
        QCoreApplication::exit(ExitCode::Ok);
    };
    QObject::connect(&quitSignals, &UnixSignalNotifier::received, &window, endKeepingCapture);

    // A test and automation hook (tests/app, the screenshot scripts), not a user setting: quit by
    // itself after N ms, like a signal would, keeping the capture without asking.
    bool ok = false;
    const int quitAfter = qEnvironmentVariableIntValue("FSNOOP_QUIT_AFTER_MS", &ok);
    if (ok && quitAfter > 0)
        QTimer::singleShot(quitAfter, &window, endKeepingCapture);

    return QApplication::exec();
}
