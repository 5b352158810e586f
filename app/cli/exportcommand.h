#pragma once

#include "cli/outputformat.h"
#include "cli/subcommandparser.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// What `fsnoop export` was asked to do.
struct ExportOptions
{
    QString input;  // .fsnoop (recognised by its SQLite header, whatever its name) or fsnoop CSV
    QString output; // "-": standard output (CSV or JSON Lines only)
    OutputFormat::Kind format = OutputFormat::Csv;
    bool quiet = false;
};

// `fsnoop export SESSION -o OUT`: converts a session between the session file, CSV and JSON Lines
// without a window. A session file is streamed (its paths and processes in memory, its events in
// chunks), so a session far bigger than memory converts; a CSV is loaded whole, as `open` does.
// Text output goes through QSaveFile and a session file is removed on failure: a failed or
// interrupted export leaves no half file behind.
class ExportCommand final
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    using Parse = SubcommandParser::Parse;
    // `arguments` are the words after `export`.
    static Parse parse(const QStringList &arguments, ExportOptions *options, QString *error);
    static QString help();

    // Returns the exit code (ExitCode::Ok or RuntimeError); messages go to standard error.
    static int run(const ExportOptions &options);
};

// main()'s entry for `fsnoop export ...`, once it has built and set up the QCoreApplication.
int runExport();
