#include "cli/commandline.h"
#include "cli/exitcode.h"
#include "guimain.h"
#include "cli/recordcommand.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

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
        auto *translator = new QTranslator(&app);
        if (translator->load(QLocale(), QStringLiteral("fsnoop"), QStringLiteral("_"),
                             QStringLiteral(":/i18n")))
            QCoreApplication::installTranslator(translator);
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
