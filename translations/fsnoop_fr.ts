<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>AnalysisViews</name>
        <message>
            <location filename="../ui/analysis/analysisviews.cpp" line="13" />
            <source>Statistics</source>
            <translation>Statistiques</translation>
        </message>
        <message>
            <location filename="../ui/analysis/analysisviews.cpp" line="14" />
            <source>Renames</source>
            <translation>Renommages</translation>
        </message>
        <message>
            <location filename="../ui/analysis/analysisviews.cpp" line="21" />
            <source>Processes</source>
            <translation>Processus</translation>
        </message>
    </context>
    <context>
        <name>CaptureController</name>
        <message>
            <location filename="../ui/window/capturecontroller.cpp" line="52" />
            <source>Setting Up Watches</source>
            <translation>Mise en place de la surveillance</translation>
        </message>
        <message>
            <location filename="../ui/window/capturecontroller.cpp" line="54" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/window/capturecontroller.cpp" line="64" />
            <source>Scanned %n folder(s)…</source>
            <translation>
                <numerusform>%n dossier analysé…</numerusform>
                <numerusform>%n dossiers analysés…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/window/capturecontroller.cpp" line="89" />
            <source>Could Not Watch</source>
            <translation>Surveillance impossible</translation>
        </message>
    </context>
    <context>
        <name>CaptureStatusBar</name>
        <message>
            <location filename="../ui/window/capturestatusbar.cpp" line="28" />
            <source>The oldest events were dropped to keep memory bounded</source>
            <translation>Les événements les plus anciens ont été supprimés pour limiter la mémoire</translation>
        </message>
        <message>
            <location filename="../ui/window/capturestatusbar.cpp" line="30" />
            <source>Times the kernel queue overflowed and events were lost</source>
            <translation>Nombre de débordements de la file du noyau avec perte d’événements</translation>
        </message>
        <message>
            <location filename="../ui/window/capturestatusbar.cpp" line="35" />
            <source>Show the warnings and what to do about them</source>
            <translation>Afficher les avertissements et que faire</translation>
        </message>
        <message>
            <location filename="../ui/window/capturestatusbar.cpp" line="49" />
            <location filename="../ui/window/capturestatusbar.cpp" line="89" />
            <source>%1 events</source>
            <translation>%1 événements</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/window/capturestatusbar.cpp" line="55" />
            <source>%n folder(s) scanned</source>
            <translation>
                <numerusform>%n dossier analysé</numerusform>
                <numerusform>%n dossiers analysés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/window/capturestatusbar.cpp" line="85" />
            <source>%n folder(s) watched</source>
            <translation>
                <numerusform>%n dossier surveillé</numerusform>
                <numerusform>%n dossiers surveillés</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/window/capturestatusbar.cpp" line="90" />
            <source>%1 events/s</source>
            <translation>%1 événements/s</translation>
        </message>
        <message>
            <location filename="../ui/window/capturestatusbar.cpp" line="93" />
            <source>%1 dropped</source>
            <translation>%1 supprimés</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/window/capturestatusbar.cpp" line="96" />
            <source>%n overflow(s)</source>
            <translation>
                <numerusform>%n débordement</numerusform>
                <numerusform>%n débordements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/window/capturestatusbar.cpp" line="101" />
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n avertissement</numerusform>
                <numerusform>%n avertissements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/window/capturestatusbar.cpp" line="186" />
            <source>%n notice(s)</source>
            <translation>
                <numerusform>%n avis</numerusform>
                <numerusform>%n avis</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/window/capturestatusbar.cpp" line="70" />
            <source>%n pattern(s) excluded</source>
            <translation>
                <numerusform>%n motif exclu</numerusform>
                <numerusform>%n motifs exclus</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/window/capturestatusbar.cpp" line="72" />
            <source>Excluded: %1</source>
            <translation>Exclu : %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/window/capturestatusbar.cpp" line="75" />
            <source>only %n pattern(s) included</source>
            <translation>
                <numerusform>seulement %n motif inclus</numerusform>
                <numerusform>seulement %n motifs inclus</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/window/capturestatusbar.cpp" line="77" />
            <source>Included: %1</source>
            <translation>Inclus : %1</translation>
        </message>
        <message>
            <location filename="../ui/window/capturestatusbar.cpp" line="82" />
            <source>%1 of %2 event types</source>
            <translation>%1 types d’événements sur %2</translation>
        </message>
        <message>
            <location filename="../ui/window/capturestatusbar.cpp" line="84" />
            <source>subfolders not watched</source>
            <translation>sous-dossiers non surveillés</translation>
        </message>
        <message>
            <location filename="../ui/window/capturestatusbar.cpp" line="87" />
            <source>The watch options leave some activity out (File → Watch Folder… to change them).</source>
            <translation>Les options de surveillance laissent de côté une partie de l’activité (Fichier → Surveiller un dossier… pour les modifier).</translation>
        </message>
        <message>
            <location filename="../ui/window/capturestatusbar.cpp" line="104" />
            <source>Dropping filtered events: %1 not recorded</source>
            <translation>Événements filtrés abandonnés : %1 non enregistrés</translation>
        </message>
        <message>
            <location filename="../ui/window/capturestatusbar.cpp" line="38" />
            <source>Capture → Drop Filtered Events is on: the events the filter rules exclude are not recorded at all</source>
            <translation>Capture → Abandonner les événements filtrés est activé : les événements exclus par les règles de filtre ne sont pas enregistrés du tout</translation>
        </message>
        <message>
            <location filename="../ui/window/capturestatusbar.cpp" line="28" />
            <source>The oldest events were dropped to stay within the capture budget (File ▸ Sessions); the session file still holds them</source>
            <translation>Les événements les plus anciens ont été retirés pour rester dans le budget de capture (Fichier ▸ Sessions) ; le fichier de session les contient encore</translation>
        </message>
        <message>
            <source>Saved as they come in %1</source>
            <translation>Enregistrés au fil de l’eau dans %1</translation>
        </message>
        <message>
            <source>%1 not in the session file</source>
            <translation>%1 absents du fichier de session</translation>
        </message>
        <message>
            <source>Events the session file could not take (the disk was full or too slow); they are only in memory</source>
            <translation>Événements que le fichier de session n’a pas pu recevoir (disque plein ou trop lent) ; ils ne sont qu’en mémoire</translation>
        </message>
        <message>
            <source>A watched folder was deleted or moved away. Its parent folder is watched for its name: when it is back, it is watched again and what it holds is recorded.</source>
            <translation>Un dossier surveillé a été supprimé ou déplacé ailleurs. Son dossier parent est surveillé pour son nom : à son retour, il est de nouveau surveillé et son contenu est enregistré.</translation>
        </message>
        <message numerus="yes">
            <source>%n folder(s) waiting to come back</source>
            <translation>
                <numerusform>%n dossier attend son retour</numerusform>
                <numerusform>%n dossiers attendent leur retour</numerusform>
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
            <translation>Codes de sortie :
  %1  fin normale (Ctrl+C, SIGTERM, --duration, ou le lecteur d’un tube s’est
     arrêté)
  %2  erreur d’exécution (impossible d’écrire la sortie, le moteur a échoué,
     tous les dossiers surveillés ont été supprimés ou démontés)
  %3  erreur d’utilisation (option ou nom d’événement inconnu, expression
     régulière incorrecte, dossier inexistant)
  %4  rien n’a pu être surveillé (permission refusée, limite de surveillances
     inotify)
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
            <translation>Utilisation :
  fsnoop [FOLDER]            ouvre la fenêtre (et surveille FOLDER s’il est
                             indiqué)
  fsnoop open SESSION.csv    rouvre une session capturée dans la fenêtre
  fsnoop record FOLDER... [options]
                             capture sans fenêtre et écrit du CSV
                             (voir `fsnoop record --help`)
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
            <translation>Utilisation : fsnoop record FOLDER... [options]

Surveille chaque FOLDER récursivement avec inotify et écrit une ligne CSV par
événement (format : docs/csv-format.md), dès que l’événement arrive, jusqu’à
Ctrl+C, SIGTERM ou --duration. Un résumé d’une ligne est écrit à la fin sur la
sortie d’erreur standard.

Options :
  -e, --event EVENTS     n’enregistrer que ces événements, séparés par des
                         virgules (par défaut : all) :
                         %1
                         close, move, all
  --exclude REGEX        ignorer les chemins correspondant à REGEX (syntaxe
                         compatible Perl, appliquée au chemin complet) ; les
                         dossiers exclus ne sont pas surveillés du tout.
                         Peut être répété.
  --include REGEX        n’enregistrer que les chemins correspondant à REGEX.
                         Peut être répété.
  --duration SECONDS     s’arrêter au bout de SECONDS secondes (décimales
                         acceptées)
  -o, --output FILE.csv  écrire dans FILE.csv au lieu de la sortie standard (si
                         ce fichier se trouve dans un dossier surveillé, ses
                         propres modifications sont ignorées)
  -q, --quiet            ni messages de mise en place ni résumé (les problèmes
                         sont toujours signalés)
  --stats                à la fin, afficher sur la sortie d’erreur standard un
                         tableau des événements par fichier et par type
                         d’événement (ce qu’affiche inotifywatch)
  -a, --ascending EVENT  avec --stats : trier par EVENT en ordre croissant (ou
                         total)
  -d, --descending EVENT avec --stats : trier par EVENT en ordre décroissant
                         (par défaut : total)
  --fanotify             surveiller avec fanotify via l’assistant privilégié
                         (en root, ou après authentification avec pkexec) :
                         enregistre aussi quel processus (pid, nom,
                         exécutable) a touché chaque fichier
  -h, --help             afficher cette aide

</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="143" />
            <source>-a and -d cannot be used together</source>
            <translation>-a et -d ne peuvent pas être utilisés ensemble</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="150" />
            <source>-%1 sorts the --stats table: add --stats</source>
            <translation>-%1 trie le tableau de --stats : ajoutez --stats</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="154" />
            <source>unknown event name "%1" for -%2 (try: fsnoop record --help)</source>
            <translation>nom d’événement inconnu « %1 » pour -%2 (voir : fsnoop record --help)</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="168" />
            <source>no event names in "%1"</source>
            <translation>aucun nom d’événement dans « %1 »</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="169" />
            <source>unknown event name "%1" (try: fsnoop record --help)</source>
            <translation>nom d’événement inconnu « %1 » (voir : fsnoop record --help)</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="183" />
            <source>bad regular expression "%1" for --%2: %3 (at offset %4)</source>
            <translation>expression régulière incorrecte « %1 » pour --%2 : %3 (à la position %4)</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="199" />
            <source>--duration needs a positive number of seconds, not "%1"</source>
            <translation>--duration attend un nombre de secondes positif, pas « %1 »</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="208" />
            <source>-o needs a file name</source>
            <translation>-o attend un nom de fichier</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="215" />
            <source>no folder to watch (usage: fsnoop record FOLDER... [options])</source>
            <translation>aucun dossier à surveiller (utilisation : fsnoop record FOLDER... [options])</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="221" />
            <source>no such folder: %1</source>
            <translation>dossier introuvable : %1</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="225" />
            <source>not a folder: %1</source>
            <translation>%1 n’est pas un dossier</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="68" />
            <source>unknown option "%1"</source>
            <translation>option inconnue « %1 »</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="74" />
            <source>open needs one session file (usage: fsnoop open SESSION)</source>
            <translation>open attend un fichier de session (utilisation : fsnoop open SESSION)</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="76" />
            <source>no such file: %1</source>
            <translation>fichier introuvable : %1</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="79" />
            <source>not a folder: %1 (to open a session file: fsnoop open %1)</source>
            <translation>%1 n’est pas un dossier (pour ouvrir un fichier de session : fsnoop open %1)</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="80" />
            <source>unknown command or no such folder: %1</source>
            <translation>commande inconnue ou dossier introuvable : %1</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="82" />
            <source>unexpected argument "%1"</source>
            <translation>argument inattendu « %1 »</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="99" />
            <source>no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set); without a window, use fsnoop record or fsnoop export</source>
            <translation>aucun écran où ouvrir la fenêtre (DISPLAY et WAYLAND_DISPLAY ne sont pas définis) ; sans fenêtre, utilisez fsnoop record ou fsnoop export</translation>
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
            <translation>Utilisation :
  fsnoop [FOLDER]            ouvrir la fenêtre, en surveillant FOLDER s’il est donné
  fsnoop open SESSION        rouvrir une session enregistrée (.fsnoop ou .csv)
                             dans la fenêtre
  fsnoop record FOLDER... [options]
                             enregistrer sans fenêtre et écrire du CSV, du JSON
                             Lines ou un fichier de session
                             (voir `fsnoop record --help`)
  fsnoop export SESSION -o OUT
                             convertir une session en .csv, .jsonl ou .fsnoop
                             sans fenêtre (voir `fsnoop export --help`)
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
            <translation>Formats de sortie :
  --format FORMAT        csv (par défaut), jsonl (JSON Lines : un objet JSON par
                         événement, noms de l’Elastic Common Schema) ou fsnoop
                         (un fichier de session : une base SQLite, résistante
                         aux plantages ; demande -o). Sans --format, -o FILE
                         choisit selon son extension : .csv, .jsonl, .fsnoop
                         (docs/session-format.md)

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
            <translation>Utilisation : fsnoop record FOLDER... [options]

