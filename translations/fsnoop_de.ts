<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>AnalysisViews</name>
        <message>
            <location filename="../ui/analysis/analysisviews.cpp" line="13" />
            <source>Statistics</source>
            <translation>Statistik</translation>
        </message>
        <message>
            <location filename="../ui/analysis/analysisviews.cpp" line="14" />
            <source>Renames</source>
            <translation>Umbenennungen</translation>
        </message>
        <message>
            <location filename="../ui/analysis/analysisviews.cpp" line="21" />
            <source>Processes</source>
            <translation>Prozesse</translation>
        </message>
    </context>
    <context>
        <name>CaptureController</name>
        <message>
            <location filename="../ui/window/capturecontroller.cpp" line="52" />
            <source>Setting Up Watches</source>
            <translation>Überwachung wird eingerichtet</translation>
        </message>
        <message>
            <location filename="../ui/window/capturecontroller.cpp" line="54" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/window/capturecontroller.cpp" line="64" />
            <source>Scanned %n folder(s)…</source>
            <translation>
                <numerusform>%n Ordner eingelesen…</numerusform>
                <numerusform>%n Ordner eingelesen…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/window/capturecontroller.cpp" line="89" />
            <source>Could Not Watch</source>
            <translation>Überwachung nicht möglich</translation>
        </message>
    </context>
    <context>
        <name>CaptureStatusBar</name>
        <message>
            <location filename="../ui/window/capturestatusbar.cpp" line="28" />
            <source>The oldest events were dropped to keep memory bounded</source>
            <translation>Die ältesten Ereignisse wurden verworfen, um den Speicherbedarf zu begrenzen</translation>
        </message>
        <message>
            <location filename="../ui/window/capturestatusbar.cpp" line="30" />
            <source>Times the kernel queue overflowed and events were lost</source>
            <translation>Wie oft die Kernel-Warteschlange überlief und Ereignisse verloren gingen</translation>
        </message>
        <message>
            <location filename="../ui/window/capturestatusbar.cpp" line="35" />
            <source>Show the warnings and what to do about them</source>
            <translation>Warnungen und mögliche Abhilfe anzeigen</translation>
        </message>
        <message>
            <location filename="../ui/window/capturestatusbar.cpp" line="49" />
            <location filename="../ui/window/capturestatusbar.cpp" line="89" />
            <source>%1 events</source>
            <translation>%1 Ereignisse</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/window/capturestatusbar.cpp" line="55" />
            <source>%n folder(s) scanned</source>
            <translation>
                <numerusform>%n Ordner eingelesen</numerusform>
                <numerusform>%n Ordner eingelesen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/window/capturestatusbar.cpp" line="85" />
            <source>%n folder(s) watched</source>
            <translation>
                <numerusform>%n Ordner überwacht</numerusform>
                <numerusform>%n Ordner überwacht</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/window/capturestatusbar.cpp" line="90" />
            <source>%1 events/s</source>
            <translation>%1 Ereignisse/s</translation>
        </message>
        <message>
            <location filename="../ui/window/capturestatusbar.cpp" line="93" />
            <source>%1 dropped</source>
            <translation>%1 verworfen</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/window/capturestatusbar.cpp" line="96" />
            <source>%n overflow(s)</source>
            <translation>
                <numerusform>%n Überlauf</numerusform>
                <numerusform>%n Überläufe</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/window/capturestatusbar.cpp" line="101" />
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n Warnung</numerusform>
                <numerusform>%n Warnungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/window/capturestatusbar.cpp" line="186" />
            <source>%n notice(s)</source>
            <translation>
                <numerusform>%n Hinweis</numerusform>
                <numerusform>%n Hinweise</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/window/capturestatusbar.cpp" line="70" />
            <source>%n pattern(s) excluded</source>
            <translation>
                <numerusform>%n Muster ausgeschlossen</numerusform>
                <numerusform>%n Muster ausgeschlossen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/window/capturestatusbar.cpp" line="72" />
            <source>Excluded: %1</source>
            <translation>Ausgeschlossen: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/window/capturestatusbar.cpp" line="75" />
            <source>only %n pattern(s) included</source>
            <translation>
                <numerusform>nur %n Muster eingeschlossen</numerusform>
                <numerusform>nur %n Muster eingeschlossen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/window/capturestatusbar.cpp" line="77" />
            <source>Included: %1</source>
            <translation>Eingeschlossen: %1</translation>
        </message>
        <message>
            <location filename="../ui/window/capturestatusbar.cpp" line="82" />
            <source>%1 of %2 event types</source>
            <translation>%1 von %2 Ereignistypen</translation>
        </message>
        <message>
            <location filename="../ui/window/capturestatusbar.cpp" line="84" />
            <source>subfolders not watched</source>
            <translation>Unterordner nicht überwacht</translation>
        </message>
        <message>
            <location filename="../ui/window/capturestatusbar.cpp" line="87" />
            <source>The watch options leave some activity out (File → Watch Folder… to change them).</source>
            <translation>Die Überwachungsoptionen lassen einen Teil der Aktivität aus (Datei → Ordner überwachen…, um sie zu ändern).</translation>
        </message>
        <message>
            <location filename="../ui/window/capturestatusbar.cpp" line="104" />
            <source>Dropping filtered events: %1 not recorded</source>
            <translation>Gefilterte Ereignisse werden verworfen: %1 nicht aufgezeichnet</translation>
        </message>
        <message>
            <location filename="../ui/window/capturestatusbar.cpp" line="38" />
            <source>Capture → Drop Filtered Events is on: the events the filter rules exclude are not recorded at all</source>
            <translation>Aufzeichnung → Gefilterte Ereignisse verwerfen ist an: Ereignisse, die die Filterregeln ausschließen, werden gar nicht aufgezeichnet</translation>
        </message>
        <message>
            <location filename="../ui/window/capturestatusbar.cpp" line="28" />
            <source>The oldest events were dropped to stay within the capture budget (File ▸ Sessions); the session file still holds them</source>
            <translation>Die ältesten Ereignisse wurden entfernt, um im Aufzeichnungsbudget zu bleiben (Datei ▸ Sitzungen); die Sitzungsdatei enthält sie noch</translation>
        </message>
        <message>
            <source>Saved as they come in %1</source>
            <translation>Laufend gespeichert in %1</translation>
        </message>
        <message>
            <source>%1 not in the session file</source>
            <translation>%1 nicht in der Sitzungsdatei</translation>
        </message>
        <message>
            <source>Events the session file could not take (the disk was full or too slow); they are only in memory</source>
            <translation>Ereignisse, die die Sitzungsdatei nicht aufnehmen konnte (Datenträger voll oder zu langsam); sie sind nur im Speicher</translation>
        </message>
        <message>
            <source>A watched folder was deleted or moved away. Its parent folder is watched for its name: when it is back, it is watched again and what it holds is recorded.</source>
            <translation>Ein überwachter Ordner wurde gelöscht oder verschoben. Sein übergeordneter Ordner wird auf seinen Namen überwacht: Ist er zurück, wird er wieder überwacht und sein Inhalt aufgezeichnet.</translation>
        </message>
        <message numerus="yes">
            <source>%n folder(s) waiting to come back</source>
            <translation>
                <numerusform>%n Ordner wartet auf seine Rückkehr</numerusform>
                <numerusform>%n Ordner warten auf ihre Rückkehr</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <location filename="../app/cli/commandline.cpp" line="33" />
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
            <location filename="../app/cli/commandline.cpp" line="47" />
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
            <location filename="../app/cli/commandline.cpp" line="72" />
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
            <location filename="../app/cli/commandline.cpp" line="143" />
            <source>-a and -d cannot be used together</source>
            <translation>-a und -d können nicht zusammen verwendet werden</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="150" />
            <source>-%1 sorts the --stats table: add --stats</source>
            <translation>-%1 sortiert die Tabelle von --stats: fügen Sie --stats hinzu</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="154" />
            <source>unknown event name "%1" for -%2 (try: fsnoop record --help)</source>
            <translation>unbekannter Ereignisname „%1“ für -%2 (siehe: fsnoop record --help)</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="168" />
            <source>no event names in "%1"</source>
            <translation>keine Ereignisnamen in „%1“</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="169" />
            <source>unknown event name "%1" (try: fsnoop record --help)</source>
            <translation>unbekannter Ereignisname „%1“ (siehe: fsnoop record --help)</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="183" />
            <source>bad regular expression "%1" for --%2: %3 (at offset %4)</source>
            <translation>ungültiger regulärer Ausdruck „%1“ für --%2: %3 (an Position %4)</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="199" />
            <source>--duration needs a positive number of seconds, not "%1"</source>
            <translation>--duration erwartet eine positive Anzahl Sekunden, nicht „%1“</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="208" />
            <source>-o needs a file name</source>
            <translation>-o erwartet einen Dateinamen</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="215" />
            <source>no folder to watch (usage: fsnoop record FOLDER... [options])</source>
            <translation>kein Ordner zum Überwachen angegeben (Aufruf: fsnoop record FOLDER... [options])</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="221" />
            <source>no such folder: %1</source>
            <translation>Ordner nicht vorhanden: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="225" />
            <source>not a folder: %1</source>
            <translation>%1 ist kein Ordner</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="68" />
            <source>unknown option "%1"</source>
            <translation>unbekannte Option „%1“</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="74" />
            <source>open needs one session file (usage: fsnoop open SESSION)</source>
            <translation>open braucht genau eine Sitzungsdatei (Aufruf: fsnoop open SESSION)</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="76" />
            <source>no such file: %1</source>
            <translation>Datei nicht gefunden: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="79" />
            <source>not a folder: %1 (to open a session file: fsnoop open %1)</source>
            <translation>%1 ist kein Ordner (eine Sitzungsdatei öffnet: fsnoop open %1)</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="80" />
            <source>unknown command or no such folder: %1</source>
            <translation>unbekannter Befehl oder Ordner nicht gefunden: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="82" />
            <source>unexpected argument "%1"</source>
            <translation>unerwartetes Argument „%1“</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="99" />
            <source>no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set); without a window, use fsnoop record or fsnoop export</source>
            <translation>keine Anzeige für das Fenster (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt); ohne Fenster: fsnoop record oder fsnoop export</translation>
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
            <translation>Aufruf:
  fsnoop [FOLDER]            das Fenster öffnen und FOLDER beobachten, falls angegeben
  fsnoop open SESSION        eine aufgezeichnete Sitzung (.fsnoop oder .csv) im
                             Fenster öffnen
  fsnoop record FOLDER... [options]
                             ohne Fenster aufzeichnen und CSV, JSON Lines oder
                             eine Sitzungsdatei schreiben
                             (siehe `fsnoop record --help`)
  fsnoop export SESSION -o OUT
                             eine Sitzung ohne Fenster in .csv, .jsonl oder
                             .fsnoop umwandeln (siehe `fsnoop export --help`)
  fsnoop --help | --version

</translation>
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
            <translation>Ausgabeformate:
  --format FORMAT        csv (Standard), jsonl (JSON Lines: ein JSON-Objekt je
                         Ereignis, Namen des Elastic Common Schema) oder fsnoop
                         (eine Sitzungsdatei: eine SQLite-Datenbank, absturzfest;
                         braucht -o). Ohne --format entscheidet die Endung von
                         -o FILE: .csv, .jsonl, .fsnoop (docs/session-format.md)

</translation>
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
  --filter DATEI         nur die Ereignisse schreiben, die die Filterregeln in DATEI
                         durchlassen (eine im Filterdialog des Fensters gespeicherte
                         Filterdatei, docs/filter-format.md); der erste Satz oder NAME
  --filter-set NAME      mit --filter: den Satz namens NAME verwenden
  --fanotify             mit fanotify über das privilegierte Hilfsprogramm
                         überwachen (als root oder nach Authentifizierung mit
                         pkexec): zeichnet auch auf, welcher Prozess (PID,
                         Name, Programmdatei) jede Datei berührt hat
  -h, --help             diese Hilfe anzeigen

</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="117" />
            <location filename="../app/cli/commandline.cpp" line="137" />
            <source>--filter %1: %2</source>
            <translation>--filter %1: %2</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="128" />
            <source>--filter %1: the file holds no rule set</source>
            <translation>--filter %1: die Datei enthält keinen Regelsatz</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="129" />
            <source>--filter %1: no set called "%2"</source>
            <translation>--filter %1: kein Satz namens „%2“</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="239" />
            <source>--filter-set names a set of the --filter file: add --filter</source>
            <translation>--filter-set benennt einen Satz der --filter-Datei: --filter hinzufügen</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="33" />
            <source>Exit codes:
  %1  finished normally (Ctrl+C, SIGTERM, --duration, or the reader of a pipe quit)
  %2  runtime error (output could not be written, the engine failed, no watched
     folder is left to watch or to wait for)
  %3  usage error (unknown option or event name, bad regular expression, no such folder)
  %4  nothing could be watched (permission denied, inotify watch limit)
</source>
            <translation>Beendigungsstatus:
  %1  normal beendet (Strg+C, SIGTERM, --duration, oder der Leser einer Pipe hat
     sich beendet)
  %2  Laufzeitfehler (Ausgabe konnte nicht geschrieben werden, die Überwachung
     ist fehlgeschlagen, kein Ordner ist mehr zu überwachen oder
     abzuwarten)
  %3  Aufruffehler (unbekannte Option oder unbekannter Ereignisname, ungültiger
     regulärer Ausdruck, Ordner nicht vorhanden)
  %4  nichts konnte überwacht werden (Zugriff verweigert, inotify-Grenze für
     Überwachungen erreicht)
