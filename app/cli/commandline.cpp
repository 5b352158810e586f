#include "cli/commandline.h"

#include "core/eventnames.h"
#include "cli/exitcode.h"
#include "cli/subcommandparser.h"
#include "analysis/statsreport.h"
#include "capture/pathfilter.h"
#include "analysis/filterfile.h"
#include "analysis/rulematcher.h"
#include "text/rulestext.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <cmath>
#include <cstring>

namespace {

// QGuiApplication's and QApplication's own options (qguiapplication.html, qapplication.html),
// which the window passes on to Qt; the ones that take a value are followed by one.
constexpr const char *kQtOptionsWithValue[] = {"-platform", "-platformpluginpath",
    "-platformtheme", "-plugin", "-qmljsdebugger", "-qwindowgeometry", "-qwindowicon",
    "-qwindowtitle", "-session", "-style", "-stylesheet", "-display", "-geometry", "-name",
    "-title", "-visual", "-im", "-cmap", "-ncols"};
constexpr const char *kQtFlags[] = {"-reverse", "-widgetcount", "-nograb", "-dograb", "-sync"};

bool isOneOf(const char *arg, const char *const *list, std::size_t n)
{
    for (std::size_t i = 0; i < n; ++i) {
        if (std::strcmp(arg, list[i]) == 0 || (arg[0] == '-' && std::strcmp(arg + 1, list[i]) == 0))
            return true;
    }
    return false;
}

} // namespace

CommandLine::Mode CommandLine::mode(int argc, char **argv)
{
    if (argc < 2)
        return Mode::Gui;
    const char *first = argv[1];
    if (std::strcmp(first, "record") == 0)
        return Mode::Record;
    if (std::strcmp(first, "export") == 0)
        return Mode::Export;
    if (std::strcmp(first, "--help") == 0 || std::strcmp(first, "-h") == 0
        || std::strcmp(first, "help") == 0)
        return Mode::Help;
    if (std::strcmp(first, "--version") == 0 || std::strcmp(first, "-V") == 0)
        return Mode::Version;

    return windowArgumentsError(argc, argv).isEmpty() ? Mode::Gui : Mode::Usage;
}

QString CommandLine::windowArgumentsError(int argc, char **argv)
{
    // The window's words: [open FILE | FOLDER], with Qt's options anywhere.
    QStringList words;
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (isOneOf(arg, kQtOptionsWithValue, std::size(kQtOptionsWithValue))) {
            ++i;
            continue;
        }
        if (isOneOf(arg, kQtFlags, std::size(kQtFlags)))
            continue;
        if (arg[0] == '-' && arg[1] != 0)
            return tr("unknown option \"%1\"").arg(QString::fromLocal8Bit(arg));
        words.append(QFile::decodeName(arg));
    }
    QString error;
    if (!words.isEmpty() && words.first() == QLatin1String("open")) {
        if (words.size() != 2)
            error = tr("open needs one session file (usage: fsnoop open SESSION)");
        else if (!QFileInfo::exists(words.at(1)))
            error = tr("no such file: %1").arg(words.at(1));
        // Anything that exists goes to the loader, which says why it cannot be opened (a FIFO,
        // a device, a malformed file) and exits 1.
    } else if (!words.isEmpty() && !QFileInfo(words.first()).isDir()) {
        error = QFileInfo::exists(words.first())
            ? tr("not a folder: %1 (to open a session file: fsnoop open %1)").arg(words.first())
            : tr("unknown command or no such folder: %1").arg(words.first());
    } else if (words.size() > 1) {
        error = tr("unexpected argument \"%1\"").arg(words.at(1));
    }
    return error;
}

QString CommandLine::missingDisplay(int argc, char **argv)
{
    // Qt picks its platform from -platform, then QT_QPA_PLATFORM, then the session (Wayland or
    // X11). With none of them there is nothing to open a window on, and Qt would abort.
    for (int i = 1; i < argc; ++i) {
        if (isOneOf(argv[i], kQtOptionsWithValue, 1))
            return {};
    }
    for (const char *var : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"}) {
        if (!qEnvironmentVariableIsEmpty(var))
            return {};
    }
    return tr("no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set); "
              "without a window, use fsnoop record or fsnoop export");
}

