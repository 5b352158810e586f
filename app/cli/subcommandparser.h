#pragma once

#include "cli/outputformat.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The words after `fsnoop record` or `fsnoop export`: a QCommandLineParser that already knows the
// options both commands take (-o/--output, --format, -q/--quiet, -h/--help) and what both do with
// them; each command adds its own options in parse() and reads the rest itself. The help texts
// are the commands' own (CommandLine::recordHelp(), ExportCommand::help()), not Qt's. A
// QCommandLineParser by inheritance so that a command reads every option the same way
// (isSet(), value()); it is never handled through a QCommandLineParser pointer.
class SubcommandParser final : public QCommandLineParser
{
public:
    enum class Parse { Ok, Help, Error };

    // `command` is how QCommandLineParser's messages name the program ("fsnoop record"),
    // `outputValue` the name of -o's value (FILE, OUT).
    SubcommandParser(const QString &command, const QString &outputValue);

    // Adds the shared options and `own`, then parses `arguments`: Error with *error for words
    // that do not parse, Help for -h, otherwise Ok with the values ready to be read.
    Parse parse(const QStringList &arguments, const QList<QCommandLineOption> &own, QString *error);

    // The output format: --format if given, else the extension of `output` (OutputFormat::resolve);
    // false with a usage error in *error.
    bool resolveFormat(const QString &output, OutputFormat::Kind *format, QString *error) const;

    // The start of `fsnoop record` and `fsnoop export` once the application exists: the words
    // after the command (argv[1]) go through `parse` into *options. Nothing when the command is
    // to run; otherwise the exit code, after `help()` on standard output (-h: exit code 0) or the
    // usage error and how to ask the command for help on standard error (TerminalError::usage).
    template <typename Options>
    static std::optional<int> parseOrExit(Parse (*parse)(const QStringList &, Options *, QString *),
                                          Options *options, QString (*help)())
    {
        const QStringList arguments = QCoreApplication::arguments();
        QString error;
        const Parse parsed = parse(arguments.mid(2), options, &error);
        return exitUnlessOk(parsed, help, error, QStringLiteral("fsnoop ") + arguments.value(1));
    }

    const QCommandLineOption outputOption;
    const QCommandLineOption formatOption;
    const QCommandLineOption quietOption;
    const QCommandLineOption helpOption;

private:
    static std::optional<int> exitUnlessOk(Parse parsed, QString (*help)(), const QString &error,
                                           const QString &command);

    QString m_command;
};
