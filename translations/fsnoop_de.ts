<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AnalysisViews</name>
    <message>
        <location filename="../ui/analysis/analysisviews.cpp" line="13"/>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysisviews.cpp" line="14"/>
        <source>Renames</source>
        <translation>Umbenennungen</translation>
    </message>
</context>
<context>
    <name>CaptureController</name>
    <message>
        <location filename="../ui/window/capturecontroller.cpp" line="52"/>
        <source>Setting Up Watches</source>
        <translation>Überwachung wird eingerichtet</translation>
    </message>
    <message>
        <location filename="../ui/window/capturecontroller.cpp" line="54"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/window/capturecontroller.cpp" line="64"/>
        <source>Scanned %n folder(s)…</source>
        <translation>
            <numerusform>%n Ordner eingelesen…</numerusform>
            <numerusform>%n Ordner eingelesen…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/window/capturecontroller.cpp" line="89"/>
        <source>Could Not Watch</source>
        <translation>Überwachung nicht möglich</translation>
    </message>
</context>
<context>
    <name>CaptureStatusBar</name>
    <message>
        <location filename="../ui/window/capturestatusbar.cpp" line="28"/>
        <source>The oldest events were dropped to keep memory bounded</source>
        <translation>Die ältesten Ereignisse wurden verworfen, um den Speicherbedarf zu begrenzen</translation>
    </message>
    <message>
        <location filename="../ui/window/capturestatusbar.cpp" line="30"/>
        <source>Times the kernel queue overflowed and events were lost</source>
        <translation>Wie oft die Kernel-Warteschlange überlief und Ereignisse verloren gingen</translation>
    </message>
    <message>
        <location filename="../ui/window/capturestatusbar.cpp" line="35"/>
        <source>Show the warnings and what to do about them</source>
        <translation>Warnungen und mögliche Abhilfe anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/window/capturestatusbar.cpp" line="49"/>
        <location filename="../ui/window/capturestatusbar.cpp" line="89"/>
        <source>%1 events</source>
        <translation>%1 Ereignisse</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/window/capturestatusbar.cpp" line="55"/>
        <source>%n folder(s) scanned</source>
        <translation>
            <numerusform>%n Ordner eingelesen</numerusform>
            <numerusform>%n Ordner eingelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/window/capturestatusbar.cpp" line="85"/>
        <source>%n folder(s) watched</source>
        <translation>
            <numerusform>%n Ordner überwacht</numerusform>
            <numerusform>%n Ordner überwacht</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/window/capturestatusbar.cpp" line="90"/>
        <source>%1 events/s</source>
        <translation>%1 Ereignisse/s</translation>
    </message>
    <message>
        <location filename="../ui/window/capturestatusbar.cpp" line="93"/>
        <source>%1 dropped</source>
        <translation>%1 verworfen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/window/capturestatusbar.cpp" line="96"/>
        <source>%n overflow(s)</source>
        <translation>
            <numerusform>%n Überlauf</numerusform>
            <numerusform>%n Überläufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/window/capturestatusbar.cpp" line="101"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/cli/commandline.cpp" line="32"/>
        <source>Exit codes:
  %1  finished normally (Ctrl+C, SIGTERM, --duration, or the reader of a pipe quit)
  %2  runtime error (output could not be written, the engine failed, every watched
     folder was deleted or unmounted)
  %3  usage error (unknown option or event name, bad regular expression, no such folder)
  %4  nothing could be watched (permission denied, inotify watch limit)
</source>
        <translation>Beendigungsstatus:
  %1  normal beendet (Strg+C, SIGTERM, --duration, oder der Leser einer Pipe hat
     sich beendet)
  %2  Laufzeitfehler (Ausgabe konnte nicht geschrieben werden, die Überwachung
     ist fehlgeschlagen, alle überwachten Ordner wurden gelöscht oder
     ausgehängt)
  %3  Aufruffehler (unbekannte Option oder unbekannter Ereignisname, ungültiger
     regulärer Ausdruck, Ordner nicht vorhanden)
  %4  nichts konnte überwacht werden (Zugriff verweigert, inotify-Grenze für
     Überwachungen erreicht)
</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="46"/>
        <source>Usage:
  fsnoop [FOLDER]            open the window, watching FOLDER if given
  fsnoop open SESSION.csv    reopen a captured session in the window
  fsnoop record FOLDER... [options]
                             capture without a window and write CSV
                             (see `fsnoop record --help`)
  fsnoop --help | --version

</source>
        <translation>Aufruf:
  fsnoop [FOLDER]            Fenster öffnen und ggf. FOLDER überwachen
  fsnoop open SESSION.csv    aufgezeichnete Sitzung im Fenster wieder öffnen
  fsnoop record FOLDER... [options]
                             ohne Fenster aufzeichnen und CSV schreiben
                             (siehe `fsnoop record --help`)
  fsnoop --help | --version

</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="71"/>
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
        <translation>Aufruf: fsnoop record FOLDER... [options]

Überwacht jeden FOLDER rekursiv mit inotify und schreibt eine CSV-Zeile pro
Ereignis (Format: docs/csv-format.md), sofort beim Eintreffen, bis Strg+C,
SIGTERM oder --duration. Am Ende wird eine einzeilige Zusammenfassung auf die
Standardfehlerausgabe geschrieben.

Optionen:
  -e, --event EVENTS     nur diese Ereignisse aufzeichnen, durch Kommas getrennt
                         (Standard: all):
                         %1
                         close, move, all
  --exclude REGEX        Pfade ignorieren, auf die REGEX passt (Perl-kompatible
                         Syntax, angewendet auf den vollständigen Pfad);
                         ausgeschlossene Ordner werden gar nicht überwacht.
                         Mehrfach angebbar.
  --include REGEX        nur Pfade aufzeichnen, auf die REGEX passt. Mehrfach
                         angebbar.
  --duration SECONDS     nach SECONDS Sekunden beenden (Dezimalzahlen erlaubt)
  -o, --output FILE.csv  in FILE.csv statt in die Standardausgabe schreiben
                         (liegt die Datei in einem überwachten Ordner, werden
                         ihre eigenen Änderungen ausgelassen)
  -q, --quiet            keine Meldungen beim Einrichten und keine
                         Zusammenfassung (Probleme werden weiterhin gemeldet)
  --stats                am Ende eine Tabelle der Ereignisse pro Datei und
                         Ereignistyp auf die Standardfehlerausgabe schreiben
                         (wie inotifywatch)
  -a, --ascending EVENT  mit --stats: aufsteigend nach EVENT (oder total)
                         sortieren
  -d, --descending EVENT mit --stats: absteigend nach EVENT sortieren
                         (Standard: total)
  --fanotify             mit fanotify über das privilegierte Hilfsprogramm
                         überwachen (als root oder nach Authentifizierung mit
                         pkexec): zeichnet auch auf, welcher Prozess (PID,
                         Name, Programmdatei) jede Datei berührt hat
  -h, --help             diese Hilfe anzeigen

