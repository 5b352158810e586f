#include "applicationsetup.h"
#include "cli/commandline.h"
#include "cli/exitcode.h"
#include "cli/exportcommand.h"
#include "guimain.h"
#include "cli/recordcommand.h"
#include "cli/terminalerror.h"

#include <QCoreApplication>

#include <cstdio>

namespace {
// A usage error or a missing display, said from a QCoreApplication: a QApplication would abort
// in its platform plug-in before a word is said.
int refuse(QString (*why)(int, char **), int exitCode, int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    setUpApplication(app);
    const QString text = why(argc, argv);
    if (exitCode == ExitCode::UsageError)
        return TerminalError::usage(text, CommandLine::tr("Try 'fsnoop --help'.\n"));
    TerminalError::print(text);
    return exitCode;
}
} // namespace

// fsnoop's front door. `record`, `export`, `--help` and `--version` are handled here without a
// window (and without a display); the rest is the window's (runGui builds its own QApplication),
// once the words are known to be the window's and there is a display to open it on.
int main(int argc, char **argv)
{
    switch (CommandLine::mode(argc, argv)) {
    case CommandLine::Mode::Record:
        return runRecord(argc, argv);
    case CommandLine::Mode::Export:
        return runExport(argc, argv);
    case CommandLine::Mode::Usage:
        return refuse(&CommandLine::windowArgumentsError, ExitCode::UsageError, argc, argv);
    case CommandLine::Mode::Help: {
        QCoreApplication app(argc, argv);
        setUpApplication(app);
        std::fputs(CommandLine::generalHelp().toLocal8Bit().constData(), stdout);
        return ExitCode::Ok;
    }
    case CommandLine::Mode::Version:
        std::fputs("fsnoop " FSNOOP_VERSION "\n", stdout);
        return ExitCode::Ok;
    case CommandLine::Mode::Gui:
        break;
    }
    if (!CommandLine::missingDisplay(argc, argv).isEmpty())
        return refuse(&CommandLine::missingDisplay, ExitCode::RuntimeError, argc, argv);
    return runGui(argc, argv);
}