</translation>
        </message>
    </context>
    <context>
        <name>CountColumns</name>
        <message>
            <location filename="../ui/analysis/countcolumns.cpp" line="63" />
            <source>Kernel notifications, not operations: inotify merges an event identical to the previous unread one, so ten quick writes may count as one.</source>
            <translation>Kernel-Benachrichtigungen, keine Vorgänge: inotify fasst ein Ereignis mit dem gleichen vorherigen ungelesenen zusammen; zehn schnelle Schreibvorgänge können als einer zählen.</translation>
        </message>
        <message>
            <location filename="../ui/analysis/countcolumns.cpp" line="69" />
            <source>Total</source>
            <translation>Gesamt</translation>
        </message>
        <message>
            <location filename="../ui/analysis/countcolumns.cpp" line="71" />
            <source>First seen</source>
            <translation>Zuerst gesehen</translation>
        </message>
        <message>
            <location filename="../ui/analysis/countcolumns.cpp" line="73" />
            <source>Last seen</source>
            <translation>Zuletzt gesehen</translation>
        </message>
    </context>
    <context>
        <name>CsvFileSink</name>
        <message>
            <location filename="../app/cli/csvfilesink.cpp" line="104" />
            <source>another fsnoop is writing to it</source>
            <translation>ein anderes fsnoop schreibt bereits hinein</translation>
        </message>
    </context>
    <context>
        <name>EventContextMenu</name>
        <message>
            <location filename="../ui/events/eventcontextmenu.cpp" line="117" />
            <source>Open Containing Folder</source>
            <translation>Übergeordneten Ordner öffnen</translation>
        </message>
        <message>
            <location filename="../ui/events/eventcontextmenu.cpp" line="123" />
            <source>Show Only This File</source>
            <translation>Nur diese Datei anzeigen</translation>
        </message>
        <message>
            <location filename="../ui/events/eventcontextmenu.cpp" line="125" />
            <source>Hide This File</source>
            <translation>Diese Datei ausblenden</translation>
        </message>
        <message>
            <location filename="../ui/events/eventcontextmenu.cpp" line="139" />
            <source>Show Only “%1” Events</source>
            <translation>Nur „%1“-Ereignisse anzeigen</translation>
        </message>
        <message>
            <location filename="../ui/events/eventcontextmenu.cpp" line="151" />
            <source>Show All Files and Events</source>
            <translation>Alle Dateien und Ereignisse anzeigen</translation>
        </message>
        <message>
            <location filename="../ui/events/eventcontextmenu.cpp" line="125" />
            <source>This Process (%1)</source>
            <translation>Dieser Prozess (%1)</translation>
        </message>
        <message>
            <location filename="../ui/events/eventcontextmenu.cpp" line="127" />
            <source>This Executable</source>
            <translation>Diese ausführbare Datei</translation>
        </message>
        <message>
            <location filename="../ui/events/eventcontextmenu.cpp" line="129" />
            <source>This Path</source>
            <translation>Dieser Pfad</translation>
        </message>
        <message>
            <location filename="../ui/events/eventcontextmenu.cpp" line="133" />
            <source>This Folder and Everything Below</source>
            <translation>Dieser Ordner und alles darunter</translation>
        </message>
        <message>
            <location filename="../ui/events/eventcontextmenu.cpp" line="135" />
            <source>This Event Type (%1)</source>
            <translation>Dieser Ereignistyp (%1)</translation>
        </message>
        <message>
            <location filename="../ui/events/eventcontextmenu.cpp" line="138" />
            <source>This Extension (.%1)</source>
            <translation>Diese Endung (.%1)</translation>
        </message>
        <message>
            <location filename="../ui/events/eventcontextmenu.cpp" line="142" />
            <source>&amp;Include</source>
            <translation>&amp;Einschließen</translation>
        </message>
        <message>
            <location filename="../ui/events/eventcontextmenu.cpp" line="143" />
            <source>E&amp;xclude</source>
            <translation>A&amp;usschließen</translation>
        </message>
        <message>
            <location filename="../ui/events/eventcontextmenu.cpp" line="358" />
            <source>Bookmark &amp;Note…</source>
            <translation>Lesezeichen-&amp;Notiz…</translation>
        </message>
    </context>
    <context>
        <name>EventDetailsPane</name>
        <message>
            <location filename="../ui/events/eventdetailspane.cpp" line="15" />
            <source>Select an event to see its details.</source>
            <translation>Wählen Sie ein Ereignis, um die Einzelheiten zu sehen.</translation>
        </message>
        <message>
            <location filename="../ui/events/eventdetailspane.cpp" line="29" />
            <source>Time: %1</source>
            <translation>Zeit: %1</translation>
        </message>
        <message>
            <location filename="../ui/events/eventdetailspane.cpp" line="30" />
            <source>Events: %1</source>
            <translation>Ereignisse: %1</translation>
        </message>
        <message>
            <location filename="../ui/events/eventdetailspane.cpp" line="32" />
            <source>Path: %1</source>
            <translation>Pfad: %1</translation>
        </message>
        <message>
            <location filename="../ui/events/eventdetailspane.cpp" line="34" />
            <source>Cookie: %1</source>
            <translation>Cookie: %1</translation>
        </message>
        <message>
            <location filename="../ui/events/eventdetailspane.cpp" line="36" />
            <source>Process: %1 (PID %2) %3</source>
            <translation>Prozess: %1 (PID %2) %3</translation>
        </message>
        <message>
            <location filename="../ui/events/eventdetailspane.cpp" line="44" />
            <source>Parent process: PID %1</source>
            <translation>Elternprozess: PID %1</translation>
        </message>
        <message>
            <location filename="../ui/events/eventdetailspane.cpp" line="46" />
            <source>User: %1</source>
            <translation>Benutzer: %1</translation>
        </message>
        <message>
            <location filename="../ui/events/eventdetailspane.cpp" line="48" />
            <source>Command line: %1</source>
            <translation>Befehlszeile: %1</translation>
        </message>
        <message>
            <location filename="../ui/events/eventdetailspane.cpp" line="50" />
            <source>Process started: %1</source>
            <translation>Prozess gestartet: %1</translation>
        </message>
        <message>
            <location filename="../ui/events/eventdetailspane.cpp" line="52" />
            <source>Source: %1</source>
            <translation>Quelle: %1</translation>
        </message>
    </context>
    <context>
        <name>EventCellText</name>
        <message>
            <location filename="../ui/events/eventcelltext.cpp" line="241" />
            <source>The kernel's event queue overflowed here, so some events were lost (overflow number %1). fsnoop rescanned the watched folders to catch up. Raising /proc/sys/fs/inotify/max_queued_events or narrowing the watched events makes this less likely.</source>
            <translation>Die Ereigniswarteschlange des Kernels ist hier übergelaufen, einige Ereignisse gingen verloren (Überlauf Nr. %1). fsnoop hat die überwachten Ordner erneut eingelesen, um aufzuholen. Ein höherer Wert in /proc/sys/fs/inotify/max_queued_events oder weniger überwachte Ereignistypen machen das unwahrscheinlicher.</translation>
        </message>
        <message>
            <location filename="../ui/events/eventcelltext.cpp" line="248" />
            <source>Not reported by the kernel: fsnoop found this entry when it scanned a newly created folder. inotify cannot watch a folder before it exists, so what was created inside it in the first moments is recovered by that scan.</source>
            <translation>Nicht vom Kernel gemeldet: fsnoop hat diesen Eintrag beim Einlesen eines neu angelegten Ordners gefunden. inotify kann einen Ordner erst überwachen, wenn er existiert; was in den ersten Augenblicken darin entsteht, wird durch dieses Einlesen erfasst.</translation>
        </message>
        <message>
            <location filename="../ui/events/eventcelltext.cpp" line="268" />
            <source>overflow</source>
            <translation>Überlauf</translation>
        </message>
        <message>
            <location filename="../ui/events/eventcelltext.cpp" line="276" />
            <source>Events lost (queue overflow)</source>
            <translation>Ereignisse verloren (Warteschlange voll)</translation>
        </message>
    </context>
    <context>
        <name>EventTableColumns</name>
        <message>
            <location filename="../ui/events/eventtablecolumns.cpp" line="185" />
            <source>&amp;Reset Columns</source>
            <translation>Spalten &amp;zurücksetzen</translation>
        </message>
    </context>
    <context>
        <name>EventTableView</name>
        <message>
            <location filename="../ui/events/eventtableview.cpp" line="85" />
            <source>Copy Paths</source>
            <translation>Pfade kopieren</translation>
        </message>
        <message>
            <location filename="../ui/events/eventtableview.cpp" line="114" />
            <source>Copy Path</source>
            <translation>Pfad kopieren</translation>
        </message>
        <message>
            <location filename="../ui/events/eventtableview.cpp" line="75" />
            <source>&amp;Copy Rows</source>
            <translation>Zeilen &amp;kopieren</translation>
        </message>
        <message>
            <location filename="../ui/events/eventtableview.cpp" line="80" />
            <source>Copy &amp;Paths</source>
            <translation>&amp;Pfade kopieren</translation>
        </message>
        <message>
            <location filename="../ui/events/eventtableview.cpp" line="86" />
            <source>Toggle &amp;Bookmark</source>
            <translation>&amp;Lesezeichen setzen/entfernen</translation>
        </message>
        <message>
            <location filename="../ui/events/eventtableview.cpp" line="89" />
            <source>&amp;Next Bookmark</source>
            <translation>&amp;Nächstes Lesezeichen</translation>
        </message>
        <message>
            <location filename="../ui/events/eventtableview.cpp" line="91" />
            <source>P&amp;revious Bookmark</source>
            <translation>&amp;Vorheriges Lesezeichen</translation>
        </message>
        <message>
            <location filename="../ui/events/eventtableview.cpp" line="93" />
            <source>&amp;Jump to Time…</source>
            <translation>Zu &amp;Zeitpunkt springen…</translation>
        </message>
        <message>
            <location filename="../ui/events/eventtableview.cpp" line="235" />
            <source>Bookmark Note</source>
            <translation>Lesezeichen-Notiz</translation>
        </message>
        <message>
            <location filename="../ui/events/eventtableview.cpp" line="235" />
            <source>A note on this event, kept with its bookmark:</source>
            <translation>Eine Notiz zu diesem Ereignis, beim Lesezeichen gespeichert:</translation>
        </message>
        <message>
            <location filename="../ui/events/eventtableview.cpp" line="444" />
            <source>Copy Rows</source>
            <translation>Zeilen kopieren</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/events/eventtableview.cpp" line="445" />
            <source>%Ln rows are selected: too many to copy.</source>
            <translation>
                <numerusform>%Ln Zeile ist ausgewählt: zu viel zum Kopieren.</numerusform>
                <numerusform>%Ln Zeilen sind ausgewählt: zu viele zum Kopieren.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/events/eventtableview.cpp" line="448" />
            <source>Copy takes at most %L1 rows: the clipboard keeps its text in fsnoop&apos;s memory for as long as it holds it, about 0.4 GB for a million rows. Export the selected rows to a CSV file instead?</source>
            <translation>Kopieren nimmt höchstens %L1 Zeilen: Die Zwischenablage hält ihren Text im Speicher von fsnoop, solange sie ihn enthält, etwa 0,4 GB für eine Million Zeilen. Die ausgewählten Zeilen stattdessen in eine CSV-Datei exportieren?</translation>
        </message>
        <message>
            <location filename="../ui/events/eventtableview.cpp" line="452" />
            <source>&amp;Export Selected Rows…</source>
            <translation>Ausgewählte Zeilen &amp;exportieren…</translation>
        </message>
    </context>
    <context>
        <name>ExportController</name>
        <message>
            <location filename="../ui/window/exportcontroller.cpp" line="35" />
            <source>Export Shown Events</source>
            <translation>Angezeigte Ereignisse exportieren</translation>
        </message>
        <message>
            <location filename="../ui/window/exportcontroller.cpp" line="35" />
            <source>Export All Events</source>
            <translation>Alle Ereignisse exportieren</translation>
        </message>
        <message>
            <location filename="../ui/window/exportcontroller.cpp" line="38" />
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <location filename="../ui/window/exportcontroller.cpp" line="49" />
            <location filename="../ui/window/exportcontroller.cpp" line="72" />
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <location filename="../ui/window/exportcontroller.cpp" line="50" />
            <source>Could not write %1: %2</source>
            <translation>%1 konnte nicht geschrieben werden: %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/window/exportcontroller.cpp" line="57" />
            <source>Exporting %n event(s)…</source>
            <translation>
                <numerusform>%n Ereignis wird exportiert…</numerusform>
                <numerusform>%n Ereignisse werden exportiert…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/window/exportcontroller.cpp" line="59" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location filename="../ui/window/exportcontroller.cpp" line="70" />
            <source>Exported to %1</source>
            <translation>Nach %1 exportiert</translation>
        </message>
        <message>
            <location filename="../ui/window/exportcontroller.cpp" line="59" />
            <source>Export Selected Events</source>
            <translation>Ausgewählte Ereignisse exportieren</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="20" />
            <source>Regex</source>
            <translation>Regex</translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="29" />
            <source>Events</source>
            <translation>Ereignisse</translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="30" />
            <source>Show only some event types</source>
            <translation>Nur bestimmte Ereignistypen anzeigen</translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="32" />
            <source>All</source>
            <translation>Alle</translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="33" />
            <source>None</source>
            <translation>Keine</translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="58" />
            <source>Filter by path</source>
            <translation>Nach Pfad filtern</translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="62" />
            <source>Treat the path filter as a regular expression</source>
            <translation>Pfadfilter als regulären Ausdruck behandeln</translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="65" />
            <source>Files and folders</source>
            <translation>Dateien und Ordner</translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="66" />
            <source>Files only</source>
            <translation>Nur Dateien</translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="67" />
            <source>Folders only</source>
            <translation>Nur Ordner</translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="70" />
            <source>Process</source>
            <translation>Prozess</translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="71" />
            <source>Filter by process name, executable or PID (known only when watching with process information)</source>
            <translation>Nach Prozessname, Programmdatei oder PID filtern (nur bekannt, wenn mit Prozessinformationen überwacht wird)</translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="77" />
            <source>Show every file again</source>
            <translation>Wieder alle Dateien anzeigen</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/events/filterbar.cpp" line="148" />
            <source>%n file(s) hidden ✕</source>
            <translation>
                <numerusform>%n Datei ausgeblendet ✕</numerusform>
                <numerusform>%n Dateien ausgeblendet ✕</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/events/filterbar.cpp" line="149" />
            <source>Only %n file(s) ✕</source>
            <translation>
                <numerusform>Nur %n Datei ✕</numerusform>
                <numerusform>Nur %n Dateien ✕</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="165" />
            <source>All events</source>
            <translation>Alle Ereignisse</translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="167" />
            <source>%1 of %2 events</source>
            <translation>%1 von %2 Ereignissen</translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="173" />
            <source>Shown: %1 of %2</source>
            <translation>Angezeigt: %1 von %2</translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="184" />
            <source>This regular expression is not valid</source>
            <translation>Dieser reguläre Ausdruck ist ungültig</translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="93" />
            <source>Clear Filters</source>
            <translation>Filter zurücksetzen</translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="94" />
            <source>Some events are hidden by the filters; show them all again</source>
            <translation>Einige Ereignisse sind durch Filter ausgeblendet; alle wieder anzeigen</translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="94" />
            <source>Filter rules are hiding events; click to edit them</source>
            <translation>Filterregeln blenden Ereignisse aus; zum Bearbeiten klicken</translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="101" />
            <source>Reset</source>
            <translation>Zurücksetzen</translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="102" />
            <source>Turn every filter rule off and show all events</source>
            <translation>Alle Filterregeln ausschalten und alle Ereignisse zeigen</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/events/filterbar.cpp" line="207" />
            <source>%n rule(s), %1 of %2 shown</source>
            <translation>
                <numerusform>%n Regel, %1 von %2 angezeigt</numerusform>
                <numerusform>%n Regeln, %1 von %2 angezeigt</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="198" />
            <source>Only one process ✕</source>
            <translation>Nur ein Prozess ✕</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="81" />
            <source>Events</source>
            <translation>Ereignisse</translation>
        </message>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="195" />
            <source>Forget the events recorded so far (Ctrl+L)</source>
            <translation>Die bisher aufgezeichneten Ereignisse verwerfen (Strg+L)</translation>
        </message>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="305" />
            <source>Watch Folder</source>
            <translation>Ordner überwachen</translation>
        </message>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="306" />
            <source>%1 is not a folder.</source>
            <translation>%1 ist kein Ordner.</translation>
        </message>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="339" />
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
        </message>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="407" />
            <source>%1 (read-only)</source>
            <translation>%1 (schreibgeschützt)</translation>
        </message>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="415" />
            <source>Session %1 (read-only)</source>
            <translation>Sitzung %1 (schreibgeschützt)</translation>
        </message>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="419" />
            <source>Watching %1 (display paused)</source>
            <translation>Überwache %1 (Anzeige angehalten)</translation>
        </message>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="420" />
            <source>Watching %1</source>
            <translation>Überwache %1</translation>
        </message>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="422" />
            <source>Stopped</source>
            <translation>Gestoppt</translation>
        </message>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="424" />
            <source>Choose a folder to watch (Ctrl+N), or drop one here</source>
            <translation>Wählen Sie einen Ordner zum Überwachen (Strg+N) oder ziehen Sie einen hierher</translation>
        </message>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="353" />
            <source>Could not open %1 (line %2): %3</source>
            <translation>%1 konnte nicht geöffnet werden (Zeile %2): %3</translation>
        </message>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="357" />
            <source>Could not open %1: %2</source>
            <translation>%1 konnte nicht geöffnet werden: %2</translation>
        </message>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="136" />
            <source>Filtering…</source>
            <translation>Filtern…</translation>
        </message>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="478" />
            <source>Filter stopped: the table shows the matches found so far. Change the filter to search again.</source>
            <translation>Filtern abgebrochen: Die Tabelle zeigt die bisher gefundenen Treffer. Ändern Sie den Filter, um erneut zu suchen.</translation>
        </message>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="562" />
            <source>Bookmarks are kept in .fsnoop session files only; these last until the session is closed</source>
            <translation>Lesezeichen werden nur in .fsnoop-Sitzungsdateien gespeichert; diese hier bleiben, bis die Sitzung geschlossen wird</translation>
        </message>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="569" />
            <source>Cannot save the bookmarks in %1: %2</source>
            <translation>Lesezeichen können nicht in %1 gespeichert werden: %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/window/mainwindow.cpp" line="166" />
            <source>Copying %Ln row(s)…</source>
            <translation>
                <numerusform>%Ln Zeile wird kopiert…</numerusform>
                <numerusform>%Ln Zeilen werden kopiert…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/window/mainwindow.cpp" line="173" />
            <source>Copied %Ln row(s).</source>
            <translation>
                <numerusform>%Ln Zeile kopiert.</numerusform>
                <numerusform>%Ln Zeilen kopiert.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CaptureNotices</name>
        <message>
            <location filename="../ui/window/capturenotices.cpp" line="30" />
            <source>Process information is not available, so fsnoop goes on watching with inotify, without it. The events captured so far are kept.</source>
            <translation>Prozessinformationen sind nicht verfügbar, daher überwacht fsnoop ohne sie mit inotify weiter. Die bisher aufgezeichneten Ereignisse bleiben erhalten.</translation>
        </message>
        <message>
            <location filename="../ui/window/capturenotices.cpp" line="34" />
            <source>Watching without process information</source>
            <translation>Überwachung ohne Prozessinformationen</translation>
        </message>
        <message>
            <location filename="../ui/window/capturenotices.cpp" line="36" />
            <source>Watching Without Process Information</source>
            <translation>Überwachung ohne Prozessinformationen</translation>
        </message>
        <message>
            <source>The capture cannot be saved to %1: %2</source>
            <translation>Die Aufzeichnung kann nicht in %1 gespeichert werden: %2</translation>
        </message>
        <message>
            <source>Capture Not Saved</source>
            <translation>Aufzeichnung nicht gespeichert</translation>
        </message>
        <message>
            <source>Capturing goes on in memory only: export the events before closing the window, or free some space and start again.</source>
            <translation>Die Aufzeichnung läuft nur im Speicher weiter: Exportieren Sie die Ereignisse vor dem Schließen des Fensters, oder schaffen Sie Platz und beginnen Sie neu.</translation>
        </message>
    </context>
    <context>
        <name>MainMenus</name>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="75" />
            <source>&amp;Watch Folder…</source>
            <translation>Ordner ü&amp;berwachen…</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="77" />
            <source>Choose a folder and start watching it</source>
            <translation>Einen Ordner wählen und mit der Überwachung beginnen</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="80" />
            <source>&amp;Open Session…</source>
            <translation>Sitzung ö&amp;ffnen…</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="82" />
            <source>Open a CSV file saved by fsnoop</source>
            <translation>Eine von fsnoop gespeicherte CSV-Datei öffnen</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="86" />
            <source>&amp;Export All Events as CSV…</source>
            <translation>Alle Ereignisse als CSV &amp;exportieren…</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="89" />
            <source>Export &amp;Shown Events as CSV…</source>
            <translation>&amp;Angezeigte Ereignisse als CSV exportieren…</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="97" />
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="102" />
            <source>&amp;Start</source>
            <translation>&amp;Starten</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="104" />
            <source>Start watching again with the same options</source>
            <translation>Erneut mit denselben Einstellungen überwachen</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="107" />
            <source>S&amp;top</source>
            <translation>S&amp;toppen</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="109" />
            <source>Stop watching</source>
            <translation>Überwachung beenden</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="112" />
            <source>&amp;Pause Display</source>
            <translation>Anzeige an&amp;halten</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="116" />
            <source>Freeze the table; events are still recorded</source>
            <translation>Tabelle einfrieren; Ereignisse werden weiter aufgezeichnet</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="119" />
            <source>&amp;Clear</source>
            <translation>&amp;Leeren</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="132" />
            <source>&amp;Follow New Events</source>
            <translation>Neuen Ereignissen &amp;folgen</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="143" />
            <source>&amp;Filter by Path</source>
            <translation>Nach &amp;Pfad filtern</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="152" />
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="154" />
            <source>&amp;Recent Folders</source>
            <translation>&amp;Zuletzt überwachte Ordner</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="167" />
            <source>&amp;Capture</source>
            <translation>&amp;Aufzeichnung</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="175" />
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="180" />
            <source>Show &amp;All Files</source>
            <translation>&amp;Alle Dateien anzeigen</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="188" />
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="189" />
            <source>&amp;About fsnoop</source>
            <translation>&amp;Über fsnoop</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="191" />
            <source>About fsnoop</source>
            <translation>Über fsnoop</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="192" />
            <source>&lt;h3&gt;fsnoop %1&lt;/h3&gt;&lt;p&gt;Live filesystem activity monitor for the Linux desktop.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;fsnoop %1&lt;/h3&gt;&lt;p&gt;Live-Überwachung der Dateisystemaktivität für den Linux-Desktop.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="197" />
            <source>Main</source>
            <translation>Haupt</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="122" />
            <source>Forget the events recorded so far</source>
            <translation>Die bisher aufgezeichneten Ereignisse verwerfen</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="126" />
            <source>&amp;Drop Filtered Events</source>
            <translation>Gefilterte Ereignisse &amp;verwerfen</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="128" />
            <source>Do not record the events the filter rules exclude, for long captures of busy folders</source>
            <translation>Ereignisse, die die Filterregeln ausschließen, nicht aufzeichnen – für lange Aufzeichnungen belebter Ordner</translation>
        </message>
        <message>
            <source>&amp;Sessions…</source>
            <translation>&amp;Sitzungen…</translation>
        </message>
        <message>
            <source>The captures saved as they ran, and when they are cleaned up</source>
            <translation>Die während der Aufzeichnung gespeicherten Aufzeichnungen und wann sie aufgeräumt werden</translation>
        </message>
        <message>
            <source>Recent S&amp;essions</source>
            <translation>L&amp;etzte Sitzungen</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="183" />
            <source>&amp;Go</source>
            <translation>&amp;Gehe zu</translation>
        </message>
    </context>
    <context>
        <name>RowCopyJob</name>
        <message>
            <location filename="../ui/events/rowcopyjob.cpp" line="24" />
            <source>The copy stopped: the table shows other rows now.</source>
            <translation>Das Kopieren wurde beendet: Die Tabelle zeigt jetzt andere Zeilen.</translation>
        </message>
        <message>
            <location filename="../ui/events/rowcopyjob.cpp" line="61" />
            <source>The copy was cancelled.</source>
            <translation>Das Kopieren wurde abgebrochen.</translation>
        </message>
    </context>
    <context>
        <name>SessionOpener</name>
        <message>
            <location filename="../ui/window/sessionopener.cpp" line="34" />
            <location filename="../ui/window/sessionopener.cpp" line="34" />
            <source>Open Session</source>
            <translation>Sitzung öffnen</translation>
        </message>
        <message>
            <location filename="../ui/window/sessionopener.cpp" line="35" />
            <source>Sessions (*.fsnoop *.csv);;All files (*)</source>
            <translation>Sitzungen (*.fsnoop *.csv);;Alle Dateien (*)</translation>
        </message>
        <message>
            <location filename="../ui/window/sessionopener.cpp" line="70" />
            <source>Opening %1…</source>
            <translation>%1 wird geöffnet…</translation>
        </message>
        <message>
            <location filename="../ui/window/sessionopener.cpp" line="115" />
            <source>Opening stopped: %1 of %2 events were loaded.</source>
            <translation>Öffnen abgebrochen: %1 von %2 Ereignissen wurden geladen.</translation>
        </message>
    </context>
    <context>
        <name>ProblemText</name>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="34" />
            <source>%1 does not exist or is not a folder</source>
            <translation>%1 existiert nicht oder ist kein Ordner</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="32" />
            <source>cannot start inotify: %1</source>
            <translation>inotify kann nicht gestartet werden: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/text/problemtext.cpp" line="36" />
            <source>watch limit reached: %n folder(s) are not watched</source>
            <translation>
                <numerusform>Überwachungsgrenze erreicht: %n Ordner wird nicht überwacht</numerusform>
                <numerusform>Überwachungsgrenze erreicht: %n Ordner werden nicht überwacht</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="38" />
            <source>permission denied: %1 and what is inside it are not watched</source>
            <translation>Zugriff verweigert: %1 und sein Inhalt werden nicht überwacht</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="40" />
            <source>could not watch %1: %2</source>
            <translation>%1 kann nicht überwacht werden: %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/text/problemtext.cpp" line="42" />
            <source>events were lost: the kernel queue overflowed (%n time(s))</source>
            <translation>
                <numerusform>Ereignisse gingen verloren: Die Kernel-Warteschlange ist übergelaufen (%n-mal)</numerusform>
                <numerusform>Ereignisse gingen verloren: Die Kernel-Warteschlange ist übergelaufen (%n-mal)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="45" />
            <source>the watched folder %1 was deleted</source>
            <translation>der überwachte Ordner %1 wurde gelöscht</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="47" />
            <source>the watched folder %1 was moved</source>
            <translation>der überwachte Ordner %1 wurde verschoben</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="49" />
            <source>the file system holding %1 was unmounted</source>
            <translation>das Dateisystem mit %1 wurde ausgehängt</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="51" />
            <source>the process-information helper failed</source>
            <translation>das Hilfsprogramm für Prozessinformationen ist fehlgeschlagen</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="53" />
            <source>watching with process information was cancelled</source>
            <translation>die Überwachung mit Prozessinformationen wurde abgebrochen</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="55" />
            <source>not authorized to watch with process information</source>
            <translation>keine Berechtigung für die Überwachung mit Prozessinformationen</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="57" />
            <source>%1 is on a network file system (%2): changes made by other computers are not seen</source>
            <translation>%1 liegt auf einem Netzwerkdateisystem (%2): Änderungen durch andere Computer werden nicht gesehen</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="57" />
            <source>%1 is on a FUSE file system: changes made by its program or on the other side (a remote computer, a disk it translates) are not seen</source>
            <translation>%1 liegt auf einem FUSE-Dateisystem: Änderungen durch sein Programm oder auf der anderen Seite (ein entfernter Computer, ein Datenträger, den es übersetzt) werden nicht gesehen</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="57" />
            <source>%1 is an overlay (as in containers): only changes made through it are seen, not those made in its lower or upper folders</source>
            <translation>%1 ist ein Overlay (wie in Containern): nur Änderungen, die durch es hindurch gemacht werden, werden gesehen, nicht die in seinen unteren oder oberen Ordnern</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="57" />
            <source>%1 is watched with inotify, without process information: fanotify cannot watch this file system (%2: %3)</source>
            <translation>%1 wird mit inotify überwacht, ohne Prozessinformationen: fanotify kann dieses Dateisystem nicht überwachen (%2: %3)</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="57" />
            <source>%1 is in a btrfs subvolume: watched through its whole file system at %2</source>
            <translation>%1 liegt in einem btrfs-Subvolume: überwacht über sein ganzes Dateisystem in %2</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="57" />
            <source>The kernel reports only what happens through this computer's own view of the file system; the record cannot show the rest.</source>
            <translation>Der Kernel meldet nur, was über die eigene Sicht dieses Computers auf das Dateisystem geschieht; die Aufzeichnung kann den Rest nicht zeigen.</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="57" />
            <source>unknown problem %1</source>
            <translation>unbekanntes Problem %1</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="74" />
            <source>Too many programs may be using inotify already. The limit is in /proc/sys/fs/inotify/max_user_instances; raise it with
