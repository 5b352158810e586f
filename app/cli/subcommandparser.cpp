#include "cli/subcommandparser.h"

#include "cli/exitcode.h"
#include "cli/terminalerror.h"

#include <cstdio>

SubcommandParser::SubcommandParser(const QString &command, const QString &outputValue)
    : outputOption({QStringLiteral("o"), QStringLiteral("output")}, QString(), outputValue),
      formatOption(QStringLiteral("format"), QString(), QStringLiteral("FORMAT")),
      quietOption({QStringLiteral("q"), QStringLiteral("quiet")}, QString()),
      helpOption({QStringLiteral("h"), QStringLiteral("help")}, QString()),
      m_command(command)
{
}

SubcommandParser::Parse SubcommandParser::parse(const QStringList &arguments,
                                                const QList<QCommandLineOption> &own, QString *error)
{
    addOptions({outputOption, formatOption, quietOption, helpOption});
    addOptions(own);
    // QCommandLineParser expects the program name first.
    if (!QCommandLineParser::parse(QStringList{m_command} + arguments)) {
        *error = errorText();
        return Parse::Error;
    }
    return isSet(helpOption) ? Parse::Help : Parse::Ok;
}

bool SubcommandParser::resolveFormat(const QString &output, OutputFormat::Kind *format,
                                     QString *error) const
{
    return OutputFormat::resolve(isSet(formatOption) ? std::optional(value(formatOption))
                                                     : std::nullopt,
                                 output, format, error);
}

std::optional<int> SubcommandParser::exitUnlessOk(Parse parsed, QString (*help)(),
                                                  const QString &error, const QString &command)
{
    switch (parsed) {
    case Parse::Help:
        std::fputs(help().toLocal8Bit().constData(), stdout);
        return ExitCode::Ok;
    case Parse::Error:
        return TerminalError::usage(error, command);
    case Parse::Ok:
        break;
    }
    return std::nullopt;
}