QString CommandLine::exitCodesHelp()
{
    return tr("Exit codes:\n"
              "  %1  finished normally (Ctrl+C, SIGTERM, --duration, or the reader of a pipe quit)\n"
              "  %2  runtime error (output could not be written, the engine failed, no watched\n"
              "     folder is left to watch or to wait for)\n"
              "  %3  usage error (unknown option or event name, bad regular expression, no such folder)\n"
              "  %4  nothing could be watched (permission denied, inotify watch limit)\n")
        .arg(ExitCode::Ok)
        .arg(ExitCode::RuntimeError)
        .arg(ExitCode::UsageError)
        .arg(ExitCode::NothingWatched);
}

QString CommandLine::generalHelp()
{
    return tr("Usage:\n"
              "  fsnoop [FOLDER]            open the window, watching FOLDER if given\n"
              "  fsnoop open SESSION        reopen a captured session (.fsnoop or .csv) in the\n"
              "                             window\n"
              "  fsnoop record FOLDER... [options]\n"
              "                             capture without a window and write CSV, JSON Lines\n"
              "                             or a session file (see `fsnoop record --help`)\n"
              "  fsnoop export SESSION -o OUT\n"
              "                             convert a session to .csv, .jsonl or .fsnoop\n"
              "                             without a window (see `fsnoop export --help`)\n"
              "  fsnoop --help | --version\n"
              "\n")
        + exitCodesHelp();
}

QString CommandLine::recordHelp()
{
    // The event names, wrapped to fit an 80-column terminal under the option's description.
    QString names;
    int column = 0;
    for (const EventNames::Type &t : EventNames::types()) {
        const QString name = QLatin1String(t.name) + QLatin1Char(',');
        if (column > 0 && column + name.size() > 55) {
            names += QLatin1String("\n                         ");
            column = 0;
        }
        names += name;
        column += int(name.size());
    }
    return tr("Usage: fsnoop record FOLDER... [options]\n"
              "\n"
              "Watches every FOLDER recursively with inotify and writes one CSV row per event\n"
              "(format: docs/csv-format.md), flushed as events arrive, until Ctrl+C, SIGTERM or\n"
              "--duration. A one-line summary goes to standard error at the end.\n"
              "\n"
              "Options:\n"
              "  -e, --event EVENTS     record only these events, comma-separated (default: all):\n"
              "                         %1\n"
              "                         close, move, all\n"
              "  --exclude REGEX        ignore paths matching REGEX (Perl-compatible syntax,\n"
              "                         matched against the full path); excluded folders get no\n"
              "                         watch at all. May be repeated.\n"
              "  --include REGEX        record only paths matching REGEX. May be repeated.\n"
              "  --duration SECONDS     stop after SECONDS (decimals allowed)\n"
              "  -o, --output FILE.csv  write to FILE.csv instead of standard output (when it is\n"
              "                         inside a watched folder, its own changes are left out)\n"
              "  -q, --quiet            no set-up messages and no summary (problems are still\n"
              "                         reported)\n"
              "  --stats                at the end, print a table of events per file and event\n"
              "                         type to standard error (what inotifywatch prints)\n"
              "  -a, --ascending EVENT  with --stats: sort ascending by EVENT (or total)\n"
              "  -d, --descending EVENT with --stats: sort descending by EVENT (default: total)\n"
              "  --filter FILE          write only the events the filter rules in FILE accept\n"
              "                         (a filter file saved by the window's Filter dialog,\n"
              "                         docs/filter-format.md); the first set, or NAME's\n"
              "  --filter-set NAME      with --filter: use the set called NAME\n"
              "  --fanotify             watch with fanotify through the privileged helper (run as\n"
              "                         root, or authenticate with pkexec): also records which\n"
              "                         process (pid, name, executable) touched each file\n"
              "  -h, --help             show this help\n"
              "\n")
               .arg(names)
        + tr("Output formats:\n"
             "  --format FORMAT        csv (the default), jsonl (JSON Lines: one JSON object per\n"
             "                         event, Elastic Common Schema names) or fsnoop (a session\n"
             "                         file: an SQLite database, crash-safe; needs -o). Without\n"
             "                         --format, -o FILE chooses by its extension: .csv, .jsonl,\n"
             "                         .fsnoop (docs/session-format.md)\n"
             "\n")
        + exitCodesHelp();
}