sudo sysctl fs.inotify.max_user_instances=512</source>
            <translation>Möglicherweise verwenden bereits zu viele Programme inotify. Die Grenze steht in /proc/sys/fs/inotify/max_user_instances; erhöhen Sie sie mit
sudo sysctl fs.inotify.max_user_instances=512</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="78" />
            <source>Choose an existing folder in File &gt; Watch Folder.</source>
            <translation>Wählen Sie unter Datei &gt; Ordner überwachen einen vorhandenen Ordner.</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="80" />
            <source>inotify needs one watch per folder and the limit (/proc/sys/fs/inotify/max_user_watches) is %1. Events in the folders that are not watched are not recorded. Raise the limit with
sudo sysctl fs.inotify.max_user_watches=%2
(add fs.inotify.max_user_watches=%2 to /etc/sysctl.d/90-fsnoop.conf to keep it), then start watching again — or watch with process information, which needs no watch per folder.</source>
            <translation>inotify benötigt eine Überwachung pro Ordner, und die Grenze (/proc/sys/fs/inotify/max_user_watches) liegt bei %1. Ereignisse in nicht überwachten Ordnern werden nicht aufgezeichnet. Erhöhen Sie die Grenze mit
sudo sysctl fs.inotify.max_user_watches=%2
(tragen Sie fs.inotify.max_user_watches=%2 in /etc/sysctl.d/90-fsnoop.conf ein, damit sie bleibt) und starten Sie die Überwachung neu — oder überwachen Sie mit Prozessinformationen, das braucht keine Überwachung pro Ordner.</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="90" />
            <source>You may not read this folder, so nothing inside it is recorded. Watch with process information (administrator) to see it.</source>
            <translation>Sie dürfen diesen Ordner nicht lesen, daher wird nichts darin aufgezeichnet. Überwachen Sie mit Prozessinformationen (Administrator), um ihn zu sehen.</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="93" />
            <source>This folder and what is inside it are not recorded.</source>
            <translation>Dieser Ordner und sein Inhalt werden nicht aufgezeichnet.</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="95" />
            <source>The kernel dropped events because they came faster than they could be read. The table shows a marker where this happened, and the folders were scanned again. Raise /proc/sys/fs/inotify/max_queued_events, watch fewer event types (access and open are the busiest), or exclude busy folders.</source>
            <translation>Der Kernel hat Ereignisse verworfen, weil sie schneller kamen, als sie gelesen werden konnten. Die Tabelle zeigt an dieser Stelle eine Markierung, und die Ordner wurden erneut eingelesen. Erhöhen Sie /proc/sys/fs/inotify/max_queued_events, überwachen Sie weniger Ereignistypen (access und open sind die häufigsten) oder schließen Sie sehr aktive Ordner aus.</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="102" />
            <source>Nothing more is recorded there. Watch the folder again once it is back.</source>
            <translation>Dort wird nichts mehr aufgezeichnet. Überwachen Sie den Ordner erneut, sobald er wieder da ist.</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="104" />
            <source>fsnoop stays on inotify, without process information. Technical detail: %1</source>
            <translation>fsnoop bleibt bei inotify, ohne Prozessinformationen. Technisches Detail: %1</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="107" />
            <source>The administrator password dialog was dismissed. fsnoop stays on inotify, without process information.</source>
            <translation>Der Dialog für das Administratorpasswort wurde geschlossen. fsnoop bleibt bei inotify, ohne Prozessinformationen.</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="110" />
            <source>The system policy (polkit) did not allow the helper to run. Ask your administrator, or keep watching without process information.</source>
            <translation>Die Systemrichtlinie (polkit) hat das Hilfsprogramm nicht zugelassen. Fragen Sie Ihre Administratorin oder Ihren Administrator, oder überwachen Sie ohne Prozessinformationen weiter.</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="47" />
            <source>the rescan found what changed meanwhile: %1 created, %2 deleted</source>
            <translation>die erneute Durchsuchung fand, was sich inzwischen geändert hat: %1 erstellt, %2 gelöscht</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="64" />
            <source>could not keep events on disk in %1: %2</source>
            <translation>Ereignisse konnten nicht auf dem Datenträger in %1 abgelegt werden: %2</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="122" />
            <source>Nothing was lost: the events stay in memory instead, so a long capture or a big session now uses more memory. Make room on that disk, or make the folder writable, and open or start the capture again.</source>
            <translation>Nichts ging verloren: Die Ereignisse bleiben stattdessen im Arbeitsspeicher, sodass eine lange Aufzeichnung oder eine große Sitzung jetzt mehr Speicher braucht. Schaffen Sie Platz auf diesem Datenträger oder machen Sie den Ordner beschreibbar und öffnen bzw. starten Sie die Aufzeichnung erneut.</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="45" />
            <source>the watched folder %1 was deleted; waiting for it to come back</source>
            <translation>der überwachte Ordner %1 wurde gelöscht; es wird auf seine Rückkehr gewartet</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="47" />
            <source>the watched folder %1 was moved away; waiting for it to come back</source>
            <translation>der überwachte Ordner %1 wurde verschoben; es wird auf seine Rückkehr gewartet</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="102" />
            <source>The folder above it is watched for this one name. When a folder is there again under this name (made anew, or moved back), it is watched again and what it holds is recorded as found by a scan.</source>
            <translation>Der Ordner darüber wird auf genau diesen Namen überwacht. Sobald wieder ein Ordner unter diesem Namen existiert (neu angelegt oder zurückverschoben), wird er wieder überwacht und sein Inhalt als durch einen Scan gefunden aufgezeichnet.</translation>
        </message>
        <message>
            <source>watching %1 again</source>
            <translation>%1 wird wieder überwacht</translation>
        </message>
        <message>
            <source>a file system was mounted on %1; watching what it holds</source>
            <translation>auf %1 wurde ein Dateisystem eingehängt; sein Inhalt wird überwacht</translation>
        </message>
        <message>
            <source>What the file system held is not recorded as deleted. The folder it covered is watched in its place; if a file system is mounted there again, it is watched again.</source>
            <translation>Der Inhalt des Dateisystems wird nicht als gelöscht aufgezeichnet. Der Ordner, den es verdeckte, wird an seiner Stelle überwacht; wird dort wieder ein Dateisystem eingehängt, wird es wieder überwacht.</translation>
        </message>
        <message>
            <source>What the folder holds now is recorded as found by a scan (source "scan"); what happened in it while it was gone is not known.</source>
            <translation>Der jetzige Inhalt des Ordners wird als durch einen Scan gefunden aufgezeichnet (Quelle „scan“); was in ihm geschah, während er fort war, ist nicht bekannt.</translation>
        </message>
        <message>
            <source>What the file system holds is recorded as found by a scan (source "scan"). The folder it covers is hidden until it is unmounted.</source>
            <translation>Der Inhalt des Dateisystems wird als durch einen Scan gefunden aufgezeichnet (Quelle „scan“). Der Ordner, den es verdeckt, bleibt bis zum Aushängen verborgen.</translation>
        </message>
    </context>
    <context>
        <name>ProblemsDialog</name>
        <message>
            <location filename="../ui/window/problemsdialog.cpp" line="13" />
            <source>Warnings</source>
            <translation>Warnungen</translation>
        </message>
        <message>
            <location filename="../ui/window/problemsdialog.cpp" line="44" />
            <source>No warnings.</source>
            <translation>Keine Warnungen.</translation>
        </message>
    </context>
    <context>
        <name>RateChart</name>
        <message>
            <location filename="../ui/analysis/ratechart.cpp" line="20" />
            <source>Events per second</source>
            <translation>Ereignisse pro Sekunde</translation>
        </message>
        <message>
            <location filename="../ui/analysis/ratechart.cpp" line="26" />
            <source>Events/s</source>
            <translation>Ereignisse/s</translation>
        </message>
    </context>
    <context>
        <name>RecordCommand</name>
        <message>
            <location filename="../app/cli/recordcommand.cpp" line="43" />
            <source>the capture did not stop within %1 s; exiting</source>
            <translation>die Aufzeichnung hat nicht innerhalb von %1 s angehalten; Programm wird beendet</translation>
        </message>
        <message>
            <location filename="../app/cli/recordcommand.cpp" line="61" />
            <location filename="../app/cli/recordcommand.cpp" line="66" />
            <location filename="../app/cli/recordcommand.cpp" line="111" />
            <source>cannot write %1: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <location filename="../app/cli/recordcommand.cpp" line="87" />
            <source>the capture could not start</source>
            <translation>die Aufzeichnung konnte nicht gestartet werden</translation>
        </message>
        <message>
            <location filename="../app/cli/recordcommand.cpp" line="140" />
            <source>nothing could be watched</source>
            <translation>nichts konnte überwacht werden</translation>
        </message>
        <message>
            <location filename="../app/cli/recordcommand.cpp" line="254" />
            <source>events not written: %1</source>
            <translation>nicht geschriebene Ereignisse: %1</translation>
        </message>
    </context>
    <context>
        <name>RecordMessages</name>
        <message>
            <location filename="../app/cli/recordmessages.cpp" line="14" />
            <source>too many inotify instances for this user (fs.inotify.max_user_instances). Close other watchers or raise it, e.g.: sysctl fs.inotify.max_user_instances=512</source>
            <translation>zu viele inotify-Instanzen für diesen Benutzer (fs.inotify.max_user_instances). Beenden Sie andere Überwachungsprogramme oder erhöhen Sie die Grenze, z. B.: sysctl fs.inotify.max_user_instances=512</translation>
        </message>
        <message>
            <location filename="../app/cli/recordmessages.cpp" line="19" />
            <source>the inotify limit of %1 watches per user (fs.inotify.max_user_watches) is reached. Events in them are not recorded. Raise the limit, e.g.: sysctl fs.inotify.max_user_watches=%2 (add it to /etc/sysctl.d/ to keep it after a reboot)</source>
            <translation>die inotify-Grenze von %1 Überwachungen pro Benutzer (fs.inotify.max_user_watches) ist erreicht. Ereignisse darin werden nicht aufgezeichnet. Erhöhen Sie die Grenze, z. B.: sysctl fs.inotify.max_user_watches=%2 (in /etc/sysctl.d/ eintragen, damit sie nach einem Neustart erhalten bleibt)</translation>
        </message>
        <message>
            <location filename="../app/cli/recordmessages.cpp" line="27" />
            <source>some events were lost and are marked Q_OVERFLOW in the record; rescanning. Fewer events (-e) or a larger fs.inotify.max_queued_events help</source>
            <translation>einige Ereignisse gingen verloren und sind in der Aufzeichnung als Q_OVERFLOW markiert; die Ordner werden neu eingelesen. Weniger Ereignisse (-e) oder ein größerer Wert für fs.inotify.max_queued_events helfen</translation>
        </message>
        <message>
            <location filename="../app/cli/recordmessages.cpp" line="32" />
            <source>nothing more is recorded there (inotify cannot tell where it went)</source>
            <translation>dort wird nichts mehr aufgezeichnet (inotify kann nicht sagen, wohin)</translation>
        </message>
        <message>
            <location filename="../app/cli/recordmessages.cpp" line="54" />
            <source>summary: events: %1, overflows: %2, folders watched: %3, not watched: %4</source>
            <translation>Zusammenfassung: Ereignisse: %1, Überläufe: %2, überwachte Ordner: %3, nicht überwacht: %4</translation>
        </message>
        <message>
            <location filename="../app/cli/recordmessages.cpp" line="64" />
            <source>watching 1 folder</source>
            <translation>1 Ordner wird überwacht</translation>
        </message>
        <message>
            <location filename="../app/cli/recordmessages.cpp" line="64" />
            <source>watching %1 folders</source>
            <translation>%1 Ordner werden überwacht</translation>
        </message>
        <message>
            <location filename="../app/cli/recordmessages.cpp" line="66" />
            <source>%1 (%2 could not be watched); press Ctrl+C to stop</source>
            <translation>%1 (%2 nicht überwachbar); zum Beenden Strg+C drücken</translation>
        </message>
        <message>
            <location filename="../app/cli/recordmessages.cpp" line="67" />
            <source>%1; press Ctrl+C to stop</source>
            <translation>%1; zum Beenden Strg+C drücken</translation>
        </message>
        <message>
            <location filename="../app/cli/recordmessages.cpp" line="72" />
            <source>setting up watches: %1 folders scanned</source>
            <translation>Überwachung wird eingerichtet: %1 Ordner eingelesen</translation>
        </message>
        <message>
            <location filename="../app/cli/recordmessages.cpp" line="32" />
            <source>inotify cannot tell where it went; the capture goes on and records it again if a folder comes back under that name</source>
            <translation>inotify kann nicht sagen, wohin; die Aufzeichnung läuft weiter und zeichnet ihn wieder auf, wenn ein Ordner unter diesem Namen zurückkehrt</translation>
        </message>
        <message>
            <source>folders gone and still waited for at the end: %1</source>
            <translation>am Ende verschwundene und noch erwartete Ordner: %1</translation>
        </message>
    </context>
    <context>
        <name>RenameChainModel</name>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="124" />
            <source>(outside the watched tree)</source>
            <translation>(außerhalb des überwachten Baums)</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="157" />
            <source>An unpaired move: the kernel reported only one half of the rename because the other name is outside the watched folders.</source>
            <translation>Eine unvollständige Verschiebung: Der Kernel meldete nur eine Hälfte der Umbenennung, weil der andere Name außerhalb der überwachten Ordner liegt.</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="159" />
            <source>Renames are paired by the cookie inotify gives both halves of one rename.</source>
            <translation>Umbenennungen werden über das Cookie gepaart, das inotify beiden Hälften einer Umbenennung gibt.</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="172" />
            <source>(moved out of the watched tree)</source>
            <translation>(aus dem überwachten Baum verschoben)</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="182" />
            <location filename="../ui/analysis/renamechainmodel.cpp" line="231" />
            <source>Moved out of the watched tree</source>
            <translation>Aus dem überwachten Baum verschoben</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="182" />
            <location filename="../ui/analysis/renamechainmodel.cpp" line="233" />
            <source>Moved in from outside</source>
            <translation>Von außen hereinverschoben</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="186" />
            <source>Renamed once</source>
            <translation>Einmal umbenannt</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/analysis/renamechainmodel.cpp" line="186" />
            <source>Renamed %n times</source>
            <translation>
                <numerusform>%n-mal umbenannt</numerusform>
                <numerusform>%n-mal umbenannt</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="188" />
            <source>Moved in, then %1</source>
            <translation>Hereinverschoben, dann %1</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="190" />
            <source>%1, then moved out</source>
            <translation>%1, dann hinausverschoben</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="214" />
            <source>The cookie that paired IN_MOVED_FROM with IN_MOVED_TO (none for fanotify renames, which report both names in one event).</source>
            <translation>Das Cookie, das IN_MOVED_FROM mit IN_MOVED_TO gepaart hat (keines bei fanotify-Umbenennungen, die beide Namen in einem Ereignis melden).</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="225" />
            <source>Step %1</source>
            <translation>Schritt %1</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="229" />
            <source>Renamed</source>
            <translation>Umbenannt</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="241" />
            <source>none</source>
            <translation>keines</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="253" />
            <source>First name</source>
            <translation>Erster Name</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="255" />
            <source>Current name</source>
            <translation>Aktueller Name</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="257" />
            <source>Steps</source>
            <translation>Schritte</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="259" />
            <source>What happened</source>
            <translation>Was geschah</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="263" />
            <source>First time</source>
            <translation>Erstes Mal</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="265" />
            <source>Last time</source>
            <translation>Letztes Mal</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="221" />
            <source>Moved in from outside, then deleted</source>
            <translation>Von außen hereinverschoben, dann gelöscht</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="232" />
            <source>%1, then deleted</source>
            <translation>%1, dann gelöscht</translation>
        </message>
    </context>
    <context>
        <name>RenameChainPanel</name>
        <message>
            <location filename="../ui/analysis/renamechainpanel.cpp" line="25" />
            <source>Filter by name</source>
            <translation>Nach Name filtern</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainpanel.cpp" line="27" />
            <source>Each row is one file or folder followed through its renames. Italic rows are moves whose other half is outside the watched folders.</source>
            <translation>Jede Zeile ist eine Datei oder ein Ordner, verfolgt über alle Umbenennungen. Kursive Zeilen sind Verschiebungen, deren andere Hälfte außerhalb der überwachten Ordner liegt.</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainpanel.cpp" line="32" />
            <source>inotify reports a rename as IN_MOVED_FROM and IN_MOVED_TO sharing a cookie; fsnoop pairs them and links successive renames of one object.</source>
            <translation>inotify meldet eine Umbenennung als IN_MOVED_FROM und IN_MOVED_TO mit gemeinsamem Cookie; fsnoop paart sie und verknüpft aufeinanderfolgende Umbenennungen desselben Objekts.</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainpanel.cpp" line="133" />
            <source>Chains: %1 · Renames: %2 · Moved out: %3 · Moved in: %4</source>
            <translation>Ketten: %1 · Umbenennungen: %2 · Hinausverschoben: %3 · Hereinverschoben: %4</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainpanel.cpp" line="139" />
            <source>· Waiting for their other half: %1</source>
            <translation>· Warten auf ihre andere Hälfte: %1</translation>
        </message>
    </context>
    <context>
        <name>SessionExporter</name>
        <message>
            <location filename="../ui/session/sessionexporter.cpp" line="33" />
            <source>There is nothing to export.</source>
            <translation>Es gibt nichts zu exportieren.</translation>
        </message>
        <message>
            <location filename="../ui/session/sessionexporter.cpp" line="61" />
            <source>The export was cancelled.</source>
            <translation>Der Export wurde abgebrochen.</translation>
        </message>
        <message>
            <location filename="../ui/session/sessionexporter.cpp" line="69" />
            <source>The session was closed during the export.</source>
            <translation>Die Sitzung wurde während des Exports geschlossen.</translation>
        </message>
    </context>
    <context>
        <name>SessionLoader</name>
        <message>
            <location filename="../ui/session/sessionloader.cpp" line="17" />
            <source>Opening %1…</source>
            <translation>%1 wird geöffnet…</translation>
        </message>
        <message>
            <location filename="../ui/session/sessionloader.cpp" line="19" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location filename="../ui/session/sessionloader.cpp" line="67" />
            <source>Could not open %1: %2</source>
            <translation>%1 konnte nicht geöffnet werden: %2</translation>
        </message>
        <message>
            <location filename="../ui/session/sessionloader.cpp" line="69" />
            <source>Could not open %1: it is not a regular file (%2).</source>
            <translation>%1 konnte nicht geöffnet werden: Es ist keine reguläre Datei (%2).</translation>
        </message>
        <message>
            <location filename="../ui/session/sessionloader.cpp" line="71" />
            <source>Could not open %1 (line %2): %3</source>
            <translation>%1 konnte nicht geöffnet werden (Zeile %2): %3</translation>
        </message>
        <message>
            <location filename="../ui/session/sessionloader.cpp" line="79" />
            <source>%1 ends in the middle of a record: line %2 was incomplete and was skipped. The file was probably cut short by a crash or a full disk; every complete record before it was loaded.</source>
            <translation>%1 endet mitten in einem Datensatz: Zeile %2 war unvollständig und wurde übersprungen. Die Datei wurde wahrscheinlich durch einen Absturz oder eine volle Festplatte abgeschnitten; alle vollständigen Datensätze davor wurden geladen.</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/session/sessionloader.cpp" line="131" />
            <source>Could not read all of %1: %2. The first %n event(s) were loaded.</source>
            <translation>
                <numerusform>%1 konnte nicht vollständig gelesen werden: %2. %n Ereignis, das erste, wurde geladen.</numerusform>
                <numerusform>%1 konnte nicht vollständig gelesen werden: %2. Die ersten %n Ereignisse wurden geladen.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ShortcutTip</name>
        <message>
            <source>%1 (%2)</source>
            <extracomment>A tool tip (%1) and the shortcut that does the same (%2), e.g. &quot;Stop watching (Shift+F5)&quot;.</extracomment>
            <translation>%1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>StatsModel</name>
        <message>
            <location filename="../ui/analysis/statsmodel.cpp" line="152" />
            <source>Unknown process (inotify does not report processes)</source>
            <translation>Unbekannter Prozess (inotify meldet keine Prozesse)</translation>
        </message>
        <message>
            <location filename="../ui/analysis/statsmodel.cpp" line="156" />
            <source>%1 (pid %2)</source>
            <translation>%1 (PID %2)</translation>
        </message>
        <message>
            <location filename="../ui/analysis/statsmodel.cpp" line="198" />
            <source>Folders count every event in their subtree.</source>
            <translation>Ordner zählen alle Ereignisse in ihrem Unterbaum.</translation>
        </message>
    </context>
    <context>
        <name>StatsPanel</name>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="52" />
            <source>Counts are kernel notifications, not operations: inotify merges an event identical to the previous unread one, so ten quick writes to a file may count as one modify.</source>
            <translation>Gezählt werden Kernel-Benachrichtigungen, keine Vorgänge: inotify fasst ein Ereignis mit dem vorherigen ungelesenen zusammen, wenn sie gleich sind; zehn schnelle Schreibvorgänge in eine Datei können daher als ein modify zählen.</translation>
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="57" />
            <source>Filter by path</source>
            <translation>Nach Pfad filtern</translation>
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="59" />
            <source>Include subfolders in folder totals</source>
            <translation>Unterordner in Ordnersummen einbeziehen</translation>
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="60" />
            <source>A folder's counts include every event in its subtree.</source>
            <translation>Die Zahlen eines Ordners enthalten alle Ereignisse in seinem Unterbaum.</translation>
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="62" />
            <source>By file</source>
            <translation>Nach Datei</translation>
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="63" />
            <source>By process</source>
            <translation>Nach Prozess</translation>
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="64" />
            <source>Processes are only known with the privileged (fanotify) monitor.</source>
            <translation>Prozesse sind nur mit der privilegierten Überwachung (fanotify) bekannt.</translation>
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="67" />
            <source>&lt;a href="#"&gt;What do the counts mean?&lt;/a&gt;</source>
            <translation>&lt;a href="#"&gt;Was bedeuten die Zahlen?&lt;/a&gt;</translation>
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="70" />
            <source>About these counts</source>
            <translation>Über diese Zahlen</translation>
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="104" />
            <source>Top </source>
            <translation>Top </translation>
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="105" />
            <source>How many paths the chart shows</source>
            <translation>Wie viele Pfade das Diagramm zeigt</translation>
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="106" />
            <location filename="../ui/analysis/statspanel.cpp" line="114" />
            <source>Save as PNG…</source>
            <translation>Als PNG speichern…</translation>
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="111" />
            <source>Last 10 minutes, per second</source>
            <translation>Letzte 10 Minuten, pro Sekunde</translation>
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="112" />
            <source>Last 2 hours, per 10 seconds</source>
            <translation>Letzte 2 Stunden, pro 10 Sekunden</translation>
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="113" />
            <source>Last 24 hours, per minute</source>
            <translation>Letzte 24 Stunden, pro Minute</translation>
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="265" />
            <source>Notifications: %1 · Paths with events: %2</source>
            <translation>Benachrichtigungen: %1 · Pfade mit Ereignissen: %2</translation>
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="291" />
            <source>Save Chart</source>
            <translation>Diagramm speichern</translation>
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="292" />
            <source>busiest-paths.png</source>
            <translation>busiest-paths.png</translation>
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="292" />
            <source>event-rate.png</source>
            <translation>event-rate.png</translation>
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="293" />
            <source>PNG images (*.png)</source>
            <translation>PNG-Bilder (*.png)</translation>
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="297" />
            <source>Could not save the chart to %1.</source>
            <translation>Das Diagramm konnte nicht unter %1 gespeichert werden.</translation>
        </message>
    </context>
    <context>
        <name>TerminalError</name>
        <message>
            <source>Try '%1 --help'.
