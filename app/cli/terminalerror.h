#pragma once

#include <QCoreApplication>

class QString;

// How every headless command says what went wrong: "fsnoop: TEXT" on standard error, as one
// write so that lines from several writers never interleave mid-line.
class TerminalError final
{
    Q_DECLARE_TR_FUNCTIONS(TerminalError)

public:
    TerminalError() = delete;

    static void print(const QString &text);
    // A usage error: the text, then the hint to ask `command` ("fsnoop record") for its help;
    // returns the usage-error exit code, for `return TerminalError::usage(...)`.
    static int usage(const QString &text, const QString &command);
};
