#include "cli/outputformat.h"

std::optional<OutputFormat::Kind> OutputFormat::fromName(QStringView name)
{
    if (name.compare(u"csv", Qt::CaseInsensitive) == 0)
        return Csv;
    if (name.compare(u"jsonl", Qt::CaseInsensitive) == 0 || name.compare(u"json", Qt::CaseInsensitive) == 0)
        return Jsonl;
    if (name.compare(u"fsnoop", Qt::CaseInsensitive) == 0
        || name.compare(u"session", Qt::CaseInsensitive) == 0)
        return Session;
    return std::nullopt;
}

std::optional<OutputFormat::Kind> OutputFormat::fromFileName(const QString &fileName)
{
    if (fileName.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return Csv;
    if (fileName.endsWith(QLatin1String(".jsonl"), Qt::CaseInsensitive)
        || fileName.endsWith(QLatin1String(".ndjson"), Qt::CaseInsensitive))
        return Jsonl;
    if (fileName.endsWith(QLatin1String(".fsnoop"), Qt::CaseInsensitive))
        return Session;
    return std::nullopt;
}

OutputFormat::Kind OutputFormat::choose(const std::optional<Kind> &option, const QString &fileName)
{
    if (option)
        return *option;
    return fromFileName(fileName).value_or(Csv);
}

bool OutputFormat::resolve(const std::optional<QString> &option, const QString &fileName,
                           Kind *kind, QString *error)
{
    std::optional<Kind> named;
    if (option) {
        named = fromName(*option);
        if (!named) {
            *error = tr("unknown format \"%1\" for --format (csv, jsonl or fsnoop)").arg(*option);
            return false;
        }
    }
    *kind = choose(named, fileName);
    if (*kind == Session && (fileName.isEmpty() || fileName == QLatin1String("-"))) {
        *error = tr("a session file cannot go to standard output: give it a name with -o "
                    "FILE.fsnoop");
        return false;
    }
    return true;
}

QString OutputFormat::displayName(const QString &fileName)
{
    return fileName.isEmpty() || fileName == QLatin1String("-") ? tr("standard output") : fileName;
}