</source>
            <translation>Weitere Informationen mit „%1 --help“.
</translation>
        </message>
    </context>
    <context>
        <name>TopFilesChart</name>
        <message>
            <location filename="../ui/analysis/topfileschart.cpp" line="22" />
            <source>Busiest paths</source>
            <translation>Aktivste Pfade</translation>
        </message>
        <message>
            <location filename="../ui/analysis/topfileschart.cpp" line="28" />
            <source>Notifications</source>
            <translation>Benachrichtigungen</translation>
        </message>
        <message>
            <location filename="../ui/analysis/topfileschart.cpp" line="124" />
            <source>%1
%2: %3
Click to show these events.</source>
            <translation>%1
%2: %3
Klicken, um diese Ereignisse anzuzeigen.</translation>
        </message>
        <message>
            <location filename="../ui/analysis/topfileschart.cpp" line="188" />
            <source>%1
%2: %3
Double-click to show these events.</source>
            <translation>%1
%2: %3
Doppelklicken, um diese Ereignisse anzuzeigen.</translation>
        </message>
    </context>
    <context>
        <name>WatchDialog</name>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="24" />
            <source>Include subfolders (recursive)</source>
            <translation>Unterordner einbeziehen (rekursiv)</translation>
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="25" />
            <source>Record events on the folder itself</source>
            <translation>Ereignisse am Ordner selbst aufzeichnen</translation>
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="30" />
            <source>Watch with process information (administrator)</source>
            <translation>Mit Prozessinformationen überwachen (Administrator)</translation>
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="32" />
            <source>Watch a Folder</source>
            <translation>Einen Ordner überwachen</translation>
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="37" />
            <source>Browse…</source>
            <translation>Durchsuchen…</translation>
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="42" />
            <source>&amp;Folder:</source>
            <translation>&amp;Ordner:</translation>
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="57" />
            <source>All</source>
            <translation>Alle</translation>
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="58" />
            <source>None</source>
            <translation>Keine</translation>
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="69" />
            <source>&amp;Events:</source>
            <translation>&amp;Ereignisse:</translation>
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="73" />
            <source>One regular expression per line, e.g. /\.git/</source>
            <translation>Ein regulärer Ausdruck pro Zeile, z. B. /\.git/</translation>
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="75" />
            <source>One regular expression per line, e.g. \.txt$</source>
            <translation>Ein regulärer Ausdruck pro Zeile, z. B. \.txt$</translation>
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="77" />
            <source>E&amp;xclude:</source>
            <translation>&amp;Ausschließen:</translation>
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="78" />
            <source>&amp;Include only:</source>
            <translation>Nur e&amp;inschließen:</translation>
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="84" />
            <source>Uses the fanotify helper, which runs as administrator after you enter your password. It tells which process touched each file and needs no watch per folder.</source>
            <translation>Verwendet das fanotify-Hilfsprogramm, das nach Eingabe Ihres Passworts als Administrator läuft. Es zeigt, welcher Prozess jede Datei berührt hat, und braucht keine Überwachung pro Ordner.</translation>
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="91" />
            <source>&amp;Watch</source>
            <translation>Ü&amp;berwachen</translation>
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="107" />
            <source>Choose a Folder to Watch</source>
            <translation>Zu überwachenden Ordner wählen</translation>
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="186" />
            <source>Please choose an existing folder.</source>
            <translation>Bitte wählen Sie einen vorhandenen Ordner.</translation>
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="207" />
            <source>This pattern is not a valid regular expression:
