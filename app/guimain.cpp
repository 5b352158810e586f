#include "guimain.h"

#include "applicationsetup.h"
#include "analysis/analysisviews.h"
#include "cli/exitcode.h"
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
    QApplication::setDesktopFileName(QStringLiteral("org.fsnoop.Fsnoop"));

    const QStringList args = QApplication::arguments().mid(1);
    MainWindow window;
    addAnalysisViews(&window);
    window.show();

    if (args.size() >= 2 && args.at(0) == QLatin1String("open")) {
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

    // For the screenshot script and smoke tests: quit by itself after N ms.
    bool ok = false;
    const int quitAfter = qEnvironmentVariableIntValue("FSNOOP_QUIT_AFTER_MS", &ok);
    if (ok && quitAfter > 0)
        QTimer::singleShot(quitAfter, &app, &QCoreApplication::quit);

    return QApplication::exec();
}
