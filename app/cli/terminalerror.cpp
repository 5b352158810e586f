#include "cli/terminalerror.h"

#include "cli/exitcode.h"

#include <QString>

#include <cstdio>

void TerminalError::print(const QString &text)
{
    const QByteArray line = QStringLiteral("fsnoop: %1\n").arg(text).toLocal8Bit();
    std::fputs(line.constData(), stderr);
    std::fflush(stderr);
}

int TerminalError::usage(const QString &text, const QString &command)
{
    print(text);
    std::fputs(tr("Try '%1 --help'.\n").arg(command).toLocal8Bit().constData(), stderr);
    return ExitCode::UsageError;
}