Surveille chaque FOLDER récursivement avec inotify et écrit une ligne CSV par
événement (format : docs/csv-format.md), dès que l’événement arrive, jusqu’à
Ctrl+C, SIGTERM ou --duration. Un résumé d’une ligne est écrit à la fin sur la
sortie d’erreur standard.

Options :
  -e, --event EVENTS     n’enregistrer que ces événements, séparés par des
                         virgules (par défaut : all) :
                         %1
                         close, move, all
  --exclude REGEX        ignorer les chemins correspondant à REGEX (syntaxe
                         compatible Perl, appliquée au chemin complet) ; les
                         dossiers exclus ne sont pas surveillés du tout.
                         Peut être répété.
  --include REGEX        n’enregistrer que les chemins correspondant à REGEX.
                         Peut être répété.
  --duration SECONDS     s’arrêter au bout de SECONDS secondes (décimales
                         acceptées)
  -o, --output FILE.csv  écrire dans FILE.csv au lieu de la sortie standard (si
                         ce fichier se trouve dans un dossier surveillé, ses
                         propres modifications sont ignorées)
  -q, --quiet            ni messages de mise en place ni résumé (les problèmes
                         sont toujours signalés)
  --stats                à la fin, afficher sur la sortie d’erreur standard un
                         tableau des événements par fichier et par type
                         d’événement (ce qu’affiche inotifywatch)
  -a, --ascending EVENT  avec --stats : trier par EVENT en ordre croissant (ou
                         total)
  -d, --descending EVENT avec --stats : trier par EVENT en ordre décroissant
                         (par défaut : total)
  --filter FICHIER       n’écrire que les événements acceptés par les règles de FICHIER
                         (un fichier de filtre enregistré par la boîte Filtre de la
                         fenêtre, docs/filter-format.md) ; le premier jeu, ou NOM
  --filter-set NOM       avec --filter : utiliser le jeu appelé NOM
  --fanotify             surveiller avec fanotify via l’assistant privilégié
                         (en root, ou après authentification avec pkexec) :
                         enregistre aussi quel processus (pid, nom,
                         exécutable) a touché chaque fichier
  -h, --help             afficher cette aide

</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="117" />
            <location filename="../app/cli/commandline.cpp" line="137" />
            <source>--filter %1: %2</source>
            <translation>--filter %1 : %2</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="128" />
            <source>--filter %1: the file holds no rule set</source>
            <translation>--filter %1 : le fichier ne contient aucun jeu de règles</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="129" />
            <source>--filter %1: no set called "%2"</source>
            <translation>--filter %1 : aucun jeu nommé « %2 »</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="239" />
            <source>--filter-set names a set of the --filter file: add --filter</source>
            <translation>--filter-set désigne un jeu du fichier --filter : ajoutez --filter</translation>
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
            <translation>Codes de sortie :
  %1  fin normale (Ctrl+C, SIGTERM, --duration, ou le lecteur d’un tube s’est
     arrêté)
  %2  erreur d’exécution (impossible d’écrire la sortie, le moteur a échoué,
     plus aucun dossier à surveiller ni à attendre)
  %3  erreur d’utilisation (option ou nom d’événement inconnu, expression
     régulière incorrecte, dossier inexistant)
  %4  rien n’a pu être surveillé (permission refusée, limite de surveillances
     inotify)