bool CommandLine::loadRules(const QString &file, const QString &setName, FilterRules *rules,
                            QString *error)
{
    QList<NamedRuleSet> sets;
    FilterFile::Error fileError;
    if (!FilterFile::load(file, &sets, &fileError)) {
        *error = tr("--filter %1: %2").arg(file, RulesText::fileError(fileError));
        return false;
    }
    const NamedRuleSet *chosen = nullptr;
    for (const NamedRuleSet &set : std::as_const(sets)) {
        if (setName.isEmpty() || set.name == setName) {
            chosen = &set;
            break;
        }
    }
    if (!chosen) {
        *error = setName.isEmpty() ? tr("--filter %1: the file holds no rule set").arg(file)
                                   : tr("--filter %1: no set called \"%2\"").arg(file, setName);
        return false;
    }
    // A rule that cannot work is a usage error here: a headless capture must not quietly record
    // nothing (or everything) for hours.
    RuleMatcher matcher;
    matcher.setRules(chosen->rules);
    if (!matcher.problems().isEmpty()) {
        *error = tr("--filter %1: %2").arg(file, RulesText::problem(matcher.problems().first()));
        return false;
    }
    *rules = chosen->rules;
    return true;
}

CommandLine::Parse CommandLine::parseRecord(const QStringList &arguments, RecordOptions *options,
                                            QString *error)
{
    SubcommandParser parser(QStringLiteral("fsnoop record"), QStringLiteral("FILE"));
    const QCommandLineOption eventOpt({QStringLiteral("e"), QStringLiteral("event")},
                                      QString(), QStringLiteral("EVENTS"));
    const QCommandLineOption excludeOpt(QStringLiteral("exclude"), QString(),
                                        QStringLiteral("REGEX"));
    const QCommandLineOption includeOpt(QStringLiteral("include"), QString(),
                                        QStringLiteral("REGEX"));
    const QCommandLineOption durationOpt(QStringLiteral("duration"), QString(),
                                         QStringLiteral("SECONDS"));
    const QCommandLineOption statsOpt(QStringLiteral("stats"), QString());
    const QCommandLineOption ascendingOpt({QStringLiteral("a"), QStringLiteral("ascending")},
                                          QString(), QStringLiteral("EVENT"));
    const QCommandLineOption descendingOpt({QStringLiteral("d"), QStringLiteral("descending")},
                                           QString(), QStringLiteral("EVENT"));
    const QCommandLineOption fanotifyOpt(QStringLiteral("fanotify"), QString());
    const QCommandLineOption filterOpt(QStringLiteral("filter"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption filterSetOpt(QStringLiteral("filter-set"), QString(),
                                          QStringLiteral("NAME"));
    const Parse parsed = parser.parse(arguments,
                                      {eventOpt, excludeOpt, includeOpt, durationOpt, statsOpt,
                                       ascendingOpt, descendingOpt, fanotifyOpt, filterOpt,
                                       filterSetOpt},
                                      error);
    if (parsed != Parse::Ok)
        return parsed;

    RecordOptions out;
    out.quiet = parser.isSet(parser.quietOption);
    out.stats = parser.isSet(statsOpt);
    if (parser.isSet(fanotifyOpt))
        out.watch.backend = WatchOptions::Backend::Fanotify;
    if (parser.isSet(ascendingOpt) && parser.isSet(descendingOpt)) {
        *error = tr("-a and -d cannot be used together");
        return Parse::Error;
    }
    for (const QCommandLineOption *opt : {&ascendingOpt, &descendingOpt}) {
        if (!parser.isSet(*opt))
            continue;
        if (!out.stats) {
            *error = tr("-%1 sorts the --stats table: add --stats").arg(opt->names().constFirst());
            return Parse::Error;
        }
        if (!StatsReport::parseSortKey(parser.value(*opt), &out.statsSortKey)) {
            *error = tr("unknown event name \"%1\" for -%2 (try: fsnoop record --help)")
                         .arg(parser.value(*opt), opt->names().constFirst());
            return Parse::Error;
        }
        out.statsAscending = opt == &ascendingOpt;
    }

    if (parser.isSet(eventOpt)) {
        quint32 mask = 0;
        // -e may be given several times, as with inotifywait.
        for (const QString &list : parser.values(eventOpt)) {
            QString bad;
            const quint32 m = EventNames::parseList(list, &bad);
            if (m == 0) {
                *error = bad.isEmpty() ? tr("no event names in \"%1\"").arg(list)
                                       : tr("unknown event name \"%1\" (try: fsnoop record --help)")
                                             .arg(bad);
                return Parse::Error;
            }
            mask |= m;
        }
        out.watch.events = mask;
    }

    const auto regexes = [&](const QCommandLineOption &opt, QList<QRegularExpression> *list) {
        for (const QString &pattern : parser.values(opt)) {
            QRegularExpression re;
            const QString why = PathFilter::compile(pattern, &re);
            if (!why.isEmpty()) {
                *error = tr("bad regular expression \"%1\" for --%2: %3 (at offset %4)")
                             .arg(pattern, opt.names().constFirst(), why)
                             .arg(re.patternErrorOffset());
                return false;
            }
            list->append(re);
        }
        return true;
    };
    if (!regexes(excludeOpt, &out.watch.excludes) || !regexes(includeOpt, &out.watch.includes))
        return Parse::Error;

    if (parser.isSet(filterSetOpt) && !parser.isSet(filterOpt)) {
        *error = tr("--filter-set names a set of the --filter file: add --filter");
        return Parse::Error;
    }
    if (parser.isSet(filterOpt)
        && !loadRules(parser.value(filterOpt), parser.value(filterSetOpt), &out.rules, error))
        return Parse::Error;

    if (parser.isSet(durationOpt)) {
        bool ok = false;
        const double seconds = parser.value(durationOpt).toDouble(&ok);
        if (!ok || !std::isfinite(seconds) || seconds <= 0 || seconds > 365.0 * 86400) {
            *error = tr("--duration needs a positive number of seconds, not \"%1\"")
                         .arg(parser.value(durationOpt));
            return Parse::Error;
        }
        out.durationMs = qMax<qint64>(1, qint64(std::llround(seconds * 1000)));
    }
    if (parser.isSet(parser.outputOption)) {
        out.outputFile = parser.value(parser.outputOption);
        if (out.outputFile.isEmpty()) {
            *error = tr("-o needs a file name");
            return Parse::Error;
        }
    }
    if (!parser.resolveFormat(out.outputFile, &out.format, error))
        return Parse::Error;

    const QStringList folders = parser.positionalArguments();
    if (folders.isEmpty()) {
        *error = tr("no folder to watch (usage: fsnoop record FOLDER... [options])");
        return Parse::Error;
    }
    for (const QString &folder : folders) {
        const QFileInfo info(folder);
        if (!info.exists()) {
            *error = tr("no such folder: %1").arg(folder);
            return Parse::Error;
        }
        if (!info.isDir()) {
            *error = tr("not a folder: %1").arg(folder);
            return Parse::Error;
        }
        // Absolute but not canonical: the user's spelling (through a symlink) is what they see in
        // the paths of the record, as with inotifywait.
        out.watch.roots.append(QFile::encodeName(info.absoluteFilePath()));
    }
    // Writing the record inside a watched folder would record our own writes, one MODIFY per
    // batch, each of which makes the next batch: a loop that never goes quiet. Leave that one
    // file out (only then: a regex costs the engine a match per event).
    if (!out.outputFile.isEmpty() && out.outputFile != QLatin1String("-")) {
        const QString output = QFileInfo(out.outputFile).absoluteFilePath();
        for (const QByteArray &root : std::as_const(out.watch.roots)) {
            QString prefix = QFile::decodeName(root);
            if (!prefix.endsWith(QLatin1Char('/')))
                prefix += QLatin1Char('/');
            if (output.startsWith(prefix)) {
                // A session file also has its SQLite companions (-wal, -shm, -journal).
                out.watch.excludes.append(QRegularExpression(
                    QLatin1String("\\A") + QRegularExpression::escape(output)
                    + QLatin1String("(-wal|-shm|-journal)?\\z")));
                break;
            }
        }
    }
    *options = std::move(out);
    return Parse::Ok;
}
