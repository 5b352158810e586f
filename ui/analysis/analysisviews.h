#pragma once

#include <QCoreApplication>

class MainWindow;
class StatsPanel;
class RenameChainPanel;

// Adds the statistics and rename-chain views to the window as tabs beside the event table, and
// wires them: they follow the window's session (live or reopened), a click in them narrows the
// event table to the paths it names, and the end of a capture settles pending renames.
struct AnalysisViews
{
    Q_DECLARE_TR_FUNCTIONS(AnalysisViews)

public:
    StatsPanel *stats = nullptr;
    RenameChainPanel *renames = nullptr;
};

AnalysisViews addAnalysisViews(MainWindow *window);
