#include "analysis/analysisviews.h"

#include "window/mainwindow.h"
#include "analysis/renamechainpanel.h"
#include "core/session.h"
#include "analysis/statspanel.h"
#include "events/eventpropertiesdialog.h"
#include "events/rulescontroller.h"
#include "processes/processespanel.h"

#include <QTableView>

AnalysisViews addAnalysisViews(MainWindow *window)
{
    AnalysisViews views;
    views.stats = new StatsPanel(window->session());
    views.renames = new RenameChainPanel(window->session());
    window->addView(views.stats, AnalysisViews::tr("Statistics"));
    window->addView(views.renames, AnalysisViews::tr("Renames"));
    views.processes = new ProcessesPanel(window->session(),
                                         window->rules()->filterAction()->shortcut());
    window->addView(views.processes, AnalysisViews::tr("Processes"));
    QObject::connect(views.processes, &ProcessesPanel::showProcessesRequested, window,
                     &MainWindow::showOnlyProcesses);
    QObject::connect(views.processes, &ProcessesPanel::rulesRequested, window->rules(),
                     &RulesController::addFilterRules);
    QObject::connect(views.processes, &ProcessesPanel::processInformationRequested, window,
                     &MainWindow::watchWithProcessInformation);

    for (SessionStatsPanel *panel : {static_cast<SessionStatsPanel *>(views.stats),
                                     static_cast<SessionStatsPanel *>(views.renames),
                                     static_cast<SessionStatsPanel *>(views.processes)}) {
        // A session file streams in after its first chunk (isLoading()): its renames wait for
        // the rest by event time, not by the wall clock, until sessionLoaded().
        QObject::connect(window, &MainWindow::sessionChanged, panel, [window, panel](Session *s) {
            panel->setSession(s, window->isLoading());
        });
        QObject::connect(window, &MainWindow::sessionLoaded, panel,
                         &SessionStatsPanel::finish);
    }
    QObject::connect(views.stats, &StatsPanel::showPathsRequested, window,
                     &MainWindow::showOnlyPaths);
    QObject::connect(views.renames, &RenameChainPanel::showPathsRequested, window,
                     &MainWindow::showOnlyPaths);
    QObject::connect(window, &MainWindow::captureStopped, views.renames,
                     &SessionStatsPanel::finish);
    // Event Properties shows the rename chain an event belongs to: the Renames tab's chains.
    EventPropertiesDialog::install(window->eventView(), window->eventModel(),
                                   views.renames->stats());
    return views;
}
