<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>AnalysisViews</name>
        <message>
            <location filename="../ui/analysis/analysisviews.cpp" line="13" />
            <source>Statistics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/analysis/analysisviews.cpp" line="14" />
            <source>Renames</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CaptureController</name>
        <message>
            <location filename="../ui/window/capturecontroller.cpp" line="52" />
            <source>Setting Up Watches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/capturecontroller.cpp" line="54" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../ui/window/capturecontroller.cpp" line="64" />
            <source>Scanned %n folder(s)…</source>
            <translation>
                <numerusform>Scanned %n folder…</numerusform>
                <numerusform>Scanned %n folders…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/window/capturecontroller.cpp" line="89" />
            <source>Could Not Watch</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CaptureStatusBar</name>
        <message>
            <location filename="../ui/window/capturestatusbar.cpp" line="28" />
            <source>The oldest events were dropped to keep memory bounded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/capturestatusbar.cpp" line="30" />
            <source>Times the kernel queue overflowed and events were lost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/capturestatusbar.cpp" line="35" />
            <source>Show the warnings and what to do about them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/capturestatusbar.cpp" line="49" />
            <location filename="../ui/window/capturestatusbar.cpp" line="89" />
            <source>%1 events</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../ui/window/capturestatusbar.cpp" line="55" />
            <source>%n folder(s) scanned</source>
            <translation>
                <numerusform>%n folder scanned</numerusform>
                <numerusform>%n folders scanned</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/window/capturestatusbar.cpp" line="85" />
            <source>%n folder(s) watched</source>
            <translation>
                <numerusform>%n folder watched</numerusform>
                <numerusform>%n folders watched</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/window/capturestatusbar.cpp" line="90" />
            <source>%1 events/s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/capturestatusbar.cpp" line="93" />
            <source>%1 dropped</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../ui/window/capturestatusbar.cpp" line="96" />
            <source>%n overflow(s)</source>
            <translation>
                <numerusform>%n overflow</numerusform>
                <numerusform>%n overflows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/window/capturestatusbar.cpp" line="101" />
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n warning</numerusform>
                <numerusform>%n warnings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/window/capturestatusbar.cpp" line="186" />
            <source>%n notice(s)</source>
            <translation>
                <numerusform>%n notice</numerusform>
                <numerusform>%n notices</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/window/capturestatusbar.cpp" line="70" />
            <source>%n pattern(s) excluded</source>
            <translation>
                <numerusform>%n pattern excluded</numerusform>
                <numerusform>%n patterns excluded</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/window/capturestatusbar.cpp" line="72" />
            <source>Excluded: %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../ui/window/capturestatusbar.cpp" line="75" />
            <source>only %n pattern(s) included</source>
            <translation>
                <numerusform>only %n pattern included</numerusform>
                <numerusform>only %n patterns included</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/window/capturestatusbar.cpp" line="77" />
            <source>Included: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/capturestatusbar.cpp" line="82" />
            <source>%1 of %2 event types</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/capturestatusbar.cpp" line="84" />
            <source>subfolders not watched</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/capturestatusbar.cpp" line="87" />
            <source>The watch options leave some activity out (File → Watch Folder… to change them).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/capturestatusbar.cpp" line="28" />
            <source>The oldest events were dropped to stay within the capture budget (File ▸ Sessions); the session file still holds them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved as they come in %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 not in the session file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Events the session file could not take (the disk was full or too slow); they are only in memory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A watched folder was deleted or moved away. Its parent folder is watched for its name: when it is back, it is watched again and what it holds is recorded.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n folder(s) waiting to come back</source>
            <translation>
                <numerusform>%n folder waiting to come back</numerusform>
                <numerusform>%n folders waiting to come back</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <location filename="../app/cli/commandline.cpp" line="32" />
            <source>Exit codes:
  %1  finished normally (Ctrl+C, SIGTERM, --duration, or the reader of a pipe quit)
  %2  runtime error (output could not be written, the engine failed, every watched
     folder was deleted or unmounted)
  %3  usage error (unknown option or event name, bad regular expression, no such folder)
  %4  nothing could be watched (permission denied, inotify watch limit)
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="46" />
            <source>Usage:
  fsnoop [FOLDER]            open the window, watching FOLDER if given
  fsnoop open SESSION.csv    reopen a captured session in the window
  fsnoop record FOLDER... [options]
                             capture without a window and write CSV
                             (see `fsnoop record --help`)
  fsnoop --help | --version

</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="71" />
            <source>Usage: fsnoop record FOLDER... [options]

Watches every FOLDER recursively with inotify and writes one CSV row per event
(format: docs/csv-format.md), flushed as events arrive, until Ctrl+C, SIGTERM or
--duration. A one-line summary goes to standard error at the end.

Options:
  -e, --event EVENTS     record only these events, comma-separated (default: all):
                         %1
                         close, move, all
  --exclude REGEX        ignore paths matching REGEX (Perl-compatible syntax,
                         matched against the full path); excluded folders get no
                         watch at all. May be repeated.
  --include REGEX        record only paths matching REGEX. May be repeated.
  --duration SECONDS     stop after SECONDS (decimals allowed)
  -o, --output FILE.csv  write to FILE.csv instead of standard output (when it is
                         inside a watched folder, its own changes are left out)
  -q, --quiet            no set-up messages and no summary (problems are still
                         reported)
  --stats                at the end, print a table of events per file and event
                         type to standard error (what inotifywatch prints)
  -a, --ascending EVENT  with --stats: sort ascending by EVENT (or total)
  -d, --descending EVENT with --stats: sort descending by EVENT (default: total)
  --fanotify             watch with fanotify through the privileged helper (run as
                         root, or authenticate with pkexec): also records which
                         process (pid, name, executable) touched each file
  -h, --help             show this help

