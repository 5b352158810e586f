#pragma once

#include <QCoreApplication>

class MainWindow;
class StatsPanel;
class RenameChainPanel;
class ProcessesPanel;

// Adds the statistics, rename-chain and process views to the window as tabs beside the event table, and
// wires them: they follow the window's session (live or reopened), a click in them narrows the
// event table to the paths (or the process) it names, and the end of a capture settles pending
// renames. The event table's Event Properties dialog, which shows rename chains, is added too.
struct AnalysisViews
{
    Q_DECLARE_TR_FUNCTIONS(AnalysisViews)

public:
    StatsPanel *stats = nullptr;
    RenameChainPanel *renames = nullptr;
    ProcessesPanel *processes = nullptr;
};

AnalysisViews addAnalysisViews(MainWindow *window);