</translation>
        </message>
    </context>
    <context>
        <name>CountColumns</name>
        <message>
            <location filename="../ui/analysis/countcolumns.cpp" line="63" />
            <source>Kernel notifications, not operations: inotify merges an event identical to the previous unread one, so ten quick writes may count as one.</source>
            <translation>Notifications du noyau, pas opérations : inotify fusionne un événement identique au précédent non lu ; dix écritures rapides peuvent compter pour une.</translation>
        </message>
        <message>
            <location filename="../ui/analysis/countcolumns.cpp" line="69" />
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../ui/analysis/countcolumns.cpp" line="71" />
            <source>First seen</source>
            <translation>Vu la première fois</translation>
        </message>
        <message>
            <location filename="../ui/analysis/countcolumns.cpp" line="73" />
            <source>Last seen</source>
            <translation>Vu la dernière fois</translation>
        </message>
    </context>
    <context>
        <name>CsvFileSink</name>
        <message>
            <location filename="../app/cli/csvfilesink.cpp" line="104" />
            <source>another fsnoop is writing to it</source>
            <translation>un autre fsnoop y écrit déjà</translation>
        </message>
    </context>
    <context>
        <name>EventContextMenu</name>
        <message>
            <location filename="../ui/events/eventcontextmenu.cpp" line="117" />
            <source>Open Containing Folder</source>
            <translation>Ouvrir le dossier parent</translation>
        </message>
        <message>
            <location filename="../ui/events/eventcontextmenu.cpp" line="123" />
            <source>Show Only This File</source>
            <translation>N’afficher que ce fichier</translation>
        </message>
        <message>
            <location filename="../ui/events/eventcontextmenu.cpp" line="125" />
            <source>Hide This File</source>
            <translation>Masquer ce fichier</translation>
        </message>
        <message>
            <location filename="../ui/events/eventcontextmenu.cpp" line="139" />
            <source>Show Only “%1” Events</source>
            <translation>N’afficher que les événements « %1 »</translation>
        </message>
        <message>
            <location filename="../ui/events/eventcontextmenu.cpp" line="151" />
            <source>Show All Files and Events</source>
            <translation>Afficher tous les fichiers et événements</translation>
        </message>
        <message>
            <location filename="../ui/events/eventcontextmenu.cpp" line="125" />
            <source>This Process (%1)</source>
            <translation>Ce processus (%1)</translation>
        </message>
        <message>
            <location filename="../ui/events/eventcontextmenu.cpp" line="127" />
            <source>This Executable</source>
            <translation>Cet exécutable</translation>
        </message>
        <message>
            <location filename="../ui/events/eventcontextmenu.cpp" line="129" />
            <source>This Path</source>
            <translation>Ce chemin</translation>
        </message>
        <message>
            <location filename="../ui/events/eventcontextmenu.cpp" line="133" />
            <source>This Folder and Everything Below</source>
            <translation>Ce dossier et tout son contenu</translation>
        </message>
        <message>
            <location filename="../ui/events/eventcontextmenu.cpp" line="135" />
            <source>This Event Type (%1)</source>
            <translation>Ce type d’événement (%1)</translation>
        </message>
        <message>
            <location filename="../ui/events/eventcontextmenu.cpp" line="138" />
            <source>This Extension (.%1)</source>
            <translation>Cette extension (.%1)</translation>
        </message>
        <message>
            <location filename="../ui/events/eventcontextmenu.cpp" line="142" />
            <source>&amp;Include</source>
            <translation>&amp;Inclure</translation>
        </message>
        <message>
            <location filename="../ui/events/eventcontextmenu.cpp" line="143" />
            <source>E&amp;xclude</source>
            <translation>E&amp;xclure</translation>
        </message>
        <message>
            <location filename="../ui/events/eventcontextmenu.cpp" line="358" />
            <source>Bookmark &amp;Note…</source>
            <translation>&amp;Note du signet…</translation>
        </message>
    </context>
    <context>
        <name>EventDetailsPane</name>
        <message>
            <location filename="../ui/events/eventdetailspane.cpp" line="15" />
            <source>Select an event to see its details.</source>
            <translation>Sélectionnez un événement pour voir ses détails.</translation>
        </message>
        <message>
            <location filename="../ui/events/eventdetailspane.cpp" line="29" />
            <source>Time: %1</source>
            <translation>Heure : %1</translation>
        </message>
        <message>
            <location filename="../ui/events/eventdetailspane.cpp" line="30" />
            <source>Events: %1</source>
            <translation>Événements : %1</translation>
        </message>
        <message>
            <location filename="../ui/events/eventdetailspane.cpp" line="32" />
            <source>Path: %1</source>
            <translation>Chemin : %1</translation>
        </message>
        <message>
            <location filename="../ui/events/eventdetailspane.cpp" line="34" />
            <source>Cookie: %1</source>
            <translation>Cookie : %1</translation>
        </message>
        <message>
            <location filename="../ui/events/eventdetailspane.cpp" line="36" />
            <source>Process: %1 (PID %2) %3</source>
            <translation>Processus : %1 (PID %2) %3</translation>
        </message>
        <message>
            <location filename="../ui/events/eventdetailspane.cpp" line="44" />
            <source>Parent process: PID %1</source>
            <translation>Processus parent : PID %1</translation>
        </message>
        <message>
            <location filename="../ui/events/eventdetailspane.cpp" line="46" />
            <source>User: %1</source>
            <translation>Utilisateur : %1</translation>
        </message>
        <message>
            <location filename="../ui/events/eventdetailspane.cpp" line="48" />
            <source>Command line: %1</source>
            <translation>Ligne de commande : %1</translation>
        </message>
        <message>
            <location filename="../ui/events/eventdetailspane.cpp" line="50" />
            <source>Process started: %1</source>
            <translation>Processus démarré : %1</translation>
        </message>
        <message>
            <location filename="../ui/events/eventdetailspane.cpp" line="52" />
            <source>Source: %1</source>
            <translation>Source : %1</translation>
        </message>
    </context>
    <context>
        <name>EventCellText</name>
        <message>
            <location filename="../ui/events/eventcelltext.cpp" line="241" />
            <source>The kernel's event queue overflowed here, so some events were lost (overflow number %1). fsnoop rescanned the watched folders to catch up. Raising /proc/sys/fs/inotify/max_queued_events or narrowing the watched events makes this less likely.</source>
            <translation>La file d’événements du noyau a débordé ici : des événements ont été perdus (débordement n° %1). fsnoop a réanalysé les dossiers surveillés pour se resynchroniser. Augmenter /proc/sys/fs/inotify/max_queued_events ou surveiller moins de types d’événements rend cela moins probable.</translation>
        </message>
        <message>
            <location filename="../ui/events/eventcelltext.cpp" line="248" />
            <source>Not reported by the kernel: fsnoop found this entry when it scanned a newly created folder. inotify cannot watch a folder before it exists, so what was created inside it in the first moments is recovered by that scan.</source>
            <translation>Non signalé par le noyau : fsnoop a trouvé cette entrée en analysant un dossier nouvellement créé. inotify ne peut pas surveiller un dossier avant qu’il existe ; ce qui y est créé dans les premiers instants est donc retrouvé par cette analyse.</translation>
        </message>
        <message>
            <location filename="../ui/events/eventcelltext.cpp" line="268" />
            <source>overflow</source>
            <translation>débordement</translation>
        </message>
        <message>
            <location filename="../ui/events/eventcelltext.cpp" line="276" />
            <source>Events lost (queue overflow)</source>
            <translation>Événements perdus (file saturée)</translation>
        </message>
    </context>
    <context>
        <name>EventTableColumns</name>
        <message>
            <location filename="../ui/events/eventtablecolumns.cpp" line="185" />
            <source>&amp;Reset Columns</source>
            <translation>&amp;Rétablir les colonnes</translation>
        </message>
    </context>
    <context>
        <name>EventTableView</name>
        <message>
            <location filename="../ui/events/eventtableview.cpp" line="85" />
            <source>Copy Paths</source>
            <translation>Copier les chemins</translation>
        </message>
        <message>
            <location filename="../ui/events/eventtableview.cpp" line="114" />
            <source>Copy Path</source>
            <translation>Copier le chemin</translation>
        </message>
        <message>
            <location filename="../ui/events/eventtableview.cpp" line="75" />
            <source>&amp;Copy Rows</source>
            <translation>&amp;Copier les lignes</translation>
        </message>
        <message>
            <location filename="../ui/events/eventtableview.cpp" line="80" />
            <source>Copy &amp;Paths</source>
            <translation>Copier les c&amp;hemins</translation>
        </message>
        <message>
            <location filename="../ui/events/eventtableview.cpp" line="86" />
            <source>Toggle &amp;Bookmark</source>
            <translation>Poser ou retirer un &amp;signet</translation>
        </message>
        <message>
            <location filename="../ui/events/eventtableview.cpp" line="89" />
            <source>&amp;Next Bookmark</source>
            <translation>Signet &amp;suivant</translation>
        </message>
        <message>
            <location filename="../ui/events/eventtableview.cpp" line="91" />
            <source>P&amp;revious Bookmark</source>
            <translation>Signet &amp;précédent</translation>
        </message>
        <message>
            <location filename="../ui/events/eventtableview.cpp" line="93" />
            <source>&amp;Jump to Time…</source>
            <translation>&amp;Aller à l’heure…</translation>
        </message>
        <message>
            <location filename="../ui/events/eventtableview.cpp" line="235" />
            <source>Bookmark Note</source>
            <translation>Note du signet</translation>
        </message>
        <message>
            <location filename="../ui/events/eventtableview.cpp" line="235" />
            <source>A note on this event, kept with its bookmark:</source>
            <translation>Une note sur cet événement, gardée avec son signet :</translation>
        </message>
        <message>
            <location filename="../ui/events/eventtableview.cpp" line="444" />
            <source>Copy Rows</source>
            <translation>Copier les lignes</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/events/eventtableview.cpp" line="445" />
            <source>%Ln rows are selected: too many to copy.</source>
            <translation>
                <numerusform>%Ln ligne est sélectionnée : trop pour la copier.</numerusform>
                <numerusform>%Ln lignes sont sélectionnées : trop pour les copier.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/events/eventtableview.cpp" line="448" />
            <source>Copy takes at most %L1 rows: the clipboard keeps its text in fsnoop&apos;s memory for as long as it holds it, about 0.4 GB for a million rows. Export the selected rows to a CSV file instead?</source>
            <translation>La copie prend au plus %L1 lignes : le presse-papiers garde son texte dans la mémoire de fsnoop tant qu’il le contient, environ 0,4 Go pour un million de lignes. Exporter plutôt les lignes sélectionnées dans un fichier CSV ?</translation>
        </message>
        <message>
            <location filename="../ui/events/eventtableview.cpp" line="452" />
            <source>&amp;Export Selected Rows…</source>
            <translation>&amp;Exporter les lignes sélectionnées…</translation>
        </message>
    </context>
    <context>
        <name>ExportController</name>
        <message>
            <location filename="../ui/window/exportcontroller.cpp" line="35" />
            <source>Export Shown Events</source>
            <translation>Exporter les événements affichés</translation>
        </message>
        <message>
            <location filename="../ui/window/exportcontroller.cpp" line="35" />
            <source>Export All Events</source>
            <translation>Exporter tous les événements</translation>
        </message>
        <message>
            <location filename="../ui/window/exportcontroller.cpp" line="38" />
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../ui/window/exportcontroller.cpp" line="49" />
            <location filename="../ui/window/exportcontroller.cpp" line="72" />
            <source>Export</source>
            <translation>Exportation</translation>
        </message>
        <message>
            <location filename="../ui/window/exportcontroller.cpp" line="50" />
            <source>Could not write %1: %2</source>
            <translation>Impossible d’écrire %1 : %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/window/exportcontroller.cpp" line="57" />
            <source>Exporting %n event(s)…</source>
            <translation>
                <numerusform>Exportation de %n événement…</numerusform>
                <numerusform>Exportation de %n événements…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/window/exportcontroller.cpp" line="59" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../ui/window/exportcontroller.cpp" line="70" />
            <source>Exported to %1</source>
            <translation>Exporté dans %1</translation>
        </message>
        <message>
            <location filename="../ui/window/exportcontroller.cpp" line="59" />
            <source>Export Selected Events</source>
            <translation>Exporter les événements sélectionnés</translation>
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
            <translation>Événements</translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="30" />
            <source>Show only some event types</source>
            <translation>N’afficher que certains types d’événements</translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="32" />
            <source>All</source>
            <translation>Tous</translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="33" />
            <source>None</source>
            <translation>Aucun</translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="58" />
            <source>Filter by path</source>
            <translation>Filtrer par chemin</translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="62" />
            <source>Treat the path filter as a regular expression</source>
            <translation>Interpréter le filtre de chemin comme une expression régulière</translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="65" />
            <source>Files and folders</source>
            <translation>Fichiers et dossiers</translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="66" />
            <source>Files only</source>
            <translation>Fichiers seulement</translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="67" />
            <source>Folders only</source>
            <translation>Dossiers seulement</translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="70" />
            <source>Process</source>
            <translation>Processus</translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="71" />
            <source>Filter by process name, executable or PID (known only when watching with process information)</source>
            <translation>Filtrer par nom de processus, exécutable ou PID (connus seulement en surveillant avec les informations de processus)</translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="77" />
            <source>Show every file again</source>
            <translation>Réafficher tous les fichiers</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/events/filterbar.cpp" line="148" />
            <source>%n file(s) hidden ✕</source>
            <translation>
                <numerusform>%n fichier masqué ✕</numerusform>
                <numerusform>%n fichiers masqués ✕</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/events/filterbar.cpp" line="149" />
            <source>Only %n file(s) ✕</source>
            <translation>
                <numerusform>Seulement %n fichier ✕</numerusform>
                <numerusform>Seulement %n fichiers ✕</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="165" />
            <source>All events</source>
            <translation>Tous les événements</translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="167" />
            <source>%1 of %2 events</source>
            <translation>%1 événements sur %2</translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="173" />
            <source>Shown: %1 of %2</source>
            <translation>Affichés : %1 sur %2</translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="184" />
            <source>This regular expression is not valid</source>
            <translation>Cette expression régulière n’est pas valide</translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="93" />
            <source>Clear Filters</source>
            <translation>Effacer les filtres</translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="94" />
            <source>Some events are hidden by the filters; show them all again</source>
            <translation>Des événements sont masqués par les filtres ; les afficher tous à nouveau</translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="94" />
            <source>Filter rules are hiding events; click to edit them</source>
            <translation>Des règles de filtrage masquent des événements ; cliquez pour les modifier</translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="101" />
            <source>Reset</source>
            <translation>Réinitialiser</translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="102" />
            <source>Turn every filter rule off and show all events</source>
            <translation>Désactiver toutes les règles de filtrage et afficher tous les événements</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/events/filterbar.cpp" line="207" />
            <source>%n rule(s), %1 of %2 shown</source>
            <translation>
                <numerusform>%n règle, %1 sur %2 affichés</numerusform>
                <numerusform>%n règles, %1 sur %2 affichés</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="198" />
            <source>Only one process ✕</source>
            <translation>Un seul processus ✕</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="81" />
            <source>Events</source>
            <translation>Événements</translation>
        </message>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="195" />
            <source>Forget the events recorded so far (Ctrl+L)</source>
            <translation>Oublier les événements enregistrés jusqu’ici (Ctrl+L)</translation>
        </message>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="305" />
            <source>Watch Folder</source>
            <translation>Surveiller un dossier</translation>
        </message>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="306" />
            <source>%1 is not a folder.</source>
            <translation>%1 n’est pas un dossier.</translation>
        </message>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="339" />
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="407" />
            <source>%1 (read-only)</source>
            <translation>%1 (lecture seule)</translation>
        </message>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="415" />
            <source>Session %1 (read-only)</source>
            <translation>Session %1 (lecture seule)</translation>
        </message>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="419" />
            <source>Watching %1 (display paused)</source>
            <translation>Surveillance de %1 (affichage figé)</translation>
        </message>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="420" />
            <source>Watching %1</source>
            <translation>Surveillance de %1</translation>
        </message>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="422" />
            <source>Stopped</source>
            <translation>Arrêté</translation>
        </message>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="424" />
            <source>Choose a folder to watch (Ctrl+N), or drop one here</source>
            <translation>Choisissez un dossier à surveiller (Ctrl+N) ou déposez-en un ici</translation>
        </message>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="353" />
            <source>Could not open %1 (line %2): %3</source>
            <translation>Impossible d’ouvrir %1 (ligne %2) : %3</translation>
        </message>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="357" />
            <source>Could not open %1: %2</source>
            <translation>Impossible d’ouvrir %1 : %2</translation>
        </message>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="136" />
            <source>Filtering…</source>
            <translation>Filtrage…</translation>
        </message>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="478" />
            <source>Filter stopped: the table shows the matches found so far. Change the filter to search again.</source>
            <translation>Filtrage interrompu : le tableau montre les correspondances trouvées jusqu’ici. Modifiez le filtre pour relancer la recherche.</translation>
        </message>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="562" />
            <source>Bookmarks are kept in .fsnoop session files only; these last until the session is closed</source>
            <translation>Les signets ne sont enregistrés que dans les fichiers de session .fsnoop ; ceux-ci durent jusqu’à la fermeture de la session</translation>
        </message>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="569" />
            <source>Cannot save the bookmarks in %1: %2</source>
            <translation>Impossible d’enregistrer les signets dans %1 : %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/window/mainwindow.cpp" line="166" />
            <source>Copying %Ln row(s)…</source>
            <translation>
                <numerusform>Copie de %Ln ligne…</numerusform>
                <numerusform>Copie de %Ln lignes…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/window/mainwindow.cpp" line="173" />
            <source>Copied %Ln row(s).</source>
            <translation>
                <numerusform>%Ln ligne copiée.</numerusform>
                <numerusform>%Ln lignes copiées.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CaptureNotices</name>
        <message>
            <location filename="../ui/window/capturenotices.cpp" line="30" />
            <source>Process information is not available, so fsnoop goes on watching with inotify, without it. The events captured so far are kept.</source>
            <translation>Les informations de processus ne sont pas disponibles : fsnoop poursuit la surveillance avec inotify, sans elles. Les événements capturés jusqu’ici sont conservés.</translation>
        </message>
        <message>
            <location filename="../ui/window/capturenotices.cpp" line="34" />
            <source>Watching without process information</source>
            <translation>Surveillance sans informations de processus</translation>
        </message>
        <message>
            <location filename="../ui/window/capturenotices.cpp" line="36" />
            <source>Watching Without Process Information</source>
            <translation>Surveillance sans informations de processus</translation>
        </message>
        <message>
            <source>The capture cannot be saved to %1: %2</source>
            <translation>La capture ne peut pas être enregistrée dans %1 : %2</translation>
        </message>
        <message>
            <source>Capture Not Saved</source>
            <translation>Capture non enregistrée</translation>
        </message>
        <message>
            <source>Capturing goes on in memory only: export the events before closing the window, or free some space and start again.</source>
            <translation>La capture continue en mémoire seulement : exportez les événements avant de fermer la fenêtre, ou libérez de la place et recommencez.</translation>
        </message>
    </context>
    <context>
        <name>MainMenus</name>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="75" />
            <source>&amp;Watch Folder…</source>
            <translation>&amp;Surveiller un dossier…</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="77" />
            <source>Choose a folder and start watching it</source>
            <translation>Choisir un dossier et commencer à le surveiller</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="80" />
            <source>&amp;Open Session…</source>
            <translation>&amp;Ouvrir une session…</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="82" />
            <source>Open a CSV file saved by fsnoop</source>
            <translation>Ouvrir un fichier CSV enregistré par fsnoop</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="86" />
            <source>&amp;Export All Events as CSV…</source>
            <translation>&amp;Exporter tous les événements en CSV…</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="89" />
            <source>Export &amp;Shown Events as CSV…</source>
            <translation>Exporter les événements &amp;affichés en CSV…</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="97" />
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="102" />
            <source>&amp;Start</source>
            <translation>&amp;Démarrer</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="104" />
            <source>Start watching again with the same options</source>
            <translation>Reprendre la surveillance avec les mêmes options</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="107" />
            <source>S&amp;top</source>
            <translation>&amp;Arrêter</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="109" />
            <source>Stop watching</source>
            <translation>Arrêter la surveillance</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="112" />
            <source>&amp;Pause Display</source>
            <translation>&amp;Figer l’affichage</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="116" />
            <source>Freeze the table; events are still recorded</source>
            <translation>Figer le tableau ; les événements sont toujours enregistrés</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="119" />
            <source>&amp;Clear</source>
            <translation>&amp;Effacer</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="132" />
            <source>&amp;Follow New Events</source>
            <translation>&amp;Suivre les nouveaux événements</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="143" />
            <source>&amp;Filter by Path</source>
            <translation>&amp;Filtrer par chemin</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="152" />
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="154" />
            <source>&amp;Recent Folders</source>
            <translation>Dossiers &amp;récents</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="167" />
            <source>&amp;Capture</source>
            <translation>&amp;Capture</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="175" />
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="180" />
            <source>Show &amp;All Files</source>
            <translation>Afficher &amp;tous les fichiers</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="188" />
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="189" />
            <source>&amp;About fsnoop</source>
            <translation>&amp;À propos de fsnoop</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="191" />
            <source>About fsnoop</source>
            <translation>À propos de fsnoop</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="192" />
            <source>&lt;h3&gt;fsnoop %1&lt;/h3&gt;&lt;p&gt;Live filesystem activity monitor for the Linux desktop.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;fsnoop %1&lt;/h3&gt;&lt;p&gt;Surveillance en direct de l’activité du système de fichiers pour le bureau Linux.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="197" />
            <source>Main</source>
            <translation>Principale</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="122" />
            <source>Forget the events recorded so far</source>
            <translation>Oublier les événements enregistrés jusqu’ici</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="126" />
            <source>&amp;Drop Filtered Events</source>
            <translation>&amp;Abandonner les événements filtrés</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="128" />
            <source>Do not record the events the filter rules exclude, for long captures of busy folders</source>
            <translation>Ne pas enregistrer les événements exclus par les règles de filtre, pour les longues captures de dossiers très actifs</translation>
        </message>
        <message>
            <source>&amp;Sessions…</source>
            <translation>&amp;Sessions…</translation>
        </message>
        <message>
            <source>The captures saved as they ran, and when they are cleaned up</source>
            <translation>Les captures enregistrées pendant qu’elles tournaient, et quand elles sont nettoyées</translation>
        </message>
        <message>
            <source>Recent S&amp;essions</source>
            <translation>S&amp;essions récentes</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="183" />
            <source>&amp;Go</source>
            <translation>A&amp;ller</translation>
        </message>
    </context>
    <context>
        <name>RowCopyJob</name>
        <message>
            <location filename="../ui/events/rowcopyjob.cpp" line="24" />
            <source>The copy stopped: the table shows other rows now.</source>
            <translation>La copie s’est arrêtée : le tableau montre maintenant d’autres lignes.</translation>
        </message>
        <message>
            <location filename="../ui/events/rowcopyjob.cpp" line="61" />
            <source>The copy was cancelled.</source>
            <translation>La copie a été annulée.</translation>
        </message>
    </context>
    <context>
        <name>SessionOpener</name>
        <message>
            <location filename="../ui/window/sessionopener.cpp" line="34" />
            <location filename="../ui/window/sessionopener.cpp" line="34" />
            <source>Open Session</source>
            <translation>Ouvrir une session</translation>
        </message>
        <message>
            <location filename="../ui/window/sessionopener.cpp" line="35" />
            <source>Sessions (*.fsnoop *.csv);;All files (*)</source>
            <translation>Sessions (*.fsnoop *.csv);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location filename="../ui/window/sessionopener.cpp" line="70" />
            <source>Opening %1…</source>
            <translation>Ouverture de %1…</translation>
        </message>
        <message>
            <location filename="../ui/window/sessionopener.cpp" line="115" />
            <source>Opening stopped: %1 of %2 events were loaded.</source>
            <translation>Ouverture interrompue : %1 événements sur %2 ont été chargés.</translation>
        </message>
    </context>
    <context>
        <name>ProblemText</name>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="34" />
            <source>%1 does not exist or is not a folder</source>
            <translation>%1 n’existe pas ou n’est pas un dossier</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="32" />
            <source>cannot start inotify: %1</source>
            <translation>impossible de démarrer inotify : %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/text/problemtext.cpp" line="36" />
            <source>watch limit reached: %n folder(s) are not watched</source>
            <translation>
                <numerusform>limite de surveillance atteinte : %n dossier n’est pas surveillé</numerusform>
                <numerusform>limite de surveillance atteinte : %n dossiers ne sont pas surveillés</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="38" />
            <source>permission denied: %1 and what is inside it are not watched</source>
            <translation>permission refusée : %1 et son contenu ne sont pas surveillés</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="40" />
            <source>could not watch %1: %2</source>
            <translation>impossible de surveiller %1 : %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/text/problemtext.cpp" line="42" />
            <source>events were lost: the kernel queue overflowed (%n time(s))</source>
            <translation>
                <numerusform>des événements ont été perdus : la file du noyau a débordé (%n fois)</numerusform>
                <numerusform>des événements ont été perdus : la file du noyau a débordé (%n fois)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="45" />
            <source>the watched folder %1 was deleted</source>
            <translation>le dossier surveillé %1 a été supprimé</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="47" />
            <source>the watched folder %1 was moved</source>
            <translation>le dossier surveillé %1 a été déplacé</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="49" />
            <source>the file system holding %1 was unmounted</source>
            <translation>le système de fichiers contenant %1 a été démonté</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="51" />
            <source>the process-information helper failed</source>
            <translation>l’assistant d’informations de processus a échoué</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="53" />
            <source>watching with process information was cancelled</source>
            <translation>la surveillance avec informations de processus a été annulée</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="55" />
            <source>not authorized to watch with process information</source>
            <translation>non autorisé à surveiller avec les informations de processus</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="57" />
            <source>%1 is on a network file system (%2): changes made by other computers are not seen</source>
            <translation>%1 est sur un système de fichiers réseau (%2) : les modifications faites par d’autres ordinateurs ne sont pas vues</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="57" />
            <source>%1 is on a FUSE file system: changes made by its program or on the other side (a remote computer, a disk it translates) are not seen</source>
            <translation>%1 est sur un système de fichiers FUSE : les modifications faites par son programme ou de l’autre côté (un ordinateur distant, un disque qu’il traduit) ne sont pas vues</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="57" />
            <source>%1 is an overlay (as in containers): only changes made through it are seen, not those made in its lower or upper folders</source>
            <translation>%1 est une superposition (overlay, comme dans les conteneurs) : seules les modifications faites à travers elle sont vues, pas celles faites dans ses dossiers inférieur ou supérieur</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="57" />
            <source>%1 is watched with inotify, without process information: fanotify cannot watch this file system (%2: %3)</source>
            <translation>%1 est surveillé avec inotify, sans informations de processus : fanotify ne peut pas surveiller ce système de fichiers (%2 : %3)</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="57" />
            <source>%1 is in a btrfs subvolume: watched through its whole file system at %2</source>
            <translation>%1 est dans un sous-volume btrfs : surveillé à travers tout son système de fichiers en %2</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="57" />
            <source>The kernel reports only what happens through this computer's own view of the file system; the record cannot show the rest.</source>
            <translation>Le noyau ne signale que ce qui se passe à travers la vue de cet ordinateur sur le système de fichiers ; l’enregistrement ne peut pas montrer le reste.</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="57" />
            <source>unknown problem %1</source>
            <translation>problème inconnu %1</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="74" />
            <source>Too many programs may be using inotify already. The limit is in /proc/sys/fs/inotify/max_user_instances; raise it with