</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="142"/>
        <source>-a and -d cannot be used together</source>
        <translation>-a und -d können nicht zusammen verwendet werden</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="149"/>
        <source>-%1 sorts the --stats table: add --stats</source>
        <translation>-%1 sortiert die Tabelle von --stats: fügen Sie --stats hinzu</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="153"/>
        <source>unknown event name &quot;%1&quot; for -%2 (try: fsnoop record --help)</source>
        <translation>unbekannter Ereignisname „%1“ für -%2 (siehe: fsnoop record --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="167"/>
        <source>no event names in &quot;%1&quot;</source>
        <translation>keine Ereignisnamen in „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="168"/>
        <source>unknown event name &quot;%1&quot; (try: fsnoop record --help)</source>
        <translation>unbekannter Ereignisname „%1“ (siehe: fsnoop record --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="181"/>
        <source>bad regular expression &quot;%1&quot; for --%2: %3 (at offset %4)</source>
        <translation>ungültiger regulärer Ausdruck „%1“ für --%2: %3 (an Position %4)</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="198"/>
        <source>--duration needs a positive number of seconds, not &quot;%1&quot;</source>
        <translation>--duration erwartet eine positive Anzahl Sekunden, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="207"/>
        <source>-o needs a file name</source>
        <translation>-o erwartet einen Dateinamen</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="214"/>
        <source>no folder to watch (usage: fsnoop record FOLDER... [options])</source>
        <translation>kein Ordner zum Überwachen angegeben (Aufruf: fsnoop record FOLDER... [options])</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="220"/>
        <source>no such folder: %1</source>
        <translation>Ordner nicht vorhanden: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="224"/>
        <source>not a folder: %1</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <location filename="../app/cli/recordcommand.cpp" line="218"/>
        <source>Try &apos;fsnoop record --help&apos;.
</source>
        <translation>Weitere Informationen mit „fsnoop record --help“.
</translation>
    </message>
</context>
<context>
    <name>CsvFileSink</name>
    <message>
        <location filename="../app/cli/csvfilesink.cpp" line="23"/>
        <source>standard output</source>
        <translation>Standardausgabe</translation>
    </message>
</context>
<context>
    <name>EventDetailsPane</name>
    <message>
        <location filename="../ui/events/eventdetailspane.cpp" line="14"/>
        <source>Select an event to see its details.</source>
        <translation>Wählen Sie ein Ereignis, um die Einzelheiten zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/events/eventdetailspane.cpp" line="28"/>
        <source>Time: %1</source>
        <translation>Zeit: %1</translation>
    </message>
    <message>
        <location filename="../ui/events/eventdetailspane.cpp" line="29"/>
        <source>Events: %1</source>
        <translation>Ereignisse: %1</translation>
    </message>
    <message>
        <location filename="../ui/events/eventdetailspane.cpp" line="31"/>
        <source>Path: %1</source>
        <translation>Pfad: %1</translation>
    </message>
    <message>
        <location filename="../ui/events/eventdetailspane.cpp" line="33"/>
        <source>Cookie: %1</source>
        <translation>Cookie: %1</translation>
    </message>
    <message>
        <location filename="../ui/events/eventdetailspane.cpp" line="35"/>
        <source>Process: %1 (PID %2) %3</source>
        <translation>Prozess: %1 (PID %2) %3</translation>
    </message>
    <message>
        <location filename="../ui/events/eventdetailspane.cpp" line="39"/>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <location filename="../ui/events/eventtablemodel.cpp" line="219"/>
        <location filename="../ui/events/eventtablemodel.cpp" line="353"/>
        <location filename="../ui/events/eventtableview.cpp" line="49"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../ui/events/eventtablemodel.cpp" line="219"/>
        <location filename="../ui/events/eventtableview.cpp" line="50"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../ui/events/eventtablemodel.cpp" line="226"/>
        <source>inotify</source>
        <translation>inotify</translation>
    </message>
    <message>
        <location filename="../ui/events/eventtablemodel.cpp" line="228"/>
        <source>scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <location filename="../ui/events/eventtablemodel.cpp" line="230"/>
        <source>fanotify</source>
        <translation>fanotify</translation>
    </message>
    <message>
        <location filename="../ui/events/eventtablemodel.cpp" line="238"/>
        <source>The kernel&apos;s event queue overflowed here, so some events were lost (overflow number %1). fsnoop rescanned the watched folders to catch up. Raising /proc/sys/fs/inotify/max_queued_events or narrowing the watched events makes this less likely.</source>
        <translation>Die Ereigniswarteschlange des Kernels ist hier übergelaufen, einige Ereignisse gingen verloren (Überlauf Nr. %1). fsnoop hat die überwachten Ordner erneut eingelesen, um aufzuholen. Ein höherer Wert in /proc/sys/fs/inotify/max_queued_events oder weniger überwachte Ereignistypen machen das unwahrscheinlicher.</translation>
    </message>
    <message>
        <location filename="../ui/events/eventtablemodel.cpp" line="245"/>
        <source>Not reported by the kernel: fsnoop found this entry when it scanned a newly created folder. inotify cannot watch a folder before it exists, so what was created inside it in the first moments is recovered by that scan.</source>
        <translation>Nicht vom Kernel gemeldet: fsnoop hat diesen Eintrag beim Einlesen eines neu angelegten Ordners gefunden. inotify kann einen Ordner erst überwachen, wenn er existiert; was in den ersten Augenblicken darin entsteht, wird durch dieses Einlesen erfasst.</translation>
    </message>
    <message>
        <location filename="../ui/events/eventtablemodel.cpp" line="265"/>
        <source>overflow</source>
        <translation>Überlauf</translation>
    </message>
    <message>
        <location filename="../ui/events/eventtablemodel.cpp" line="273"/>
        <source>Events lost (queue overflow)</source>
        <translation>Ereignisse verloren (Warteschlange voll)</translation>
    </message>
    <message>
        <location filename="../ui/events/eventtablemodel.cpp" line="350"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/events/eventtablemodel.cpp" line="351"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location filename="../ui/events/eventtablemodel.cpp" line="352"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/events/eventtablemodel.cpp" line="354"/>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/events/eventtablemodel.cpp" line="355"/>
        <source>Cookie</source>
        <translation>Cookie</translation>
    </message>
    <message>
        <location filename="../ui/events/eventtablemodel.cpp" line="356"/>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location filename="../ui/events/eventtablemodel.cpp" line="357"/>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <location filename="../ui/events/eventtablemodel.cpp" line="358"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>EventTableView</name>
    <message>
        <location filename="../ui/events/eventtableview.cpp" line="85"/>
        <source>Copy Paths</source>
        <translation>Pfade kopieren</translation>
    </message>
    <message>
        <location filename="../ui/events/eventtableview.cpp" line="114"/>
        <source>Copy Path</source>
        <translation>Pfad kopieren</translation>
    </message>
    <message>
        <location filename="../ui/events/eventtableview.cpp" line="117"/>
        <source>Open Containing Folder</source>
        <translation>Übergeordneten Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../ui/events/eventtableview.cpp" line="123"/>
        <source>Show Only This File</source>
        <translation>Nur diese Datei anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/events/eventtableview.cpp" line="125"/>
        <source>Hide This File</source>
        <translation>Diese Datei ausblenden</translation>
    </message>
    <message>
        <location filename="../ui/events/eventtableview.cpp" line="139"/>
        <source>Show Only “%1” Events</source>
        <translation>Nur „%1“-Ereignisse anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/events/eventtableview.cpp" line="151"/>
        <source>Show All Files and Events</source>
        <translation>Alle Dateien und Ereignisse anzeigen</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../ui/window/exportcontroller.cpp" line="35"/>
        <source>Export Shown Events</source>
        <translation>Angezeigte Ereignisse exportieren</translation>
    </message>
    <message>
        <location filename="../ui/window/exportcontroller.cpp" line="35"/>
        <source>Export All Events</source>
        <translation>Alle Ereignisse exportieren</translation>
    </message>
    <message>
        <location filename="../ui/window/exportcontroller.cpp" line="38"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/window/exportcontroller.cpp" line="49"/>
        <location filename="../ui/window/exportcontroller.cpp" line="72"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../ui/window/exportcontroller.cpp" line="50"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/window/exportcontroller.cpp" line="57"/>
        <source>Exporting %n event(s)…</source>
        <translation>
            <numerusform>%n Ereignis wird exportiert…</numerusform>
            <numerusform>%n Ereignisse werden exportiert…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/window/exportcontroller.cpp" line="59"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/window/exportcontroller.cpp" line="70"/>
        <source>Exported to %1</source>
        <translation>Nach %1 exportiert</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../ui/events/filterbar.cpp" line="20"/>
        <source>Regex</source>
        <translation>Regex</translation>
    </message>
    <message>
        <location filename="../ui/events/filterbar.cpp" line="29"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/events/filterbar.cpp" line="30"/>
        <source>Show only some event types</source>
        <translation>Nur bestimmte Ereignistypen anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/events/filterbar.cpp" line="32"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../ui/events/filterbar.cpp" line="33"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../ui/events/filterbar.cpp" line="58"/>
        <source>Filter by path</source>
        <translation>Nach Pfad filtern</translation>
    </message>
    <message>
        <location filename="../ui/events/filterbar.cpp" line="62"/>
        <source>Treat the path filter as a regular expression</source>
        <translation>Pfadfilter als regulären Ausdruck behandeln</translation>
    </message>
    <message>
        <location filename="../ui/events/filterbar.cpp" line="65"/>
        <source>Files and folders</source>
        <translation>Dateien und Ordner</translation>
    </message>
    <message>
        <location filename="../ui/events/filterbar.cpp" line="66"/>
        <source>Files only</source>
        <translation>Nur Dateien</translation>
    </message>
    <message>
        <location filename="../ui/events/filterbar.cpp" line="67"/>
        <source>Folders only</source>
        <translation>Nur Ordner</translation>
    </message>
    <message>
        <location filename="../ui/events/filterbar.cpp" line="70"/>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <location filename="../ui/events/filterbar.cpp" line="71"/>
        <source>Filter by process name, executable or PID (known only when watching with process information)</source>
        <translation>Nach Prozessname, Programmdatei oder PID filtern (nur bekannt, wenn mit Prozessinformationen überwacht wird)</translation>
    </message>
    <message>
        <location filename="../ui/events/filterbar.cpp" line="77"/>
        <source>Show every file again</source>
        <translation>Wieder alle Dateien anzeigen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/events/filterbar.cpp" line="145"/>
        <source>%n file(s) hidden ✕</source>
        <translation>
            <numerusform>%n Datei ausgeblendet ✕</numerusform>
            <numerusform>%n Dateien ausgeblendet ✕</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/events/filterbar.cpp" line="146"/>
        <source>Only %n file(s) ✕</source>
        <translation>
            <numerusform>Nur %n Datei ✕</numerusform>
            <numerusform>Nur %n Dateien ✕</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/events/filterbar.cpp" line="162"/>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/events/filterbar.cpp" line="164"/>
        <source>%1 of %2 events</source>
        <translation>%1 von %2 Ereignissen</translation>
    </message>
    <message>
        <location filename="../ui/events/filterbar.cpp" line="170"/>
        <source>Shown: %1 of %2</source>
        <translation>Angezeigt: %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/events/filterbar.cpp" line="181"/>
        <source>This regular expression is not valid</source>
        <translation>Dieser reguläre Ausdruck ist ungültig</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="81"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="153"/>
        <source>&amp;Watch Folder…</source>
        <translation>Ordner ü&amp;berwachen…</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="155"/>
        <source>Choose a folder and start watching it</source>
        <translation>Einen Ordner wählen und mit der Überwachung beginnen</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="158"/>
        <source>&amp;Open Session…</source>
        <translation>Sitzung ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="160"/>
        <source>Open a CSV file saved by fsnoop</source>
        <translation>Eine von fsnoop gespeicherte CSV-Datei öffnen</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="164"/>
        <source>&amp;Export All Events as CSV…</source>
        <translation>Alle Ereignisse als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="167"/>
        <source>Export &amp;Shown Events as CSV…</source>
        <translation>&amp;Angezeigte Ereignisse als CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="171"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="176"/>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="178"/>
        <source>Start watching again with the same options (F5)</source>
        <translation>Erneut mit denselben Einstellungen überwachen (F5)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="181"/>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="183"/>
        <source>Stop watching (Shift+F5)</source>
        <translation>Überwachung beenden (Umschalt+F5)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="186"/>
        <source>&amp;Pause Display</source>
        <translation>Anzeige an&amp;halten</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="190"/>
        <source>Freeze the table; events are still recorded (Ctrl+P)</source>
        <translation>Tabelle einfrieren; Ereignisse werden weiter aufgezeichnet (Strg+P)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="193"/>
        <source>&amp;Clear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="195"/>
        <source>Forget the events recorded so far (Ctrl+L)</source>
        <translation>Die bisher aufgezeichneten Ereignisse verwerfen (Strg+L)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="198"/>
        <source>&amp;Follow New Events</source>
        <translation>Neuen Ereignissen &amp;folgen</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="203"/>
        <source>&amp;Filter by Path</source>
        <translation>Nach &amp;Pfad filtern</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="211"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="213"/>
        <source>&amp;Recent Folders</source>
        <translation>&amp;Zuletzt überwachte Ordner</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="221"/>
        <source>&amp;Capture</source>
        <translation>&amp;Aufzeichnung</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="227"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="230"/>
        <source>Show &amp;All Files</source>
        <translation>&amp;Alle Dateien anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="233"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="234"/>
        <source>&amp;About fsnoop</source>
        <translation>&amp;Über fsnoop</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="236"/>
        <source>About fsnoop</source>
        <translation>Über fsnoop</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="237"/>
        <source>&lt;h3&gt;fsnoop %1&lt;/h3&gt;&lt;p&gt;Live filesystem activity monitor for the Linux desktop.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;fsnoop %1&lt;/h3&gt;&lt;p&gt;Live-Überwachung der Dateisystemaktivität für den Linux-Desktop.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="242"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="305"/>
        <source>Watch Folder</source>
        <translation>Ordner überwachen</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="306"/>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="338"/>
        <location filename="../ui/window/mainwindow.cpp" line="351"/>
        <source>Open Session</source>
        <translation>Sitzung öffnen</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="339"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="352"/>
        <source>Could not open %1 (line %2): %3</source>
        <translation>%1 konnte nicht geöffnet werden (Zeile %2): %3</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="407"/>
        <source>%1 (read-only)</source>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="415"/>
        <source>Session %1 (read-only)</source>
        <translation>Sitzung %1 (schreibgeschützt)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="419"/>
        <source>Watching %1 (display paused)</source>
        <translation>Überwache %1 (Anzeige angehalten)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="420"/>
        <source>Watching %1</source>
        <translation>Überwache %1</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="422"/>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="424"/>
        <source>Choose a folder to watch (Ctrl+N), or drop one here</source>
        <translation>Wählen Sie einen Ordner zum Überwachen (Strg+N) oder ziehen Sie einen hierher</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="444"/>
        <source>Process information is not available, so fsnoop goes on watching with inotify, without it. The events captured so far are kept.</source>
        <translation>Prozessinformationen sind nicht verfügbar, daher überwacht fsnoop ohne sie mit inotify weiter. Die bisher aufgezeichneten Ereignisse bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="448"/>
        <source>Watching without process information</source>
        <translation>Überwachung ohne Prozessinformationen</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="450"/>
        <source>Watching Without Process Information</source>
        <translation>Überwachung ohne Prozessinformationen</translation>
    </message>
</context>
<context>
    <name>ProblemText</name>
    <message>
        <location filename="../ui/text/problemtext.cpp" line="34"/>
        <source>%1 does not exist or is not a folder</source>
        <translation>%1 existiert nicht oder ist kein Ordner</translation>
    </message>
    <message>
        <location filename="../ui/text/problemtext.cpp" line="32"/>
        <source>cannot start inotify: %1</source>
        <translation>inotify kann nicht gestartet werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/text/problemtext.cpp" line="36"/>
        <source>watch limit reached: %n folder(s) are not watched</source>
        <translation>
            <numerusform>Überwachungsgrenze erreicht: %n Ordner wird nicht überwacht</numerusform>
            <numerusform>Überwachungsgrenze erreicht: %n Ordner werden nicht überwacht</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/text/problemtext.cpp" line="38"/>
        <source>permission denied: %1 and what is inside it are not watched</source>
        <translation>Zugriff verweigert: %1 und sein Inhalt werden nicht überwacht</translation>
    </message>
    <message>
        <location filename="../ui/text/problemtext.cpp" line="40"/>
        <source>could not watch %1: %2</source>
        <translation>%1 kann nicht überwacht werden: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/text/problemtext.cpp" line="42"/>
        <source>events were lost: the kernel queue overflowed (%n time(s))</source>
        <translation>
            <numerusform>Ereignisse gingen verloren: Die Kernel-Warteschlange ist übergelaufen (%n-mal)</numerusform>
            <numerusform>Ereignisse gingen verloren: Die Kernel-Warteschlange ist übergelaufen (%n-mal)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/text/problemtext.cpp" line="47"/>
        <source>the rescan found what changed meanwhile: %1 created, %2 deleted</source>
        <translation>die erneute Durchsuchung fand, was sich inzwischen geändert hat: %1 erstellt, %2 gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/text/problemtext.cpp" line="45"/>
        <source>the watched folder %1 was deleted</source>
        <translation>der überwachte Ordner %1 wurde gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/text/problemtext.cpp" line="47"/>
        <source>the watched folder %1 was moved</source>
        <translation>der überwachte Ordner %1 wurde verschoben</translation>
    </message>
    <message>
        <location filename="../ui/text/problemtext.cpp" line="49"/>
        <source>the file system holding %1 was unmounted</source>
        <translation>das Dateisystem mit %1 wurde ausgehängt</translation>
    </message>
    <message>
        <location filename="../ui/text/problemtext.cpp" line="51"/>
        <source>the process-information helper failed</source>
        <translation>das Hilfsprogramm für Prozessinformationen ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/text/problemtext.cpp" line="53"/>
        <source>watching with process information was cancelled</source>
        <translation>die Überwachung mit Prozessinformationen wurde abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/text/problemtext.cpp" line="55"/>
        <source>not authorized to watch with process information</source>
        <translation>keine Berechtigung für die Überwachung mit Prozessinformationen</translation>
    </message>
    <message>
        <location filename="../ui/text/problemtext.cpp" line="57"/>
        <source>unknown problem %1</source>
        <translation>unbekanntes Problem %1</translation>
    </message>
    <message>
        <location filename="../ui/text/problemtext.cpp" line="74"/>
        <source>Too many programs may be using inotify already. The limit is in /proc/sys/fs/inotify/max_user_instances; raise it with
sudo sysctl fs.inotify.max_user_instances=512</source>
        <translation>Möglicherweise verwenden bereits zu viele Programme inotify. Die Grenze steht in /proc/sys/fs/inotify/max_user_instances; erhöhen Sie sie mit
sudo sysctl fs.inotify.max_user_instances=512</translation>
    </message>
    <message>
        <location filename="../ui/text/problemtext.cpp" line="78"/>
        <source>Choose an existing folder in File &gt; Watch Folder.</source>
        <translation>Wählen Sie unter Datei &gt; Ordner überwachen einen vorhandenen Ordner.</translation>
    </message>
    <message>
        <location filename="../ui/text/problemtext.cpp" line="80"/>
        <source>inotify needs one watch per folder and the limit (/proc/sys/fs/inotify/max_user_watches) is %1. Events in the folders that are not watched are not recorded. Raise the limit with
sudo sysctl fs.inotify.max_user_watches=%2
(add fs.inotify.max_user_watches=%2 to /etc/sysctl.d/90-fsnoop.conf to keep it), then start watching again — or watch with process information, which needs no watch per folder.</source>
        <translation>inotify benötigt eine Überwachung pro Ordner, und die Grenze (/proc/sys/fs/inotify/max_user_watches) liegt bei %1. Ereignisse in nicht überwachten Ordnern werden nicht aufgezeichnet. Erhöhen Sie die Grenze mit
sudo sysctl fs.inotify.max_user_watches=%2
(tragen Sie fs.inotify.max_user_watches=%2 in /etc/sysctl.d/90-fsnoop.conf ein, damit sie bleibt) und starten Sie die Überwachung neu — oder überwachen Sie mit Prozessinformationen, das braucht keine Überwachung pro Ordner.</translation>
    </message>
    <message>
        <location filename="../ui/text/problemtext.cpp" line="90"/>
        <source>You may not read this folder, so nothing inside it is recorded. Watch with process information (administrator) to see it.</source>
        <translation>Sie dürfen diesen Ordner nicht lesen, daher wird nichts darin aufgezeichnet. Überwachen Sie mit Prozessinformationen (Administrator), um ihn zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/text/problemtext.cpp" line="93"/>
        <source>This folder and what is inside it are not recorded.</source>
        <translation>Dieser Ordner und sein Inhalt werden nicht aufgezeichnet.</translation>
    </message>
    <message>
        <location filename="../ui/text/problemtext.cpp" line="95"/>
        <source>The kernel dropped events because they came faster than they could be read. The table shows a marker where this happened, and the folders were scanned again. Raise /proc/sys/fs/inotify/max_queued_events, watch fewer event types (access and open are the busiest), or exclude busy folders.</source>
        <translation>Der Kernel hat Ereignisse verworfen, weil sie schneller kamen, als sie gelesen werden konnten. Die Tabelle zeigt an dieser Stelle eine Markierung, und die Ordner wurden erneut eingelesen. Erhöhen Sie /proc/sys/fs/inotify/max_queued_events, überwachen Sie weniger Ereignistypen (access und open sind die häufigsten) oder schließen Sie sehr aktive Ordner aus.</translation>
    </message>
    <message>
        <location filename="../ui/text/problemtext.cpp" line="102"/>
        <source>Nothing more is recorded there. Watch the folder again once it is back.</source>
        <translation>Dort wird nichts mehr aufgezeichnet. Überwachen Sie den Ordner erneut, sobald er wieder da ist.</translation>
    </message>
    <message>
        <location filename="../ui/text/problemtext.cpp" line="104"/>
        <source>fsnoop stays on inotify, without process information. Technical detail: %1</source>
        <translation>fsnoop bleibt bei inotify, ohne Prozessinformationen. Technisches Detail: %1</translation>
    </message>
    <message>
        <location filename="../ui/text/problemtext.cpp" line="107"/>
        <source>The administrator password dialog was dismissed. fsnoop stays on inotify, without process information.</source>
        <translation>Der Dialog für das Administratorpasswort wurde geschlossen. fsnoop bleibt bei inotify, ohne Prozessinformationen.</translation>
    </message>
    <message>
        <location filename="../ui/text/problemtext.cpp" line="110"/>
        <source>The system policy (polkit) did not allow the helper to run. Ask your administrator, or keep watching without process information.</source>
        <translation>Die Systemrichtlinie (polkit) hat das Hilfsprogramm nicht zugelassen. Fragen Sie Ihre Administratorin oder Ihren Administrator, oder überwachen Sie ohne Prozessinformationen weiter.</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../ui/window/problemsdialog.cpp" line="13"/>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location filename="../ui/window/problemsdialog.cpp" line="44"/>
        <source>No warnings.</source>
        <translation>Keine Warnungen.</translation>
    </message>
</context>
<context>
    <name>RateChart</name>
    <message>
        <location filename="../ui/analysis/ratechart.cpp" line="20"/>
        <source>Events per second</source>
        <translation>Ereignisse pro Sekunde</translation>
    </message>
    <message>
        <location filename="../ui/analysis/ratechart.cpp" line="26"/>
        <source>Events/s</source>
        <translation>Ereignisse/s</translation>
    </message>
</context>
<context>
    <name>RecordCommand</name>
    <message>
        <location filename="../app/cli/recordcommand.cpp" line="43"/>
        <source>the capture did not stop within %1 s; exiting</source>
        <translation>die Aufzeichnung hat nicht innerhalb von %1 s angehalten; Programm wird beendet</translation>
    </message>
    <message>
        <location filename="../app/cli/recordcommand.cpp" line="61"/>
        <location filename="../app/cli/recordcommand.cpp" line="66"/>
        <location filename="../app/cli/recordcommand.cpp" line="111"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/recordcommand.cpp" line="87"/>
        <source>the capture could not start</source>
        <translation>die Aufzeichnung konnte nicht gestartet werden</translation>
    </message>
    <message>
        <location filename="../app/cli/recordcommand.cpp" line="140"/>
        <source>nothing could be watched</source>
        <translation>nichts konnte überwacht werden</translation>
    </message>
</context>
<context>
    <name>RecordMessages</name>
    <message>
        <location filename="../app/cli/recordmessages.cpp" line="14"/>
        <source>too many inotify instances for this user (fs.inotify.max_user_instances). Close other watchers or raise it, e.g.: sysctl fs.inotify.max_user_instances=512</source>
        <translation>zu viele inotify-Instanzen für diesen Benutzer (fs.inotify.max_user_instances). Beenden Sie andere Überwachungsprogramme oder erhöhen Sie die Grenze, z. B.: sysctl fs.inotify.max_user_instances=512</translation>
    </message>
    <message>
        <location filename="../app/cli/recordmessages.cpp" line="19"/>
        <source>the inotify limit of %1 watches per user (fs.inotify.max_user_watches) is reached. Events in them are not recorded. Raise the limit, e.g.: sysctl fs.inotify.max_user_watches=%2 (add it to /etc/sysctl.d/ to keep it after a reboot)</source>
        <translation>die inotify-Grenze von %1 Überwachungen pro Benutzer (fs.inotify.max_user_watches) ist erreicht. Ereignisse darin werden nicht aufgezeichnet. Erhöhen Sie die Grenze, z. B.: sysctl fs.inotify.max_user_watches=%2 (in /etc/sysctl.d/ eintragen, damit sie nach einem Neustart erhalten bleibt)</translation>
    </message>
    <message>
        <location filename="../app/cli/recordmessages.cpp" line="27"/>
        <source>some events were lost and are marked Q_OVERFLOW in the record; rescanning. Fewer events (-e) or a larger fs.inotify.max_queued_events help</source>
        <translation>einige Ereignisse gingen verloren und sind in der Aufzeichnung als Q_OVERFLOW markiert; die Ordner werden neu eingelesen. Weniger Ereignisse (-e) oder ein größerer Wert für fs.inotify.max_queued_events helfen</translation>
    </message>
    <message>
        <location filename="../app/cli/recordmessages.cpp" line="32"/>
        <source>nothing more is recorded there (inotify cannot tell where it went)</source>
        <translation>dort wird nichts mehr aufgezeichnet (inotify kann nicht sagen, wohin)</translation>
    </message>
    <message>
        <location filename="../app/cli/recordmessages.cpp" line="54"/>
        <source>summary: events: %1, overflows: %2, folders watched: %3, not watched: %4</source>
        <translation>Zusammenfassung: Ereignisse: %1, Überläufe: %2, überwachte Ordner: %3, nicht überwacht: %4</translation>
    </message>
    <message>
        <location filename="../app/cli/recordmessages.cpp" line="64"/>
        <source>watching 1 folder</source>
        <translation>1 Ordner wird überwacht</translation>
    </message>
    <message>
        <location filename="../app/cli/recordmessages.cpp" line="64"/>
        <source>watching %1 folders</source>
        <translation>%1 Ordner werden überwacht</translation>
    </message>
    <message>
        <location filename="../app/cli/recordmessages.cpp" line="66"/>
        <source>%1 (%2 could not be watched); press Ctrl+C to stop</source>
        <translation>%1 (%2 nicht überwachbar); zum Beenden Strg+C drücken</translation>
    </message>
    <message>
        <location filename="../app/cli/recordmessages.cpp" line="67"/>
        <source>%1; press Ctrl+C to stop</source>
        <translation>%1; zum Beenden Strg+C drücken</translation>
    </message>
    <message>
        <location filename="../app/cli/recordmessages.cpp" line="72"/>
        <source>setting up watches: %1 folders scanned</source>
        <translation>Überwachung wird eingerichtet: %1 Ordner eingelesen</translation>
    </message>
</context>
<context>
    <name>RenameChainModel</name>
    <message>
        <location filename="../ui/analysis/renamechainmodel.cpp" line="124"/>
        <source>(outside the watched tree)</source>
        <translation>(außerhalb des überwachten Baums)</translation>
    </message>
    <message>
        <location filename="../ui/analysis/renamechainmodel.cpp" line="157"/>
        <source>An unpaired move: the kernel reported only one half of the rename because the other name is outside the watched folders.</source>
        <translation>Eine unvollständige Verschiebung: Der Kernel meldete nur eine Hälfte der Umbenennung, weil der andere Name außerhalb der überwachten Ordner liegt.</translation>
    </message>
    <message>
        <location filename="../ui/analysis/renamechainmodel.cpp" line="159"/>
        <source>Renames are paired by the cookie inotify gives both halves of one rename.</source>
        <translation>Umbenennungen werden über das Cookie gepaart, das inotify beiden Hälften einer Umbenennung gibt.</translation>
    </message>
    <message>
        <location filename="../ui/analysis/renamechainmodel.cpp" line="172"/>
        <source>(moved out of the watched tree)</source>
        <translation>(aus dem überwachten Baum verschoben)</translation>
    </message>
    <message>
        <location filename="../ui/analysis/renamechainmodel.cpp" line="182"/>
        <location filename="../ui/analysis/renamechainmodel.cpp" line="231"/>
        <source>Moved out of the watched tree</source>
        <translation>Aus dem überwachten Baum verschoben</translation>
    </message>
    <message>
        <location filename="../ui/analysis/renamechainmodel.cpp" line="182"/>
        <location filename="../ui/analysis/renamechainmodel.cpp" line="233"/>
        <source>Moved in from outside</source>
        <translation>Von außen hereinverschoben</translation>
    </message>
    <message>
        <location filename="../ui/analysis/renamechainmodel.cpp" line="186"/>
        <source>Renamed once</source>
        <translation>Einmal umbenannt</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/analysis/renamechainmodel.cpp" line="186"/>
        <source>Renamed %n times</source>
        <translation>
            <numerusform>%n-mal umbenannt</numerusform>
            <numerusform>%n-mal umbenannt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/analysis/renamechainmodel.cpp" line="188"/>
        <source>Moved in, then %1</source>
        <translation>Hereinverschoben, dann %1</translation>
    </message>
    <message>
        <location filename="../ui/analysis/renamechainmodel.cpp" line="190"/>
        <source>%1, then moved out</source>
        <translation>%1, dann hinausverschoben</translation>
    </message>
    <message>
        <location filename="../ui/analysis/renamechainmodel.cpp" line="194"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../ui/analysis/renamechainmodel.cpp" line="194"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../ui/analysis/renamechainmodel.cpp" line="214"/>
        <source>The cookie that paired IN_MOVED_FROM with IN_MOVED_TO (none for fanotify renames, which report both names in one event).</source>
        <translation>Das Cookie, das IN_MOVED_FROM mit IN_MOVED_TO gepaart hat (keines bei fanotify-Umbenennungen, die beide Namen in einem Ereignis melden).</translation>
    </message>
    <message>
        <location filename="../ui/analysis/renamechainmodel.cpp" line="225"/>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <location filename="../ui/analysis/renamechainmodel.cpp" line="229"/>
        <source>Renamed</source>
        <translation>Umbenannt</translation>
    </message>
    <message>
        <location filename="../ui/analysis/renamechainmodel.cpp" line="241"/>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <location filename="../ui/analysis/renamechainmodel.cpp" line="253"/>
        <source>First name</source>
        <translation>Erster Name</translation>
    </message>
    <message>
        <location filename="../ui/analysis/renamechainmodel.cpp" line="255"/>
        <source>Current name</source>
        <translation>Aktueller Name</translation>
    </message>
    <message>
        <location filename="../ui/analysis/renamechainmodel.cpp" line="257"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../ui/analysis/renamechainmodel.cpp" line="259"/>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <location filename="../ui/analysis/renamechainmodel.cpp" line="261"/>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/analysis/renamechainmodel.cpp" line="263"/>
        <source>First time</source>
        <translation>Erstes Mal</translation>
    </message>
    <message>
        <location filename="../ui/analysis/renamechainmodel.cpp" line="265"/>
        <source>Last time</source>
        <translation>Letztes Mal</translation>
    </message>
    <message>
        <location filename="../ui/analysis/renamechainmodel.cpp" line="267"/>
        <source>Cookie</source>
        <translation>Cookie</translation>
    </message>
</context>
<context>
    <name>RenameChainPanel</name>
    <message>
        <location filename="../ui/analysis/renamechainpanel.cpp" line="25"/>
        <source>Filter by name</source>
        <translation>Nach Name filtern</translation>
    </message>
    <message>
        <location filename="../ui/analysis/renamechainpanel.cpp" line="27"/>
        <source>Each row is one file or folder followed through its renames. Italic rows are moves whose other half is outside the watched folders.</source>
        <translation>Jede Zeile ist eine Datei oder ein Ordner, verfolgt über alle Umbenennungen. Kursive Zeilen sind Verschiebungen, deren andere Hälfte außerhalb der überwachten Ordner liegt.</translation>
    </message>
    <message>
        <location filename="../ui/analysis/renamechainpanel.cpp" line="32"/>
        <source>inotify reports a rename as IN_MOVED_FROM and IN_MOVED_TO sharing a cookie; fsnoop pairs them and links successive renames of one object.</source>
        <translation>inotify meldet eine Umbenennung als IN_MOVED_FROM und IN_MOVED_TO mit gemeinsamem Cookie; fsnoop paart sie und verknüpft aufeinanderfolgende Umbenennungen desselben Objekts.</translation>
    </message>
    <message>
        <location filename="../ui/analysis/renamechainpanel.cpp" line="133"/>
        <source>Chains: %1 · Renames: %2 · Moved out: %3 · Moved in: %4</source>
        <translation>Ketten: %1 · Umbenennungen: %2 · Hinausverschoben: %3 · Hereinverschoben: %4</translation>
    </message>
    <message>
        <location filename="../ui/analysis/renamechainpanel.cpp" line="139"/>
        <source>· Waiting for their other half: %1</source>
        <translation>· Warten auf ihre andere Hälfte: %1</translation>
    </message>
</context>
<context>
    <name>SessionExporter</name>
    <message>
        <location filename="../ui/session/sessionexporter.cpp" line="33"/>
        <source>There is nothing to export.</source>
        <translation>Es gibt nichts zu exportieren.</translation>
    </message>
    <message>
        <location filename="../ui/session/sessionexporter.cpp" line="61"/>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/session/sessionexporter.cpp" line="69"/>
        <source>The session was closed during the export.</source>
        <translation>Die Sitzung wurde während des Exports geschlossen.</translation>
    </message>
</context>
<context>
    <name>SessionLoader</name>
    <message>
        <location filename="../ui/session/sessionloader.cpp" line="17"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../ui/session/sessionloader.cpp" line="19"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>StatsModel</name>
    <message>
        <location filename="../ui/analysis/statsmodel.cpp" line="152"/>
        <source>Unknown process (inotify does not report processes)</source>
        <translation>Unbekannter Prozess (inotify meldet keine Prozesse)</translation>
    </message>
    <message>
        <location filename="../ui/analysis/statsmodel.cpp" line="156"/>
        <source>%1 (pid %2)</source>
        <translation>%1 (PID %2)</translation>
    </message>
    <message>
        <location filename="../ui/analysis/statsmodel.cpp" line="186"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location filename="../ui/analysis/statsmodel.cpp" line="186"/>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <location filename="../ui/analysis/statsmodel.cpp" line="188"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location filename="../ui/analysis/statsmodel.cpp" line="190"/>
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
    <message>
        <location filename="../ui/analysis/statsmodel.cpp" line="192"/>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <location filename="../ui/analysis/statsmodel.cpp" line="198"/>
        <source>Folders count every event in their subtree.</source>
        <translation>Ordner zählen alle Ereignisse in ihrem Unterbaum.</translation>
    </message>
    <message>
        <location filename="../ui/analysis/statsmodel.cpp" line="201"/>
        <source>Kernel notifications, not operations: inotify merges an event identical to the previous unread one, so ten quick writes may count as one.</source>
        <translation>Kernel-Benachrichtigungen, keine Vorgänge: inotify fasst ein Ereignis mit dem gleichen vorherigen ungelesenen zusammen; zehn schnelle Schreibvorgänge können als einer zählen.</translation>
    </message>
</context>
<context>
    <name>StatsPanel</name>
    <message>
        <location filename="../ui/analysis/statspanel.cpp" line="52"/>
        <source>Counts are kernel notifications, not operations: inotify merges an event identical to the previous unread one, so ten quick writes to a file may count as one modify.</source>
        <translation>Gezählt werden Kernel-Benachrichtigungen, keine Vorgänge: inotify fasst ein Ereignis mit dem vorherigen ungelesenen zusammen, wenn sie gleich sind; zehn schnelle Schreibvorgänge in eine Datei können daher als ein modify zählen.</translation>
    </message>
    <message>
        <location filename="../ui/analysis/statspanel.cpp" line="57"/>
        <source>Filter by path</source>
        <translation>Nach Pfad filtern</translation>
    </message>
    <message>
        <location filename="../ui/analysis/statspanel.cpp" line="59"/>
        <source>Include subfolders in folder totals</source>
        <translation>Unterordner in Ordnersummen einbeziehen</translation>
    </message>
    <message>
        <location filename="../ui/analysis/statspanel.cpp" line="60"/>
        <source>A folder&apos;s counts include every event in its subtree.</source>
        <translation>Die Zahlen eines Ordners enthalten alle Ereignisse in seinem Unterbaum.</translation>
    </message>
    <message>
        <location filename="../ui/analysis/statspanel.cpp" line="62"/>
        <source>By file</source>
        <translation>Nach Datei</translation>
    </message>
    <message>
        <location filename="../ui/analysis/statspanel.cpp" line="63"/>
        <source>By process</source>
        <translation>Nach Prozess</translation>
    </message>
    <message>
        <location filename="../ui/analysis/statspanel.cpp" line="64"/>
        <source>Processes are only known with the privileged (fanotify) monitor.</source>
        <translation>Prozesse sind nur mit der privilegierten Überwachung (fanotify) bekannt.</translation>
    </message>
    <message>
        <location filename="../ui/analysis/statspanel.cpp" line="67"/>
        <source>&lt;a href=&quot;#&quot;&gt;What do the counts mean?&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;#&quot;&gt;Was bedeuten die Zahlen?&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../ui/analysis/statspanel.cpp" line="70"/>
        <source>About these counts</source>
        <translation>Über diese Zahlen</translation>
    </message>
    <message>
        <location filename="../ui/analysis/statspanel.cpp" line="104"/>
        <source>Top </source>
        <translation>Top </translation>
    </message>
    <message>
        <location filename="../ui/analysis/statspanel.cpp" line="105"/>
        <source>How many paths the chart shows</source>
        <translation>Wie viele Pfade das Diagramm zeigt</translation>
    </message>
    <message>
        <location filename="../ui/analysis/statspanel.cpp" line="106"/>
        <location filename="../ui/analysis/statspanel.cpp" line="114"/>
        <source>Save as PNG…</source>
        <translation>Als PNG speichern…</translation>
    </message>
    <message>
        <location filename="../ui/analysis/statspanel.cpp" line="111"/>
        <source>Last 10 minutes, per second</source>
        <translation>Letzte 10 Minuten, pro Sekunde</translation>
    </message>
    <message>
        <location filename="../ui/analysis/statspanel.cpp" line="112"/>
        <source>Last 2 hours, per 10 seconds</source>
        <translation>Letzte 2 Stunden, pro 10 Sekunden</translation>
    </message>
    <message>
        <location filename="../ui/analysis/statspanel.cpp" line="113"/>
        <source>Last 24 hours, per minute</source>
        <translation>Letzte 24 Stunden, pro Minute</translation>
    </message>
    <message>
        <location filename="../ui/analysis/statspanel.cpp" line="265"/>
        <source>Notifications: %1 · Paths with events: %2</source>
        <translation>Benachrichtigungen: %1 · Pfade mit Ereignissen: %2</translation>
    </message>
    <message>
        <location filename="../ui/analysis/statspanel.cpp" line="291"/>
        <source>Save Chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <location filename="../ui/analysis/statspanel.cpp" line="292"/>
        <source>busiest-paths.png</source>
        <translation>busiest-paths.png</translation>
    </message>
    <message>
        <location filename="../ui/analysis/statspanel.cpp" line="292"/>
        <source>event-rate.png</source>
        <translation>event-rate.png</translation>
    </message>
    <message>
        <location filename="../ui/analysis/statspanel.cpp" line="293"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/analysis/statspanel.cpp" line="297"/>
        <source>Could not save the chart to %1.</source>
        <translation>Das Diagramm konnte nicht unter %1 gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>TopFilesChart</name>
    <message>
        <location filename="../ui/analysis/topfileschart.cpp" line="22"/>
        <source>Busiest paths</source>
        <translation>Aktivste Pfade</translation>
    </message>
    <message>
        <location filename="../ui/analysis/topfileschart.cpp" line="28"/>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../ui/analysis/topfileschart.cpp" line="124"/>
        <source>%1
%2: %3
Click to show these events.</source>
        <translation>%1
%2: %3
Klicken, um diese Ereignisse anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>WatchDialog</name>
    <message>
        <location filename="../ui/window/watchdialog.cpp" line="22"/>
        <source>Include subfolders (recursive)</source>
        <translation>Unterordner einbeziehen (rekursiv)</translation>
    </message>
    <message>
        <location filename="../ui/window/watchdialog.cpp" line="23"/>
        <source>Record events on the folder itself</source>
        <translation>Ereignisse am Ordner selbst aufzeichnen</translation>
    </message>
    <message>
        <location filename="../ui/window/watchdialog.cpp" line="27"/>
        <source>Watch with process information (administrator)</source>
        <translation>Mit Prozessinformationen überwachen (Administrator)</translation>
    </message>
    <message>
        <location filename="../ui/window/watchdialog.cpp" line="29"/>
        <source>Watch a Folder</source>
        <translation>Einen Ordner überwachen</translation>
    </message>
    <message>
        <location filename="../ui/window/watchdialog.cpp" line="34"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/window/watchdialog.cpp" line="39"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <location filename="../ui/window/watchdialog.cpp" line="54"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../ui/window/watchdialog.cpp" line="55"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../ui/window/watchdialog.cpp" line="66"/>
        <source>&amp;Events:</source>
        <translation>&amp;Ereignisse:</translation>
    </message>
    <message>
        <location filename="../ui/window/watchdialog.cpp" line="70"/>
        <source>One regular expression per line, e.g. /\.git/</source>
        <translation>Ein regulärer Ausdruck pro Zeile, z. B. /\.git/</translation>
    </message>
    <message>
        <location filename="../ui/window/watchdialog.cpp" line="72"/>
        <source>One regular expression per line, e.g. \.txt$</source>
        <translation>Ein regulärer Ausdruck pro Zeile, z. B. \.txt$</translation>
    </message>
    <message>
        <location filename="../ui/window/watchdialog.cpp" line="74"/>
        <source>E&amp;xclude:</source>
        <translation>&amp;Ausschließen:</translation>
    </message>
    <message>
        <location filename="../ui/window/watchdialog.cpp" line="75"/>
        <source>&amp;Include only:</source>
        <translation>Nur e&amp;inschließen:</translation>
    </message>
    <message>
        <location filename="../ui/window/watchdialog.cpp" line="77"/>
        <source>Uses the fanotify helper, which runs as administrator after you enter your password. It tells which process touched each file and needs no watch per folder.</source>
        <translation>Verwendet das fanotify-Hilfsprogramm, das nach Eingabe Ihres Passworts als Administrator läuft. Es zeigt, welcher Prozess jede Datei berührt hat, und braucht keine Überwachung pro Ordner.</translation>
    </message>
    <message>
        <location filename="../ui/window/watchdialog.cpp" line="83"/>
        <source>&amp;Watch</source>
        <translation>Ü&amp;berwachen</translation>
    </message>
    <message>
        <location filename="../ui/window/watchdialog.cpp" line="97"/>
        <source>Choose a Folder to Watch</source>
        <translation>Zu überwachenden Ordner wählen</translation>
    </message>
    <message>
        <location filename="../ui/window/watchdialog.cpp" line="171"/>
        <source>Please choose an existing folder.</source>
        <translation>Bitte wählen Sie einen vorhandenen Ordner.</translation>
    </message>
    <message>
        <location filename="../ui/window/watchdialog.cpp" line="179"/>
        <source>This pattern is not a valid regular expression:
%1</source>
        <translation>Dieses Muster ist kein gültiger regulärer Ausdruck:
%1</translation>
    </message>
    <message>
        <location filename="../ui/window/watchdialog.cpp" line="183"/>
        <source>Please choose at least one event type.</source>
        <translation>Bitte wählen Sie mindestens einen Ereignistyp.</translation>
    </message>
</context>
</TS>
