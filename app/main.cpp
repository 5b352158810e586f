#include "cli/commandline.h"
#include "cli/exitcode.h"
#include "guimain.h"
#include "cli/recordcommand.h"
#include "text/translators.h"

#include <QCoreApplication>

#include <cstdio>

// fsnoop's front door. `record`, `--help` and `--version` are handled here without a window (and
// without a display); everything else is the window's (runGui builds its own QApplication).
int main(int argc, char **argv)
{
    switch (CommandLine::mode(argc, argv)) {
    case CommandLine::Mode::Record:
        return runRecord(argc, argv);
    case CommandLine::Mode::Help: {
        QCoreApplication app(argc, argv);
        Translators::install(app);
        std::fputs(CommandLine::generalHelp().toLocal8Bit().constData(), stdout);
        return ExitCode::Ok;
    }
    case CommandLine::Mode::Version:
        std::fputs("fsnoop " FSNOOP_VERSION "\n", stdout);
        return ExitCode::Ok;
    case CommandLine::Mode::Gui:
        break;
    }
    return runGui(argc, argv);
}