</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="142" />
            <source>-a and -d cannot be used together</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="149" />
            <source>-%1 sorts the --stats table: add --stats</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="153" />
            <source>unknown event name "%1" for -%2 (try: fsnoop record --help)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="167" />
            <source>no event names in "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="168" />
            <source>unknown event name "%1" (try: fsnoop record --help)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="181" />
            <source>bad regular expression "%1" for --%2: %3 (at offset %4)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="198" />
            <source>--duration needs a positive number of seconds, not "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="207" />
            <source>-o needs a file name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="214" />
            <source>no folder to watch (usage: fsnoop record FOLDER... [options])</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="220" />
            <source>no such folder: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="224" />
            <source>not a folder: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="68" />
            <source>unknown option "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="74" />
            <source>open needs one session file (usage: fsnoop open SESSION)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="76" />
            <source>no such file: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="79" />
            <source>not a folder: %1 (to open a session file: fsnoop open %1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="80" />
            <source>unknown command or no such folder: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="82" />
            <source>unexpected argument "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="99" />
            <source>no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set); without a window, use fsnoop record or fsnoop export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="119" />
            <source>Usage:
  fsnoop [FOLDER]            open the window, watching FOLDER if given
  fsnoop open SESSION        reopen a captured session (.fsnoop or .csv) in the
                             window
  fsnoop record FOLDER... [options]
                             capture without a window and write CSV, JSON Lines
                             or a session file (see `fsnoop record --help`)
  fsnoop export SESSION -o OUT
                             convert a session to .csv, .jsonl or .fsnoop
                             without a window (see `fsnoop export --help`)
  fsnoop --help | --version

</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="177" />
            <source>Output formats:
  --format FORMAT        csv (the default), jsonl (JSON Lines: one JSON object per
                         event, Elastic Common Schema names) or fsnoop (a session
                         file: an SQLite database, crash-safe; needs -o). Without
                         --format, -o FILE chooses by its extension: .csv, .jsonl,
                         .fsnoop (docs/session-format.md)

</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="75" />
            <source>Usage: fsnoop record FOLDER... [options]

Watches every FOLDER recursively with inotify and writes one CSV row per event
(format: docs/csv-format.md), flushed as events arrive, until Ctrl+C, SIGTERM or
--duration. A one-line summary goes to standard error at the end.

Options:
  -e, --event EVENTS     record only these events, comma-separated (default: all):
                         %1
                         close, move, all
  --exclude REGEX        ignore paths matching REGEX (Perl-compatible syntax,
                         matched against the full path); excluded folders get no
                         watch at all. May be repeated.
  --include REGEX        record only paths matching REGEX. May be repeated.
  --duration SECONDS     stop after SECONDS (decimals allowed)
  -o, --output FILE.csv  write to FILE.csv instead of standard output (when it is
                         inside a watched folder, its own changes are left out)
  -q, --quiet            no set-up messages and no summary (problems are still
                         reported)
  --stats                at the end, print a table of events per file and event
                         type to standard error (what inotifywatch prints)
  -a, --ascending EVENT  with --stats: sort ascending by EVENT (or total)
  -d, --descending EVENT with --stats: sort descending by EVENT (default: total)
  --filter FILE          write only the events the filter rules in FILE accept
                         (a filter file saved by the window's Filter dialog,
                         docs/filter-format.md); the first set, or NAME's
  --filter-set NAME      with --filter: use the set called NAME
  --fanotify             watch with fanotify through the privileged helper (run as
                         root, or authenticate with pkexec): also records which
                         process (pid, name, executable) touched each file
  -h, --help             show this help

</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="117" />
            <location filename="../app/cli/commandline.cpp" line="137" />
            <source>--filter %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="128" />
            <source>--filter %1: the file holds no rule set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="129" />
            <source>--filter %1: no set called "%2"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="239" />
            <source>--filter-set names a set of the --filter file: add --filter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="32" />
            <source>Exit codes:
  %1  finished normally (Ctrl+C, SIGTERM, --duration, or the reader of a pipe quit)
  %2  runtime error (output could not be written, the engine failed, no watched
     folder is left to watch or to wait for)
  %3  usage error (unknown option or event name, bad regular expression, no such folder)
  %4  nothing could be watched (permission denied, inotify watch limit)
