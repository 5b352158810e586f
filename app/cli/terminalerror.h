#pragma once

class QString;

// How every headless command says what went wrong: "fsnoop: TEXT" on standard error, as one
// write so that lines from several writers never interleave mid-line.
class TerminalError final
{
public:
    TerminalError() = delete;

    static void print(const QString &text);
    // A usage error: the text, then the hint ("Try 'fsnoop record --help'."); returns the
    // usage-error exit code, for `return TerminalError::usage(...)`.
    static int usage(const QString &text, const QString &hint);
};
