#pragma once

#include "cli/outputformat.h"
#include "cli/subcommandparser.h"
#include "analysis/filterrule.h"
#include "core/watchoptions.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// What `fsnoop record` was asked to do.
struct RecordOptions
{
    WatchOptions watch;         // roots, event mask, include/exclude regexes, backend
    qint64 durationMs = 0;      // 0: until SIGINT/SIGTERM
    QString outputFile;         // empty or "-": stdout
    OutputFormat::Kind format = OutputFormat::Csv; // --format, else -o's extension, else CSV
    bool quiet = false;         // no set-up messages, no summary (problems are still printed)
    bool stats = false;         // print inotifywatch's per-file table at the end (--stats)
    quint32 statsSortKey = 0;   // 0: total; otherwise one IN_* bit (-a/-d EVENT)
    bool statsAscending = false;
    FilterRules rules;          // --filter FILE: only events these rules accept are written
};

// The command line: which mode, and the parsing of `fsnoop record`'s options. Pure (no file is
// opened, nothing is watched) so it is easy to reason about; checks that touch the file system
// (does PATH exist) are done here too because they are usage errors (exit 2).
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum class Mode { Gui, Record, Export, Help, Version, Usage };

    // Decides from argv[1]: `record`, `export`, `--help`/`-h`/`help`, `--version`; the window's
    // are `fsnoop`, `fsnoop FOLDER`, `fsnoop open FILE` and Qt's own options (-platform ...).
    // Anything else (a mistyped command, a folder or file that does not exist, an unknown option)
    // is Usage, decided before any QApplication exists: a typo on a machine without a display
    // must be a usage error, not an abort in Qt's platform plug-in.
    static Mode mode(int argc, char **argv);
    // For Mode::Usage: what is wrong, in words (call it once translators are installed).
    static QString windowArgumentsError(int argc, char **argv);
    // Words for "there is no display to open the window on", or empty when there may be one.
    static QString missingDisplay(int argc, char **argv);

    using Parse = SubcommandParser::Parse;
    // `arguments` are the words after `record`. On Error, *error says what is wrong in one line.
    static Parse parseRecord(const QStringList &arguments, RecordOptions *options, QString *error);

    // --filter FILE [--filter-set NAME]: the rules of that set (the first when no name).
    static bool loadRules(const QString &file, const QString &setName, FilterRules *rules,
                          QString *error);

    static QString generalHelp();
    static QString recordHelp();
    static QString exitCodesHelp();
};