sudo sysctl fs.inotify.max_user_instances=512</source>
            <translation>Trop de programmes utilisent peut-être déjà inotify. La limite se trouve dans /proc/sys/fs/inotify/max_user_instances ; augmentez-la avec
sudo sysctl fs.inotify.max_user_instances=512</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="78" />
            <source>Choose an existing folder in File &gt; Watch Folder.</source>
            <translation>Choisissez un dossier existant dans Fichier &gt; Surveiller un dossier.</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="80" />
            <source>inotify needs one watch per folder and the limit (/proc/sys/fs/inotify/max_user_watches) is %1. Events in the folders that are not watched are not recorded. Raise the limit with
sudo sysctl fs.inotify.max_user_watches=%2
(add fs.inotify.max_user_watches=%2 to /etc/sysctl.d/90-fsnoop.conf to keep it), then start watching again — or watch with process information, which needs no watch per folder.</source>
            <translation>inotify a besoin d’une surveillance par dossier et la limite (/proc/sys/fs/inotify/max_user_watches) est de %1. Les événements des dossiers non surveillés ne sont pas enregistrés. Augmentez la limite avec
sudo sysctl fs.inotify.max_user_watches=%2
(ajoutez fs.inotify.max_user_watches=%2 à /etc/sysctl.d/90-fsnoop.conf pour la conserver), puis relancez la surveillance — ou surveillez avec les informations de processus, qui ne demandent pas de surveillance par dossier.</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="90" />
            <source>You may not read this folder, so nothing inside it is recorded. Watch with process information (administrator) to see it.</source>
            <translation>Vous n’avez pas le droit de lire ce dossier : rien de ce qu’il contient n’est enregistré. Surveillez avec les informations de processus (administrateur) pour le voir.</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="93" />
            <source>This folder and what is inside it are not recorded.</source>
            <translation>Ce dossier et son contenu ne sont pas enregistrés.</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="95" />
            <source>The kernel dropped events because they came faster than they could be read. The table shows a marker where this happened, and the folders were scanned again. Raise /proc/sys/fs/inotify/max_queued_events, watch fewer event types (access and open are the busiest), or exclude busy folders.</source>
            <translation>Le noyau a abandonné des événements arrivés plus vite qu’ils ne pouvaient être lus. Le tableau montre un repère à cet endroit et les dossiers ont été réanalysés. Augmentez /proc/sys/fs/inotify/max_queued_events, surveillez moins de types d’événements (access et open sont les plus fréquents) ou excluez les dossiers très actifs.</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="102" />
            <source>Nothing more is recorded there. Watch the folder again once it is back.</source>
            <translation>Plus rien n’y est enregistré. Surveillez à nouveau le dossier lorsqu’il sera de retour.</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="104" />
            <source>fsnoop stays on inotify, without process information. Technical detail: %1</source>
            <translation>fsnoop reste sur inotify, sans informations de processus. Détail technique : %1</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="107" />
            <source>The administrator password dialog was dismissed. fsnoop stays on inotify, without process information.</source>
            <translation>La fenêtre de mot de passe administrateur a été fermée. fsnoop reste sur inotify, sans informations de processus.</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="110" />
            <source>The system policy (polkit) did not allow the helper to run. Ask your administrator, or keep watching without process information.</source>
            <translation>La politique du système (polkit) n’a pas autorisé l’assistant. Demandez à votre administrateur, ou continuez sans informations de processus.</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="47" />
            <source>the rescan found what changed meanwhile: %1 created, %2 deleted</source>
            <translation>le nouvel examen a trouvé ce qui a changé entre-temps : %1 créés, %2 supprimés</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="64" />
            <source>could not keep events on disk in %1: %2</source>
            <translation>impossible de conserver les événements sur le disque dans %1 : %2</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="122" />
            <source>Nothing was lost: the events stay in memory instead, so a long capture or a big session now uses more memory. Make room on that disk, or make the folder writable, and open or start the capture again.</source>
            <translation>Rien n’est perdu : les événements restent en mémoire à la place, si bien qu’une longue capture ou une grosse session utilise désormais plus de mémoire. Libérez de la place sur ce disque ou rendez le dossier accessible en écriture, puis rouvrez la session ou relancez la capture.</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="45" />
            <source>the watched folder %1 was deleted; waiting for it to come back</source>
            <translation>le dossier surveillé %1 a été supprimé ; en attente de son retour</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="47" />
            <source>the watched folder %1 was moved away; waiting for it to come back</source>
            <translation>le dossier surveillé %1 a été déplacé ailleurs ; en attente de son retour</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="102" />
            <source>The folder above it is watched for this one name. When a folder is there again under this name (made anew, or moved back), it is watched again and what it holds is recorded as found by a scan.</source>
            <translation>Le dossier qui le contient est surveillé pour ce seul nom. Quand un dossier réapparaît sous ce nom (recréé ou remis en place), il est de nouveau surveillé et son contenu est enregistré comme trouvé par un parcours.</translation>
        </message>
        <message>
            <source>watching %1 again</source>
            <translation>de nouveau sous surveillance : %1</translation>
        </message>
        <message>
            <source>a file system was mounted on %1; watching what it holds</source>
            <translation>un système de fichiers a été monté sur %1 ; son contenu est surveillé</translation>
        </message>
        <message>
            <source>What the file system held is not recorded as deleted. The folder it covered is watched in its place; if a file system is mounted there again, it is watched again.</source>
            <translation>Le contenu du système de fichiers n’est pas enregistré comme supprimé. Le dossier qu’il recouvrait est surveillé à sa place ; si un système de fichiers y est de nouveau monté, il est de nouveau surveillé.</translation>
        </message>
        <message>
            <source>What the folder holds now is recorded as found by a scan (source "scan"); what happened in it while it was gone is not known.</source>
            <translation>Le contenu actuel du dossier est enregistré comme trouvé par un parcours (source « scan ») ; ce qui s’y est passé pendant son absence n’est pas connu.</translation>
        </message>
        <message>
            <source>What the file system holds is recorded as found by a scan (source "scan"). The folder it covers is hidden until it is unmounted.</source>
            <translation>Le contenu du système de fichiers est enregistré comme trouvé par un parcours (source « scan »). Le dossier qu’il recouvre est masqué jusqu’à son démontage.</translation>
        </message>
    </context>
    <context>
        <name>ProblemsDialog</name>
        <message>
            <location filename="../ui/window/problemsdialog.cpp" line="13" />
            <source>Warnings</source>
            <translation>Avertissements</translation>
        </message>
        <message>
            <location filename="../ui/window/problemsdialog.cpp" line="44" />
            <source>No warnings.</source>
            <translation>Aucun avertissement.</translation>
        </message>
    </context>
    <context>
        <name>RateChart</name>
        <message>
            <location filename="../ui/analysis/ratechart.cpp" line="20" />
            <source>Events per second</source>
            <translation>Événements par seconde</translation>
        </message>
        <message>
            <location filename="../ui/analysis/ratechart.cpp" line="26" />
            <source>Events/s</source>
            <translation>Événements/s</translation>
        </message>
    </context>
    <context>
        <name>RecordCommand</name>
        <message>
            <location filename="../app/cli/recordcommand.cpp" line="43" />
            <source>the capture did not stop within %1 s; exiting</source>
            <translation>la capture ne s’est pas arrêtée en %1 s ; fin du programme</translation>
        </message>
        <message>
            <location filename="../app/cli/recordcommand.cpp" line="61" />
            <location filename="../app/cli/recordcommand.cpp" line="66" />
            <location filename="../app/cli/recordcommand.cpp" line="111" />
            <source>cannot write %1: %2</source>
            <translation>impossible d’écrire %1 : %2</translation>
        </message>
        <message>
            <location filename="../app/cli/recordcommand.cpp" line="87" />
            <source>the capture could not start</source>
            <translation>la capture n’a pas pu démarrer</translation>
        </message>
        <message>
            <location filename="../app/cli/recordcommand.cpp" line="140" />
            <source>nothing could be watched</source>
            <translation>rien n’a pu être surveillé</translation>
        </message>
        <message>
            <location filename="../app/cli/recordcommand.cpp" line="254" />
            <source>events not written: %1</source>
            <translation>événements non écrits : %1</translation>
        </message>
    </context>
    <context>
        <name>RecordMessages</name>
        <message>
            <location filename="../app/cli/recordmessages.cpp" line="14" />
            <source>too many inotify instances for this user (fs.inotify.max_user_instances). Close other watchers or raise it, e.g.: sysctl fs.inotify.max_user_instances=512</source>
            <translation>trop d’instances inotify pour cet utilisateur (fs.inotify.max_user_instances). Fermez d’autres programmes de surveillance ou augmentez cette limite, par ex. : sysctl fs.inotify.max_user_instances=512</translation>
        </message>
        <message>
            <location filename="../app/cli/recordmessages.cpp" line="19" />
            <source>the inotify limit of %1 watches per user (fs.inotify.max_user_watches) is reached. Events in them are not recorded. Raise the limit, e.g.: sysctl fs.inotify.max_user_watches=%2 (add it to /etc/sysctl.d/ to keep it after a reboot)</source>
            <translation>la limite inotify de %1 surveillances par utilisateur (fs.inotify.max_user_watches) est atteinte. Les événements qui s’y produisent ne sont pas enregistrés. Augmentez la limite, par ex. : sysctl fs.inotify.max_user_watches=%2 (ajoutez ce réglage dans /etc/sysctl.d/ pour le conserver après un redémarrage)</translation>
        </message>
        <message>
            <location filename="../app/cli/recordmessages.cpp" line="27" />
            <source>some events were lost and are marked Q_OVERFLOW in the record; rescanning. Fewer events (-e) or a larger fs.inotify.max_queued_events help</source>
            <translation>des événements ont été perdus et sont marqués Q_OVERFLOW dans l’enregistrement ; nouvelle analyse en cours. Moins d’événements (-e) ou une valeur plus grande de fs.inotify.max_queued_events y remédient</translation>
        </message>
        <message>
            <location filename="../app/cli/recordmessages.cpp" line="32" />
            <source>nothing more is recorded there (inotify cannot tell where it went)</source>
            <translation>plus rien n’y est enregistré (inotify ne peut pas dire où il est allé)</translation>
        </message>
        <message>
            <location filename="../app/cli/recordmessages.cpp" line="54" />
            <source>summary: events: %1, overflows: %2, folders watched: %3, not watched: %4</source>
            <translation>résumé : événements : %1, débordements : %2, dossiers surveillés : %3, non surveillés : %4</translation>
        </message>
        <message>
            <location filename="../app/cli/recordmessages.cpp" line="64" />
            <source>watching 1 folder</source>
            <translation>surveillance de 1 dossier</translation>
        </message>
        <message>
            <location filename="../app/cli/recordmessages.cpp" line="64" />
            <source>watching %1 folders</source>
            <translation>surveillance de %1 dossiers</translation>
        </message>
        <message>
            <location filename="../app/cli/recordmessages.cpp" line="66" />
            <source>%1 (%2 could not be watched); press Ctrl+C to stop</source>
            <translation>%1 (non surveillables : %2) ; appuyez sur Ctrl+C pour arrêter</translation>
        </message>
        <message>
            <location filename="../app/cli/recordmessages.cpp" line="67" />
            <source>%1; press Ctrl+C to stop</source>
            <translation>%1 ; appuyez sur Ctrl+C pour arrêter</translation>
        </message>
        <message>
            <location filename="../app/cli/recordmessages.cpp" line="72" />
            <source>setting up watches: %1 folders scanned</source>
            <translation>mise en place de la surveillance : %1 dossiers analysés</translation>
        </message>
        <message>
            <location filename="../app/cli/recordmessages.cpp" line="32" />
            <source>inotify cannot tell where it went; the capture goes on and records it again if a folder comes back under that name</source>
            <translation>inotify ne peut pas dire où il est allé ; la capture continue et l’enregistre de nouveau si un dossier revient sous ce nom</translation>
        </message>
        <message>
            <source>folders gone and still waited for at the end: %1</source>
            <translation>dossiers disparus et toujours attendus à la fin : %1</translation>
        </message>
    </context>
    <context>
        <name>RenameChainModel</name>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="124" />
            <source>(outside the watched tree)</source>
            <translation>(hors de l’arborescence surveillée)</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="157" />
            <source>An unpaired move: the kernel reported only one half of the rename because the other name is outside the watched folders.</source>
            <translation>Un déplacement non apparié : le noyau n’a signalé qu’une moitié du renommage, car l’autre nom est hors des dossiers surveillés.</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="159" />
            <source>Renames are paired by the cookie inotify gives both halves of one rename.</source>
            <translation>Les renommages sont appariés par le cookie qu’inotify donne aux deux moitiés d’un même renommage.</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="172" />
            <source>(moved out of the watched tree)</source>
            <translation>(déplacé hors de l’arborescence surveillée)</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="182" />
            <location filename="../ui/analysis/renamechainmodel.cpp" line="231" />
            <source>Moved out of the watched tree</source>
            <translation>Sorti de l’arborescence surveillée</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="182" />
            <location filename="../ui/analysis/renamechainmodel.cpp" line="233" />
            <source>Moved in from outside</source>
            <translation>Entré depuis l’extérieur</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="186" />
            <source>Renamed once</source>
            <translation>Renommé une fois</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/analysis/renamechainmodel.cpp" line="186" />
            <source>Renamed %n times</source>
            <translation>
                <numerusform>Renommé %n fois</numerusform>
                <numerusform>Renommé %n fois</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="188" />
            <source>Moved in, then %1</source>
            <translation>Entré, puis %1</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="190" />
            <source>%1, then moved out</source>
            <translation>%1, puis déplacé hors de la zone</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="214" />
            <source>The cookie that paired IN_MOVED_FROM with IN_MOVED_TO (none for fanotify renames, which report both names in one event).</source>
            <translation>Le cookie qui a apparié IN_MOVED_FROM et IN_MOVED_TO (aucun pour les renommages fanotify, qui signalent les deux noms dans un seul événement).</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="225" />
            <source>Step %1</source>
            <translation>Étape %1</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="229" />
            <source>Renamed</source>
            <translation>Renommé</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="241" />
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="253" />
            <source>First name</source>
            <translation>Premier nom</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="255" />
            <source>Current name</source>
            <translation>Nom actuel</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="257" />
            <source>Steps</source>
            <translation>Étapes</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="259" />
            <source>What happened</source>
            <translation>Ce qui s’est passé</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="263" />
            <source>First time</source>
            <translation>Première fois</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="265" />
            <source>Last time</source>
            <translation>Dernière fois</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="221" />
            <source>Moved in from outside, then deleted</source>
            <translation>Déplacé depuis l’extérieur, puis supprimé</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="232" />
            <source>%1, then deleted</source>
            <translation>%1, puis supprimé</translation>
        </message>
    </context>
    <context>
        <name>RenameChainPanel</name>
        <message>
            <location filename="../ui/analysis/renamechainpanel.cpp" line="25" />
            <source>Filter by name</source>
            <translation>Filtrer par nom</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainpanel.cpp" line="27" />
            <source>Each row is one file or folder followed through its renames. Italic rows are moves whose other half is outside the watched folders.</source>
            <translation>Chaque ligne est un fichier ou dossier suivi à travers ses renommages. Les lignes en italique sont des déplacements dont l’autre moitié est hors des dossiers surveillés.</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainpanel.cpp" line="32" />
            <source>inotify reports a rename as IN_MOVED_FROM and IN_MOVED_TO sharing a cookie; fsnoop pairs them and links successive renames of one object.</source>
            <translation>inotify signale un renommage par IN_MOVED_FROM et IN_MOVED_TO partageant un cookie ; fsnoop les apparie et relie les renommages successifs d’un même objet.</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainpanel.cpp" line="133" />
            <source>Chains: %1 · Renames: %2 · Moved out: %3 · Moved in: %4</source>
            <translation>Chaînes : %1 · Renommages : %2 · Sortis : %3 · Entrés : %4</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainpanel.cpp" line="139" />
            <source>· Waiting for their other half: %1</source>
            <translation>· En attente de leur autre moitié : %1</translation>
        </message>
    </context>
    <context>
        <name>SessionExporter</name>
        <message>
            <location filename="../ui/session/sessionexporter.cpp" line="33" />
            <source>There is nothing to export.</source>
            <translation>Il n’y a rien à exporter.</translation>
        </message>
        <message>
            <location filename="../ui/session/sessionexporter.cpp" line="61" />
            <source>The export was cancelled.</source>
            <translation>L’exportation a été annulée.</translation>
        </message>
        <message>
            <location filename="../ui/session/sessionexporter.cpp" line="69" />
            <source>The session was closed during the export.</source>
            <translation>La session a été fermée pendant l’exportation.</translation>
        </message>
    </context>
    <context>
        <name>SessionLoader</name>
        <message>
            <location filename="../ui/session/sessionloader.cpp" line="17" />
            <source>Opening %1…</source>
            <translation>Ouverture de %1…</translation>
        </message>
        <message>
            <location filename="../ui/session/sessionloader.cpp" line="19" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../ui/session/sessionloader.cpp" line="67" />
            <source>Could not open %1: %2</source>
            <translation>Impossible d’ouvrir %1 : %2</translation>
        </message>
        <message>
            <location filename="../ui/session/sessionloader.cpp" line="69" />
            <source>Could not open %1: it is not a regular file (%2).</source>
            <translation>Impossible d’ouvrir %1 : ce n’est pas un fichier ordinaire (%2).</translation>
        </message>
        <message>
            <location filename="../ui/session/sessionloader.cpp" line="71" />
            <source>Could not open %1 (line %2): %3</source>
            <translation>Impossible d’ouvrir %1 (ligne %2) : %3</translation>
        </message>
        <message>
            <location filename="../ui/session/sessionloader.cpp" line="79" />
            <source>%1 ends in the middle of a record: line %2 was incomplete and was skipped. The file was probably cut short by a crash or a full disk; every complete record before it was loaded.</source>
            <translation>%1 se termine au milieu d’un enregistrement : la ligne %2 était incomplète et a été ignorée. Le fichier a probablement été tronqué par un plantage ou un disque plein ; tous les enregistrements complets qui la précèdent ont été chargés.</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/session/sessionloader.cpp" line="131" />
            <source>Could not read all of %1: %2. The first %n event(s) were loaded.</source>
            <translation>
                <numerusform>Impossible de lire entièrement %1 : %2. %n événement, le premier, a été chargé.</numerusform>
                <numerusform>Impossible de lire entièrement %1 : %2. Les %n premiers événements ont été chargés.</numerusform>
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
            <translation>Processus inconnu (inotify ne signale pas les processus)</translation>
        </message>
        <message>
            <location filename="../ui/analysis/statsmodel.cpp" line="156" />
            <source>%1 (pid %2)</source>
            <translation>%1 (pid %2)</translation>
        </message>
        <message>
            <location filename="../ui/analysis/statsmodel.cpp" line="198" />
            <source>Folders count every event in their subtree.</source>
            <translation>Les dossiers comptent tous les événements de leur sous-arborescence.</translation>
        </message>
    </context>
    <context>
        <name>StatsPanel</name>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="52" />
            <source>Counts are kernel notifications, not operations: inotify merges an event identical to the previous unread one, so ten quick writes to a file may count as one modify.</source>
            <translation>Les comptes sont des notifications du noyau, pas des opérations : inotify fusionne un événement identique au précédent non lu ; dix écritures rapides dans un fichier peuvent donc compter pour un seul modify.</translation>
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="57" />
            <source>Filter by path</source>
            <translation>Filtrer par chemin</translation>
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="59" />
            <source>Include subfolders in folder totals</source>
            <translation>Inclure les sous-dossiers dans les totaux des dossiers</translation>
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="60" />
            <source>A folder's counts include every event in its subtree.</source>
            <translation>Les comptes d’un dossier incluent tous les événements de sa sous-arborescence.</translation>
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="62" />
            <source>By file</source>
            <translation>Par fichier</translation>
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="63" />
            <source>By process</source>
            <translation>Par processus</translation>
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="64" />
            <source>Processes are only known with the privileged (fanotify) monitor.</source>
            <translation>Les processus ne sont connus qu’avec la surveillance privilégiée (fanotify).</translation>
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="67" />
            <source>&lt;a href="#"&gt;What do the counts mean?&lt;/a&gt;</source>
            <translation>&lt;a href="#"&gt;Que signifient ces comptes ?&lt;/a&gt;</translation>
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="70" />
            <source>About these counts</source>
            <translation>À propos de ces comptes</translation>
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="104" />
            <source>Top </source>
            <translation>Top </translation>
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="105" />
            <source>How many paths the chart shows</source>
            <translation>Nombre de chemins affichés par le graphique</translation>
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="106" />
            <location filename="../ui/analysis/statspanel.cpp" line="114" />
            <source>Save as PNG…</source>
            <translation>Enregistrer en PNG…</translation>
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="111" />
            <source>Last 10 minutes, per second</source>
            <translation>10 dernières minutes, par seconde</translation>
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="112" />
            <source>Last 2 hours, per 10 seconds</source>
            <translation>2 dernières heures, par 10 secondes</translation>
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="113" />
            <source>Last 24 hours, per minute</source>
            <translation>24 dernières heures, par minute</translation>
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="265" />
            <source>Notifications: %1 · Paths with events: %2</source>
            <translation>Notifications : %1 · Chemins avec événements : %2</translation>
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="291" />
            <source>Save Chart</source>
            <translation>Enregistrer le graphique</translation>
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
            <translation>Images PNG (*.png)</translation>
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="297" />
            <source>Could not save the chart to %1.</source>
            <translation>Impossible d’enregistrer le graphique dans %1.</translation>
        </message>
    </context>
    <context>
        <name>TerminalError</name>
        <message>
            <source>Try '%1 --help'.