%1</source>
            <translation>Dieses Muster ist kein gültiger regulärer Ausdruck:
%1</translation>
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="192" />
            <source>Please choose at least one event type.</source>
            <translation>Bitte wählen Sie mindestens einen Ereignistyp.</translation>
        </message>
    </context>
    <context>
        <name>ExportCommand</name>
        <message>
            <location filename="../app/cli/exportcommand.cpp" line="61" />
            <source>exporting: %1 of %2 events (%3%)</source>
            <translation>Export: %1 von %2 Ereignissen (%3 %)</translation>
        </message>
        <message>
            <location filename="../app/cli/exportcommand.cpp" line="64" />
            <source>exporting: %1 events</source>
            <translation>Export: %1 Ereignisse</translation>
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
            <translation>Aufruf: fsnoop export SESSION -o OUT [--format FORMAT] [-q]

Wandelt eine Sitzung ohne Fenster um: SESSION ist eine Sitzungsdatei (.fsnoop)
oder eine von fsnoop geschriebene CSV-Datei; OUT erhält CSV, JSON Lines oder eine
Sitzungsdatei, je nach --format oder der Endung von OUT (.csv, .jsonl, .fsnoop).
Eine Sitzungsdatei wird stückweise gelesen, auch eine, die größer als der
Speicher ist. Im Terminal wird eine Fortschrittszeile gezeigt. Ein
fehlgeschlagener oder abgebrochener Export hinterlässt keine Datei.

