#pragma once

// Runs the window: `fsnoop [PATH]` and `fsnoop open SESSION.csv` (argv as main() got it).
// Returns the process exit code.
int runGui(int &argc, char **argv);