</source>
            <translation>Essayez « %1 --help ».
</translation>
        </message>
    </context>
    <context>
        <name>TopFilesChart</name>
        <message>
            <location filename="../ui/analysis/topfileschart.cpp" line="22" />
            <source>Busiest paths</source>
            <translation>Chemins les plus actifs</translation>
        </message>
        <message>
            <location filename="../ui/analysis/topfileschart.cpp" line="28" />
            <source>Notifications</source>
            <translation>Notifications</translation>
        </message>
        <message>
            <location filename="../ui/analysis/topfileschart.cpp" line="124" />
            <source>%1
%2: %3
Click to show these events.</source>
            <translation>%1
%2 : %3
Cliquez pour afficher ces événements.</translation>
        </message>
        <message>
            <location filename="../ui/analysis/topfileschart.cpp" line="188" />
            <source>%1
%2: %3
Double-click to show these events.</source>
            <translation>%1
%2 : %3
Double-cliquez pour afficher ces événements.</translation>
        </message>
    </context>
    <context>
        <name>WatchDialog</name>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="24" />
            <source>Include subfolders (recursive)</source>
            <translation>Inclure les sous-dossiers (récursif)</translation>
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="25" />
            <source>Record events on the folder itself</source>
            <translation>Enregistrer les événements du dossier lui-même</translation>
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="30" />
            <source>Watch with process information (administrator)</source>
            <translation>Surveiller avec les informations de processus (administrateur)</translation>
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="32" />
            <source>Watch a Folder</source>
            <translation>Surveiller un dossier</translation>
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="37" />
            <source>Browse…</source>
            <translation>Parcourir…</translation>
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="42" />
            <source>&amp;Folder:</source>
            <translation>&amp;Dossier :</translation>
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="57" />
            <source>All</source>
            <translation>Tous</translation>
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="58" />
            <source>None</source>
            <translation>Aucun</translation>
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="69" />
            <source>&amp;Events:</source>
            <translation>Év&amp;énements :</translation>
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="73" />
            <source>One regular expression per line, e.g. /\.git/</source>
            <translation>Une expression régulière par ligne, par ex. /\.git/</translation>
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="75" />
            <source>One regular expression per line, e.g. \.txt$</source>
            <translation>Une expression régulière par ligne, par ex. \.txt$</translation>
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="77" />
            <source>E&amp;xclude:</source>
            <translation>E&amp;xclure :</translation>
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="78" />
            <source>&amp;Include only:</source>
            <translation>&amp;Inclure seulement :</translation>
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="84" />
            <source>Uses the fanotify helper, which runs as administrator after you enter your password. It tells which process touched each file and needs no watch per folder.</source>
            <translation>Utilise l’assistant fanotify, qui s’exécute en administrateur après la saisie de votre mot de passe. Il indique quel processus a touché chaque fichier et ne demande pas de surveillance par dossier.</translation>
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="91" />
            <source>&amp;Watch</source>
            <translation>&amp;Surveiller</translation>
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="107" />
            <source>Choose a Folder to Watch</source>
            <translation>Choisir un dossier à surveiller</translation>
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="186" />
            <source>Please choose an existing folder.</source>
            <translation>Veuillez choisir un dossier existant.</translation>
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="207" />
            <source>This pattern is not a valid regular expression:
