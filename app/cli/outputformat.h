#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>

// The formats `fsnoop record` and `fsnoop export` write: CSV (docs/csv-format.md), JSON Lines and
// the session file (docs/session-format.md). Chosen by --format, else by the output file's
// extension, else CSV: the default on standard output, as it always was.
class OutputFormat final
{
    Q_DECLARE_TR_FUNCTIONS(OutputFormat)

public:
    enum Kind { Csv, Jsonl, Session };

    // "csv", "jsonl" (or "json"), "fsnoop" (or "session"); nothing for an unknown word.
    static std::optional<Kind> fromName(QStringView name);
    // By extension: .csv, .jsonl/.ndjson, .fsnoop; nothing for any other name.
    static std::optional<Kind> fromFileName(const QString &fileName);
    // --format if given, else the extension, else CSV.
    static Kind choose(const std::optional<Kind> &option, const QString &fileName);

    // The command line's part, shared by `record` and `export`: `option` is --format's value (if
    // given), `fileName` the output ("" or "-": standard output). False with a usage error in
    // words for an unknown format or a session file asked for on standard output.
    static bool resolve(const std::optional<QString> &option, const QString &fileName, Kind *kind,
                        QString *error);
    // The output in words for people, for messages such as "cannot write %1: ...": the file's
    // name, or "standard output" for "" and "-".
    static QString displayName(const QString &fileName);
};
