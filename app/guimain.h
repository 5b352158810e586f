#pragma once

class QStringList;

// Runs the window: `fsnoop [PATH]` and `fsnoop open SESSION.csv`. `arguments` are the command
// line after the program name. Returns the process exit code.
int runGui(int &argc, char **argv);