%1</source>
            <translation>Ce motif n’est pas une expression régulière valide :
%1</translation>
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="192" />
            <source>Please choose at least one event type.</source>
            <translation>Veuillez choisir au moins un type d’événement.</translation>
        </message>
    </context>
    <context>
        <name>ExportCommand</name>
        <message>
            <location filename="../app/cli/exportcommand.cpp" line="61" />
            <source>exporting: %1 of %2 events (%3%)</source>
            <translation>exportation : %1 événements sur %2 (%3 %)</translation>
        </message>
        <message>
            <location filename="../app/cli/exportcommand.cpp" line="64" />
            <source>exporting: %1 events</source>
            <translation>exportation : %1 événements</translation>
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
            <translation>Utilisation : fsnoop export SESSION -o OUT [--format FORMAT] [-q]

Convertit une session sans fenêtre : SESSION est un fichier de session (.fsnoop)
ou un CSV écrit par fsnoop ; OUT reçoit du CSV, du JSON Lines ou un fichier de
session, selon --format ou l’extension de OUT (.csv, .jsonl, .fsnoop). Un fichier
de session est lu au fil de l’eau : une session plus grande que la mémoire se
convertit. Dans un terminal, une ligne de progression s’affiche. Une exportation
échouée ou interrompue ne laisse aucun fichier.

Options :
  -o, --output OUT       le fichier à écrire (« - » : la sortie standard, CSV ou
                         JSON Lines seulement)
  --format FORMAT        csv, jsonl ou fsnoop
  -q, --quiet            ni ligne de progression ni résumé
  -h, --help             afficher cette aide

Codes de sortie : 0 terminé, 1 la session n’a pas pu être lue ou OUT écrit,
2 erreur d’utilisation.
</translation>
        </message>
        <message>
            <location filename="../app/cli/exportcommand.cpp" line="127" />
            <source>no session to export (usage: fsnoop export SESSION -o OUT)</source>
            <translation>aucune session à exporter (utilisation : fsnoop export SESSION -o OUT)</translation>
        </message>
        <message>
            <location filename="../app/cli/exportcommand.cpp" line="128" />
            <source>one session at a time, not %1</source>
            <translation>une session à la fois, pas %1</translation>
        </message>
        <message>
            <location filename="../app/cli/exportcommand.cpp" line="133" />
            <source>no such file: %1</source>
            <translation>fichier introuvable : %1</translation>
        </message>
        <message>
            <location filename="../app/cli/exportcommand.cpp" line="138" />
            <source>-o OUT is required (.csv, .jsonl, .fsnoop, or - for standard output)</source>
            <translation>-o OUT est obligatoire (.csv, .jsonl, .fsnoop, ou - pour la sortie standard)</translation>
        </message>
        <message>
            <location filename="../app/cli/exportcommand.cpp" line="143" />
            <source>cannot tell the format of %1 from its name: use --format csv, jsonl or fsnoop</source>
            <translation>impossible de déduire le format de %1 de son nom : utilisez --format csv, jsonl ou fsnoop</translation>
        </message>
        <message>
            <location filename="../app/cli/exportcommand.cpp" line="154" />
            <source>the output is the session itself: %1</source>
            <translation>la sortie est la session elle-même : %1</translation>
        </message>
        <message>
            <location filename="../app/cli/exportcommand.cpp" line="188" />
            <location filename="../app/cli/exportcommand.cpp" line="241" />
            <location filename="../app/cli/exportcommand.cpp" line="247" />
            <source>cannot write %1: %2</source>
            <translation>impossible d’écrire %1 : %2</translation>
        </message>
        <message>
            <location filename="../app/cli/exportcommand.cpp" line="216" />
            <source>line %1: %2</source>
            <translation>ligne %1 : %2</translation>
        </message>
        <message>
            <location filename="../app/cli/exportcommand.cpp" line="239" />
            <source>interrupted; %1 was not written</source>
            <translation>interrompu ; %1 n’a pas été écrit</translation>
        </message>
        <message>
            <location filename="../app/cli/exportcommand.cpp" line="243" />
            <source>cannot read %1: %2</source>
            <translation>impossible de lire %1 : %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/cli/exportcommand.cpp" line="251" />
            <source>exported %n event(s) to %1</source>
            <translation>
                <numerusform>%n événement exporté vers %1</numerusform>
                <numerusform>%n événements exportés vers %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OutputFormat</name>
        <message>
            <location filename="../app/cli/outputformat.cpp" line="41" />
            <source>unknown format "%1" for --format (csv, jsonl or fsnoop)</source>
            <translation>format inconnu « %1 » pour --format (csv, jsonl ou fsnoop)</translation>
        </message>
        <message>
            <location filename="../app/cli/outputformat.cpp" line="47" />
            <source>a session file cannot go to standard output: give it a name with -o FILE.fsnoop</source>
            <translation>un fichier de session ne peut pas aller sur la sortie standard : donnez-lui un nom avec -o FILE.fsnoop</translation>
        </message>
        <message>
            <location filename="../app/cli/outputformat.cpp" line="56" />
            <source>standard output</source>
            <translation>la sortie standard</translation>
        </message>
    </context>
    <context>
        <name>SessionFileErrorText</name>
        <message>
            <location filename="../ui/session/sessionfileerrortext.cpp" line="16" />
            <source>input/output error (%1)</source>
            <translation>erreur d’entrée/sortie (%1)</translation>
        </message>
        <message>
            <location filename="../ui/session/sessionfileerrortext.cpp" line="18" />
            <source>the disk is full</source>
            <translation>le disque est plein</translation>
        </message>
        <message>
            <location filename="../ui/session/sessionfileerrortext.cpp" line="20" />
            <source>not an fsnoop session file</source>
            <translation>pas un fichier de session fsnoop</translation>
        </message>
        <message>
            <location filename="../ui/session/sessionfileerrortext.cpp" line="22" />
            <source>written by a newer fsnoop (session format %1; this version reads up to %2)</source>
            <translation>écrit par un fsnoop plus récent (format de session %1 ; cette version lit jusqu’au %2)</translation>
        </message>
        <message>
            <location filename="../ui/session/sessionfileerrortext.cpp" line="26" />
            <source>written by an older fsnoop (session format %1) and must be upgraded, which failed: %2</source>
            <translation>écrit par un fsnoop plus ancien (format de session %1) et doit être mis à niveau, ce qui a échoué : %2</translation>
        </message>
        <message>
            <location filename="../ui/session/sessionfileerrortext.cpp" line="31" />
            <source>the file is damaged (%1)</source>
            <translation>le fichier est endommagé (%1)</translation>
        </message>
        <message>
            <location filename="../ui/session/sessionfileerrortext.cpp" line="33" />
            <source>cancelled</source>
            <translation>annulé</translation>
        </message>
    </context>
    <context>
        <name>CaptureKeeper</name>
        <message>
            <location filename="../ui/window/capturekeeper.cpp" line="49" />
            <source>Watch Another Folder</source>
            <translation>Surveiller un autre dossier</translation>
        </message>
        <message>
            <location filename="../ui/window/capturekeeper.cpp" line="50" />
            <source>Discard and Watch</source>
            <translation>Abandonner et surveiller</translation>
        </message>
        <message>
            <location filename="../ui/window/capturekeeper.cpp" line="53" />
            <source>Open Session</source>
            <translation>Ouvrir une session</translation>
        </message>
        <message>
            <location filename="../ui/window/capturekeeper.cpp" line="54" />
            <source>Discard and Open</source>
            <translation>Abandonner et ouvrir</translation>
        </message>
        <message>
            <location filename="../ui/window/capturekeeper.cpp" line="57" />
            <source>Quit fsnoop</source>
            <translation>Quitter fsnoop</translation>
        </message>
        <message>
            <location filename="../ui/window/capturekeeper.cpp" line="58" />
            <source>Discard and Quit</source>
            <translation>Abandonner et quitter</translation>
        </message>
        <message>
            <location filename="../ui/window/capturekeeper.cpp" line="62" />
            <source>The current capture holds %1 events that have not been exported.</source>
            <translation>La capture en cours contient %1 événements qui n’ont pas été exportés.</translation>
        </message>
        <message>
            <location filename="../ui/window/capturekeeper.cpp" line="65" />
            <source>Export them to a CSV file first, or discard them? Cancel keeps the capture as it is.</source>
            <translation>Les exporter d’abord dans un fichier CSV, ou les abandonner ? « Annuler » garde la capture telle quelle.</translation>
        </message>
        <message>
            <location filename="../ui/window/capturekeeper.cpp" line="67" />
            <source>Export…</source>
            <translation>Exporter…</translation>
        </message>
        <message>
            <source>Keep this capture? Its %1 events are in the session file %2.</source>
            <translation>Conserver cette capture ? Ses %1 événements sont dans le fichier de session %2.</translation>
        </message>
        <message>
            <source>Keep leaves it with the recent sessions (File ▸ Sessions), Save… moves it where you choose, Discard deletes it. Cancel goes on as before.</source>
            <translation>Conserver la laisse parmi les sessions récentes (Fichier ▸ Sessions), Enregistrer… la déplace où vous voulez, Abandonner la supprime. Annuler continue comme avant.</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Conserver</translation>
        </message>
        <message>
            <source>Save…</source>
            <translation>Enregistrer…</translation>
        </message>
        <message>
            <source>Keep Capture</source>
            <translation>Conserver la capture</translation>
        </message>
        <message>
            <source>Not every event could be written to %1: %2</source>
            <translation>Tous les événements n’ont pas pu être écrits dans %1 : %2</translation>
        </message>
        <message>
            <source>Save Session</source>
            <translation>Enregistrer la session</translation>
        </message>
        <message>
            <source>Sessions (*.fsnoop)</source>
            <translation>Sessions (*.fsnoop)</translation>
        </message>
        <message>
            <source>Could not move the session to %1: %2
