#include "analysis/analysisviews.h"

#include "window/mainwindow.h"
#include "analysis/renamechainpanel.h"
#include "core/session.h"
#include "analysis/statspanel.h"

AnalysisViews addAnalysisViews(MainWindow *window)
{
    AnalysisViews views;
    views.stats = new StatsPanel(window->session());
    views.renames = new RenameChainPanel(window->session());
    window->addView(views.stats, AnalysisViews::tr("Statistics"));
    window->addView(views.renames, AnalysisViews::tr("Renames"));

    QObject::connect(window, &MainWindow::sessionChanged, views.stats, &StatsPanel::setSession);
    QObject::connect(window, &MainWindow::sessionChanged, views.renames,
                     &RenameChainPanel::setSession);
    QObject::connect(views.stats, &StatsPanel::showPathsRequested, window,
                     &MainWindow::showOnlyPaths);
    QObject::connect(views.renames, &RenameChainPanel::showPathsRequested, window,
                     &MainWindow::showOnlyPaths);
    QObject::connect(window, &MainWindow::captureStopped, views.renames,
                     &RenameChainPanel::finishCapture);
    return views;
}
