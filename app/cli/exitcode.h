#pragma once

// fsnoop's exit codes, as documented in `fsnoop --help` and `fsnoop record --help`; scripts rely
// on them, so they never change meaning.
namespace ExitCode {
enum : int {
    Ok = 0,             // finished normally (Ctrl+C, SIGTERM, --duration, output pipe closed)
    RuntimeError = 1,   // could not write the output, the engine failed, or every root went away
    UsageError = 2,     // bad command line: unknown option or event name, bad regex, missing path
    NothingWatched = 3, // not a single directory could be watched (limit, permission)
};
}