It stays in %3.</source>
            <translation>Impossible de déplacer la session vers %1 : %2
Elle reste dans %3.</translation>
        </message>
    </context>
    <context>
        <name>ContainingFolder</name>
        <message>
            <location filename="../ui/events/containingfolder.cpp" line="62" />
            <source>Open Containing Folder</source>
            <translation>Ouvrir le dossier parent</translation>
        </message>
        <message>
            <location filename="../ui/events/containingfolder.cpp" line="63" />
            <source>No file manager could open the folder %1. Its path has been copied to the clipboard.</source>
            <translation>Aucun gestionnaire de fichiers n’a pu ouvrir le dossier %1. Son chemin a été copié dans le presse-papiers.</translation>
        </message>
    </context>
    <context>
        <name>ShowEventsAction</name>
        <message>
            <location filename="../ui/analysis/showeventsaction.cpp" line="8" />
            <source>Show Events</source>
            <translation>Afficher les événements</translation>
        </message>
        <message>
            <location filename="../ui/analysis/showeventsaction.cpp" line="11" />
            <source>Show the events of the selected row in the Events tab (Enter or double-click)</source>
            <translation>Afficher les événements de la ligne sélectionnée dans l’onglet Événements (Entrée ou double-clic)</translation>
        </message>
    </context>
    <context>
        <name>TailFollower</name>
        <message>
            <location filename="../ui/events/tailfollower.cpp" line="15" />
            <source>Not following new events — Jump to Latest (End)</source>
            <translation>Les nouveaux événements ne sont plus suivis — Aller au plus récent (Fin)</translation>
        </message>
        <message>
            <location filename="../ui/events/tailfollower.cpp" line="16" />
            <source>Scroll to the newest event and follow new ones again</source>
            <translation>Défiler jusqu’à l’événement le plus récent et suivre à nouveau les nouveaux</translation>
        </message>
        <message>
            <location filename="../ui/events/tailfollower.cpp" line="22" />
            <source>Jump to Latest</source>
            <translation>Aller au plus récent</translation>
        </message>
    </context>
    <context>
        <name>HighlightColors</name>
        <message>
            <location filename="../ui/events/highlightcolors.cpp" line="6" />
            <source>Red</source>
            <translation>Rouge</translation>
        </message>
        <message>
            <location filename="../ui/events/highlightcolors.cpp" line="7" />
            <source>Orange</source>
            <translation>Orange</translation>
        </message>
        <message>
            <location filename="../ui/events/highlightcolors.cpp" line="8" />
            <source>Yellow</source>
            <translation>Jaune</translation>
        </message>
        <message>
            <location filename="../ui/events/highlightcolors.cpp" line="9" />
            <source>Green</source>
            <translation>Vert</translation>
        </message>
        <message>
            <location filename="../ui/events/highlightcolors.cpp" line="10" />
            <source>Blue</source>
            <translation>Bleu</translation>
        </message>
        <message>
            <location filename="../ui/events/highlightcolors.cpp" line="11" />
            <source>Purple</source>
            <translation>Violet</translation>
        </message>
    </context>
    <context>
        <name>RuleListModel</name>
        <message>
            <location filename="../ui/events/rulelistmodel.cpp" line="155" />
            <source>Column</source>
            <translation>Colonne</translation>
        </message>
        <message>
            <location filename="../ui/events/rulelistmodel.cpp" line="156" />
            <source>Relation</source>
            <translation>Relation</translation>
        </message>
        <message>
            <location filename="../ui/events/rulelistmodel.cpp" line="157" />
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <location filename="../ui/events/rulelistmodel.cpp" line="158" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../ui/events/rulelistmodel.cpp" line="159" />
            <source>Colour</source>
            <translation>Couleur</translation>
        </message>
    </context>
    <context>
        <name>RulesController</name>
        <message>
            <location filename="../ui/events/rulescontroller.cpp" line="37" />
            <source>&amp;Filter Rules…</source>
            <translation>Règles de &amp;filtrage…</translation>
        </message>
        <message>
            <location filename="../ui/events/rulescontroller.cpp" line="38" />
            <source>&amp;Highlight Rules…</source>
            <translation>Règles de &amp;surlignage…</translation>
        </message>
        <message>
            <location filename="../ui/events/rulescontroller.cpp" line="41" />
            <source>Show only the events that rules let through</source>
            <translation>N’afficher que les événements que les règles laissent passer</translation>
        </message>
        <message>
            <location filename="../ui/events/rulescontroller.cpp" line="44" />
            <source>Colour the rows that rules match</source>
            <translation>Colorer les lignes auxquelles correspondent les règles</translation>
        </message>
    </context>
    <context>
        <name>RulesDialog</name>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="38" />
            <source>Filter Rules</source>
            <translation>Règles de filtrage</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="38" />
            <source>Highlight Rules</source>
            <translation>Règles de surlignage</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="42" />
            <source>Show only the events these rules let through.</source>
            <translation>N’afficher que les événements que ces règles laissent passer.</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="43" />
            <source>Colour the rows these rules match; the first matching rule gives the colour.</source>
            <translation>Colorer les lignes auxquelles ces règles correspondent ; la première règle qui correspond donne la couleur.</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="67" />
            <source>&amp;Remove</source>
            <translation>&amp;Supprimer</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="68" />
            <source>Move &amp;Up</source>
            <translation>Monter (&amp;U)</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="69" />
            <source>Move &amp;Down</source>
            <translation>&amp;Descendre</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="90" />
            <source>Remove every rule</source>
            <translation>Supprimer toutes les règles</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="90" />
            <source>Go back to the default highlights</source>
            <translation>Revenir aux surlignages par défaut</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="142" />
            <source>&amp;Add</source>
            <translation>&amp;Ajouter</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="144" />
            <source>&amp;Change</source>
            <translation>&amp;Modifier</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="145" />
            <source>Replace the selected rule with the one above</source>
            <translation>Remplacer la règle sélectionnée par celle du dessus</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/events/rulesdialog.cpp" line="295" />
            <source>%n rule(s) cannot work and match nothing:</source>
            <translation>
                <numerusform>%n règle ne peut pas fonctionner et ne correspond à rien :</numerusform>
                <numerusform>%n règles ne peuvent pas fonctionner et ne correspondent à rien :</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="309" />
            <source>Saved sets:</source>
            <translation>Jeux enregistrés :</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="320" />
            <source>&amp;Load</source>
            <translation>&amp;Charger</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="321" />
            <source>&amp;Save As…</source>
            <translation>&amp;Enregistrer sous…</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="322" />
            <source>Re&amp;name…</source>
            <translation>Re&amp;nommer…</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="323" />
            <source>De&amp;lete</source>
            <translation>Suppri&amp;mer</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="324" />
            <source>&amp;Import…</source>
            <translation>&amp;Importer…</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="325" />
            <source>&amp;Export…</source>
            <translation>E&amp;xporter…</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="339" />
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="382" />
            <location filename="../ui/events/rulesdialog.cpp" line="390" />
            <source>Save Rule Set</source>
            <translation>Enregistrer le jeu de règles</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="382" />
            <location filename="../ui/events/rulesdialog.cpp" line="410" />
            <source>Name:</source>
            <translation>Nom :</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="391" />
            <source>Replace the set “%1”?</source>
            <translation>Remplacer le jeu « %1 » ?</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="410" />
            <source>Rename Rule Set</source>
            <translation>Renommer le jeu de règles</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="425" />
            <source>Delete Rule Set</source>
            <translation>Supprimer le jeu de règles</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="426" />
            <source>Delete the set “%1”?</source>
            <translation>Supprimer le jeu « %1 » ?</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="435" />
            <source>Import Filter</source>
            <translation>Importer un filtre</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="436" />
            <location filename="../ui/events/rulesdialog.cpp" line="460" />
            <source>Filter files (*.json);;All files (*)</source>
            <translation>Fichiers de filtre (*.json);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="459" />
            <source>Export Filter</source>
            <translation>Exporter le filtre</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="467" />
            <source>Exported</source>
            <translation>Exporté</translation>
        </message>
    </context>
    <context>
        <name>RulesText</name>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="9" />
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="10" />
            <source>Event</source>
            <translation>Événement</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="11" />
            <source>Path</source>
            <translation>Chemin</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="12" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="13" />
            <location filename="../ui/text/rulestext.cpp" line="55" />
            <source>Folder</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="14" />
            <source>Extension</source>
            <translation>Extension</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="15" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="16" />
            <source>PID</source>
            <translation>PID</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="17" />
            <source>Process</source>
            <translation>Processus</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="18" />
            <source>Executable</source>
            <translation>Exécutable</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="19" />
            <source>Command line</source>
            <translation>Ligne de commande</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="20" />
            <source>Parent PID</source>
            <translation>PID parent</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="21" />
            <source>User</source>
            <translation>Utilisateur</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="22" />
            <source>Cookie</source>
            <translation>Cookie</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="23" />
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="31" />
            <source>is</source>
            <translation>est</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="32" />
            <source>is not</source>
            <translation>n’est pas</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="33" />
            <source>contains</source>
            <translation>contient</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="34" />
            <source>excludes</source>
            <translation>ne contient pas</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="35" />
            <source>begins with</source>
            <translation>commence par</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="36" />
            <source>ends with</source>
            <translation>se termine par</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="37" />
            <source>less than</source>
            <translation>inférieur à</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="38" />
            <source>more than</source>
            <translation>supérieur à</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="39" />
            <source>matches (regex)</source>
            <translation>correspond à (regex)</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="46" />
            <source>Include</source>
            <translation>Inclure</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="46" />
            <source>Exclude</source>
            <translation>Exclure</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="53" />
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="62" />
            <source>%1 %2 “%3”, %4</source>
            <translation>%1 %2 « %3 », %4</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="73" />
            <source>rule %1: the regular expression is not valid: %2 (at offset %3)</source>
            <translation>règle %1 : l’expression régulière n’est pas valide : %2 (à la position %3)</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="78" />
            <source>rule %1: “less than” and “more than” need a number here</source>
            <translation>règle %1 : « inférieur à » et « supérieur à » demandent ici un nombre</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="81" />
            <source>rule %1: not a time; write 14:05, 14:05:30.25 or 2026-11-22 14:05</source>
            <translation>règle %1 : ce n’est pas une heure ; écrivez 14:05, 14:05:30.25 ou 2026-11-22 14:05</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="93" />
            <source>cannot read the file: %1</source>
            <translation>impossible de lire le fichier : %1</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="95" />
            <source>cannot write the file: %1</source>
            <translation>impossible d’écrire le fichier : %1</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="97" />
            <source>not a JSON document: %1</source>
            <translation>ce n’est pas un document JSON : %1</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="99" />
            <source>not an fsnoop filter file (docs/filter-format.md)</source>
            <translation>ce n’est pas un fichier de filtre fsnoop (docs/filter-format.md)</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="101" />
            <source>written by a newer fsnoop (format version %1)</source>
            <translation>écrit par un fsnoop plus récent (version de format %1)</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="103" />
            <source>set %1, rule %2: unknown %3</source>
            <translation>jeu %1, règle %2 : %3 inconnu</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="110" />
            <source>Rules on the same column are combined with OR, rules on different columns with AND. An event that matches an Exclude rule is hidden, whatever the Include rules say. Unticked rules are ignored. Text comparisons ignore case.</source>
            <translation>Les règles portant sur la même colonne sont combinées par OU, celles portant sur des colonnes différentes par ET. Un événement qui correspond à une règle Exclure est masqué, quoi que disent les règles Inclure. Les règles décochées sont ignorées. Les comparaisons de texte ignorent la casse.</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="229" />
            <source>inotify</source>
            <translation>inotify</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="231" />
            <source>scan</source>
            <translation>analyse</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="233" />
            <source>fanotify</source>
            <translation>fanotify</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="233" />
            <source>rescan</source>
            <translation>réanalyse</translation>
        </message>
    </context>
    <context>
        <name>WorkProgress</name>
        <message>
            <location filename="../ui/window/workprogress.cpp" line="22" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
    </context>
    <context>
        <name>EventPropertiesDialog</name>
        <message>
            <location filename="../ui/events/eventpropertiesdialog.cpp" line="47" />
            <source>&amp;Previous</source>
            <translation>&amp;Précédent</translation>
        </message>
        <message>
            <location filename="../ui/events/eventpropertiesdialog.cpp" line="48" />
            <source>&amp;Next</source>
            <translation>&amp;Suivant</translation>
        </message>
        <message>
            <location filename="../ui/events/eventpropertiesdialog.cpp" line="51" />
            <source>Event Properties</source>
            <translation>Propriétés de l’événement</translation>
        </message>
        <message>
            <location filename="../ui/events/eventpropertiesdialog.cpp" line="54" />
            <source>The event above in the table</source>
            <translation>L’événement au-dessus dans le tableau</translation>
        </message>
        <message>
            <location filename="../ui/events/eventpropertiesdialog.cpp" line="55" />
            <source>The event below in the table</source>
            <translation>L’événement en dessous dans le tableau</translation>
        </message>
        <message>
            <location filename="../ui/events/eventpropertiesdialog.cpp" line="67" />
            <source>Event</source>
            <translation>Événement</translation>
        </message>
        <message>
            <location filename="../ui/events/eventpropertiesdialog.cpp" line="68" />
            <source>Rename chain</source>
            <translation>Chaîne de renommages</translation>
        </message>
        <message>
            <location filename="../ui/events/eventpropertiesdialog.cpp" line="69" />
            <source>Process</source>
            <translation>Processus</translation>
        </message>
        <message>
            <location filename="../ui/events/eventpropertiesdialog.cpp" line="108" />
            <source>No event selected.</source>
            <translation>Aucun événement sélectionné.</translation>
        </message>
        <message>
            <location filename="../ui/events/eventpropertiesdialog.cpp" line="122" />
            <source>Unknown: inotify does not tell which process did it. Watch with process information (administrator) to see it.</source>
            <translation>Inconnu : inotify ne dit pas quel processus l’a fait. Surveillez avec les informations de processus (administrateur) pour le voir.</translation>
        </message>
        <message>
            <location filename="../ui/events/eventpropertiesdialog.cpp" line="131" />
            <source>Rename chains are not available.</source>
            <translation>Les chaînes de renommages ne sont pas disponibles.</translation>
        </message>
        <message>
            <location filename="../ui/events/eventpropertiesdialog.cpp" line="137" />
            <source>Not part of a rename.</source>
            <translation>Ne fait partie d’aucun renommage.</translation>
        </message>
        <message>
            <location filename="../ui/events/eventpropertiesdialog.cpp" line="145" />
            <source>moved in from outside → %1</source>
            <translation>déplacé depuis l’extérieur → %1</translation>
        </message>
        <message>
            <location filename="../ui/events/eventpropertiesdialog.cpp" line="147" />
            <source>%1 → moved out of the watched folders</source>
            <translation>%1 → déplacé hors des dossiers surveillés</translation>
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
            <translation>Démarré le %1</translation>
        </message>
        <message>
            <location filename="../ui/processes/processtreemodel.cpp" line="179" />
            <source>How many different paths the process touched</source>
            <translation>Nombre de chemins différents touchés par le processus</translation>
        </message>
        <message>
            <location filename="../ui/processes/processtreemodel.cpp" line="181" />
            <source>A process is its PID and its start time: a reused PID is a new row.</source>
            <translation>Un processus, c’est son PID et son heure de démarrage : un PID réutilisé donne une nouvelle ligne.</translation>
        </message>
        <message>
            <location filename="../ui/processes/processtreemodel.cpp" line="192" />
            <source>Files</source>
            <translation>Fichiers</translation>
        </message>
    </context>
    <context>
        <name>ProcessesPanel</name>
        <message>
            <location filename="../ui/processes/processespanel.cpp" line="28" />
            <source>inotify does not tell which process changed a file. Process information needs the administrator mode: fsnoop then watches with its fanotify helper, after asking for the administrator password.</source>
            <translation>inotify ne dit pas quel processus a modifié un fichier. Les informations de processus demandent le mode administrateur : fsnoop surveille alors avec son assistant fanotify, après avoir demandé le mot de passe administrateur.</translation>
        </message>
        <message>
            <location filename="../ui/processes/processespanel.cpp" line="34" />
            <source>Watch with Process Information</source>
            <translation>Surveiller avec les informations de processus</translation>
        </message>
        <message>
            <location filename="../ui/processes/processespanel.cpp" line="112" />
            <source>Include This Process</source>
            <translation>Inclure ce processus</translation>
        </message>
        <message>
            <location filename="../ui/processes/processespanel.cpp" line="113" />
            <source>Include This Process and Its Children</source>
            <translation>Inclure ce processus et ses enfants</translation>
        </message>
        <message>
            <location filename="../ui/processes/processespanel.cpp" line="114" />
            <source>Exclude This Process</source>
            <translation>Exclure ce processus</translation>
        </message>
        <message>
            <location filename="../ui/processes/processespanel.cpp" line="115" />
            <source>Exclude This Process and Its Children</source>
            <translation>Exclure ce processus et ses enfants</translation>
        </message>
        <message>
            <location filename="../ui/processes/processespanel.cpp" line="122" />
            <source>Adds filter rules on the process ID, shown in the Filter dialog</source>
            <translation>Ajoute des règles de filtre sur l’ID de processus, visibles dans la boîte de dialogue Filtre</translation>
        </message>
    </context>
    <context>
        <name>EventDescription</name>
        <message>
            <location filename="../ui/events/eventdescription.cpp" line="50" />
            <source>Process: %1 (PID %2) %3</source>
            <translation>Processus : %1 (PID %2) %3</translation>
        </message>
        <message>
            <location filename="../ui/events/eventdescription.cpp" line="58" />
            <source>Parent process: PID %1</source>
            <translation>Processus parent : PID %1</translation>
        </message>
        <message>
            <location filename="../ui/events/eventdescription.cpp" line="64" />
            <source>Process started: %1</source>
            <translation>Processus démarré : %1</translation>
        </message>
        <message>
            <location filename="../ui/events/eventdescription.cpp" line="24" />
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
    </context>
    <context>
        <name>CrashedCaptureOffer</name>
        <message>
            <source>Reopen Capture</source>
            <translation>Rouvrir la capture</translation>
        </message>
        <message numerus="yes">
            <source>fsnoop was closed while capturing %1 since %2; %n event(s) were saved.</source>
            <translation>
                <numerusform>fsnoop a été fermé pendant la capture de %1 commencée à %2 ; %n événement a été enregistré.</numerusform>
                <numerusform>fsnoop a été fermé pendant la capture de %1 commencée à %2 ; %n événements ont été enregistrés.</numerusform>
            </translation>
        </message>
        <message>
            <source>The capture is in %1. Reopen it now, keep it with the recent sessions for later, or delete it?</source>
            <translation>La capture est dans %1. La rouvrir maintenant, la garder parmi les sessions récentes pour plus tard, ou la supprimer ?</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>Rouvrir</translation>
        </message>
        <message>
            <source>Keep for Later</source>
            <translation>Garder pour plus tard</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
    </context>
    <context>
        <name>SessionText</name>
        <message>
            <source>(unreadable: %1)</source>
            <translation>(illisible : %1)</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n jour</numerusform>
                <numerusform>%n jours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s)</source>
            <translation>
                <numerusform>%n heure</numerusform>
                <numerusform>%n heures</numerusform>
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
            <translation>&amp;Ouvrir</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Supprimer</translation>
        </message>
        <message>
            <source>&amp;Clean Up Now</source>
            <translation>&amp;Nettoyer maintenant</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sessions</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Début</translation>
        </message>
        <message>
            <source>Watched</source>
            <translation>Surveillé</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Événements</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Âge</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>sans limite</translation>
        </message>
        <message>
            <source> days</source>
            <translation> jours</translation>
        </message>
        <message>
            <source> GB</source>
            <translation> Go</translation>
        </message>
        <message>
            <source>Delete sessions older than:</source>
            <translation>Supprimer les sessions de plus de :</translation>
        </message>
        <message>
            <source>Keep the folder under:</source>
            <translation>Garder le dossier sous :</translation>
        </message>
        <message>
            <source>Applied each time fsnoop starts, oldest first. The running capture, sessions another fsnoop is writing and files saved elsewhere are never deleted.</source>
            <translation>Appliqué à chaque démarrage de fsnoop, les plus anciennes d’abord. La capture en cours, les sessions qu’un autre fsnoop écrit et les fichiers enregistrés ailleurs ne sont jamais supprimés.</translation>
        </message>
        <message>
            <source>Captures are saved as they run in %1</source>
            <translation>Les captures sont enregistrées pendant qu’elles tournent dans %1</translation>
        </message>
        <message>
            <source>capturing</source>
            <translation>en cours</translation>
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
            <translation>Supprimer des sessions</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n session(s)? This cannot be undone.</source>
            <translation>
                <numerusform>Supprimer %n session ? C’est irréversible.</numerusform>
                <numerusform>Supprimer %n sessions ? C’est irréversible.</numerusform>
            </translation>
        </message>
        <message>
            <source> MB</source>
            <translation> Mo</translation>
        </message>
        <message>
            <source>How much of a live capture the window keeps, about %1 events per MB; past it the oldest go from the table (the session file keeps them). For the next capture.</source>
            <translation>La part d’une capture en cours que garde la fenêtre, environ %1 événements par Mo ; au-delà, les plus anciens quittent le tableau (le fichier de session les garde). Pour la prochaine capture.</translation>
        </message>
        <message>
            <source>Capture budget:</source>
            <translation>Budget de capture :</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <location filename="../ui/events/findbar.cpp" line="24" />
            <source>Find in path, process or event type</source>
            <translation>Chercher dans le chemin, le processus ou le type d’événement</translation>
        </message>
        <message>
            <location filename="../ui/events/findbar.cpp" line="29" />
            <source>Find:</source>
            <translation>Chercher :</translation>
        </message>
        <message>
            <location filename="../ui/events/findbar.cpp" line="33" />
            <source>Previous match</source>
            <translation>Résultat précédent</translation>
        </message>
        <message>
            <location filename="../ui/events/findbar.cpp" line="36" />
            <source>Next match</source>
            <translation>Résultat suivant</translation>
        </message>
        <message>
            <location filename="../ui/events/findbar.cpp" line="40" />
            <source>Close the find bar</source>
            <translation>Fermer la barre de recherche</translation>
        </message>
        <message>
            <location filename="../ui/events/findbar.cpp" line="51" />
            <source>&amp;Find…</source>
            <translation>&amp;Chercher…</translation>
        </message>
        <message>
            <location filename="../ui/events/findbar.cpp" line="55" />
            <source>Find &amp;Next</source>
            <translation>Chercher le &amp;suivant</translation>
        </message>
        <message>
            <location filename="../ui/events/findbar.cpp" line="59" />
            <source>Find Pre&amp;vious</source>
            <translation>Chercher le &amp;précédent</translation>
        </message>
        <message>
            <location filename="../ui/events/findbar.cpp" line="70" />
            <source>Search wrapped around</source>
            <translation>La recherche a fait le tour</translation>
        </message>
        <message>
            <location filename="../ui/events/findbar.cpp" line="74" />
            <source>No match</source>
            <translation>Aucun résultat</translation>
        </message>
        <message>
            <location filename="../ui/events/findbar.cpp" line="102" />
            <source>Searching…</source>
            <translation>Recherche…</translation>
        </message>
    </context>
    <context>
        <name>JumpToTimeDialog</name>
        <message>
            <location filename="../ui/events/jumptotimedialog.cpp" line="14" />
            <source>Jump to Time</source>
            <translation>Aller à l’heure</translation>
        </message>
        <message>
            <location filename="../ui/events/jumptotimedialog.cpp" line="22" />
            <source>First event at or after:</source>
            <translation>Premier événement à partir de :</translation>
        </message>
    </context>
</TS>
