#include "applicationsetup.h"
#include "cli/commandline.h"
#include "cli/exitcode.h"
#include "cli/exportcommand.h"
#include "guimain.h"
#include "cli/recordcommand.h"
#include "cli/terminalerror.h"

#include <QCoreApplication>

#include <csignal>
#include <cstdio>

// fsnoop's front door. `record`, `export`, `--help` and `--version` are handled here without a
// window (and without a display); the rest is the window's (runGui builds its own QApplication),
// once the words are known to be the window's and there is a display to open it on.
int main(int argc, char **argv)
{
    const CommandLine::Mode mode = CommandLine::mode(argc, argv);
    if (mode == CommandLine::Mode::Gui && CommandLine::missingDisplay(argc, argv).isEmpty())
        return runGui(argc, argv);

    // Every other way in speaks from a QCoreApplication, set up (names, translators) before it
    // says a word: a QApplication would abort in its platform plug-in without a display.
    QCoreApplication app(argc, argv);
    setUpApplication(app);
    // What a terminal command writes often goes to a pipe whose reader may quit (`| head`): that
    // must be an EPIPE from write(2) the command ends on cleanly, not a silent death by SIGPIPE.
    ::signal(SIGPIPE, SIG_IGN);
    switch (mode) {
    case CommandLine::Mode::Record:
        return runRecord();
    case CommandLine::Mode::Export:
        return runExport();
    case CommandLine::Mode::Usage:
        return TerminalError::usage(CommandLine::windowArgumentsError(argc, argv),
                                    QStringLiteral("fsnoop"));
    case CommandLine::Mode::Help:
        std::fputs(CommandLine::generalHelp().toLocal8Bit().constData(), stdout);
        return ExitCode::Ok;
    case CommandLine::Mode::Version:
        std::fputs("fsnoop " FSNOOP_VERSION "\n", stdout);
        return ExitCode::Ok;
    case CommandLine::Mode::Gui:
        break;
    }
    // The window's words, but no display to open it on.
    TerminalError::print(CommandLine::missingDisplay(argc, argv));
    return ExitCode::RuntimeError;
}