Optionen:
  -o, --output OUT       die zu schreibende Datei („-“: Standardausgabe, nur CSV
                         oder JSON Lines)
  --format FORMAT        csv, jsonl oder fsnoop
  -q, --quiet            keine Fortschrittszeile und keine Zusammenfassung
  -h, --help             diese Hilfe anzeigen

Exit-Codes: 0 fertig, 1 die Sitzung war nicht lesbar oder OUT nicht schreibbar,
2 Aufruffehler.
</translation>
        </message>
        <message>
            <location filename="../app/cli/exportcommand.cpp" line="127" />
            <source>no session to export (usage: fsnoop export SESSION -o OUT)</source>
            <translation>keine Sitzung zum Exportieren (Aufruf: fsnoop export SESSION -o OUT)</translation>
        </message>
        <message>
            <location filename="../app/cli/exportcommand.cpp" line="128" />
            <source>one session at a time, not %1</source>
            <translation>eine Sitzung auf einmal, nicht %1</translation>
        </message>
        <message>
            <location filename="../app/cli/exportcommand.cpp" line="133" />
            <source>no such file: %1</source>
            <translation>Datei nicht gefunden: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/exportcommand.cpp" line="138" />
            <source>-o OUT is required (.csv, .jsonl, .fsnoop, or - for standard output)</source>
            <translation>-o OUT ist nötig (.csv, .jsonl, .fsnoop oder - für die Standardausgabe)</translation>
        </message>
        <message>
            <location filename="../app/cli/exportcommand.cpp" line="143" />
            <source>cannot tell the format of %1 from its name: use --format csv, jsonl or fsnoop</source>
            <translation>das Format von %1 ist am Namen nicht erkennbar: --format csv, jsonl oder fsnoop angeben</translation>
        </message>
        <message>
            <location filename="../app/cli/exportcommand.cpp" line="154" />
            <source>the output is the session itself: %1</source>
            <translation>die Ausgabe ist die Sitzung selbst: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/exportcommand.cpp" line="188" />
            <location filename="../app/cli/exportcommand.cpp" line="241" />
            <location filename="../app/cli/exportcommand.cpp" line="247" />
            <source>cannot write %1: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <location filename="../app/cli/exportcommand.cpp" line="216" />
            <source>line %1: %2</source>
            <translation>Zeile %1: %2</translation>
        </message>
        <message>
            <location filename="../app/cli/exportcommand.cpp" line="239" />
            <source>interrupted; %1 was not written</source>
            <translation>abgebrochen; %1 wurde nicht geschrieben</translation>
        </message>
        <message>
            <location filename="../app/cli/exportcommand.cpp" line="243" />
            <source>cannot read %1: %2</source>
            <translation>%1 kann nicht gelesen werden: %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/cli/exportcommand.cpp" line="251" />
            <source>exported %n event(s) to %1</source>
            <translation>
                <numerusform>%n Ereignis nach %1 exportiert</numerusform>
                <numerusform>%n Ereignisse nach %1 exportiert</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OutputFormat</name>
        <message>
            <location filename="../app/cli/outputformat.cpp" line="41" />
            <source>unknown format "%1" for --format (csv, jsonl or fsnoop)</source>
            <translation>unbekanntes Format „%1“ für --format (csv, jsonl oder fsnoop)</translation>
        </message>
        <message>
            <location filename="../app/cli/outputformat.cpp" line="47" />
            <source>a session file cannot go to standard output: give it a name with -o FILE.fsnoop</source>
            <translation>eine Sitzungsdatei kann nicht auf die Standardausgabe gehen: geben Sie ihr mit -o FILE.fsnoop einen Namen</translation>
        </message>
        <message>
            <location filename="../app/cli/outputformat.cpp" line="56" />
            <source>standard output</source>
            <translation>Standardausgabe</translation>
        </message>
    </context>
    <context>
        <name>SessionFileErrorText</name>
        <message>
            <location filename="../ui/session/sessionfileerrortext.cpp" line="16" />
            <source>input/output error (%1)</source>
            <translation>Ein-/Ausgabefehler (%1)</translation>
        </message>
        <message>
            <location filename="../ui/session/sessionfileerrortext.cpp" line="18" />
            <source>the disk is full</source>
            <translation>der Datenträger ist voll</translation>
        </message>
        <message>
            <location filename="../ui/session/sessionfileerrortext.cpp" line="20" />
            <source>not an fsnoop session file</source>
            <translation>keine fsnoop-Sitzungsdatei</translation>
        </message>
        <message>
            <location filename="../ui/session/sessionfileerrortext.cpp" line="22" />
            <source>written by a newer fsnoop (session format %1; this version reads up to %2)</source>
            <translation>von einem neueren fsnoop geschrieben (Sitzungsformat %1; diese Version liest bis %2)</translation>
        </message>
        <message>
            <location filename="../ui/session/sessionfileerrortext.cpp" line="26" />
            <source>written by an older fsnoop (session format %1) and must be upgraded, which failed: %2</source>
            <translation>von einem älteren fsnoop geschrieben (Sitzungsformat %1) und muss aktualisiert werden, was fehlschlug: %2</translation>
        </message>
        <message>
            <location filename="../ui/session/sessionfileerrortext.cpp" line="31" />
            <source>the file is damaged (%1)</source>
            <translation>die Datei ist beschädigt (%1)</translation>
        </message>
        <message>
            <location filename="../ui/session/sessionfileerrortext.cpp" line="33" />
            <source>cancelled</source>
            <translation>abgebrochen</translation>
        </message>
    </context>
    <context>
        <name>CaptureKeeper</name>
        <message>
            <location filename="../ui/window/capturekeeper.cpp" line="49" />
            <source>Watch Another Folder</source>
            <translation>Anderen Ordner überwachen</translation>
        </message>
        <message>
            <location filename="../ui/window/capturekeeper.cpp" line="50" />
            <source>Discard and Watch</source>
            <translation>Verwerfen und überwachen</translation>
        </message>
        <message>
            <location filename="../ui/window/capturekeeper.cpp" line="53" />
            <source>Open Session</source>
            <translation>Sitzung öffnen</translation>
        </message>
        <message>
            <location filename="../ui/window/capturekeeper.cpp" line="54" />
            <source>Discard and Open</source>
            <translation>Verwerfen und öffnen</translation>
        </message>
        <message>
            <location filename="../ui/window/capturekeeper.cpp" line="57" />
            <source>Quit fsnoop</source>
            <translation>fsnoop beenden</translation>
        </message>
        <message>
            <location filename="../ui/window/capturekeeper.cpp" line="58" />
            <source>Discard and Quit</source>
            <translation>Verwerfen und beenden</translation>
        </message>
        <message>
            <location filename="../ui/window/capturekeeper.cpp" line="62" />
            <source>The current capture holds %1 events that have not been exported.</source>
            <translation>Die aktuelle Aufzeichnung enthält %1 Ereignisse, die nicht exportiert wurden.</translation>
        </message>
        <message>
            <location filename="../ui/window/capturekeeper.cpp" line="65" />
            <source>Export them to a CSV file first, or discard them? Cancel keeps the capture as it is.</source>
            <translation>Zuerst in eine CSV-Datei exportieren oder verwerfen? „Abbrechen“ behält die Aufzeichnung unverändert.</translation>
        </message>
        <message>
            <location filename="../ui/window/capturekeeper.cpp" line="67" />
            <source>Export…</source>
            <translation>Exportieren…</translation>
        </message>
        <message>
            <source>Keep this capture? Its %1 events are in the session file %2.</source>
            <translation>Diese Aufzeichnung behalten? Ihre %1 Ereignisse stehen in der Sitzungsdatei %2.</translation>
        </message>
        <message>
            <source>Keep leaves it with the recent sessions (File ▸ Sessions), Save… moves it where you choose, Discard deletes it. Cancel goes on as before.</source>
            <translation>Behalten lässt sie bei den letzten Sitzungen (Datei ▸ Sitzungen), Speichern… verschiebt sie an einen Ort Ihrer Wahl, Verwerfen löscht sie. Abbrechen macht weiter wie bisher.</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Behalten</translation>
        </message>
        <message>
            <source>Save…</source>
            <translation>Speichern…</translation>
        </message>
        <message>
            <source>Keep Capture</source>
            <translation>Aufzeichnung behalten</translation>
        </message>
        <message>
            <source>Not every event could be written to %1: %2</source>
            <translation>Nicht alle Ereignisse konnten in %1 geschrieben werden: %2</translation>
        </message>
        <message>
            <source>Save Session</source>
            <translation>Sitzung speichern</translation>
        </message>
        <message>
            <source>Sessions (*.fsnoop)</source>
            <translation>Sitzungen (*.fsnoop)</translation>
        </message>
        <message>
            <source>Could not move the session to %1: %2