</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CountColumns</name>
        <message>
            <location filename="../ui/analysis/countcolumns.cpp" line="63" />
            <source>Kernel notifications, not operations: inotify merges an event identical to the previous unread one, so ten quick writes may count as one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/analysis/countcolumns.cpp" line="69" />
            <source>Total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/analysis/countcolumns.cpp" line="71" />
            <source>First seen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/analysis/countcolumns.cpp" line="73" />
            <source>Last seen</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CsvFileSink</name>
        <message>
            <location filename="../app/cli/csvfilesink.cpp" line="104" />
            <source>another fsnoop is writing to it</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EventContextMenu</name>
        <message>
            <location filename="../ui/events/eventcontextmenu.cpp" line="117" />
            <source>Open Containing Folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/eventcontextmenu.cpp" line="123" />
            <source>Show Only This File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/eventcontextmenu.cpp" line="125" />
            <source>Hide This File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/eventcontextmenu.cpp" line="139" />
            <source>Show Only “%1” Events</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/eventcontextmenu.cpp" line="151" />
            <source>Show All Files and Events</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/eventcontextmenu.cpp" line="125" />
            <source>This Process (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/eventcontextmenu.cpp" line="127" />
            <source>This Executable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/eventcontextmenu.cpp" line="129" />
            <source>This Path</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/eventcontextmenu.cpp" line="133" />
            <source>This Folder and Everything Below</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/eventcontextmenu.cpp" line="135" />
            <source>This Event Type (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/eventcontextmenu.cpp" line="138" />
            <source>This Extension (.%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/eventcontextmenu.cpp" line="142" />
            <source>&amp;Include</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/eventcontextmenu.cpp" line="143" />
            <source>E&amp;xclude</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EventDetailsPane</name>
        <message>
            <location filename="../ui/events/eventdetailspane.cpp" line="14" />
            <source>Select an event to see its details.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/eventdetailspane.cpp" line="28" />
            <source>Time: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/eventdetailspane.cpp" line="29" />
            <source>Events: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/eventdetailspane.cpp" line="31" />
            <source>Path: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/eventdetailspane.cpp" line="33" />
            <source>Cookie: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/eventdetailspane.cpp" line="35" />
            <source>Process: %1 (PID %2) %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/eventdetailspane.cpp" line="39" />
            <source>Source: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EventCellText</name>
        <message>
            <location filename="../ui/events/eventcelltext.cpp" line="238" />
            <source>The kernel's event queue overflowed here, so some events were lost (overflow number %1). fsnoop rescanned the watched folders to catch up. Raising /proc/sys/fs/inotify/max_queued_events or narrowing the watched events makes this less likely.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/eventcelltext.cpp" line="245" />
            <source>Not reported by the kernel: fsnoop found this entry when it scanned a newly created folder. inotify cannot watch a folder before it exists, so what was created inside it in the first moments is recovered by that scan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/eventcelltext.cpp" line="265" />
            <source>overflow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/eventcelltext.cpp" line="273" />
            <source>Events lost (queue overflow)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EventTableView</name>
        <message>
            <location filename="../ui/events/eventtableview.cpp" line="85" />
            <source>Copy Paths</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/eventtableview.cpp" line="114" />
            <source>Copy Path</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../ui/events/eventtableview.cpp" line="445" />
            <source>%Ln rows are selected: too many to copy.</source>
            <translation>
                <numerusform>%Ln row is selected: too many to copy.</numerusform>
                <numerusform>%Ln rows are selected: too many to copy.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportController</name>
        <message>
            <location filename="../ui/window/exportcontroller.cpp" line="35" />
            <source>Export Shown Events</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/exportcontroller.cpp" line="35" />
            <source>Export All Events</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/exportcontroller.cpp" line="38" />
            <source>CSV files (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/exportcontroller.cpp" line="49" />
            <location filename="../ui/window/exportcontroller.cpp" line="72" />
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/exportcontroller.cpp" line="50" />
            <source>Could not write %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../ui/window/exportcontroller.cpp" line="57" />
            <source>Exporting %n event(s)…</source>
            <translation>
                <numerusform>Exporting %n event…</numerusform>
                <numerusform>Exporting %n events…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/window/exportcontroller.cpp" line="59" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/exportcontroller.cpp" line="70" />
            <source>Exported to %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="20" />
            <source>Regex</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="29" />
            <source>Events</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="30" />
            <source>Show only some event types</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="32" />
            <source>All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="33" />
            <source>None</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="58" />
            <source>Filter by path</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="62" />
            <source>Treat the path filter as a regular expression</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="65" />
            <source>Files and folders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="66" />
            <source>Files only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="67" />
            <source>Folders only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="70" />
            <source>Process</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="71" />
            <source>Filter by process name, executable or PID (known only when watching with process information)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="77" />
            <source>Show every file again</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../ui/events/filterbar.cpp" line="145" />
            <source>%n file(s) hidden ✕</source>
            <translation>
                <numerusform>%n file hidden ✕</numerusform>
                <numerusform>%n files hidden ✕</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/events/filterbar.cpp" line="146" />
            <source>Only %n file(s) ✕</source>
            <translation>
                <numerusform>Only %n file ✕</numerusform>
                <numerusform>Only %n files ✕</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="162" />
            <source>All events</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="164" />
            <source>%1 of %2 events</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="170" />
            <source>Shown: %1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="181" />
            <source>This regular expression is not valid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="93" />
            <source>Clear Filters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="94" />
            <source>Some events are hidden by the filters; show them all again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="94" />
            <source>Filter rules are hiding events; click to edit them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="101" />
            <source>Reset</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="102" />
            <source>Turn every filter rule off and show all events</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../ui/events/filterbar.cpp" line="207" />
            <source>%n rule(s), %1 of %2 shown</source>
            <translation>
                <numerusform>%n rule, %1 of %2 shown</numerusform>
                <numerusform>%n rules, %1 of %2 shown</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="81" />
            <source>Events</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="195" />
            <source>Forget the events recorded so far (Ctrl+L)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="305" />
            <source>Watch Folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="306" />
            <source>%1 is not a folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="339" />
            <source>CSV files (*.csv);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="407" />
            <source>%1 (read-only)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="415" />
            <source>Session %1 (read-only)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="419" />
            <source>Watching %1 (display paused)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="420" />
            <source>Watching %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="422" />
            <source>Stopped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="424" />
            <source>Choose a folder to watch (Ctrl+N), or drop one here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="353" />
            <source>Could not open %1 (line %2): %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="357" />
            <source>Could not open %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="136" />
            <source>Filtering…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="478" />
            <source>Filter stopped: the table shows the matches found so far. Change the filter to search again.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../ui/window/mainwindow.cpp" line="166" />
            <source>Copying %Ln row(s)…</source>
            <translation>
                <numerusform>Copying %Ln row…</numerusform>
                <numerusform>Copying %Ln rows…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/window/mainwindow.cpp" line="173" />
            <source>Copied %Ln row(s).</source>
            <translation>
                <numerusform>Copied %Ln row.</numerusform>
                <numerusform>Copied %Ln rows.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CaptureNotices</name>
        <message>
            <location filename="../ui/window/capturenotices.cpp" line="30" />
            <source>Process information is not available, so fsnoop goes on watching with inotify, without it. The events captured so far are kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/capturenotices.cpp" line="34" />
            <source>Watching without process information</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/capturenotices.cpp" line="36" />
            <source>Watching Without Process Information</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The capture cannot be saved to %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Capture Not Saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Capturing goes on in memory only: export the events before closing the window, or free some space and start again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainMenus</name>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="75" />
            <source>&amp;Watch Folder…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="77" />
            <source>Choose a folder and start watching it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="80" />
            <source>&amp;Open Session…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="82" />
            <source>Open a CSV file saved by fsnoop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="86" />
            <source>&amp;Export All Events as CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="89" />
            <source>Export &amp;Shown Events as CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="97" />
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="102" />
            <source>&amp;Start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="104" />
            <source>Start watching again with the same options</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="107" />
            <source>S&amp;top</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="109" />
            <source>Stop watching</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="112" />
            <source>&amp;Pause Display</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="116" />
            <source>Freeze the table; events are still recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="119" />
            <source>&amp;Clear</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="132" />
            <source>&amp;Follow New Events</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="143" />
            <source>&amp;Filter by Path</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="152" />
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="154" />
            <source>&amp;Recent Folders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="167" />
            <source>&amp;Capture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="175" />
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="180" />
            <source>Show &amp;All Files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="188" />
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="189" />
            <source>&amp;About fsnoop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="191" />
            <source>About fsnoop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="192" />
            <source>&lt;h3&gt;fsnoop %1&lt;/h3&gt;&lt;p&gt;Live filesystem activity monitor for the Linux desktop.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="197" />
            <source>Main</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="122" />
            <source>Forget the events recorded so far</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Sessions…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The captures saved as they ran, and when they are cleaned up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recent S&amp;essions</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SessionOpener</name>
        <message>
            <location filename="../ui/window/sessionopener.cpp" line="34" />
            <location filename="../ui/window/sessionopener.cpp" line="34" />
            <source>Open Session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/sessionopener.cpp" line="35" />
            <source>Sessions (*.fsnoop *.csv);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/sessionopener.cpp" line="70" />
            <source>Opening %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/sessionopener.cpp" line="115" />
            <source>Opening stopped: %1 of %2 events were loaded.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProblemText</name>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="34" />
            <source>%1 does not exist or is not a folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="32" />
            <source>cannot start inotify: %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../ui/text/problemtext.cpp" line="36" />
            <source>watch limit reached: %n folder(s) are not watched</source>
            <translation>
                <numerusform>watch limit reached: %n folder is not watched</numerusform>
                <numerusform>watch limit reached: %n folders are not watched</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="38" />
            <source>permission denied: %1 and what is inside it are not watched</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="40" />
            <source>could not watch %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../ui/text/problemtext.cpp" line="42" />
            <source>events were lost: the kernel queue overflowed (%n time(s))</source>
            <translation>
                <numerusform>events were lost: the kernel queue overflowed (%n time)</numerusform>
                <numerusform>events were lost: the kernel queue overflowed (%n times)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="45" />
            <source>the watched folder %1 was deleted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="47" />
            <source>the watched folder %1 was moved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="49" />
            <source>the file system holding %1 was unmounted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="51" />
            <source>the process-information helper failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="53" />
            <source>watching with process information was cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="55" />
            <source>not authorized to watch with process information</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="57" />
            <source>unknown problem %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="74" />
            <source>Too many programs may be using inotify already. The limit is in /proc/sys/fs/inotify/max_user_instances; raise it with
sudo sysctl fs.inotify.max_user_instances=512</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="78" />
            <source>Choose an existing folder in File &gt; Watch Folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="80" />
            <source>inotify needs one watch per folder and the limit (/proc/sys/fs/inotify/max_user_watches) is %1. Events in the folders that are not watched are not recorded. Raise the limit with
sudo sysctl fs.inotify.max_user_watches=%2
(add fs.inotify.max_user_watches=%2 to /etc/sysctl.d/90-fsnoop.conf to keep it), then start watching again — or watch with process information, which needs no watch per folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="90" />
            <source>You may not read this folder, so nothing inside it is recorded. Watch with process information (administrator) to see it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="93" />
            <source>This folder and what is inside it are not recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="95" />
            <source>The kernel dropped events because they came faster than they could be read. The table shows a marker where this happened, and the folders were scanned again. Raise /proc/sys/fs/inotify/max_queued_events, watch fewer event types (access and open are the busiest), or exclude busy folders.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="102" />
            <source>Nothing more is recorded there. Watch the folder again once it is back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="104" />
            <source>fsnoop stays on inotify, without process information. Technical detail: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="107" />
            <source>The administrator password dialog was dismissed. fsnoop stays on inotify, without process information.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="110" />
            <source>The system policy (polkit) did not allow the helper to run. Ask your administrator, or keep watching without process information.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="47" />
            <source>the rescan found what changed meanwhile: %1 created, %2 deleted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="64" />
            <source>could not keep events on disk in %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="122" />
            <source>Nothing was lost: the events stay in memory instead, so a long capture or a big session now uses more memory. Make room on that disk, or make the folder writable, and open or start the capture again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="45" />
            <source>the watched folder %1 was deleted; waiting for it to come back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="47" />
            <source>the watched folder %1 was moved away; waiting for it to come back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="102" />
            <source>The folder above it is watched for this one name. When a folder is there again under this name (made anew, or moved back), it is watched again and what it holds is recorded as found by a scan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>watching %1 again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a file system was mounted on %1; watching what it holds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the file system held is not recorded as deleted. The folder it covered is watched in its place; if a file system is mounted there again, it is watched again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the folder holds now is recorded as found by a scan (source "scan"); what happened in it while it was gone is not known.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the file system holds is recorded as found by a scan (source "scan"). The folder it covers is hidden until it is unmounted.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProblemsDialog</name>
        <message>
            <location filename="../ui/window/problemsdialog.cpp" line="13" />
            <source>Warnings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/problemsdialog.cpp" line="44" />
            <source>No warnings.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RateChart</name>
        <message>
            <location filename="../ui/analysis/ratechart.cpp" line="20" />
            <source>Events per second</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/analysis/ratechart.cpp" line="26" />
            <source>Events/s</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecordCommand</name>
        <message>
            <location filename="../app/cli/recordcommand.cpp" line="43" />
            <source>the capture did not stop within %1 s; exiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/recordcommand.cpp" line="61" />
            <location filename="../app/cli/recordcommand.cpp" line="66" />
            <location filename="../app/cli/recordcommand.cpp" line="111" />
            <source>cannot write %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/recordcommand.cpp" line="87" />
            <source>the capture could not start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/recordcommand.cpp" line="140" />
            <source>nothing could be watched</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/recordcommand.cpp" line="254" />
            <source>events not written: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecordMessages</name>
        <message>
            <location filename="../app/cli/recordmessages.cpp" line="14" />
            <source>too many inotify instances for this user (fs.inotify.max_user_instances). Close other watchers or raise it, e.g.: sysctl fs.inotify.max_user_instances=512</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/recordmessages.cpp" line="19" />
            <source>the inotify limit of %1 watches per user (fs.inotify.max_user_watches) is reached. Events in them are not recorded. Raise the limit, e.g.: sysctl fs.inotify.max_user_watches=%2 (add it to /etc/sysctl.d/ to keep it after a reboot)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/recordmessages.cpp" line="27" />
            <source>some events were lost and are marked Q_OVERFLOW in the record; rescanning. Fewer events (-e) or a larger fs.inotify.max_queued_events help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/recordmessages.cpp" line="32" />
            <source>nothing more is recorded there (inotify cannot tell where it went)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/recordmessages.cpp" line="54" />
            <source>summary: events: %1, overflows: %2, folders watched: %3, not watched: %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/recordmessages.cpp" line="64" />
            <source>watching 1 folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/recordmessages.cpp" line="64" />
            <source>watching %1 folders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/recordmessages.cpp" line="66" />
            <source>%1 (%2 could not be watched); press Ctrl+C to stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/recordmessages.cpp" line="67" />
            <source>%1; press Ctrl+C to stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/recordmessages.cpp" line="72" />
            <source>setting up watches: %1 folders scanned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/recordmessages.cpp" line="32" />
            <source>inotify cannot tell where it went; the capture goes on and records it again if a folder comes back under that name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>folders gone and still waited for at the end: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RenameChainModel</name>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="124" />
            <source>(outside the watched tree)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="157" />
            <source>An unpaired move: the kernel reported only one half of the rename because the other name is outside the watched folders.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="159" />
            <source>Renames are paired by the cookie inotify gives both halves of one rename.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="172" />
            <source>(moved out of the watched tree)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="182" />
            <location filename="../ui/analysis/renamechainmodel.cpp" line="231" />
            <source>Moved out of the watched tree</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="182" />
            <location filename="../ui/analysis/renamechainmodel.cpp" line="233" />
            <source>Moved in from outside</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="186" />
            <source>Renamed once</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../ui/analysis/renamechainmodel.cpp" line="186" />
            <source>Renamed %n times</source>
            <translation>
                <numerusform>Renamed %n time</numerusform>
                <numerusform>Renamed %n times</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="188" />
            <source>Moved in, then %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="190" />
            <source>%1, then moved out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="214" />
            <source>The cookie that paired IN_MOVED_FROM with IN_MOVED_TO (none for fanotify renames, which report both names in one event).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="225" />
            <source>Step %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="229" />
            <source>Renamed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="241" />
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="253" />
            <source>First name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="255" />
            <source>Current name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="257" />
            <source>Steps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="259" />
            <source>What happened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="263" />
            <source>First time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="265" />
            <source>Last time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="221" />
            <source>Moved in from outside, then deleted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="232" />
            <source>%1, then deleted</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RenameChainPanel</name>
        <message>
            <location filename="../ui/analysis/renamechainpanel.cpp" line="25" />
            <source>Filter by name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/analysis/renamechainpanel.cpp" line="27" />
            <source>Each row is one file or folder followed through its renames. Italic rows are moves whose other half is outside the watched folders.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/analysis/renamechainpanel.cpp" line="32" />
            <source>inotify reports a rename as IN_MOVED_FROM and IN_MOVED_TO sharing a cookie; fsnoop pairs them and links successive renames of one object.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/analysis/renamechainpanel.cpp" line="133" />
            <source>Chains: %1 · Renames: %2 · Moved out: %3 · Moved in: %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/analysis/renamechainpanel.cpp" line="139" />
            <source>· Waiting for their other half: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SessionExporter</name>
        <message>
            <location filename="../ui/session/sessionexporter.cpp" line="33" />
            <source>There is nothing to export.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/session/sessionexporter.cpp" line="61" />
            <source>The export was cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/session/sessionexporter.cpp" line="69" />
            <source>The session was closed during the export.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SessionLoader</name>
        <message>
            <location filename="../ui/session/sessionloader.cpp" line="17" />
            <source>Opening %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/session/sessionloader.cpp" line="19" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/session/sessionloader.cpp" line="67" />
            <source>Could not open %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/session/sessionloader.cpp" line="69" />
            <source>Could not open %1: it is not a regular file (%2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/session/sessionloader.cpp" line="71" />
            <source>Could not open %1 (line %2): %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/session/sessionloader.cpp" line="79" />
            <source>%1 ends in the middle of a record: line %2 was incomplete and was skipped. The file was probably cut short by a crash or a full disk; every complete record before it was loaded.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../ui/session/sessionloader.cpp" line="131" />
            <source>Could not read all of %1: %2. The first %n event(s) were loaded.</source>
            <translation>
                <numerusform>Could not read all of %1: %2. The first %n event was loaded.</numerusform>
                <numerusform>Could not read all of %1: %2. The first %n events were loaded.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ShortcutTip</name>
        <message>
            <source>%1 (%2)</source>
            <extracomment>A tool tip (%1) and the shortcut that does the same (%2), e.g. &quot;Stop watching (Shift+F5)&quot;.</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StatsModel</name>
        <message>
            <location filename="../ui/analysis/statsmodel.cpp" line="152" />
            <source>Unknown process (inotify does not report processes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/analysis/statsmodel.cpp" line="156" />
            <source>%1 (pid %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/analysis/statsmodel.cpp" line="198" />
            <source>Folders count every event in their subtree.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StatsPanel</name>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="52" />
            <source>Counts are kernel notifications, not operations: inotify merges an event identical to the previous unread one, so ten quick writes to a file may count as one modify.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="57" />
            <source>Filter by path</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="59" />
            <source>Include subfolders in folder totals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="60" />
            <source>A folder's counts include every event in its subtree.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="62" />
            <source>By file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="63" />
            <source>By process</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="64" />
            <source>Processes are only known with the privileged (fanotify) monitor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="67" />
            <source>&lt;a href="#"&gt;What do the counts mean?&lt;/a&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="70" />
            <source>About these counts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="104" />
            <source>Top </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="105" />
            <source>How many paths the chart shows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="106" />
            <location filename="../ui/analysis/statspanel.cpp" line="114" />
            <source>Save as PNG…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="111" />
            <source>Last 10 minutes, per second</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="112" />
            <source>Last 2 hours, per 10 seconds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="113" />
            <source>Last 24 hours, per minute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="265" />
            <source>Notifications: %1 · Paths with events: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="291" />
            <source>Save Chart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="292" />
            <source>busiest-paths.png</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="292" />
            <source>event-rate.png</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="293" />
            <source>PNG images (*.png)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="297" />
            <source>Could not save the chart to %1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TerminalError</name>
        <message>
            <source>Try '%1 --help'.
</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TopFilesChart</name>
        <message>
            <location filename="../ui/analysis/topfileschart.cpp" line="22" />
            <source>Busiest paths</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/analysis/topfileschart.cpp" line="28" />
            <source>Notifications</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/analysis/topfileschart.cpp" line="124" />
            <source>%1
%2: %3
Click to show these events.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/analysis/topfileschart.cpp" line="188" />
            <source>%1
%2: %3
Double-click to show these events.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WatchDialog</name>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="22" />
            <source>Include subfolders (recursive)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="23" />
            <source>Record events on the folder itself</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="27" />
            <source>Watch with process information (administrator)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="29" />
            <source>Watch a Folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="34" />
            <source>Browse…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="39" />
            <source>&amp;Folder:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="54" />
            <source>All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="55" />
            <source>None</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="66" />
            <source>&amp;Events:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="70" />
            <source>One regular expression per line, e.g. /\.git/</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="72" />
            <source>One regular expression per line, e.g. \.txt$</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="74" />
            <source>E&amp;xclude:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="75" />
            <source>&amp;Include only:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="77" />
            <source>Uses the fanotify helper, which runs as administrator after you enter your password. It tells which process touched each file and needs no watch per folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="83" />
            <source>&amp;Watch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="97" />
            <source>Choose a Folder to Watch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="171" />
            <source>Please choose an existing folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="179" />
            <source>This pattern is not a valid regular expression:
%1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="183" />
            <source>Please choose at least one event type.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportCommand</name>
        <message>
            <location filename="../app/cli/exportcommand.cpp" line="61" />
            <source>exporting: %1 of %2 events (%3%)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/exportcommand.cpp" line="64" />
            <source>exporting: %1 events</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/exportcommand.cpp" line="87" />
            <source>Usage: fsnoop export SESSION -o OUT [--format FORMAT] [-q]

Converts a session without a window: SESSION is a session file (.fsnoop) or a CSV
written by fsnoop; OUT gets CSV, JSON Lines or a session file, chosen by --format
or by OUT's extension (.csv, .jsonl, .fsnoop). A session file is streamed, so one
bigger than memory converts. On a terminal a progress line is shown. A failed or
interrupted export leaves no file behind.

Options:
  -o, --output OUT       the file to write ("-": standard output, CSV or JSON
                         Lines only)
  --format FORMAT        csv, jsonl or fsnoop
  -q, --quiet            no progress line and no summary
  -h, --help             show this help

Exit codes: 0 done, 1 the session could not be read or OUT not written, 2 usage
error.
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/exportcommand.cpp" line="127" />
            <source>no session to export (usage: fsnoop export SESSION -o OUT)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/exportcommand.cpp" line="128" />
            <source>one session at a time, not %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/exportcommand.cpp" line="133" />
            <source>no such file: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/exportcommand.cpp" line="138" />
            <source>-o OUT is required (.csv, .jsonl, .fsnoop, or - for standard output)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/exportcommand.cpp" line="143" />
            <source>cannot tell the format of %1 from its name: use --format csv, jsonl or fsnoop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/exportcommand.cpp" line="154" />
            <source>the output is the session itself: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/exportcommand.cpp" line="188" />
            <location filename="../app/cli/exportcommand.cpp" line="241" />
            <location filename="../app/cli/exportcommand.cpp" line="247" />
            <source>cannot write %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/exportcommand.cpp" line="216" />
            <source>line %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/exportcommand.cpp" line="239" />
            <source>interrupted; %1 was not written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/exportcommand.cpp" line="243" />
            <source>cannot read %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../app/cli/exportcommand.cpp" line="251" />
            <source>exported %n event(s) to %1</source>
            <translation>
                <numerusform>exported %n event to %1</numerusform>
                <numerusform>exported %n events to %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OutputFormat</name>
        <message>
            <location filename="../app/cli/outputformat.cpp" line="41" />
            <source>unknown format "%1" for --format (csv, jsonl or fsnoop)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/outputformat.cpp" line="47" />
            <source>a session file cannot go to standard output: give it a name with -o FILE.fsnoop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/cli/outputformat.cpp" line="56" />
            <source>standard output</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SessionFileErrorText</name>
        <message>
            <location filename="../ui/session/sessionfileerrortext.cpp" line="16" />
            <source>input/output error (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/session/sessionfileerrortext.cpp" line="18" />
            <source>the disk is full</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/session/sessionfileerrortext.cpp" line="20" />
            <source>not an fsnoop session file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/session/sessionfileerrortext.cpp" line="22" />
            <source>written by a newer fsnoop (session format %1; this version reads up to %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/session/sessionfileerrortext.cpp" line="26" />
            <source>written by an older fsnoop (session format %1) and must be upgraded, which failed: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/session/sessionfileerrortext.cpp" line="31" />
            <source>the file is damaged (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/session/sessionfileerrortext.cpp" line="33" />
            <source>cancelled</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CaptureKeeper</name>
        <message>
            <location filename="../ui/window/capturekeeper.cpp" line="49" />
            <source>Watch Another Folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/capturekeeper.cpp" line="50" />
            <source>Discard and Watch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/capturekeeper.cpp" line="53" />
            <source>Open Session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/capturekeeper.cpp" line="54" />
            <source>Discard and Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/capturekeeper.cpp" line="57" />
            <source>Quit fsnoop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/capturekeeper.cpp" line="58" />
            <source>Discard and Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/capturekeeper.cpp" line="62" />
            <source>The current capture holds %1 events that have not been exported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/capturekeeper.cpp" line="65" />
            <source>Export them to a CSV file first, or discard them? Cancel keeps the capture as it is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/window/capturekeeper.cpp" line="67" />
            <source>Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep this capture? Its %1 events are in the session file %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep leaves it with the recent sessions (File ▸ Sessions), Save… moves it where you choose, Discard deletes it. Cancel goes on as before.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep Capture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not every event could be written to %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save Session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sessions (*.fsnoop)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not move the session to %1: %2
It stays in %3.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContainingFolder</name>
        <message>
            <location filename="../ui/events/containingfolder.cpp" line="62" />
            <source>Open Containing Folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/containingfolder.cpp" line="63" />
            <source>No file manager could open the folder %1. Its path has been copied to the clipboard.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ShowEventsAction</name>
        <message>
            <location filename="../ui/analysis/showeventsaction.cpp" line="8" />
            <source>Show Events</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/analysis/showeventsaction.cpp" line="11" />
            <source>Show the events of the selected row in the Events tab (Enter or double-click)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TailFollower</name>
        <message>
            <location filename="../ui/events/tailfollower.cpp" line="15" />
            <source>Not following new events — Jump to Latest (End)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/tailfollower.cpp" line="16" />
            <source>Scroll to the newest event and follow new ones again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/tailfollower.cpp" line="22" />
            <source>Jump to Latest</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HighlightColors</name>
        <message>
            <location filename="../ui/events/highlightcolors.cpp" line="6" />
            <source>Red</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/highlightcolors.cpp" line="7" />
            <source>Orange</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/highlightcolors.cpp" line="8" />
            <source>Yellow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/highlightcolors.cpp" line="9" />
            <source>Green</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/highlightcolors.cpp" line="10" />
            <source>Blue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/highlightcolors.cpp" line="11" />
            <source>Purple</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RuleListModel</name>
        <message>
            <location filename="../ui/events/rulelistmodel.cpp" line="155" />
            <source>Column</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/rulelistmodel.cpp" line="156" />
            <source>Relation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/rulelistmodel.cpp" line="157" />
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/rulelistmodel.cpp" line="158" />
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/rulelistmodel.cpp" line="159" />
            <source>Colour</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RulesController</name>
        <message>
            <location filename="../ui/events/rulescontroller.cpp" line="37" />
            <source>&amp;Filter Rules…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/rulescontroller.cpp" line="38" />
            <source>&amp;Highlight Rules…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/rulescontroller.cpp" line="41" />
            <source>Show only the events that rules let through</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/rulescontroller.cpp" line="44" />
            <source>Colour the rows that rules match</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RulesDialog</name>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="38" />
            <source>Filter Rules</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="38" />
            <source>Highlight Rules</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="42" />
            <source>Show only the events these rules let through.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="43" />
            <source>Colour the rows these rules match; the first matching rule gives the colour.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="67" />
            <source>&amp;Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="68" />
            <source>Move &amp;Up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="69" />
            <source>Move &amp;Down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="90" />
            <source>Remove every rule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="90" />
            <source>Go back to the default highlights</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="142" />
            <source>&amp;Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="144" />
            <source>&amp;Change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="145" />
            <source>Replace the selected rule with the one above</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../ui/events/rulesdialog.cpp" line="295" />
            <source>%n rule(s) cannot work and match nothing:</source>
            <translation>
                <numerusform>%n rule cannot work and matches nothing:</numerusform>
                <numerusform>%n rules cannot work and match nothing:</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="309" />
            <source>Saved sets:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="320" />
            <source>&amp;Load</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="321" />
            <source>&amp;Save As…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="322" />
            <source>Re&amp;name…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="323" />
            <source>De&amp;lete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="324" />
            <source>&amp;Import…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="325" />
            <source>&amp;Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="339" />
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="382" />
            <location filename="../ui/events/rulesdialog.cpp" line="390" />
            <source>Save Rule Set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="382" />
            <location filename="../ui/events/rulesdialog.cpp" line="410" />
            <source>Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="391" />
            <source>Replace the set “%1”?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="410" />
            <source>Rename Rule Set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="425" />
            <source>Delete Rule Set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="426" />
            <source>Delete the set “%1”?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="435" />
            <source>Import Filter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="436" />
            <location filename="../ui/events/rulesdialog.cpp" line="460" />
            <source>Filter files (*.json);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="459" />
            <source>Export Filter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="467" />
            <source>Exported</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RulesText</name>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="9" />
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="10" />
            <source>Event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="11" />
            <source>Path</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="12" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="13" />
            <location filename="../ui/text/rulestext.cpp" line="55" />
            <source>Folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="14" />
            <source>Extension</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="15" />
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="16" />
            <source>PID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="17" />
            <source>Process</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="18" />
            <source>Executable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="19" />
            <source>Command line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="20" />
            <source>Parent PID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="21" />
            <source>User</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="22" />
            <source>Cookie</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="23" />
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="31" />
            <source>is</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="32" />
            <source>is not</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="33" />
            <source>contains</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="34" />
            <source>excludes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="35" />
            <source>begins with</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="36" />
            <source>ends with</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="37" />
            <source>less than</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="38" />
            <source>more than</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="39" />
            <source>matches (regex)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="46" />
            <source>Include</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="46" />
            <source>Exclude</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="53" />
            <source>File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="62" />
            <source>%1 %2 “%3”, %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="73" />
            <source>rule %1: the regular expression is not valid: %2 (at offset %3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="78" />
            <source>rule %1: “less than” and “more than” need a number here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="81" />
            <source>rule %1: not a time; write 14:05, 14:05:30.25 or 2026-11-22 14:05</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="93" />
            <source>cannot read the file: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="95" />
            <source>cannot write the file: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="97" />
            <source>not a JSON document: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="99" />
            <source>not an fsnoop filter file (docs/filter-format.md)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="101" />
            <source>written by a newer fsnoop (format version %1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="103" />
            <source>set %1, rule %2: unknown %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="110" />
            <source>Rules on the same column are combined with OR, rules on different columns with AND. An event that matches an Exclude rule is hidden, whatever the Include rules say. Unticked rules are ignored. Text comparisons ignore case.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="226" />
            <source>inotify</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="228" />
            <source>scan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="230" />
            <source>fanotify</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="230" />
            <source>rescan</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WorkProgress</name>
        <message>
            <location filename="../ui/window/workprogress.cpp" line="22" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CrashedCaptureOffer</name>
        <message>
            <source>Reopen Capture</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>fsnoop was closed while capturing %1 since %2; %n event(s) were saved.</source>
            <translation>
                <numerusform>fsnoop was closed while capturing %1 since %2; %n event was saved.</numerusform>
                <numerusform>fsnoop was closed while capturing %1 since %2; %n events were saved.</numerusform>
            </translation>
        </message>
        <message>
            <source>The capture is in %1. Reopen it now, keep it with the recent sessions for later, or delete it?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reopen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep for Later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SessionText</name>
        <message>
            <source>(unreadable: %1)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s)</source>
            <translation>
                <numerusform>%n hour</numerusform>
                <numerusform>%n hours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n minute</numerusform>
                <numerusform>%n minutes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SessionsDialog</name>
        <message>
            <source>&amp;Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Clean Up Now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sessions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Watched</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Events</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Age</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> GB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete sessions older than:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep the folder under:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Applied each time fsnoop starts, oldest first. The running capture, sessions another fsnoop is writing and files saved elsewhere are never deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Captures are saved as they run in %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>capturing</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n session(s), %1</source>
            <translation>
                <numerusform>%n session, %1</numerusform>
                <numerusform>%n sessions, %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete Sessions</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Delete %n session(s)? This cannot be undone.</source>
            <translation>
                <numerusform>Delete %n session? This cannot be undone.</numerusform>
                <numerusform>Delete %n sessions? This cannot be undone.</numerusform>
            </translation>
        </message>
        <message>
            <source> MB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How much of a live capture the window keeps, about %1 events per MB; past it the oldest go from the table (the session file keeps them). For the next capture.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Capture budget:</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