It stays in %3.</source>
            <translation>Die Sitzung konnte nicht nach %1 verschoben werden: %2
Sie bleibt in %3.</translation>
        </message>
    </context>
    <context>
        <name>ContainingFolder</name>
        <message>
            <location filename="../ui/events/containingfolder.cpp" line="62" />
            <source>Open Containing Folder</source>
            <translation>Übergeordneten Ordner öffnen</translation>
        </message>
        <message>
            <location filename="../ui/events/containingfolder.cpp" line="63" />
            <source>No file manager could open the folder %1. Its path has been copied to the clipboard.</source>
            <translation>Kein Dateimanager konnte den Ordner %1 öffnen. Sein Pfad wurde in die Zwischenablage kopiert.</translation>
        </message>
    </context>
    <context>
        <name>ShowEventsAction</name>
        <message>
            <location filename="../ui/analysis/showeventsaction.cpp" line="8" />
            <source>Show Events</source>
            <translation>Ereignisse anzeigen</translation>
        </message>
        <message>
            <location filename="../ui/analysis/showeventsaction.cpp" line="11" />
            <source>Show the events of the selected row in the Events tab (Enter or double-click)</source>
            <translation>Die Ereignisse der gewählten Zeile im Reiter „Ereignisse“ anzeigen (Eingabetaste oder Doppelklick)</translation>
        </message>
    </context>
    <context>
        <name>TailFollower</name>
        <message>
            <location filename="../ui/events/tailfollower.cpp" line="15" />
            <source>Not following new events — Jump to Latest (End)</source>
            <translation>Neue Ereignisse werden nicht verfolgt – Zum neuesten springen (Ende)</translation>
        </message>
        <message>
            <location filename="../ui/events/tailfollower.cpp" line="16" />
            <source>Scroll to the newest event and follow new ones again</source>
            <translation>Zum neuesten Ereignis blättern und neue wieder verfolgen</translation>
        </message>
        <message>
            <location filename="../ui/events/tailfollower.cpp" line="22" />
            <source>Jump to Latest</source>
            <translation>Zum neuesten springen</translation>
        </message>
    </context>
    <context>
        <name>HighlightColors</name>
        <message>
            <location filename="../ui/events/highlightcolors.cpp" line="6" />
            <source>Red</source>
            <translation>Rot</translation>
        </message>
        <message>
            <location filename="../ui/events/highlightcolors.cpp" line="7" />
            <source>Orange</source>
            <translation>Orange</translation>
        </message>
        <message>
            <location filename="../ui/events/highlightcolors.cpp" line="8" />
            <source>Yellow</source>
            <translation>Gelb</translation>
        </message>
        <message>
            <location filename="../ui/events/highlightcolors.cpp" line="9" />
            <source>Green</source>
            <translation>Grün</translation>
        </message>
        <message>
            <location filename="../ui/events/highlightcolors.cpp" line="10" />
            <source>Blue</source>
            <translation>Blau</translation>
        </message>
        <message>
            <location filename="../ui/events/highlightcolors.cpp" line="11" />
            <source>Purple</source>
            <translation>Lila</translation>
        </message>
    </context>
    <context>
        <name>RuleListModel</name>
        <message>
            <location filename="../ui/events/rulelistmodel.cpp" line="155" />
            <source>Column</source>
            <translation>Spalte</translation>
        </message>
        <message>
            <location filename="../ui/events/rulelistmodel.cpp" line="156" />
            <source>Relation</source>
            <translation>Beziehung</translation>
        </message>
        <message>
            <location filename="../ui/events/rulelistmodel.cpp" line="157" />
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <location filename="../ui/events/rulelistmodel.cpp" line="158" />
            <source>Action</source>
            <translation>Aktion</translation>
        </message>
        <message>
            <location filename="../ui/events/rulelistmodel.cpp" line="159" />
            <source>Colour</source>
            <translation>Farbe</translation>
        </message>
    </context>
    <context>
        <name>RulesController</name>
        <message>
            <location filename="../ui/events/rulescontroller.cpp" line="37" />
            <source>&amp;Filter Rules…</source>
            <translation>&amp;Filterregeln…</translation>
        </message>
        <message>
            <location filename="../ui/events/rulescontroller.cpp" line="38" />
            <source>&amp;Highlight Rules…</source>
            <translation>&amp;Hervorhebungsregeln…</translation>
        </message>
        <message>
            <location filename="../ui/events/rulescontroller.cpp" line="41" />
            <source>Show only the events that rules let through</source>
            <translation>Nur Ereignisse zeigen, die die Regeln durchlassen</translation>
        </message>
        <message>
            <location filename="../ui/events/rulescontroller.cpp" line="44" />
            <source>Colour the rows that rules match</source>
            <translation>Zeilen einfärben, auf die Regeln zutreffen</translation>
        </message>
    </context>
    <context>
        <name>RulesDialog</name>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="38" />
            <source>Filter Rules</source>
            <translation>Filterregeln</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="38" />
            <source>Highlight Rules</source>
            <translation>Hervorhebungsregeln</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="42" />
            <source>Show only the events these rules let through.</source>
            <translation>Nur die Ereignisse zeigen, die diese Regeln durchlassen.</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="43" />
            <source>Colour the rows these rules match; the first matching rule gives the colour.</source>
            <translation>Zeilen einfärben, auf die diese Regeln zutreffen; die erste zutreffende Regel bestimmt die Farbe.</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="67" />
            <source>&amp;Remove</source>
            <translation>&amp;Entfernen</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="68" />
            <source>Move &amp;Up</source>
            <translation>Nach &amp;oben</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="69" />
            <source>Move &amp;Down</source>
            <translation>Nach &amp;unten</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="90" />
            <source>Remove every rule</source>
            <translation>Alle Regeln entfernen</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="90" />
            <source>Go back to the default highlights</source>
            <translation>Zu den Standard-Hervorhebungen zurückkehren</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="142" />
            <source>&amp;Add</source>
            <translation>&amp;Hinzufügen</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="144" />
            <source>&amp;Change</source>
            <translation>Ä&amp;ndern</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="145" />
            <source>Replace the selected rule with the one above</source>
            <translation>Die gewählte Regel durch die obige ersetzen</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/events/rulesdialog.cpp" line="295" />
            <source>%n rule(s) cannot work and match nothing:</source>
            <translation>
                <numerusform>%n Regel kann nicht funktionieren und trifft auf nichts zu:</numerusform>
                <numerusform>%n Regeln können nicht funktionieren und treffen auf nichts zu:</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="309" />
            <source>Saved sets:</source>
            <translation>Gespeicherte Sätze:</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="320" />
            <source>&amp;Load</source>
            <translation>&amp;Laden</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="321" />
            <source>&amp;Save As…</source>
            <translation>&amp;Speichern unter…</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="322" />
            <source>Re&amp;name…</source>
            <translation>&amp;Umbenennen…</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="323" />
            <source>De&amp;lete</source>
            <translation>Lösc&amp;hen</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="324" />
            <source>&amp;Import…</source>
            <translation>&amp;Importieren…</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="325" />
            <source>&amp;Export…</source>
            <translation>E&amp;xportieren…</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="339" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="382" />
            <location filename="../ui/events/rulesdialog.cpp" line="390" />
            <source>Save Rule Set</source>
            <translation>Regelsatz speichern</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="382" />
            <location filename="../ui/events/rulesdialog.cpp" line="410" />
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="391" />
            <source>Replace the set “%1”?</source>
            <translation>Den Satz „%1“ ersetzen?</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="410" />
            <source>Rename Rule Set</source>
            <translation>Regelsatz umbenennen</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="425" />
            <source>Delete Rule Set</source>
            <translation>Regelsatz löschen</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="426" />
            <source>Delete the set “%1”?</source>
            <translation>Den Satz „%1“ löschen?</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="435" />
            <source>Import Filter</source>
            <translation>Filter importieren</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="436" />
            <location filename="../ui/events/rulesdialog.cpp" line="460" />
            <source>Filter files (*.json);;All files (*)</source>
            <translation>Filterdateien (*.json);;Alle Dateien (*)</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="459" />
            <source>Export Filter</source>
            <translation>Filter exportieren</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="467" />
            <source>Exported</source>
            <translation>Exportiert</translation>
        </message>
    </context>
    <context>
        <name>RulesText</name>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="9" />
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="10" />
            <source>Event</source>
            <translation>Ereignis</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="11" />
            <source>Path</source>
            <translation>Pfad</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="12" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="13" />
            <location filename="../ui/text/rulestext.cpp" line="55" />
            <source>Folder</source>
            <translation>Ordner</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="14" />
            <source>Extension</source>
            <translation>Endung</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="15" />
            <source>Type</source>
            <translation>Art</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="16" />
            <source>PID</source>
            <translation>PID</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="17" />
            <source>Process</source>
            <translation>Prozess</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="18" />
            <source>Executable</source>
            <translation>Programmdatei</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="19" />
            <source>Command line</source>
            <translation>Befehlszeile</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="20" />
            <source>Parent PID</source>
            <translation>Eltern-PID</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="21" />
            <source>User</source>
            <translation>Benutzer</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="22" />
            <source>Cookie</source>
            <translation>Cookie</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="23" />
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="31" />
            <source>is</source>
            <translation>ist</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="32" />
            <source>is not</source>
            <translation>ist nicht</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="33" />
            <source>contains</source>
            <translation>enthält</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="34" />
            <source>excludes</source>
            <translation>enthält nicht</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="35" />
            <source>begins with</source>
            <translation>beginnt mit</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="36" />
            <source>ends with</source>
            <translation>endet mit</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="37" />
            <source>less than</source>
            <translation>kleiner als</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="38" />
            <source>more than</source>
            <translation>größer als</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="39" />
            <source>matches (regex)</source>
            <translation>passt auf (Regex)</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="46" />
            <source>Include</source>
            <translation>Einschließen</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="46" />
            <source>Exclude</source>
            <translation>Ausschließen</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="53" />
            <source>File</source>
            <translation>Datei</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="62" />
            <source>%1 %2 “%3”, %4</source>
            <translation>%1 %2 „%3“, %4</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="73" />
            <source>rule %1: the regular expression is not valid: %2 (at offset %3)</source>
            <translation>Regel %1: der reguläre Ausdruck ist ungültig: %2 (an Position %3)</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="78" />
            <source>rule %1: “less than” and “more than” need a number here</source>
            <translation>Regel %1: „kleiner als“ und „größer als“ brauchen hier eine Zahl</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="81" />
            <source>rule %1: not a time; write 14:05, 14:05:30.25 or 2026-11-22 14:05</source>
            <translation>Regel %1: keine Uhrzeit; schreiben Sie 14:05, 14:05:30.25 oder 2026-11-22 14:05</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="93" />
            <source>cannot read the file: %1</source>
            <translation>die Datei kann nicht gelesen werden: %1</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="95" />
            <source>cannot write the file: %1</source>
            <translation>die Datei kann nicht geschrieben werden: %1</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="97" />
            <source>not a JSON document: %1</source>
            <translation>kein JSON-Dokument: %1</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="99" />
            <source>not an fsnoop filter file (docs/filter-format.md)</source>
            <translation>keine fsnoop-Filterdatei (docs/filter-format.md)</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="101" />
            <source>written by a newer fsnoop (format version %1)</source>
            <translation>von einem neueren fsnoop geschrieben (Formatversion %1)</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="103" />
            <source>set %1, rule %2: unknown %3</source>
            <translation>Satz %1, Regel %2: unbekannt: %3</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="110" />
            <source>Rules on the same column are combined with OR, rules on different columns with AND. An event that matches an Exclude rule is hidden, whatever the Include rules say. Unticked rules are ignored. Text comparisons ignore case.</source>
            <translation>Regeln auf derselben Spalte werden mit ODER verknüpft, Regeln auf verschiedenen Spalten mit UND. Ein Ereignis, auf das eine Ausschließen-Regel zutrifft, wird ausgeblendet, egal was die Einschließen-Regeln sagen. Nicht angehakte Regeln werden ignoriert. Textvergleiche ignorieren Groß- und Kleinschreibung.</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="229" />
            <source>inotify</source>
            <translation>inotify</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="231" />
            <source>scan</source>
            <translation>Scan</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="233" />
            <source>fanotify</source>
            <translation>fanotify</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="233" />
            <source>rescan</source>
            <translation>Neuscan</translation>
        </message>
    </context>
    <context>
        <name>WorkProgress</name>
        <message>
            <location filename="../ui/window/workprogress.cpp" line="22" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
    </context>
    <context>
        <name>EventPropertiesDialog</name>
        <message>
            <location filename="../ui/events/eventpropertiesdialog.cpp" line="47" />
            <source>&amp;Previous</source>
            <translation>&amp;Vorheriges</translation>
        </message>
        <message>
            <location filename="../ui/events/eventpropertiesdialog.cpp" line="48" />
            <source>&amp;Next</source>
            <translation>&amp;Nächstes</translation>
        </message>
        <message>
            <location filename="../ui/events/eventpropertiesdialog.cpp" line="51" />
            <source>Event Properties</source>
            <translation>Ereigniseigenschaften</translation>
        </message>
        <message>
            <location filename="../ui/events/eventpropertiesdialog.cpp" line="54" />
            <source>The event above in the table</source>
            <translation>Das Ereignis darüber in der Tabelle</translation>
        </message>
        <message>
            <location filename="../ui/events/eventpropertiesdialog.cpp" line="55" />
            <source>The event below in the table</source>
            <translation>Das Ereignis darunter in der Tabelle</translation>
        </message>
        <message>
            <location filename="../ui/events/eventpropertiesdialog.cpp" line="67" />
            <source>Event</source>
            <translation>Ereignis</translation>
        </message>
        <message>
            <location filename="../ui/events/eventpropertiesdialog.cpp" line="68" />
            <source>Rename chain</source>
            <translation>Umbenennungskette</translation>
        </message>
        <message>
            <location filename="../ui/events/eventpropertiesdialog.cpp" line="69" />
            <source>Process</source>
            <translation>Prozess</translation>
        </message>
        <message>
            <location filename="../ui/events/eventpropertiesdialog.cpp" line="108" />
            <source>No event selected.</source>
            <translation>Kein Ereignis ausgewählt.</translation>
        </message>
        <message>
            <location filename="../ui/events/eventpropertiesdialog.cpp" line="122" />
            <source>Unknown: inotify does not tell which process did it. Watch with process information (administrator) to see it.</source>
            <translation>Unbekannt: inotify sagt nicht, welcher Prozess es war. Mit Prozessinformationen (Administrator) überwachen, um es zu sehen.</translation>
        </message>
        <message>
            <location filename="../ui/events/eventpropertiesdialog.cpp" line="131" />
            <source>Rename chains are not available.</source>
            <translation>Umbenennungsketten sind nicht verfügbar.</translation>
        </message>
        <message>
            <location filename="../ui/events/eventpropertiesdialog.cpp" line="137" />
            <source>Not part of a rename.</source>
            <translation>Gehört zu keiner Umbenennung.</translation>
        </message>
        <message>
            <location filename="../ui/events/eventpropertiesdialog.cpp" line="145" />
            <source>moved in from outside → %1</source>
            <translation>von außen hereinverschoben → %1</translation>
        </message>
        <message>
            <location filename="../ui/events/eventpropertiesdialog.cpp" line="147" />
            <source>%1 → moved out of the watched folders</source>
            <translation>%1 → aus den überwachten Ordnern hinausverschoben</translation>
        </message>
        <message>
            <location filename="../ui/events/eventpropertiesdialog.cpp" line="149" />
            <source>%1 → %2</source>
            <translation>%1 → %2</translation>
        </message>
    </context>
    <context>
        <name>ProcessTreeModel</name>
        <message>
            <location filename="../ui/processes/processtreemodel.cpp" line="140" />
            <source>Started %1</source>
            <translation>Gestartet %1</translation>
        </message>
        <message>
            <location filename="../ui/processes/processtreemodel.cpp" line="179" />
            <source>How many different paths the process touched</source>
            <translation>Wie viele verschiedene Pfade der Prozess berührt hat</translation>
        </message>
        <message>
            <location filename="../ui/processes/processtreemodel.cpp" line="181" />
            <source>A process is its PID and its start time: a reused PID is a new row.</source>
            <translation>Ein Prozess ist seine PID und seine Startzeit: eine wiederverwendete PID ist eine neue Zeile.</translation>
        </message>
        <message>
            <location filename="../ui/processes/processtreemodel.cpp" line="192" />
            <source>Files</source>
            <translation>Dateien</translation>
        </message>
    </context>
    <context>
        <name>ProcessesPanel</name>
        <message>
            <location filename="../ui/processes/processespanel.cpp" line="28" />
            <source>inotify does not tell which process changed a file. Process information needs the administrator mode: fsnoop then watches with its fanotify helper, after asking for the administrator password.</source>
            <translation>inotify sagt nicht, welcher Prozess eine Datei geändert hat. Prozessinformationen brauchen den Administratormodus: fsnoop überwacht dann mit seinem fanotify-Helfer, nachdem es nach dem Administratorpasswort gefragt hat.</translation>
        </message>
        <message>
            <location filename="../ui/processes/processespanel.cpp" line="34" />
            <source>Watch with Process Information</source>
            <translation>Mit Prozessinformationen überwachen</translation>
        </message>
        <message>
            <location filename="../ui/processes/processespanel.cpp" line="112" />
            <source>Include This Process</source>
            <translation>Diesen Prozess einschließen</translation>
        </message>
        <message>
            <location filename="../ui/processes/processespanel.cpp" line="113" />
            <source>Include This Process and Its Children</source>
            <translation>Diesen Prozess und seine Kindprozesse einschließen</translation>
        </message>
        <message>
            <location filename="../ui/processes/processespanel.cpp" line="114" />
            <source>Exclude This Process</source>
            <translation>Diesen Prozess ausschließen</translation>
        </message>
        <message>
            <location filename="../ui/processes/processespanel.cpp" line="115" />
            <source>Exclude This Process and Its Children</source>
            <translation>Diesen Prozess und seine Kindprozesse ausschließen</translation>
        </message>
        <message>
            <location filename="../ui/processes/processespanel.cpp" line="122" />
            <source>Adds filter rules on the process ID, shown in the Filter dialog</source>
            <translation>Fügt Filterregeln zur Prozess-ID hinzu, zu sehen im Filterdialog</translation>
        </message>
    </context>
    <context>
        <name>EventDescription</name>
        <message>
            <location filename="../ui/events/eventdescription.cpp" line="50" />
            <source>Process: %1 (PID %2) %3</source>
            <translation>Prozess: %1 (PID %2) %3</translation>
        </message>
        <message>
            <location filename="../ui/events/eventdescription.cpp" line="58" />
            <source>Parent process: PID %1</source>
            <translation>Elternprozess: PID %1</translation>
        </message>
        <message>
            <location filename="../ui/events/eventdescription.cpp" line="64" />
            <source>Process started: %1</source>
            <translation>Prozess gestartet: %1</translation>
        </message>
        <message>
            <location filename="../ui/events/eventdescription.cpp" line="24" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>CrashedCaptureOffer</name>
        <message>
            <source>Reopen Capture</source>
            <translation>Aufzeichnung wieder öffnen</translation>
        </message>
        <message numerus="yes">
            <source>fsnoop was closed while capturing %1 since %2; %n event(s) were saved.</source>
            <translation>
                <numerusform>fsnoop wurde beendet, während es seit %2 %1 aufzeichnete; %n Ereignis wurde gespeichert.</numerusform>
                <numerusform>fsnoop wurde beendet, während es seit %2 %1 aufzeichnete; %n Ereignisse wurden gespeichert.</numerusform>
            </translation>
        </message>
        <message>
            <source>The capture is in %1. Reopen it now, keep it with the recent sessions for later, or delete it?</source>
            <translation>Die Aufzeichnung liegt in %1. Jetzt wieder öffnen, für später bei den letzten Sitzungen behalten oder löschen?</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>Wieder öffnen</translation>
        </message>
        <message>
            <source>Keep for Later</source>
            <translation>Für später behalten</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
    </context>
    <context>
        <name>SessionText</name>
        <message>
            <source>(unreadable: %1)</source>
            <translation>(unlesbar: %1)</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n Tag</numerusform>
                <numerusform>%n Tage</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s)</source>
            <translation>
                <numerusform>%n Stunde</numerusform>
                <numerusform>%n Stunden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n Minute</numerusform>
                <numerusform>%n Minuten</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SessionsDialog</name>
        <message>
            <source>&amp;Open</source>
            <translation>Ö&amp;ffnen</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Löschen</translation>
        </message>
        <message>
            <source>&amp;Clean Up Now</source>
            <translation>Jetzt &amp;aufräumen</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sitzungen</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Beginn</translation>
        </message>
        <message>
            <source>Watched</source>
            <translation>Überwacht</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Ereignisse</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Alter</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>keine Grenze</translation>
        </message>
        <message>
            <source> days</source>
            <translation> Tage</translation>
        </message>
        <message>
            <source> GB</source>
            <translation> GB</translation>
        </message>
        <message>
            <source>Delete sessions older than:</source>
            <translation>Sitzungen löschen, die älter sind als:</translation>
        </message>
        <message>
            <source>Keep the folder under:</source>
            <translation>Ordner kleiner halten als:</translation>
        </message>
        <message>
            <source>Applied each time fsnoop starts, oldest first. The running capture, sessions another fsnoop is writing and files saved elsewhere are never deleted.</source>
            <translation>Wird bei jedem Start von fsnoop angewandt, die ältesten zuerst. Die laufende Aufzeichnung, Sitzungen, die ein anderes fsnoop schreibt, und anderswo gespeicherte Dateien werden nie gelöscht.</translation>
        </message>
        <message>
            <source>Captures are saved as they run in %1</source>
            <translation>Aufzeichnungen werden während des Laufs gespeichert in %1</translation>
        </message>
        <message>
            <source>capturing</source>
            <translation>läuft</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s), %1</source>
            <translation>
                <numerusform>%n Sitzung, %1</numerusform>
                <numerusform>%n Sitzungen, %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete Sessions</source>
            <translation>Sitzungen löschen</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n session(s)? This cannot be undone.</source>
            <translation>
                <numerusform>%n Sitzung löschen? Das lässt sich nicht rückgängig machen.</numerusform>
                <numerusform>%n Sitzungen löschen? Das lässt sich nicht rückgängig machen.</numerusform>
            </translation>
        </message>
        <message>
            <source> MB</source>
            <translation> MB</translation>
        </message>
        <message>
            <source>How much of a live capture the window keeps, about %1 events per MB; past it the oldest go from the table (the session file keeps them). For the next capture.</source>
            <translation>Wie viel einer laufenden Aufzeichnung das Fenster behält, etwa %1 Ereignisse pro MB; darüber hinaus verlassen die ältesten die Tabelle (die Sitzungsdatei behält sie). Gilt für die nächste Aufzeichnung.</translation>
        </message>
        <message>
            <source>Capture budget:</source>
            <translation>Aufzeichnungsbudget:</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <location filename="../ui/events/findbar.cpp" line="24" />
            <source>Find in path, process or event type</source>
            <translation>In Pfad, Prozess oder Ereignistyp suchen</translation>
        </message>
        <message>
            <location filename="../ui/events/findbar.cpp" line="29" />
            <source>Find:</source>
            <translation>Suchen:</translation>
        </message>
        <message>
            <location filename="../ui/events/findbar.cpp" line="33" />
            <source>Previous match</source>
            <translation>Vorheriger Treffer</translation>
        </message>
        <message>
            <location filename="../ui/events/findbar.cpp" line="36" />
            <source>Next match</source>
            <translation>Nächster Treffer</translation>
        </message>
        <message>
            <location filename="../ui/events/findbar.cpp" line="40" />
            <source>Close the find bar</source>
            <translation>Suchleiste schließen</translation>
        </message>
        <message>
            <location filename="../ui/events/findbar.cpp" line="51" />
            <source>&amp;Find…</source>
            <translation>&amp;Suchen…</translation>
        </message>
        <message>
            <location filename="../ui/events/findbar.cpp" line="55" />
            <source>Find &amp;Next</source>
            <translation>&amp;Weitersuchen</translation>
        </message>
        <message>
            <location filename="../ui/events/findbar.cpp" line="59" />
            <source>Find Pre&amp;vious</source>
            <translation>&amp;Rückwärts suchen</translation>
        </message>
        <message>
            <location filename="../ui/events/findbar.cpp" line="70" />
            <source>Search wrapped around</source>
            <translation>Suche am anderen Ende fortgesetzt</translation>
        </message>
        <message>
            <location filename="../ui/events/findbar.cpp" line="74" />
            <source>No match</source>
            <translation>Kein Treffer</translation>
        </message>
        <message>
            <location filename="../ui/events/findbar.cpp" line="102" />
            <source>Searching…</source>
            <translation>Suche läuft…</translation>
        </message>
    </context>
    <context>
        <name>JumpToTimeDialog</name>
        <message>
            <location filename="../ui/events/jumptotimedialog.cpp" line="14" />
            <source>Jump to Time</source>
            <translation>Zu Zeitpunkt springen</translation>
        </message>
        <message>
            <location filename="../ui/events/jumptotimedialog.cpp" line="22" />
            <source>First event at or after:</source>
            <translation>Erstes Ereignis ab:</translation>
        </message>
    </context>
</TS>
