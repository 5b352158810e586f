<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
    <context>
        <name>AnalysisViews</name>
        <message>
            <location filename="../ui/analysis/analysisviews.cpp" line="13" />
            <source>Statistics</source>
            <translation>統計</translation>
        </message>
        <message>
            <location filename="../ui/analysis/analysisviews.cpp" line="14" />
            <source>Renames</source>
            <translation>名前変更</translation>
        </message>
        <message>
            <location filename="../ui/analysis/analysisviews.cpp" line="21" />
            <source>Processes</source>
            <translation>プロセス</translation>
        </message>
    </context>
    <context>
        <name>CaptureController</name>
        <message>
            <location filename="../ui/window/capturecontroller.cpp" line="52" />
            <source>Setting Up Watches</source>
            <translation>監視を準備中</translation>
        </message>
        <message>
            <location filename="../ui/window/capturecontroller.cpp" line="54" />
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/window/capturecontroller.cpp" line="64" />
            <source>Scanned %n folder(s)…</source>
            <translation>
                <numerusform>%n 個のフォルダーをスキャンしました…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/window/capturecontroller.cpp" line="89" />
            <source>Could Not Watch</source>
            <translation>監視できません</translation>
        </message>
    </context>
    <context>
        <name>CaptureStatusBar</name>
        <message>
            <location filename="../ui/window/capturestatusbar.cpp" line="28" />
            <source>The oldest events were dropped to keep memory bounded</source>
            <translation>メモリ使用量を抑えるため、最も古いイベントを破棄しました</translation>
        </message>
        <message>
            <location filename="../ui/window/capturestatusbar.cpp" line="30" />
            <source>Times the kernel queue overflowed and events were lost</source>
            <translation>カーネルのキューがあふれてイベントが失われた回数</translation>
        </message>
        <message>
            <location filename="../ui/window/capturestatusbar.cpp" line="35" />
            <source>Show the warnings and what to do about them</source>
            <translation>警告と対処方法を表示</translation>
        </message>
        <message>
            <location filename="../ui/window/capturestatusbar.cpp" line="49" />
            <location filename="../ui/window/capturestatusbar.cpp" line="89" />
            <source>%1 events</source>
            <translation>%1 件のイベント</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/window/capturestatusbar.cpp" line="55" />
            <source>%n folder(s) scanned</source>
            <translation>
                <numerusform>%n 個のフォルダーをスキャン済み</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/window/capturestatusbar.cpp" line="85" />
            <source>%n folder(s) watched</source>
            <translation>
                <numerusform>%n 個のフォルダーを監視中</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/window/capturestatusbar.cpp" line="90" />
            <source>%1 events/s</source>
            <translation>%1 件/秒</translation>
        </message>
        <message>
            <location filename="../ui/window/capturestatusbar.cpp" line="93" />
            <source>%1 dropped</source>
            <translation>%1 件破棄</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/window/capturestatusbar.cpp" line="96" />
            <source>%n overflow(s)</source>
            <translation>
                <numerusform>%n 回のオーバーフロー</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/window/capturestatusbar.cpp" line="101" />
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n 件の警告</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/window/capturestatusbar.cpp" line="186" />
            <source>%n notice(s)</source>
            <translation>
                <numerusform>%n 件のお知らせ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/window/capturestatusbar.cpp" line="70" />
            <source>%n pattern(s) excluded</source>
            <translation>
                <numerusform>%n 個のパターンを除外</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/window/capturestatusbar.cpp" line="72" />
            <source>Excluded: %1</source>
            <translation>除外: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/window/capturestatusbar.cpp" line="75" />
            <source>only %n pattern(s) included</source>
            <translation>
                <numerusform>%n 個のパターンのみ対象</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/window/capturestatusbar.cpp" line="77" />
            <source>Included: %1</source>
            <translation>対象: %1</translation>
        </message>
        <message>
            <location filename="../ui/window/capturestatusbar.cpp" line="82" />
            <source>%1 of %2 event types</source>
            <translation>%2 種類中 %1 種類のイベント</translation>
        </message>
        <message>
            <location filename="../ui/window/capturestatusbar.cpp" line="84" />
            <source>subfolders not watched</source>
            <translation>サブフォルダーは監視しない</translation>
        </message>
        <message>
            <location filename="../ui/window/capturestatusbar.cpp" line="87" />
            <source>The watch options leave some activity out (File → Watch Folder… to change them).</source>
            <translation>監視オプションにより一部のアクティビティは記録されません（変更は［ファイル］→［フォルダーを監視…］）。</translation>
        </message>
        <message>
            <location filename="../ui/window/capturestatusbar.cpp" line="104" />
            <source>Dropping filtered events: %1 not recorded</source>
            <translation>フィルターで除外したイベントを破棄中: %1 件を記録せず</translation>
        </message>
        <message>
            <location filename="../ui/window/capturestatusbar.cpp" line="38" />
            <source>Capture → Drop Filtered Events is on: the events the filter rules exclude are not recorded at all</source>
            <translation>キャプチャ → フィルターで除外したイベントを破棄 がオン: フィルタールールが除外するイベントは一切記録されません</translation>
        </message>
        <message>
            <location filename="../ui/window/capturestatusbar.cpp" line="28" />
            <source>The oldest events were dropped to stay within the capture budget (File ▸ Sessions); the session file still holds them</source>
            <translation>キャプチャの上限（ファイル ▸ セッション）に収めるため最も古いイベントを取り除きました。セッションファイルにはまだ残っています</translation>
        </message>
        <message>
            <source>Saved as they come in %1</source>
            <translation>到着しだい %1 に保存</translation>
        </message>
        <message>
            <source>%1 not in the session file</source>
            <translation>%1 件はセッションファイルにありません</translation>
        </message>
        <message>
            <source>Events the session file could not take (the disk was full or too slow); they are only in memory</source>
            <translation>セッションファイルが受け取れなかったイベント（ディスクが一杯か遅すぎた）。メモリ上にしかありません</translation>
        </message>
        <message>
            <source>A watched folder was deleted or moved away. Its parent folder is watched for its name: when it is back, it is watched again and what it holds is recorded.</source>
            <translation>監視中のフォルダーが削除されたか別の場所へ移動されました。親フォルダーをその名前について監視しており、戻ってくれば再び監視し、その中身を記録します。</translation>
        </message>
        <message numerus="yes">
            <source>%n folder(s) waiting to come back</source>
            <translation>
                <numerusform>%n 個のフォルダーの再出現を待機中</numerusform>
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
            <translation>終了コード：
  %1  正常終了（Ctrl+C、SIGTERM、--duration、またはパイプの読み手が終了）
  %2  実行時エラー（出力を書き込めない、エンジンが失敗した、監視中のフォルダーが
     すべて削除またはアンマウントされた）
  %3  使い方の誤り（不明なオプションまたはイベント名、不正な正規表現、存在しない
     フォルダー）
  %4  何も監視できなかった（アクセス拒否、inotify の監視数の上限）
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
            <translation>使い方：
  fsnoop [FOLDER]            ウィンドウを開く（FOLDER を指定するとそれを監視）
  fsnoop open SESSION.csv    キャプチャしたセッションをウィンドウで開き直す
  fsnoop record FOLDER... [options]
                             ウィンドウなしでキャプチャし、CSV を書き出す
                             （`fsnoop record --help` を参照）
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
            <translation>使い方：fsnoop record FOLDER... [options]

各 FOLDER を inotify で再帰的に監視し、イベントごとに CSV を 1 行書き出します
（形式：docs/csv-format.md）。イベントが届くたびにすぐ書き出し、Ctrl+C、
SIGTERM、または --duration まで続けます。終了時に 1 行の要約を標準エラー出力に
表示します。

オプション：
  -e, --event EVENTS     指定したイベントだけを記録（カンマ区切り、既定：all）：
                         %1
                         close, move, all
  --exclude REGEX        REGEX に一致するパスを無視（Perl 互換の構文で、
                         フルパスに対して照合）。除外したフォルダーには監視を
                         一切設定しない。複数回指定可。
  --include REGEX        REGEX に一致するパスだけを記録。複数回指定可。
  --duration SECONDS     SECONDS 秒後に停止（小数も可）
  -o, --output FILE.csv  標準出力の代わりに FILE.csv に書き出す（このファイルが
                         監視中のフォルダー内にある場合、それ自身の変更は
                         記録しない）
  -q, --quiet            準備中のメッセージと要約を表示しない（問題は引き続き
                         報告する）
  --stats                終了時に、ファイルとイベントの種類ごとのイベント数の
                         表を標準エラー出力に表示（inotifywatch の出力と同様）
  -a, --ascending EVENT  --stats と併用：EVENT（または total）で昇順に並べ替え
  -d, --descending EVENT --stats と併用：EVENT で降順に並べ替え（既定：total）
  --fanotify             特権ヘルパーを介して fanotify で監視（root で実行するか
                         pkexec で認証）。各ファイルに触れたプロセス（pid、
                         名前、実行ファイル）も記録する
  -h, --help             このヘルプを表示

</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="143" />
            <source>-a and -d cannot be used together</source>
            <translation>-a と -d は同時に指定できません</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="150" />
            <source>-%1 sorts the --stats table: add --stats</source>
            <translation>-%1 は --stats の表を並べ替えるオプションです：--stats も指定してください</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="154" />
            <source>unknown event name "%1" for -%2 (try: fsnoop record --help)</source>
            <translation>-%2 に不明なイベント名「%1」が指定されました（fsnoop record --help を参照）</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="168" />
            <source>no event names in "%1"</source>
            <translation>「%1」にイベント名がありません</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="169" />
            <source>unknown event name "%1" (try: fsnoop record --help)</source>
            <translation>不明なイベント名「%1」（fsnoop record --help を参照）</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="183" />
            <source>bad regular expression "%1" for --%2: %3 (at offset %4)</source>
            <translation>--%2 の正規表現「%1」が正しくありません：%3（位置 %4）</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="199" />
            <source>--duration needs a positive number of seconds, not "%1"</source>
            <translation>--duration には正の秒数を指定してください（「%1」は不可）</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="208" />
            <source>-o needs a file name</source>
            <translation>-o にはファイル名が必要です</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="215" />
            <source>no folder to watch (usage: fsnoop record FOLDER... [options])</source>
            <translation>監視するフォルダーがありません（使い方：fsnoop record FOLDER... [options]）</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="221" />
            <source>no such folder: %1</source>
            <translation>フォルダーが存在しません：%1</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="225" />
            <source>not a folder: %1</source>
            <translation>%1 はフォルダーではありません</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="68" />
            <source>unknown option "%1"</source>
            <translation>不明なオプション「%1」</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="74" />
            <source>open needs one session file (usage: fsnoop open SESSION)</source>
            <translation>open にはセッションファイルを 1 つ指定してください（使い方: fsnoop open SESSION）</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="76" />
            <source>no such file: %1</source>
            <translation>ファイルがありません: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="79" />
            <source>not a folder: %1 (to open a session file: fsnoop open %1)</source>
            <translation>%1 はフォルダーではありません（セッションファイルを開くには: fsnoop open %1）</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="80" />
            <source>unknown command or no such folder: %1</source>
            <translation>不明なコマンド、またはフォルダーがありません: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="82" />
            <source>unexpected argument "%1"</source>
            <translation>予期しない引数「%1」</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="99" />
            <source>no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set); without a window, use fsnoop record or fsnoop export</source>
            <translation>ウィンドウを開くディスプレイがありません（DISPLAY も WAYLAND_DISPLAY も設定されていません）。ウィンドウなしでは fsnoop record か fsnoop export を使ってください</translation>
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
            <translation>使い方:
  fsnoop [FOLDER]            ウィンドウを開く（FOLDER を指定するとそれを監視）
  fsnoop open SESSION        記録したセッション（.fsnoop または .csv）を
                             ウィンドウで開く
  fsnoop record FOLDER... [options]
                             ウィンドウなしで記録し、CSV、JSON Lines または
                             セッションファイルに書き出す
                             （`fsnoop record --help` を参照）
  fsnoop export SESSION -o OUT
                             ウィンドウなしでセッションを .csv、.jsonl、
                             .fsnoop に変換する（`fsnoop export --help` を参照）
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
            <translation>出力形式:
  --format FORMAT        csv（既定）、jsonl（JSON Lines: イベントごとに 1 つの
                         JSON オブジェクト、Elastic Common Schema の名前）、
                         fsnoop（セッションファイル: SQLite データベース、
                         クラッシュに強い。-o が必要）。--format がなければ
                         -o FILE の拡張子で選ぶ: .csv、.jsonl、.fsnoop
                         （docs/session-format.md）

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
            <translation>使い方：fsnoop record FOLDER... [options]

各 FOLDER を inotify で再帰的に監視し、イベントごとに CSV を 1 行書き出します
（形式：docs/csv-format.md）。イベントが届くたびにすぐ書き出し、Ctrl+C、
SIGTERM、または --duration まで続けます。終了時に 1 行の要約を標準エラー出力に
表示します。

オプション：
  -e, --event EVENTS     指定したイベントだけを記録（カンマ区切り、既定：all）：
                         %1
                         close, move, all
  --exclude REGEX        REGEX に一致するパスを無視（Perl 互換の構文で、
                         フルパスに対して照合）。除外したフォルダーには監視を
                         一切設定しない。複数回指定可。
  --include REGEX        REGEX に一致するパスだけを記録。複数回指定可。
  --duration SECONDS     SECONDS 秒後に停止（小数も可）
  -o, --output FILE.csv  標準出力の代わりに FILE.csv に書き出す（このファイルが
                         監視中のフォルダー内にある場合、それ自身の変更は
                         記録しない）
  -q, --quiet            準備中のメッセージと要約を表示しない（問題は引き続き
                         報告する）
  --stats                終了時に、ファイルとイベントの種類ごとのイベント数の
                         表を標準エラー出力に表示（inotifywatch の出力と同様）
  -a, --ascending EVENT  --stats と併用：EVENT（または total）で昇順に並べ替え
  -d, --descending EVENT --stats と併用：EVENT で降順に並べ替え（既定：total）
  --filter FILE          FILE のフィルタールールが通すイベントだけを書き出す
                         (ウィンドウのフィルターダイアログで保存したファイル、
                         docs/filter-format.md)。最初のセット、または NAME のセット
  --filter-set NAME      --filter と共に: NAME という名前のセットを使う
  --fanotify             特権ヘルパーを介して fanotify で監視（root で実行するか
                         pkexec で認証）。各ファイルに触れたプロセス（pid、
                         名前、実行ファイル）も記録する
  -h, --help             このヘルプを表示

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
            <translation>--filter %1: ファイルにルールセットがありません</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="129" />
            <source>--filter %1: no set called "%2"</source>
            <translation>--filter %1: 「%2」という名前のセットはありません</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="239" />
            <source>--filter-set names a set of the --filter file: add --filter</source>
            <translation>--filter-set は --filter ファイル内のセットを指定します: --filter を追加してください</translation>
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
            <translation>終了コード：
  %1  正常終了（Ctrl+C、SIGTERM、--duration、またはパイプの読み手が終了）
  %2  実行時エラー（出力を書き込めない、エンジンが失敗した、監視または待機する
     フォルダーが残っていない）
  %3  使い方の誤り（不明なオプションまたはイベント名、不正な正規表現、存在しない
     フォルダー）
  %4  何も監視できなかった（アクセス拒否、inotify の監視数の上限）
</translation>
        </message>
    </context>
    <context>
        <name>CountColumns</name>
        <message>
            <location filename="../ui/analysis/countcolumns.cpp" line="63" />
            <source>Kernel notifications, not operations: inotify merges an event identical to the previous unread one, so ten quick writes may count as one.</source>
            <translation>操作ではなくカーネルの通知です。inotify は未読の直前と同じイベントをまとめるため、10 回の素早い書き込みが 1 回と数えられることがあります。</translation>
        </message>
        <message>
            <location filename="../ui/analysis/countcolumns.cpp" line="69" />
            <source>Total</source>
            <translation>合計</translation>
        </message>
        <message>
            <location filename="../ui/analysis/countcolumns.cpp" line="71" />
            <source>First seen</source>
            <translation>最初の検出</translation>
        </message>
        <message>
            <location filename="../ui/analysis/countcolumns.cpp" line="73" />
            <source>Last seen</source>
            <translation>最後の検出</translation>
        </message>
    </context>
    <context>
        <name>CsvFileSink</name>
        <message>
            <location filename="../app/cli/csvfilesink.cpp" line="104" />
            <source>another fsnoop is writing to it</source>
            <translation>別の fsnoop が書き込み中です</translation>
        </message>
    </context>
    <context>
        <name>EventContextMenu</name>
        <message>
            <location filename="../ui/events/eventcontextmenu.cpp" line="117" />
            <source>Open Containing Folder</source>
            <translation>含まれているフォルダーを開く</translation>
        </message>
        <message>
            <location filename="../ui/events/eventcontextmenu.cpp" line="123" />
            <source>Show Only This File</source>
            <translation>このファイルだけを表示</translation>
        </message>
        <message>
            <location filename="../ui/events/eventcontextmenu.cpp" line="125" />
            <source>Hide This File</source>
            <translation>このファイルを非表示</translation>
        </message>
        <message>
            <location filename="../ui/events/eventcontextmenu.cpp" line="139" />
            <source>Show Only “%1” Events</source>
            <translation>「%1」イベントだけを表示</translation>
        </message>
        <message>
            <location filename="../ui/events/eventcontextmenu.cpp" line="151" />
            <source>Show All Files and Events</source>
            <translation>すべてのファイルとイベントを表示</translation>
        </message>
        <message>
            <location filename="../ui/events/eventcontextmenu.cpp" line="125" />
            <source>This Process (%1)</source>
            <translation>このプロセス (%1)</translation>
        </message>
        <message>
            <location filename="../ui/events/eventcontextmenu.cpp" line="127" />
            <source>This Executable</source>
            <translation>この実行ファイル</translation>
        </message>
        <message>
            <location filename="../ui/events/eventcontextmenu.cpp" line="129" />
            <source>This Path</source>
            <translation>このパス</translation>
        </message>
        <message>
            <location filename="../ui/events/eventcontextmenu.cpp" line="133" />
            <source>This Folder and Everything Below</source>
            <translation>このフォルダーとその下のすべて</translation>
        </message>
        <message>
            <location filename="../ui/events/eventcontextmenu.cpp" line="135" />
            <source>This Event Type (%1)</source>
            <translation>このイベント種別 (%1)</translation>
        </message>
        <message>
            <location filename="../ui/events/eventcontextmenu.cpp" line="138" />
            <source>This Extension (.%1)</source>
            <translation>この拡張子 (.%1)</translation>
        </message>
        <message>
            <location filename="../ui/events/eventcontextmenu.cpp" line="142" />
            <source>&amp;Include</source>
            <translation>含める(&amp;I)</translation>
        </message>
        <message>
            <location filename="../ui/events/eventcontextmenu.cpp" line="143" />
            <source>E&amp;xclude</source>
            <translation>除外(&amp;X)</translation>
        </message>
        <message>
            <location filename="../ui/events/eventcontextmenu.cpp" line="358" />
            <source>Bookmark &amp;Note…</source>
            <translation>ブックマークのメモ(&amp;N)…</translation>
        </message>
    </context>
    <context>
        <name>EventDetailsPane</name>
        <message>
            <location filename="../ui/events/eventdetailspane.cpp" line="15" />
            <source>Select an event to see its details.</source>
            <translation>イベントを選択すると詳細が表示されます。</translation>
        </message>
        <message>
            <location filename="../ui/events/eventdetailspane.cpp" line="29" />
            <source>Time: %1</source>
            <translation>時刻：%1</translation>
        </message>
        <message>
            <location filename="../ui/events/eventdetailspane.cpp" line="30" />
            <source>Events: %1</source>
            <translation>イベント：%1</translation>
        </message>
        <message>
            <location filename="../ui/events/eventdetailspane.cpp" line="32" />
            <source>Path: %1</source>
            <translation>パス：%1</translation>
        </message>
        <message>
            <location filename="../ui/events/eventdetailspane.cpp" line="34" />
            <source>Cookie: %1</source>
            <translation>Cookie：%1</translation>
        </message>
        <message>
            <location filename="../ui/events/eventdetailspane.cpp" line="36" />
            <source>Process: %1 (PID %2) %3</source>
            <translation>プロセス：%1（PID %2）%3</translation>
        </message>
        <message>
            <location filename="../ui/events/eventdetailspane.cpp" line="44" />
            <source>Parent process: PID %1</source>
            <translation>親プロセス: PID %1</translation>
        </message>
        <message>
            <location filename="../ui/events/eventdetailspane.cpp" line="46" />
            <source>User: %1</source>
            <translation>ユーザー: %1</translation>
        </message>
        <message>
            <location filename="../ui/events/eventdetailspane.cpp" line="48" />
            <source>Command line: %1</source>
            <translation>コマンドライン: %1</translation>
        </message>
        <message>
            <location filename="../ui/events/eventdetailspane.cpp" line="50" />
            <source>Process started: %1</source>
            <translation>プロセス開始: %1</translation>
        </message>
        <message>
            <location filename="../ui/events/eventdetailspane.cpp" line="52" />
            <source>Source: %1</source>
            <translation>ソース：%1</translation>
        </message>
    </context>
    <context>
        <name>EventCellText</name>
        <message>
            <location filename="../ui/events/eventcelltext.cpp" line="241" />
            <source>The kernel's event queue overflowed here, so some events were lost (overflow number %1). fsnoop rescanned the watched folders to catch up. Raising /proc/sys/fs/inotify/max_queued_events or narrowing the watched events makes this less likely.</source>
            <translation>ここでカーネルのイベントキューがあふれ、一部のイベントが失われました（%1 回目のオーバーフロー）。fsnoop は追いつくために監視中のフォルダーを再スキャンしました。/proc/sys/fs/inotify/max_queued_events を増やすか、監視するイベントの種類を減らすと起こりにくくなります。</translation>
        </message>
        <message>
            <location filename="../ui/events/eventcelltext.cpp" line="248" />
            <source>Not reported by the kernel: fsnoop found this entry when it scanned a newly created folder. inotify cannot watch a folder before it exists, so what was created inside it in the first moments is recovered by that scan.</source>
            <translation>カーネルからの通知ではありません。fsnoop が新しく作成されたフォルダーをスキャンした際に見つけた項目です。inotify はフォルダーが存在する前には監視できないため、作成直後にその中で作られたものはこのスキャンで補われます。</translation>
        </message>
        <message>
            <location filename="../ui/events/eventcelltext.cpp" line="268" />
            <source>overflow</source>
            <translation>オーバーフロー</translation>
        </message>
        <message>
            <location filename="../ui/events/eventcelltext.cpp" line="276" />
            <source>Events lost (queue overflow)</source>
            <translation>イベント消失（キューあふれ）</translation>
        </message>
    </context>
    <context>
        <name>EventTableColumns</name>
        <message>
            <location filename="../ui/events/eventtablecolumns.cpp" line="185" />
            <source>&amp;Reset Columns</source>
            <translation>列を元に戻す(&amp;R)</translation>
        </message>
    </context>
    <context>
        <name>EventTableView</name>
        <message>
            <location filename="../ui/events/eventtableview.cpp" line="85" />
            <source>Copy Paths</source>
            <translation>パスをコピー</translation>
        </message>
        <message>
            <location filename="../ui/events/eventtableview.cpp" line="114" />
            <source>Copy Path</source>
            <translation>パスをコピー</translation>
        </message>
        <message>
            <location filename="../ui/events/eventtableview.cpp" line="75" />
            <source>&amp;Copy Rows</source>
            <translation>行をコピー(&amp;C)</translation>
        </message>
        <message>
            <location filename="../ui/events/eventtableview.cpp" line="80" />
            <source>Copy &amp;Paths</source>
            <translation>パスをコピー(&amp;P)</translation>
        </message>
        <message>
            <location filename="../ui/events/eventtableview.cpp" line="86" />
            <source>Toggle &amp;Bookmark</source>
            <translation>ブックマークの切り替え(&amp;B)</translation>
        </message>
        <message>
            <location filename="../ui/events/eventtableview.cpp" line="89" />
            <source>&amp;Next Bookmark</source>
            <translation>次のブックマーク(&amp;N)</translation>
        </message>
        <message>
            <location filename="../ui/events/eventtableview.cpp" line="91" />
            <source>P&amp;revious Bookmark</source>
            <translation>前のブックマーク(&amp;R)</translation>
        </message>
        <message>
            <location filename="../ui/events/eventtableview.cpp" line="93" />
            <source>&amp;Jump to Time…</source>
            <translation>時刻へ移動(&amp;J)…</translation>
        </message>
        <message>
            <location filename="../ui/events/eventtableview.cpp" line="235" />
            <source>Bookmark Note</source>
            <translation>ブックマークのメモ</translation>
        </message>
        <message>
            <location filename="../ui/events/eventtableview.cpp" line="235" />
            <source>A note on this event, kept with its bookmark:</source>
            <translation>このイベントのメモ（ブックマークと一緒に保存）:</translation>
        </message>
        <message>
            <location filename="../ui/events/eventtableview.cpp" line="444" />
            <source>Copy Rows</source>
            <translation>行をコピー</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/events/eventtableview.cpp" line="445" />
            <source>%Ln rows are selected: too many to copy.</source>
            <translation>
                <numerusform>%Ln 行が選択されています。コピーするには多すぎます。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/events/eventtableview.cpp" line="448" />
            <source>Copy takes at most %L1 rows: the clipboard keeps its text in fsnoop&apos;s memory for as long as it holds it, about 0.4 GB for a million rows. Export the selected rows to a CSV file instead?</source>
            <translation>コピーできるのは最大 %L1 行です。クリップボードの内容は保持されている間 fsnoop のメモリに置かれ、100 万行でおよそ 0.4 GB になります。代わりに選択した行を CSV ファイルへエクスポートしますか?</translation>
        </message>
        <message>
            <location filename="../ui/events/eventtableview.cpp" line="452" />
            <source>&amp;Export Selected Rows…</source>
            <translation>選択した行をエクスポート(&amp;E)…</translation>
        </message>
    </context>
    <context>
        <name>ExportController</name>
        <message>
            <location filename="../ui/window/exportcontroller.cpp" line="35" />
            <source>Export Shown Events</source>
            <translation>表示中のイベントをエクスポート</translation>
        </message>
        <message>
            <location filename="../ui/window/exportcontroller.cpp" line="35" />
            <source>Export All Events</source>
            <translation>すべてのイベントをエクスポート</translation>
        </message>
        <message>
            <location filename="../ui/window/exportcontroller.cpp" line="38" />
            <source>CSV files (*.csv)</source>
            <translation>CSV ファイル (*.csv)</translation>
        </message>
        <message>
            <location filename="../ui/window/exportcontroller.cpp" line="49" />
            <location filename="../ui/window/exportcontroller.cpp" line="72" />
            <source>Export</source>
            <translation>エクスポート</translation>
        </message>
        <message>
            <location filename="../ui/window/exportcontroller.cpp" line="50" />
            <source>Could not write %1: %2</source>
            <translation>%1 に書き込めません：%2</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/window/exportcontroller.cpp" line="57" />
            <source>Exporting %n event(s)…</source>
            <translation>
                <numerusform>%n 件のイベントをエクスポートしています…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/window/exportcontroller.cpp" line="59" />
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <location filename="../ui/window/exportcontroller.cpp" line="70" />
            <source>Exported to %1</source>
            <translation>%1 にエクスポートしました</translation>
        </message>
        <message>
            <location filename="../ui/window/exportcontroller.cpp" line="59" />
            <source>Export Selected Events</source>
            <translation>選択したイベントをエクスポート</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="20" />
            <source>Regex</source>
            <translation>正規表現</translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="29" />
            <source>Events</source>
            <translation>イベント</translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="30" />
            <source>Show only some event types</source>
            <translation>一部のイベントの種類だけを表示</translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="32" />
            <source>All</source>
            <translation>すべて</translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="33" />
            <source>None</source>
            <translation>なし</translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="58" />
            <source>Filter by path</source>
            <translation>パスで絞り込み</translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="62" />
            <source>Treat the path filter as a regular expression</source>
            <translation>パスのフィルターを正規表現として扱う</translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="65" />
            <source>Files and folders</source>
            <translation>ファイルとフォルダー</translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="66" />
            <source>Files only</source>
            <translation>ファイルのみ</translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="67" />
            <source>Folders only</source>
            <translation>フォルダーのみ</translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="70" />
            <source>Process</source>
            <translation>プロセス</translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="71" />
            <source>Filter by process name, executable or PID (known only when watching with process information)</source>
            <translation>プロセス名、実行ファイル、PID で絞り込み（プロセス情報付きで監視しているときのみ判明）</translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="77" />
            <source>Show every file again</source>
            <translation>すべてのファイルを再表示</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/events/filterbar.cpp" line="148" />
            <source>%n file(s) hidden ✕</source>
            <translation>
                <numerusform>%n 個のファイルを非表示 ✕</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/events/filterbar.cpp" line="149" />
            <source>Only %n file(s) ✕</source>
            <translation>
                <numerusform>%n 個のファイルのみ ✕</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="165" />
            <source>All events</source>
            <translation>すべてのイベント</translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="167" />
            <source>%1 of %2 events</source>
            <translation>%2 種類中 %1 種類</translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="173" />
            <source>Shown: %1 of %2</source>
            <translation>表示：%1 / %2</translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="184" />
            <source>This regular expression is not valid</source>
            <translation>この正規表現は正しくありません</translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="93" />
            <source>Clear Filters</source>
            <translation>フィルターを解除</translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="94" />
            <source>Some events are hidden by the filters; show them all again</source>
            <translation>フィルターで隠れているイベントがあります。すべて再表示します</translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="94" />
            <source>Filter rules are hiding events; click to edit them</source>
            <translation>フィルタールールがイベントを隠しています。クリックして編集</translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="101" />
            <source>Reset</source>
            <translation>リセット</translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="102" />
            <source>Turn every filter rule off and show all events</source>
            <translation>すべてのフィルタールールを外し、全イベントを表示</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/events/filterbar.cpp" line="207" />
            <source>%n rule(s), %1 of %2 shown</source>
            <translation>
                <numerusform>ルール %n 件、%2 件中 %1 件を表示</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="198" />
            <source>Only one process ✕</source>
            <translation>1 つのプロセスのみ ✕</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="81" />
            <source>Events</source>
            <translation>イベント</translation>
        </message>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="195" />
            <source>Forget the events recorded so far (Ctrl+L)</source>
            <translation>これまでに記録したイベントを破棄 (Ctrl+L)</translation>
        </message>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="305" />
            <source>Watch Folder</source>
            <translation>フォルダーを監視</translation>
        </message>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="306" />
            <source>%1 is not a folder.</source>
            <translation>%1 はフォルダーではありません。</translation>
        </message>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="339" />
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
        </message>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="407" />
            <source>%1 (read-only)</source>
            <translation>%1（読み取り専用）</translation>
        </message>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="415" />
            <source>Session %1 (read-only)</source>
            <translation>セッション %1（読み取り専用）</translation>
        </message>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="419" />
            <source>Watching %1 (display paused)</source>
            <translation>%1 を監視中（表示を一時停止）</translation>
        </message>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="420" />
            <source>Watching %1</source>
            <translation>%1 を監視中</translation>
        </message>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="422" />
            <source>Stopped</source>
            <translation>停止中</translation>
        </message>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="424" />
            <source>Choose a folder to watch (Ctrl+N), or drop one here</source>
            <translation>監視するフォルダーを選ぶ (Ctrl+N) か、ここにドロップしてください</translation>
        </message>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="353" />
            <source>Could not open %1 (line %2): %3</source>
            <translation>%1 を開けません（%2 行目）：%3</translation>
        </message>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="357" />
            <source>Could not open %1: %2</source>
            <translation>%1 を開けませんでした: %2</translation>
        </message>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="136" />
            <source>Filtering…</source>
            <translation>フィルター処理中…</translation>
        </message>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="478" />
            <source>Filter stopped: the table shows the matches found so far. Change the filter to search again.</source>
            <translation>フィルター処理を中止しました: 表にはここまでに見つかった一致だけが表示されています。もう一度検索するにはフィルターを変更してください。</translation>
        </message>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="562" />
            <source>Bookmarks are kept in .fsnoop session files only; these last until the session is closed</source>
            <translation>ブックマークは .fsnoop セッションファイルにのみ保存されます。このブックマークはセッションを閉じるまで保持されます</translation>
        </message>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="569" />
            <source>Cannot save the bookmarks in %1: %2</source>
            <translation>%1 にブックマークを保存できません: %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/window/mainwindow.cpp" line="166" />
            <source>Copying %Ln row(s)…</source>
            <translation>
                <numerusform>%Ln 行をコピーしています…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/window/mainwindow.cpp" line="173" />
            <source>Copied %Ln row(s).</source>
            <translation>
                <numerusform>%Ln 行をコピーしました。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CaptureNotices</name>
        <message>
            <location filename="../ui/window/capturenotices.cpp" line="30" />
            <source>Process information is not available, so fsnoop goes on watching with inotify, without it. The events captured so far are kept.</source>
            <translation>プロセス情報を利用できないため、fsnoop はプロセス情報なしで inotify による監視を続けます。これまでにキャプチャしたイベントは保持されます。</translation>
        </message>
        <message>
            <location filename="../ui/window/capturenotices.cpp" line="34" />
            <source>Watching without process information</source>
            <translation>プロセス情報なしで監視中</translation>
        </message>
        <message>
            <location filename="../ui/window/capturenotices.cpp" line="36" />
            <source>Watching Without Process Information</source>
            <translation>プロセス情報なしでの監視</translation>
        </message>
        <message>
            <source>The capture cannot be saved to %1: %2</source>
            <translation>キャプチャを %1 に保存できません: %2</translation>
        </message>
        <message>
            <source>Capture Not Saved</source>
            <translation>キャプチャは保存されていません</translation>
        </message>
        <message>
            <source>Capturing goes on in memory only: export the events before closing the window, or free some space and start again.</source>
            <translation>キャプチャはメモリ上だけで続きます。ウィンドウを閉じる前にイベントをエクスポートするか、空き容量を作ってやり直してください。</translation>
        </message>
    </context>
    <context>
        <name>MainMenus</name>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="75" />
            <source>&amp;Watch Folder…</source>
            <translation>フォルダーを監視(&amp;W)…</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="77" />
            <source>Choose a folder and start watching it</source>
            <translation>フォルダーを選んで監視を開始</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="80" />
            <source>&amp;Open Session…</source>
            <translation>セッションを開く(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="82" />
            <source>Open a CSV file saved by fsnoop</source>
            <translation>fsnoop で保存した CSV ファイルを開く</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="86" />
            <source>&amp;Export All Events as CSV…</source>
            <translation>すべてのイベントを CSV にエクスポート(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="89" />
            <source>Export &amp;Shown Events as CSV…</source>
            <translation>表示中のイベントを CSV にエクスポート(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="97" />
            <source>&amp;Quit</source>
            <translation>終了(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="102" />
            <source>&amp;Start</source>
            <translation>開始(&amp;S)</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="104" />
            <source>Start watching again with the same options</source>
            <translation>同じ設定で監視を再開</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="107" />
            <source>S&amp;top</source>
            <translation>停止(&amp;T)</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="109" />
            <source>Stop watching</source>
            <translation>監視を停止</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="112" />
            <source>&amp;Pause Display</source>
            <translation>表示を一時停止(&amp;P)</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="116" />
            <source>Freeze the table; events are still recorded</source>
            <translation>表を固定します。イベントの記録は続きます</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="119" />
            <source>&amp;Clear</source>
            <translation>クリア(&amp;C)</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="132" />
            <source>&amp;Follow New Events</source>
            <translation>新しいイベントを追跡(&amp;F)</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="143" />
            <source>&amp;Filter by Path</source>
            <translation>パスで絞り込み(&amp;F)</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="152" />
            <source>&amp;File</source>
            <translation>ファイル(&amp;F)</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="154" />
            <source>&amp;Recent Folders</source>
            <translation>最近のフォルダー(&amp;R)</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="167" />
            <source>&amp;Capture</source>
            <translation>キャプチャ(&amp;C)</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="175" />
            <source>&amp;View</source>
            <translation>表示(&amp;V)</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="180" />
            <source>Show &amp;All Files</source>
            <translation>すべてのファイルを表示(&amp;A)</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="188" />
            <source>&amp;Help</source>
            <translation>ヘルプ(&amp;H)</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="189" />
            <source>&amp;About fsnoop</source>
            <translation>fsnoop について(&amp;A)</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="191" />
            <source>About fsnoop</source>
            <translation>fsnoop について</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="192" />
            <source>&lt;h3&gt;fsnoop %1&lt;/h3&gt;&lt;p&gt;Live filesystem activity monitor for the Linux desktop.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;fsnoop %1&lt;/h3&gt;&lt;p&gt;Linux デスクトップ向けのリアルタイム ファイルシステム活動モニター。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="197" />
            <source>Main</source>
            <translation>メイン</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="122" />
            <source>Forget the events recorded so far</source>
            <translation>これまでに記録したイベントを破棄</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="126" />
            <source>&amp;Drop Filtered Events</source>
            <translation>フィルターで除外したイベントを破棄(&amp;D)</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="128" />
            <source>Do not record the events the filter rules exclude, for long captures of busy folders</source>
            <translation>フィルタールールが除外するイベントを記録しません (忙しいフォルダーの長時間キャプチャ向け)</translation>
        </message>
        <message>
            <source>&amp;Sessions…</source>
            <translation>セッション(&amp;S)…</translation>
        </message>
        <message>
            <source>The captures saved as they ran, and when they are cleaned up</source>
            <translation>実行中に保存されたキャプチャと、その整理の規則</translation>
        </message>
        <message>
            <source>Recent S&amp;essions</source>
            <translation>最近のセッション(&amp;E)</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="183" />
            <source>&amp;Go</source>
            <translation>移動(&amp;G)</translation>
        </message>
    </context>
    <context>
        <name>RowCopyJob</name>
        <message>
            <location filename="../ui/events/rowcopyjob.cpp" line="24" />
            <source>The copy stopped: the table shows other rows now.</source>
            <translation>コピーを中止しました。表には別の行が表示されています。</translation>
        </message>
        <message>
            <location filename="../ui/events/rowcopyjob.cpp" line="61" />
            <source>The copy was cancelled.</source>
            <translation>コピーはキャンセルされました。</translation>
        </message>
    </context>
    <context>
        <name>SessionOpener</name>
        <message>
            <location filename="../ui/window/sessionopener.cpp" line="34" />
            <location filename="../ui/window/sessionopener.cpp" line="34" />
            <source>Open Session</source>
            <translation>セッションを開く</translation>
        </message>
        <message>
            <location filename="../ui/window/sessionopener.cpp" line="35" />
            <source>Sessions (*.fsnoop *.csv);;All files (*)</source>
            <translation>セッション (*.fsnoop *.csv);;すべてのファイル (*)</translation>
        </message>
        <message>
            <location filename="../ui/window/sessionopener.cpp" line="70" />
            <source>Opening %1…</source>
            <translation>%1 を開いています…</translation>
        </message>
        <message>
            <location filename="../ui/window/sessionopener.cpp" line="115" />
            <source>Opening stopped: %1 of %2 events were loaded.</source>
            <translation>読み込みを中止しました: %2 件中 %1 件のイベントを読み込みました。</translation>
        </message>
    </context>
    <context>
        <name>ProblemText</name>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="34" />
            <source>%1 does not exist or is not a folder</source>
            <translation>%1 は存在しないか、フォルダーではありません</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="32" />
            <source>cannot start inotify: %1</source>
            <translation>inotify を開始できません：%1</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/text/problemtext.cpp" line="36" />
            <source>watch limit reached: %n folder(s) are not watched</source>
            <translation>
                <numerusform>監視数の上限に達しました：%n 個のフォルダーが監視されていません</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="38" />
            <source>permission denied: %1 and what is inside it are not watched</source>
            <translation>アクセスが拒否されました：%1 とその中身は監視されません</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="40" />
            <source>could not watch %1: %2</source>
            <translation>%1 を監視できません：%2</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/text/problemtext.cpp" line="42" />
            <source>events were lost: the kernel queue overflowed (%n time(s))</source>
            <translation>
                <numerusform>イベントが失われました：カーネルのキューがあふれました（%n 回）</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="45" />
            <source>the watched folder %1 was deleted</source>
            <translation>監視中のフォルダー %1 が削除されました</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="47" />
            <source>the watched folder %1 was moved</source>
            <translation>監視中のフォルダー %1 が移動されました</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="49" />
            <source>the file system holding %1 was unmounted</source>
            <translation>%1 を含むファイルシステムがアンマウントされました</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="51" />
            <source>the process-information helper failed</source>
            <translation>プロセス情報ヘルパーが失敗しました</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="53" />
            <source>watching with process information was cancelled</source>
            <translation>プロセス情報付きの監視はキャンセルされました</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="55" />
            <source>not authorized to watch with process information</source>
            <translation>プロセス情報付きで監視する権限がありません</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="57" />
            <source>%1 is on a network file system (%2): changes made by other computers are not seen</source>
            <translation>%1 はネットワークファイルシステム (%2) 上にあります: 他のコンピューターによる変更は検出されません</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="57" />
            <source>%1 is on a FUSE file system: changes made by its program or on the other side (a remote computer, a disk it translates) are not seen</source>
            <translation>%1 は FUSE ファイルシステム上にあります: そのプログラムや向こう側 (リモートコンピューター、変換元のディスク) による変更は検出されません</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="57" />
            <source>%1 is an overlay (as in containers): only changes made through it are seen, not those made in its lower or upper folders</source>
            <translation>%1 はオーバーレイ (コンテナーなど) です: それを通した変更だけが検出され、下位または上位フォルダーで直接行われた変更は検出されません</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="57" />
            <source>%1 is watched with inotify, without process information: fanotify cannot watch this file system (%2: %3)</source>
            <translation>%1 は inotify で監視されます (プロセス情報なし): fanotify はこのファイルシステムを監視できません (%2: %3)</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="57" />
            <source>%1 is in a btrfs subvolume: watched through its whole file system at %2</source>
            <translation>%1 は btrfs サブボリューム内にあります: %2 のファイルシステム全体を通して監視します</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="57" />
            <source>The kernel reports only what happens through this computer's own view of the file system; the record cannot show the rest.</source>
            <translation>カーネルは、このコンピューター自身から見たファイルシステム上の出来事だけを報告します。記録にはそれ以外は表示できません。</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="57" />
            <source>unknown problem %1</source>
            <translation>不明な問題 %1</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="74" />
            <source>Too many programs may be using inotify already. The limit is in /proc/sys/fs/inotify/max_user_instances; raise it with
sudo sysctl fs.inotify.max_user_instances=512</source>
            <translation>すでに多くのプログラムが inotify を使用している可能性があります。上限は /proc/sys/fs/inotify/max_user_instances にあります。次のコマンドで増やせます：
sudo sysctl fs.inotify.max_user_instances=512</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="78" />
            <source>Choose an existing folder in File &gt; Watch Folder.</source>
            <translation>「ファイル &gt; フォルダーを監視」で既存のフォルダーを選んでください。</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="80" />
            <source>inotify needs one watch per folder and the limit (/proc/sys/fs/inotify/max_user_watches) is %1. Events in the folders that are not watched are not recorded. Raise the limit with
sudo sysctl fs.inotify.max_user_watches=%2
(add fs.inotify.max_user_watches=%2 to /etc/sysctl.d/90-fsnoop.conf to keep it), then start watching again — or watch with process information, which needs no watch per folder.</source>
            <translation>inotify はフォルダーごとに 1 つの監視を必要とし、その上限（/proc/sys/fs/inotify/max_user_watches）は %1 です。監視されていないフォルダーのイベントは記録されません。次のコマンドで上限を増やしてください：
sudo sysctl fs.inotify.max_user_watches=%2
（設定を残すには fs.inotify.max_user_watches=%2 を /etc/sysctl.d/90-fsnoop.conf に追加します）。その後、監視をやり直してください。または、フォルダーごとの監視が不要なプロセス情報付きの監視を使ってください。</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="90" />
            <source>You may not read this folder, so nothing inside it is recorded. Watch with process information (administrator) to see it.</source>
            <translation>このフォルダーを読み取る権限がないため、中の変化は記録されません。見るにはプロセス情報付き（管理者）で監視してください。</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="93" />
            <source>This folder and what is inside it are not recorded.</source>
            <translation>このフォルダーとその中身は記録されません。</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="95" />
            <source>The kernel dropped events because they came faster than they could be read. The table shows a marker where this happened, and the folders were scanned again. Raise /proc/sys/fs/inotify/max_queued_events, watch fewer event types (access and open are the busiest), or exclude busy folders.</source>
            <translation>イベントが読み取れる速さを超えて届いたため、カーネルがイベントを破棄しました。表には発生箇所に印が表示され、フォルダーは再スキャンされました。/proc/sys/fs/inotify/max_queued_events を増やすか、監視するイベントの種類を減らす（access と open が最も多い）か、活動の多いフォルダーを除外してください。</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="102" />
            <source>Nothing more is recorded there. Watch the folder again once it is back.</source>
            <translation>そこではこれ以上記録されません。フォルダーが戻ったら再度監視してください。</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="104" />
            <source>fsnoop stays on inotify, without process information. Technical detail: %1</source>
            <translation>fsnoop はプロセス情報なしで inotify を使い続けます。技術的な詳細：%1</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="107" />
            <source>The administrator password dialog was dismissed. fsnoop stays on inotify, without process information.</source>
            <translation>管理者パスワードのダイアログが閉じられました。fsnoop はプロセス情報なしで inotify を使い続けます。</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="110" />
            <source>The system policy (polkit) did not allow the helper to run. Ask your administrator, or keep watching without process information.</source>
            <translation>システムのポリシー（polkit）がヘルパーの実行を許可しませんでした。管理者に相談するか、プロセス情報なしで監視を続けてください。</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="47" />
            <source>the rescan found what changed meanwhile: %1 created, %2 deleted</source>
            <translation>再スキャンで見つかったその間の変更: 作成 %1、削除 %2</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="64" />
            <source>could not keep events on disk in %1: %2</source>
            <translation>%1 にイベントをディスク保存できません: %2</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="122" />
            <source>Nothing was lost: the events stay in memory instead, so a long capture or a big session now uses more memory. Make room on that disk, or make the folder writable, and open or start the capture again.</source>
            <translation>失われたものはありません。イベントは代わりにメモリに保持されるため、長いキャプチャや大きなセッションはより多くのメモリを使います。そのディスクの空きを増やすかフォルダーを書き込み可能にしてから、もう一度開くかキャプチャを開始してください。</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="45" />
            <source>the watched folder %1 was deleted; waiting for it to come back</source>
            <translation>監視中のフォルダー %1 が削除されました。戻ってくるのを待っています</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="47" />
            <source>the watched folder %1 was moved away; waiting for it to come back</source>
            <translation>監視中のフォルダー %1 が別の場所へ移動されました。戻ってくるのを待っています</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="102" />
            <source>The folder above it is watched for this one name. When a folder is there again under this name (made anew, or moved back), it is watched again and what it holds is recorded as found by a scan.</source>
            <translation>上位のフォルダーをこの名前だけについて監視しています。この名前のフォルダーが再び現れると（作り直された、または戻された）、再び監視し、その中身をスキャンで見つかったものとして記録します。</translation>
        </message>
        <message>
            <source>watching %1 again</source>
            <translation>%1 を再び監視しています</translation>
        </message>
        <message>
            <source>a file system was mounted on %1; watching what it holds</source>
            <translation>%1 にファイルシステムがマウントされました。その中身を監視しています</translation>
        </message>
        <message>
            <source>What the file system held is not recorded as deleted. The folder it covered is watched in its place; if a file system is mounted there again, it is watched again.</source>
            <translation>ファイルシステムの中身は削除としては記録されません。それが覆っていたフォルダーを代わりに監視します。再びそこにファイルシステムがマウントされれば、再び監視します。</translation>
        </message>
        <message>
            <source>What the folder holds now is recorded as found by a scan (source "scan"); what happened in it while it was gone is not known.</source>
            <translation>フォルダーの現在の中身をスキャンで見つかったものとして記録します（ソース「scan」）。無かった間に中で起きたことはわかりません。</translation>
        </message>
        <message>
            <source>What the file system holds is recorded as found by a scan (source "scan"). The folder it covers is hidden until it is unmounted.</source>
            <translation>ファイルシステムの中身をスキャンで見つかったものとして記録します（ソース「scan」）。それが覆うフォルダーはアンマウントされるまで見えません。</translation>
        </message>
    </context>
    <context>
        <name>ProblemsDialog</name>
        <message>
            <location filename="../ui/window/problemsdialog.cpp" line="13" />
            <source>Warnings</source>
            <translation>警告</translation>
        </message>
        <message>
            <location filename="../ui/window/problemsdialog.cpp" line="44" />
            <source>No warnings.</source>
            <translation>警告はありません。</translation>
        </message>
    </context>
    <context>
        <name>RateChart</name>
        <message>
            <location filename="../ui/analysis/ratechart.cpp" line="20" />
            <source>Events per second</source>
            <translation>1 秒あたりのイベント数</translation>
        </message>
        <message>
            <location filename="../ui/analysis/ratechart.cpp" line="26" />
            <source>Events/s</source>
            <translation>イベント/秒</translation>
        </message>
    </context>
    <context>
        <name>RecordCommand</name>
        <message>
            <location filename="../app/cli/recordcommand.cpp" line="43" />
            <source>the capture did not stop within %1 s; exiting</source>
            <translation>キャプチャが %1 秒以内に停止しませんでした。終了します</translation>
        </message>
        <message>
            <location filename="../app/cli/recordcommand.cpp" line="61" />
            <location filename="../app/cli/recordcommand.cpp" line="66" />
            <location filename="../app/cli/recordcommand.cpp" line="111" />
            <source>cannot write %1: %2</source>
            <translation>%1 に書き込めません：%2</translation>
        </message>
        <message>
            <location filename="../app/cli/recordcommand.cpp" line="87" />
            <source>the capture could not start</source>
            <translation>キャプチャを開始できませんでした</translation>
        </message>
        <message>
            <location filename="../app/cli/recordcommand.cpp" line="140" />
            <source>nothing could be watched</source>
            <translation>何も監視できませんでした</translation>
        </message>
        <message>
            <location filename="../app/cli/recordcommand.cpp" line="254" />
            <source>events not written: %1</source>
            <translation>書き込めなかったイベント：%1</translation>
        </message>
    </context>
    <context>
        <name>RecordMessages</name>
        <message>
            <location filename="../app/cli/recordmessages.cpp" line="14" />
            <source>too many inotify instances for this user (fs.inotify.max_user_instances). Close other watchers or raise it, e.g.: sysctl fs.inotify.max_user_instances=512</source>
            <translation>このユーザーの inotify インスタンスが多すぎます（fs.inotify.max_user_instances）。ほかの監視プログラムを終了するか、上限を増やしてください。例：sysctl fs.inotify.max_user_instances=512</translation>
        </message>
        <message>
            <location filename="../app/cli/recordmessages.cpp" line="19" />
            <source>the inotify limit of %1 watches per user (fs.inotify.max_user_watches) is reached. Events in them are not recorded. Raise the limit, e.g.: sysctl fs.inotify.max_user_watches=%2 (add it to /etc/sysctl.d/ to keep it after a reboot)</source>
            <translation>ユーザーあたり %1 個という inotify の監視数の上限（fs.inotify.max_user_watches）に達しています。これらのフォルダー内のイベントは記録されません。上限を増やしてください。例：sysctl fs.inotify.max_user_watches=%2（再起動後も維持するには /etc/sysctl.d/ に追加してください）</translation>
        </message>
        <message>
            <location filename="../app/cli/recordmessages.cpp" line="27" />
            <source>some events were lost and are marked Q_OVERFLOW in the record; rescanning. Fewer events (-e) or a larger fs.inotify.max_queued_events help</source>
            <translation>一部のイベントが失われ、記録では Q_OVERFLOW として示されます。再スキャンしています。記録するイベントを減らす（-e）か、fs.inotify.max_queued_events を増やすと改善します</translation>
        </message>
        <message>
            <location filename="../app/cli/recordmessages.cpp" line="32" />
            <source>nothing more is recorded there (inotify cannot tell where it went)</source>
            <translation>以降は記録されません（inotify には移動先がわかりません）</translation>
        </message>
        <message>
            <location filename="../app/cli/recordmessages.cpp" line="54" />
            <source>summary: events: %1, overflows: %2, folders watched: %3, not watched: %4</source>
            <translation>要約：イベント：%1、オーバーフロー：%2、監視したフォルダー：%3、未監視：%4</translation>
        </message>
        <message>
            <location filename="../app/cli/recordmessages.cpp" line="64" />
            <source>watching 1 folder</source>
            <translation>1 個のフォルダーを監視中</translation>
        </message>
        <message>
            <location filename="../app/cli/recordmessages.cpp" line="64" />
            <source>watching %1 folders</source>
            <translation>%1 個のフォルダーを監視中</translation>
        </message>
        <message>
            <location filename="../app/cli/recordmessages.cpp" line="66" />
            <source>%1 (%2 could not be watched); press Ctrl+C to stop</source>
            <translation>%1（%2 個は監視できませんでした）。Ctrl+C で停止します</translation>
        </message>
        <message>
            <location filename="../app/cli/recordmessages.cpp" line="67" />
            <source>%1; press Ctrl+C to stop</source>
            <translation>%1。Ctrl+C で停止します</translation>
        </message>
        <message>
            <location filename="../app/cli/recordmessages.cpp" line="72" />
            <source>setting up watches: %1 folders scanned</source>
            <translation>監視を準備中：%1 個のフォルダーをスキャン済み</translation>
        </message>
        <message>
            <location filename="../app/cli/recordmessages.cpp" line="32" />
            <source>inotify cannot tell where it went; the capture goes on and records it again if a folder comes back under that name</source>
            <translation>inotify には移動先がわかりません。記録は続き、同じ名前のフォルダーが戻ってくれば再び記録します</translation>
        </message>
        <message>
            <source>folders gone and still waited for at the end: %1</source>
            <translation>終了時に無くなったまま待機中のフォルダー: %1</translation>
        </message>
    </context>
    <context>
        <name>RenameChainModel</name>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="124" />
            <source>(outside the watched tree)</source>
            <translation>（監視中のツリーの外）</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="157" />
            <source>An unpaired move: the kernel reported only one half of the rename because the other name is outside the watched folders.</source>
            <translation>対になっていない移動：もう一方の名前が監視中のフォルダーの外にあるため、カーネルは名前変更の片方しか通知しませんでした。</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="159" />
            <source>Renames are paired by the cookie inotify gives both halves of one rename.</source>
            <translation>名前変更は、inotify が 1 回の名前変更の両方に付ける cookie で対にされます。</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="172" />
            <source>(moved out of the watched tree)</source>
            <translation>（監視中のツリーの外へ移動）</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="182" />
            <location filename="../ui/analysis/renamechainmodel.cpp" line="231" />
            <source>Moved out of the watched tree</source>
            <translation>監視中のツリーの外へ移動</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="182" />
            <location filename="../ui/analysis/renamechainmodel.cpp" line="233" />
            <source>Moved in from outside</source>
            <translation>外から移動してきた</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="186" />
            <source>Renamed once</source>
            <translation>1 回名前変更</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/analysis/renamechainmodel.cpp" line="186" />
            <source>Renamed %n times</source>
            <translation>
                <numerusform>%n 回名前変更</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="188" />
            <source>Moved in, then %1</source>
            <translation>移動してきた後、%1</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="190" />
            <source>%1, then moved out</source>
            <translation>%1、その後外へ移動</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="214" />
            <source>The cookie that paired IN_MOVED_FROM with IN_MOVED_TO (none for fanotify renames, which report both names in one event).</source>
            <translation>IN_MOVED_FROM と IN_MOVED_TO を対にした cookie（fanotify の名前変更にはありません。1 つのイベントで両方の名前を通知するためです）。</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="225" />
            <source>Step %1</source>
            <translation>ステップ %1</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="229" />
            <source>Renamed</source>
            <translation>名前変更</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="241" />
            <source>none</source>
            <translation>なし</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="253" />
            <source>First name</source>
            <translation>最初の名前</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="255" />
            <source>Current name</source>
            <translation>現在の名前</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="257" />
            <source>Steps</source>
            <translation>ステップ</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="259" />
            <source>What happened</source>
            <translation>起きたこと</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="263" />
            <source>First time</source>
            <translation>最初の時刻</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="265" />
            <source>Last time</source>
            <translation>最後の時刻</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="221" />
            <source>Moved in from outside, then deleted</source>
            <translation>外部から移動され、その後削除</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="232" />
            <source>%1, then deleted</source>
            <translation>%1、その後削除</translation>
        </message>
    </context>
    <context>
        <name>RenameChainPanel</name>
        <message>
            <location filename="../ui/analysis/renamechainpanel.cpp" line="25" />
            <source>Filter by name</source>
            <translation>名前で絞り込み</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainpanel.cpp" line="27" />
            <source>Each row is one file or folder followed through its renames. Italic rows are moves whose other half is outside the watched folders.</source>
            <translation>各行は名前変更をたどった 1 つのファイルまたはフォルダーです。斜体の行は、もう一方が監視中のフォルダーの外にある移動です。</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainpanel.cpp" line="32" />
            <source>inotify reports a rename as IN_MOVED_FROM and IN_MOVED_TO sharing a cookie; fsnoop pairs them and links successive renames of one object.</source>
            <translation>inotify は名前変更を cookie を共有する IN_MOVED_FROM と IN_MOVED_TO として通知します。fsnoop はそれらを対にし、同じ対象の連続した名前変更をつなげます。</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainpanel.cpp" line="133" />
            <source>Chains: %1 · Renames: %2 · Moved out: %3 · Moved in: %4</source>
            <translation>チェーン：%1 · 名前変更：%2 · 移動（外へ）：%3 · 移動（中へ）：%4</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainpanel.cpp" line="139" />
            <source>· Waiting for their other half: %1</source>
            <translation>· もう一方を待機中：%1</translation>
        </message>
    </context>
    <context>
        <name>SessionExporter</name>
        <message>
            <location filename="../ui/session/sessionexporter.cpp" line="33" />
            <source>There is nothing to export.</source>
            <translation>エクスポートするものがありません。</translation>
        </message>
        <message>
            <location filename="../ui/session/sessionexporter.cpp" line="61" />
            <source>The export was cancelled.</source>
            <translation>エクスポートはキャンセルされました。</translation>
        </message>
        <message>
            <location filename="../ui/session/sessionexporter.cpp" line="69" />
            <source>The session was closed during the export.</source>
            <translation>エクスポート中にセッションが閉じられました。</translation>
        </message>
    </context>
    <context>
        <name>SessionLoader</name>
        <message>
            <location filename="../ui/session/sessionloader.cpp" line="17" />
            <source>Opening %1…</source>
            <translation>%1 を開いています…</translation>
        </message>
        <message>
            <location filename="../ui/session/sessionloader.cpp" line="19" />
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <location filename="../ui/session/sessionloader.cpp" line="67" />
            <source>Could not open %1: %2</source>
            <translation>%1 を開けません：%2</translation>
        </message>
        <message>
            <location filename="../ui/session/sessionloader.cpp" line="69" />
            <source>Could not open %1: it is not a regular file (%2).</source>
            <translation>%1 を開けません：通常のファイルではありません（%2）。</translation>
        </message>
        <message>
            <location filename="../ui/session/sessionloader.cpp" line="71" />
            <source>Could not open %1 (line %2): %3</source>
            <translation>%1 を開けません（%2 行目）：%3</translation>
        </message>
        <message>
            <location filename="../ui/session/sessionloader.cpp" line="79" />
            <source>%1 ends in the middle of a record: line %2 was incomplete and was skipped. The file was probably cut short by a crash or a full disk; every complete record before it was loaded.</source>
            <translation>%1 はレコードの途中で終わっています：%2 行目は不完全なため読み飛ばしました。クラッシュまたはディスクの容量不足でファイルが途中で切れたと思われます。それより前の完全なレコードはすべて読み込みました。</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/session/sessionloader.cpp" line="131" />
            <source>Could not read all of %1: %2. The first %n event(s) were loaded.</source>
            <translation>
                <numerusform>%1 をすべて読み込めませんでした: %2。最初の %n 件のイベントを読み込みました。</numerusform>
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
            <translation>不明なプロセス（inotify はプロセスを通知しません）</translation>
        </message>
        <message>
            <location filename="../ui/analysis/statsmodel.cpp" line="156" />
            <source>%1 (pid %2)</source>
            <translation>%1（pid %2）</translation>
        </message>
        <message>
            <location filename="../ui/analysis/statsmodel.cpp" line="198" />
            <source>Folders count every event in their subtree.</source>
            <translation>フォルダーはサブツリー内のすべてのイベントを数えます。</translation>
        </message>
    </context>
    <context>
        <name>StatsPanel</name>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="52" />
            <source>Counts are kernel notifications, not operations: inotify merges an event identical to the previous unread one, so ten quick writes to a file may count as one modify.</source>
            <translation>件数は操作ではなくカーネルの通知です。inotify は未読の直前のイベントと同じイベントをまとめるため、ファイルへの 10 回の素早い書き込みが 1 回の modify と数えられることがあります。</translation>
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="57" />
            <source>Filter by path</source>
            <translation>パスで絞り込み</translation>
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="59" />
            <source>Include subfolders in folder totals</source>
            <translation>フォルダーの合計にサブフォルダーを含める</translation>
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="60" />
            <source>A folder's counts include every event in its subtree.</source>
            <translation>フォルダーの件数には、そのサブツリー内のすべてのイベントが含まれます。</translation>
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="62" />
            <source>By file</source>
            <translation>ファイル別</translation>
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="63" />
            <source>By process</source>
            <translation>プロセス別</translation>
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="64" />
            <source>Processes are only known with the privileged (fanotify) monitor.</source>
            <translation>プロセスは特権付き（fanotify）の監視でのみわかります。</translation>
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="67" />
            <source>&lt;a href="#"&gt;What do the counts mean?&lt;/a&gt;</source>
            <translation>&lt;a href="#"&gt;この件数の意味は？&lt;/a&gt;</translation>
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="70" />
            <source>About these counts</source>
            <translation>この件数について</translation>
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="104" />
            <source>Top </source>
            <translation>上位 </translation>
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="105" />
            <source>How many paths the chart shows</source>
            <translation>グラフに表示するパスの数</translation>
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="106" />
            <location filename="../ui/analysis/statspanel.cpp" line="114" />
            <source>Save as PNG…</source>
            <translation>PNG として保存…</translation>
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="111" />
            <source>Last 10 minutes, per second</source>
            <translation>直近 10 分間（1 秒ごと）</translation>
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="112" />
            <source>Last 2 hours, per 10 seconds</source>
            <translation>直近 2 時間（10 秒ごと）</translation>
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="113" />
            <source>Last 24 hours, per minute</source>
            <translation>直近 24 時間（1 分ごと）</translation>
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="265" />
            <source>Notifications: %1 · Paths with events: %2</source>
            <translation>通知：%1 · イベントのあるパス：%2</translation>
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="291" />
            <source>Save Chart</source>
            <translation>グラフを保存</translation>
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
            <translation>PNG 画像 (*.png)</translation>
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="297" />
            <source>Could not save the chart to %1.</source>
            <translation>グラフを %1 に保存できませんでした。</translation>
        </message>
    </context>
    <context>
        <name>TerminalError</name>
        <message>
            <source>Try '%1 --help'.
</source>
            <translation>「%1 --help」を参照してください。
</translation>
        </message>
    </context>
    <context>
        <name>TopFilesChart</name>
        <message>
            <location filename="../ui/analysis/topfileschart.cpp" line="22" />
            <source>Busiest paths</source>
            <translation>最も活発なパス</translation>
        </message>
        <message>
            <location filename="../ui/analysis/topfileschart.cpp" line="28" />
            <source>Notifications</source>
            <translation>通知</translation>
        </message>
        <message>
            <location filename="../ui/analysis/topfileschart.cpp" line="124" />
            <source>%1
%2: %3
Click to show these events.</source>
            <translation>%1
%2：%3
クリックするとこれらのイベントを表示します。</translation>
        </message>
        <message>
            <location filename="../ui/analysis/topfileschart.cpp" line="188" />
            <source>%1
%2: %3
Double-click to show these events.</source>
            <translation>%1
%2: %3
ダブルクリックでこれらのイベントを表示します。</translation>
        </message>
    </context>
    <context>
        <name>WatchDialog</name>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="24" />
            <source>Include subfolders (recursive)</source>
            <translation>サブフォルダーを含める（再帰）</translation>
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="25" />
            <source>Record events on the folder itself</source>
            <translation>フォルダー自身のイベントも記録</translation>
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="30" />
            <source>Watch with process information (administrator)</source>
            <translation>プロセス情報付きで監視（管理者）</translation>
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="32" />
            <source>Watch a Folder</source>
            <translation>フォルダーを監視</translation>
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="37" />
            <source>Browse…</source>
            <translation>参照…</translation>
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="42" />
            <source>&amp;Folder:</source>
            <translation>フォルダー(&amp;F)：</translation>
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="57" />
            <source>All</source>
            <translation>すべて</translation>
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="58" />
            <source>None</source>
            <translation>なし</translation>
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="69" />
            <source>&amp;Events:</source>
            <translation>イベント(&amp;E)：</translation>
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="73" />
            <source>One regular expression per line, e.g. /\.git/</source>
            <translation>1 行に 1 つの正規表現（例：/\.git/）</translation>
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="75" />
            <source>One regular expression per line, e.g. \.txt$</source>
            <translation>1 行に 1 つの正規表現（例：\.txt$）</translation>
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="77" />
            <source>E&amp;xclude:</source>
            <translation>除外(&amp;X)：</translation>
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="78" />
            <source>&amp;Include only:</source>
            <translation>次のみ含める(&amp;I)：</translation>
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="84" />
            <source>Uses the fanotify helper, which runs as administrator after you enter your password. It tells which process touched each file and needs no watch per folder.</source>
            <translation>fanotify ヘルパーを使います。パスワードを入力すると管理者として動作し、各ファイルにどのプロセスが触れたかがわかります。フォルダーごとの監視も不要です。</translation>
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="91" />
            <source>&amp;Watch</source>
            <translation>監視(&amp;W)</translation>
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="107" />
            <source>Choose a Folder to Watch</source>
            <translation>監視するフォルダーを選択</translation>
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="186" />
            <source>Please choose an existing folder.</source>
            <translation>既存のフォルダーを選んでください。</translation>
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="207" />
            <source>This pattern is not a valid regular expression:
%1</source>
            <translation>このパターンは正しい正規表現ではありません：
%1</translation>
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="192" />
            <source>Please choose at least one event type.</source>
            <translation>少なくとも 1 種類のイベントを選んでください。</translation>
        </message>
    </context>
    <context>
        <name>ExportCommand</name>
        <message>
            <location filename="../app/cli/exportcommand.cpp" line="61" />
            <source>exporting: %1 of %2 events (%3%)</source>
            <translation>エクスポート中: %2 件中 %1 件（%3%）</translation>
        </message>
        <message>
            <location filename="../app/cli/exportcommand.cpp" line="64" />
            <source>exporting: %1 events</source>
            <translation>エクスポート中: %1 件</translation>
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
            <translation>使い方: fsnoop export SESSION -o OUT [--format FORMAT] [-q]

ウィンドウなしでセッションを変換します。SESSION はセッションファイル（.fsnoop）
または fsnoop が書いた CSV です。OUT には --format または OUT の拡張子
（.csv、.jsonl、.fsnoop）に応じて CSV、JSON Lines、セッションファイルを
書きます。セッションファイルは少しずつ読むので、メモリより大きくても
変換できます。端末では進行状況を 1 行で表示します。失敗または中断した
エクスポートはファイルを残しません。

オプション:
  -o, --output OUT       書き出すファイル（「-」: 標準出力。CSV と JSON Lines
                         のみ）
  --format FORMAT        csv、jsonl、fsnoop
  -q, --quiet            進行状況も要約も表示しない
  -h, --help             このヘルプを表示する

終了コード: 0 完了、1 セッションを読めないか OUT を書けない、2 使い方の誤り。
</translation>
        </message>
        <message>
            <location filename="../app/cli/exportcommand.cpp" line="127" />
            <source>no session to export (usage: fsnoop export SESSION -o OUT)</source>
            <translation>エクスポートするセッションがありません（使い方: fsnoop export SESSION -o OUT）</translation>
        </message>
        <message>
            <location filename="../app/cli/exportcommand.cpp" line="128" />
            <source>one session at a time, not %1</source>
            <translation>一度に 1 つのセッションだけです（%1 個ではなく）</translation>
        </message>
        <message>
            <location filename="../app/cli/exportcommand.cpp" line="133" />
            <source>no such file: %1</source>
            <translation>ファイルがありません: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/exportcommand.cpp" line="138" />
            <source>-o OUT is required (.csv, .jsonl, .fsnoop, or - for standard output)</source>
            <translation>-o OUT が必要です（.csv、.jsonl、.fsnoop、標準出力なら -）</translation>
        </message>
        <message>
            <location filename="../app/cli/exportcommand.cpp" line="143" />
            <source>cannot tell the format of %1 from its name: use --format csv, jsonl or fsnoop</source>
            <translation>%1 の形式が名前からわかりません。--format csv、jsonl、fsnoop を指定してください</translation>
        </message>
        <message>
            <location filename="../app/cli/exportcommand.cpp" line="154" />
            <source>the output is the session itself: %1</source>
            <translation>出力先がセッションそのものです: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/exportcommand.cpp" line="188" />
            <location filename="../app/cli/exportcommand.cpp" line="241" />
            <location filename="../app/cli/exportcommand.cpp" line="247" />
            <source>cannot write %1: %2</source>
            <translation>%1 に書き込めません: %2</translation>
        </message>
        <message>
            <location filename="../app/cli/exportcommand.cpp" line="216" />
            <source>line %1: %2</source>
            <translation>%1 行目: %2</translation>
        </message>
        <message>
            <location filename="../app/cli/exportcommand.cpp" line="239" />
            <source>interrupted; %1 was not written</source>
            <translation>中断しました。%1 は書き出していません</translation>
        </message>
        <message>
            <location filename="../app/cli/exportcommand.cpp" line="243" />
            <source>cannot read %1: %2</source>
            <translation>%1 を読めません: %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/cli/exportcommand.cpp" line="251" />
            <source>exported %n event(s) to %1</source>
            <translation>
                <numerusform>%n 件のイベントを %1 にエクスポートしました</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OutputFormat</name>
        <message>
            <location filename="../app/cli/outputformat.cpp" line="41" />
            <source>unknown format "%1" for --format (csv, jsonl or fsnoop)</source>
            <translation>--format の形式「%1」は不明です（csv、jsonl、fsnoop のいずれか）</translation>
        </message>
        <message>
            <location filename="../app/cli/outputformat.cpp" line="47" />
            <source>a session file cannot go to standard output: give it a name with -o FILE.fsnoop</source>
            <translation>セッションファイルは標準出力に書けません。-o FILE.fsnoop で名前を付けてください</translation>
        </message>
        <message>
            <location filename="../app/cli/outputformat.cpp" line="56" />
            <source>standard output</source>
            <translation>標準出力</translation>
        </message>
    </context>
    <context>
        <name>SessionFileErrorText</name>
        <message>
            <location filename="../ui/session/sessionfileerrortext.cpp" line="16" />
            <source>input/output error (%1)</source>
            <translation>入出力エラー（%1）</translation>
        </message>
        <message>
            <location filename="../ui/session/sessionfileerrortext.cpp" line="18" />
            <source>the disk is full</source>
            <translation>ディスクがいっぱいです</translation>
        </message>
        <message>
            <location filename="../ui/session/sessionfileerrortext.cpp" line="20" />
            <source>not an fsnoop session file</source>
            <translation>fsnoop のセッションファイルではありません</translation>
        </message>
        <message>
            <location filename="../ui/session/sessionfileerrortext.cpp" line="22" />
            <source>written by a newer fsnoop (session format %1; this version reads up to %2)</source>
            <translation>新しい fsnoop で書かれています（セッション形式 %1。このバージョンは %2 まで読めます）</translation>
        </message>
        <message>
            <location filename="../ui/session/sessionfileerrortext.cpp" line="26" />
            <source>written by an older fsnoop (session format %1) and must be upgraded, which failed: %2</source>
            <translation>古い fsnoop で書かれており（セッション形式 %1）更新が必要ですが、失敗しました: %2</translation>
        </message>
        <message>
            <location filename="../ui/session/sessionfileerrortext.cpp" line="31" />
            <source>the file is damaged (%1)</source>
            <translation>ファイルが壊れています（%1）</translation>
        </message>
        <message>
            <location filename="../ui/session/sessionfileerrortext.cpp" line="33" />
            <source>cancelled</source>
            <translation>キャンセルしました</translation>
        </message>
    </context>
    <context>
        <name>CaptureKeeper</name>
        <message>
            <location filename="../ui/window/capturekeeper.cpp" line="49" />
            <source>Watch Another Folder</source>
            <translation>別のフォルダーを監視</translation>
        </message>
        <message>
            <location filename="../ui/window/capturekeeper.cpp" line="50" />
            <source>Discard and Watch</source>
            <translation>破棄して監視</translation>
        </message>
        <message>
            <location filename="../ui/window/capturekeeper.cpp" line="53" />
            <source>Open Session</source>
            <translation>セッションを開く</translation>
        </message>
        <message>
            <location filename="../ui/window/capturekeeper.cpp" line="54" />
            <source>Discard and Open</source>
            <translation>破棄して開く</translation>
        </message>
        <message>
            <location filename="../ui/window/capturekeeper.cpp" line="57" />
            <source>Quit fsnoop</source>
            <translation>fsnoop を終了</translation>
        </message>
        <message>
            <location filename="../ui/window/capturekeeper.cpp" line="58" />
            <source>Discard and Quit</source>
            <translation>破棄して終了</translation>
        </message>
        <message>
            <location filename="../ui/window/capturekeeper.cpp" line="62" />
            <source>The current capture holds %1 events that have not been exported.</source>
            <translation>現在のキャプチャには、エクスポートされていないイベントが %1 件あります。</translation>
        </message>
        <message>
            <location filename="../ui/window/capturekeeper.cpp" line="65" />
            <source>Export them to a CSV file first, or discard them? Cancel keeps the capture as it is.</source>
            <translation>先に CSV ファイルへエクスポートしますか、それとも破棄しますか？［キャンセル］ではキャプチャはそのまま残ります。</translation>
        </message>
        <message>
            <location filename="../ui/window/capturekeeper.cpp" line="67" />
            <source>Export…</source>
            <translation>エクスポート…</translation>
        </message>
        <message>
            <source>Keep this capture? Its %1 events are in the session file %2.</source>
            <translation>このキャプチャを残しますか？ %1 件のイベントはセッションファイル %2 にあります。</translation>
        </message>
        <message>
            <source>Keep leaves it with the recent sessions (File ▸ Sessions), Save… moves it where you choose, Discard deletes it. Cancel goes on as before.</source>
            <translation>「残す」は最近のセッション（ファイル ▸ セッション）に置いたままにし、「保存…」は選んだ場所へ移し、「破棄」は削除します。「キャンセル」はこれまでどおり続けます。</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>残す</translation>
        </message>
        <message>
            <source>Save…</source>
            <translation>保存…</translation>
        </message>
        <message>
            <source>Keep Capture</source>
            <translation>キャプチャを残す</translation>
        </message>
        <message>
            <source>Not every event could be written to %1: %2</source>
            <translation>一部のイベントを %1 に書き込めませんでした: %2</translation>
        </message>
        <message>
            <source>Save Session</source>
            <translation>セッションを保存</translation>
        </message>
        <message>
            <source>Sessions (*.fsnoop)</source>
            <translation>セッション (*.fsnoop)</translation>
        </message>
        <message>
            <source>Could not move the session to %1: %2
It stays in %3.</source>
            <translation>セッションを %1 に移動できませんでした: %2
%3 に残っています。</translation>
        </message>
    </context>
    <context>
        <name>ContainingFolder</name>
        <message>
            <location filename="../ui/events/containingfolder.cpp" line="62" />
            <source>Open Containing Folder</source>
            <translation>含まれているフォルダーを開く</translation>
        </message>
        <message>
            <location filename="../ui/events/containingfolder.cpp" line="63" />
            <source>No file manager could open the folder %1. Its path has been copied to the clipboard.</source>
            <translation>フォルダー %1 を開けるファイルマネージャーがありません。パスをクリップボードにコピーしました。</translation>
        </message>
    </context>
    <context>
        <name>ShowEventsAction</name>
        <message>
            <location filename="../ui/analysis/showeventsaction.cpp" line="8" />
            <source>Show Events</source>
            <translation>イベントを表示</translation>
        </message>
        <message>
            <location filename="../ui/analysis/showeventsaction.cpp" line="11" />
            <source>Show the events of the selected row in the Events tab (Enter or double-click)</source>
            <translation>選択した行のイベントを［イベント］タブに表示します（Enter またはダブルクリック）</translation>
        </message>
    </context>
    <context>
        <name>TailFollower</name>
        <message>
            <location filename="../ui/events/tailfollower.cpp" line="15" />
            <source>Not following new events — Jump to Latest (End)</source>
            <translation>新しいイベントを追跡していません — 最新へ移動 (End)</translation>
        </message>
        <message>
            <location filename="../ui/events/tailfollower.cpp" line="16" />
            <source>Scroll to the newest event and follow new ones again</source>
            <translation>最新のイベントまでスクロールし、新しいイベントの追跡を再開します</translation>
        </message>
        <message>
            <location filename="../ui/events/tailfollower.cpp" line="22" />
            <source>Jump to Latest</source>
            <translation>最新へ移動</translation>
        </message>
    </context>
    <context>
        <name>HighlightColors</name>
        <message>
            <location filename="../ui/events/highlightcolors.cpp" line="6" />
            <source>Red</source>
            <translation>赤</translation>
        </message>
        <message>
            <location filename="../ui/events/highlightcolors.cpp" line="7" />
            <source>Orange</source>
            <translation>オレンジ</translation>
        </message>
        <message>
            <location filename="../ui/events/highlightcolors.cpp" line="8" />
            <source>Yellow</source>
            <translation>黄</translation>
        </message>
        <message>
            <location filename="../ui/events/highlightcolors.cpp" line="9" />
            <source>Green</source>
            <translation>緑</translation>
        </message>
        <message>
            <location filename="../ui/events/highlightcolors.cpp" line="10" />
            <source>Blue</source>
            <translation>青</translation>
        </message>
        <message>
            <location filename="../ui/events/highlightcolors.cpp" line="11" />
            <source>Purple</source>
            <translation>紫</translation>
        </message>
    </context>
    <context>
        <name>RuleListModel</name>
        <message>
            <location filename="../ui/events/rulelistmodel.cpp" line="155" />
            <source>Column</source>
            <translation>列</translation>
        </message>
        <message>
            <location filename="../ui/events/rulelistmodel.cpp" line="156" />
            <source>Relation</source>
            <translation>条件</translation>
        </message>
        <message>
            <location filename="../ui/events/rulelistmodel.cpp" line="157" />
            <source>Value</source>
            <translation>値</translation>
        </message>
        <message>
            <location filename="../ui/events/rulelistmodel.cpp" line="158" />
            <source>Action</source>
            <translation>動作</translation>
        </message>
        <message>
            <location filename="../ui/events/rulelistmodel.cpp" line="159" />
            <source>Colour</source>
            <translation>色</translation>
        </message>
    </context>
    <context>
        <name>RulesController</name>
        <message>
            <location filename="../ui/events/rulescontroller.cpp" line="37" />
            <source>&amp;Filter Rules…</source>
            <translation>フィルタールール(&amp;F)…</translation>
        </message>
        <message>
            <location filename="../ui/events/rulescontroller.cpp" line="38" />
            <source>&amp;Highlight Rules…</source>
            <translation>強調表示ルール(&amp;H)…</translation>
        </message>
        <message>
            <location filename="../ui/events/rulescontroller.cpp" line="41" />
            <source>Show only the events that rules let through</source>
            <translation>ルールを通過したイベントだけを表示</translation>
        </message>
        <message>
            <location filename="../ui/events/rulescontroller.cpp" line="44" />
            <source>Colour the rows that rules match</source>
            <translation>ルールに一致する行に色を付ける</translation>
        </message>
    </context>
    <context>
        <name>RulesDialog</name>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="38" />
            <source>Filter Rules</source>
            <translation>フィルタールール</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="38" />
            <source>Highlight Rules</source>
            <translation>強調表示ルール</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="42" />
            <source>Show only the events these rules let through.</source>
            <translation>これらのルールを通過したイベントだけを表示します。</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="43" />
            <source>Colour the rows these rules match; the first matching rule gives the colour.</source>
            <translation>これらのルールに一致する行に色を付けます。最初に一致したルールの色になります。</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="67" />
            <source>&amp;Remove</source>
            <translation>削除(&amp;R)</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="68" />
            <source>Move &amp;Up</source>
            <translation>上へ(&amp;U)</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="69" />
            <source>Move &amp;Down</source>
            <translation>下へ(&amp;D)</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="90" />
            <source>Remove every rule</source>
            <translation>すべてのルールを削除</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="90" />
            <source>Go back to the default highlights</source>
            <translation>既定の強調表示に戻す</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="142" />
            <source>&amp;Add</source>
            <translation>追加(&amp;A)</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="144" />
            <source>&amp;Change</source>
            <translation>変更(&amp;C)</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="145" />
            <source>Replace the selected rule with the one above</source>
            <translation>選択したルールを上の内容で置き換える</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/events/rulesdialog.cpp" line="295" />
            <source>%n rule(s) cannot work and match nothing:</source>
            <translation>
                <numerusform>%n 件のルールは機能せず、何にも一致しません:</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="309" />
            <source>Saved sets:</source>
            <translation>保存済みセット:</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="320" />
            <source>&amp;Load</source>
            <translation>読み込み(&amp;L)</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="321" />
            <source>&amp;Save As…</source>
            <translation>名前を付けて保存(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="322" />
            <source>Re&amp;name…</source>
            <translation>名前を変更(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="323" />
            <source>De&amp;lete</source>
            <translation>削除(&amp;L)</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="324" />
            <source>&amp;Import…</source>
            <translation>インポート(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="325" />
            <source>&amp;Export…</source>
            <translation>エクスポート(&amp;E)…</translation>
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
            <translation>ルールセットを保存</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="382" />
            <location filename="../ui/events/rulesdialog.cpp" line="410" />
            <source>Name:</source>
            <translation>名前:</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="391" />
            <source>Replace the set “%1”?</source>
            <translation>セット「%1」を置き換えますか?</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="410" />
            <source>Rename Rule Set</source>
            <translation>ルールセットの名前を変更</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="425" />
            <source>Delete Rule Set</source>
            <translation>ルールセットを削除</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="426" />
            <source>Delete the set “%1”?</source>
            <translation>セット「%1」を削除しますか?</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="435" />
            <source>Import Filter</source>
            <translation>フィルターをインポート</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="436" />
            <location filename="../ui/events/rulesdialog.cpp" line="460" />
            <source>Filter files (*.json);;All files (*)</source>
            <translation>フィルターファイル (*.json);;すべてのファイル (*)</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="459" />
            <source>Export Filter</source>
            <translation>フィルターをエクスポート</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="467" />
            <source>Exported</source>
            <translation>エクスポート済み</translation>
        </message>
    </context>
    <context>
        <name>RulesText</name>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="9" />
            <source>Time</source>
            <translation>時刻</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="10" />
            <source>Event</source>
            <translation>イベント</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="11" />
            <source>Path</source>
            <translation>パス</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="12" />
            <source>Name</source>
            <translation>名前</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="13" />
            <location filename="../ui/text/rulestext.cpp" line="55" />
            <source>Folder</source>
            <translation>フォルダー</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="14" />
            <source>Extension</source>
            <translation>拡張子</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="15" />
            <source>Type</source>
            <translation>種類</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="16" />
            <source>PID</source>
            <translation>PID</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="17" />
            <source>Process</source>
            <translation>プロセス</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="18" />
            <source>Executable</source>
            <translation>実行ファイル</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="19" />
            <source>Command line</source>
            <translation>コマンドライン</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="20" />
            <source>Parent PID</source>
            <translation>親 PID</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="21" />
            <source>User</source>
            <translation>ユーザー</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="22" />
            <source>Cookie</source>
            <translation>Cookie</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="23" />
            <source>Source</source>
            <translation>ソース</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="31" />
            <source>is</source>
            <translation>が次と等しい</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="32" />
            <source>is not</source>
            <translation>が次と等しくない</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="33" />
            <source>contains</source>
            <translation>が次を含む</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="34" />
            <source>excludes</source>
            <translation>が次を含まない</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="35" />
            <source>begins with</source>
            <translation>が次で始まる</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="36" />
            <source>ends with</source>
            <translation>が次で終わる</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="37" />
            <source>less than</source>
            <translation>が次より小さい</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="38" />
            <source>more than</source>
            <translation>が次より大きい</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="39" />
            <source>matches (regex)</source>
            <translation>が次に一致 (正規表現)</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="46" />
            <source>Include</source>
            <translation>含める</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="46" />
            <source>Exclude</source>
            <translation>除外</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="53" />
            <source>File</source>
            <translation>ファイル</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="62" />
            <source>%1 %2 “%3”, %4</source>
            <translation>%1 %2 「%3」、%4</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="73" />
            <source>rule %1: the regular expression is not valid: %2 (at offset %3)</source>
            <translation>ルール %1: 正規表現が正しくありません: %2 (位置 %3)</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="78" />
            <source>rule %1: “less than” and “more than” need a number here</source>
            <translation>ルール %1: ここでは「より小さい」「より大きい」に数値が必要です</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="81" />
            <source>rule %1: not a time; write 14:05, 14:05:30.25 or 2026-11-22 14:05</source>
            <translation>ルール %1: 時刻ではありません。14:05、14:05:30.25、2026-11-22 14:05 のように書いてください</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="93" />
            <source>cannot read the file: %1</source>
            <translation>ファイルを読めません: %1</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="95" />
            <source>cannot write the file: %1</source>
            <translation>ファイルに書き込めません: %1</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="97" />
            <source>not a JSON document: %1</source>
            <translation>JSON 文書ではありません: %1</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="99" />
            <source>not an fsnoop filter file (docs/filter-format.md)</source>
            <translation>fsnoop のフィルターファイルではありません (docs/filter-format.md)</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="101" />
            <source>written by a newer fsnoop (format version %1)</source>
            <translation>新しい fsnoop で書かれています (形式バージョン %1)</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="103" />
            <source>set %1, rule %2: unknown %3</source>
            <translation>セット %1、ルール %2: 不明な %3</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="110" />
            <source>Rules on the same column are combined with OR, rules on different columns with AND. An event that matches an Exclude rule is hidden, whatever the Include rules say. Unticked rules are ignored. Text comparisons ignore case.</source>
            <translation>同じ列のルールは OR で、異なる列のルールは AND で組み合わされます。除外ルールに一致したイベントは、含めるルールに関係なく隠されます。チェックを外したルールは無視されます。文字列の比較では大文字と小文字を区別しません。</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="229" />
            <source>inotify</source>
            <translation>inotify</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="231" />
            <source>scan</source>
            <translation>スキャン</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="233" />
            <source>fanotify</source>
            <translation>fanotify</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="233" />
            <source>rescan</source>
            <translation>再スキャン</translation>
        </message>
    </context>
    <context>
        <name>WorkProgress</name>
        <message>
            <location filename="../ui/window/workprogress.cpp" line="22" />
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
    </context>
    <context>
        <name>EventPropertiesDialog</name>
        <message>
            <location filename="../ui/events/eventpropertiesdialog.cpp" line="47" />
            <source>&amp;Previous</source>
            <translation>前へ(&amp;P)</translation>
        </message>
        <message>
            <location filename="../ui/events/eventpropertiesdialog.cpp" line="48" />
            <source>&amp;Next</source>
            <translation>次へ(&amp;N)</translation>
        </message>
        <message>
            <location filename="../ui/events/eventpropertiesdialog.cpp" line="51" />
            <source>Event Properties</source>
            <translation>イベントのプロパティ</translation>
        </message>
        <message>
            <location filename="../ui/events/eventpropertiesdialog.cpp" line="54" />
            <source>The event above in the table</source>
            <translation>表で上のイベント</translation>
        </message>
        <message>
            <location filename="../ui/events/eventpropertiesdialog.cpp" line="55" />
            <source>The event below in the table</source>
            <translation>表で下のイベント</translation>
        </message>
        <message>
            <location filename="../ui/events/eventpropertiesdialog.cpp" line="67" />
            <source>Event</source>
            <translation>イベント</translation>
        </message>
        <message>
            <location filename="../ui/events/eventpropertiesdialog.cpp" line="68" />
            <source>Rename chain</source>
            <translation>名前変更の連鎖</translation>
        </message>
        <message>
            <location filename="../ui/events/eventpropertiesdialog.cpp" line="69" />
            <source>Process</source>
            <translation>プロセス</translation>
        </message>
        <message>
            <location filename="../ui/events/eventpropertiesdialog.cpp" line="108" />
            <source>No event selected.</source>
            <translation>イベントが選択されていません。</translation>
        </message>
        <message>
            <location filename="../ui/events/eventpropertiesdialog.cpp" line="122" />
            <source>Unknown: inotify does not tell which process did it. Watch with process information (administrator) to see it.</source>
            <translation>不明: inotify はどのプロセスが行ったかを伝えません。確認するにはプロセス情報付き (管理者) で監視してください。</translation>
        </message>
        <message>
            <location filename="../ui/events/eventpropertiesdialog.cpp" line="131" />
            <source>Rename chains are not available.</source>
            <translation>名前変更の連鎖は利用できません。</translation>
        </message>
        <message>
            <location filename="../ui/events/eventpropertiesdialog.cpp" line="137" />
            <source>Not part of a rename.</source>
            <translation>名前変更の一部ではありません。</translation>
        </message>
        <message>
            <location filename="../ui/events/eventpropertiesdialog.cpp" line="145" />
            <source>moved in from outside → %1</source>
            <translation>外部から移動 → %1</translation>
        </message>
        <message>
            <location filename="../ui/events/eventpropertiesdialog.cpp" line="147" />
            <source>%1 → moved out of the watched folders</source>
            <translation>%1 → 監視フォルダーの外へ移動</translation>
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
            <translation>開始 %1</translation>
        </message>
        <message>
            <location filename="../ui/processes/processtreemodel.cpp" line="179" />
            <source>How many different paths the process touched</source>
            <translation>プロセスが触れた異なるパスの数</translation>
        </message>
        <message>
            <location filename="../ui/processes/processtreemodel.cpp" line="181" />
            <source>A process is its PID and its start time: a reused PID is a new row.</source>
            <translation>プロセスは PID と開始時刻で識別されます: 再利用された PID は新しい行になります。</translation>
        </message>
        <message>
            <location filename="../ui/processes/processtreemodel.cpp" line="192" />
            <source>Files</source>
            <translation>ファイル</translation>
        </message>
    </context>
    <context>
        <name>ProcessesPanel</name>
        <message>
            <location filename="../ui/processes/processespanel.cpp" line="28" />
            <source>inotify does not tell which process changed a file. Process information needs the administrator mode: fsnoop then watches with its fanotify helper, after asking for the administrator password.</source>
            <translation>inotify はどのプロセスがファイルを変更したかを伝えません。プロセス情報には管理者モードが必要です: fsnoop は管理者パスワードを尋ねた後、fanotify ヘルパーで監視します。</translation>
        </message>
        <message>
            <location filename="../ui/processes/processespanel.cpp" line="34" />
            <source>Watch with Process Information</source>
            <translation>プロセス情報付きで監視</translation>
        </message>
        <message>
            <location filename="../ui/processes/processespanel.cpp" line="112" />
            <source>Include This Process</source>
            <translation>このプロセスを含める</translation>
        </message>
        <message>
            <location filename="../ui/processes/processespanel.cpp" line="113" />
            <source>Include This Process and Its Children</source>
            <translation>このプロセスと子プロセスを含める</translation>
        </message>
        <message>
            <location filename="../ui/processes/processespanel.cpp" line="114" />
            <source>Exclude This Process</source>
            <translation>このプロセスを除外</translation>
        </message>
        <message>
            <location filename="../ui/processes/processespanel.cpp" line="115" />
            <source>Exclude This Process and Its Children</source>
            <translation>このプロセスと子プロセスを除外</translation>
        </message>
        <message>
            <location filename="../ui/processes/processespanel.cpp" line="122" />
            <source>Adds filter rules on the process ID, shown in the Filter dialog</source>
            <translation>プロセス ID のフィルタールールを追加します</translation>
        </message>
    </context>
    <context>
        <name>EventDescription</name>
        <message>
            <location filename="../ui/events/eventdescription.cpp" line="50" />
            <source>Process: %1 (PID %2) %3</source>
            <translation>プロセス：%1（PID %2）%3</translation>
        </message>
        <message>
            <location filename="../ui/events/eventdescription.cpp" line="58" />
            <source>Parent process: PID %1</source>
            <translation>親プロセス: PID %1</translation>
        </message>
        <message>
            <location filename="../ui/events/eventdescription.cpp" line="64" />
            <source>Process started: %1</source>
            <translation>プロセス開始: %1</translation>
        </message>
        <message>
            <location filename="../ui/events/eventdescription.cpp" line="24" />
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
    </context>
    <context>
        <name>CrashedCaptureOffer</name>
        <message>
            <source>Reopen Capture</source>
            <translation>キャプチャを開き直す</translation>
        </message>
        <message numerus="yes">
            <source>fsnoop was closed while capturing %1 since %2; %n event(s) were saved.</source>
            <translation>
                <numerusform>fsnoop は %2 から %1 をキャプチャ中に終了しました。%n 件のイベントが保存されています。</numerusform>
            </translation>
        </message>
        <message>
            <source>The capture is in %1. Reopen it now, keep it with the recent sessions for later, or delete it?</source>
            <translation>キャプチャは %1 にあります。今すぐ開き直しますか、後のために最近のセッションに残しますか、それとも削除しますか？</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>開き直す</translation>
        </message>
        <message>
            <source>Keep for Later</source>
            <translation>後で見る</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>削除</translation>
        </message>
    </context>
    <context>
        <name>SessionText</name>
        <message>
            <source>(unreadable: %1)</source>
            <translation>（読めません: %1）</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n 日</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s)</source>
            <translation>
                <numerusform>%n 時間</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n 分</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SessionsDialog</name>
        <message>
            <source>&amp;Open</source>
            <translation>開く(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>削除(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Clean Up Now</source>
            <translation>今すぐ整理(&amp;C)</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>セッション</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>開始</translation>
        </message>
        <message>
            <source>Watched</source>
            <translation>監視対象</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>イベント</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>サイズ</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>経過</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>制限なし</translation>
        </message>
        <message>
            <source> days</source>
            <translation> 日</translation>
        </message>
        <message>
            <source> GB</source>
            <translation> GB</translation>
        </message>
        <message>
            <source>Delete sessions older than:</source>
            <translation>次より古いセッションを削除:</translation>
        </message>
        <message>
            <source>Keep the folder under:</source>
            <translation>フォルダーの上限:</translation>
        </message>
        <message>
            <source>Applied each time fsnoop starts, oldest first. The running capture, sessions another fsnoop is writing and files saved elsewhere are never deleted.</source>
            <translation>fsnoop の起動ごとに古いものから適用します。実行中のキャプチャ、別の fsnoop が書き込み中のセッション、ほかの場所に保存したファイルは削除しません。</translation>
        </message>
        <message>
            <source>Captures are saved as they run in %1</source>
            <translation>キャプチャは実行中に %1 に保存されます</translation>
        </message>
        <message>
            <source>capturing</source>
            <translation>キャプチャ中</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s), %1</source>
            <translation>
                <numerusform>%n 個のセッション、%1</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete Sessions</source>
            <translation>セッションを削除</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n session(s)? This cannot be undone.</source>
            <translation>
                <numerusform>%n 個のセッションを削除しますか？元に戻せません。</numerusform>
            </translation>
        </message>
        <message>
            <source> MB</source>
            <translation> MB</translation>
        </message>
        <message>
            <source>How much of a live capture the window keeps, about %1 events per MB; past it the oldest go from the table (the session file keeps them). For the next capture.</source>
            <translation>実行中のキャプチャをウィンドウがどれだけ保持するか（1 MB あたり約 %1 件のイベント）。超えると古いものから表から消えます（セッションファイルには残ります）。次のキャプチャから有効です。</translation>
        </message>
        <message>
            <source>Capture budget:</source>
            <translation>キャプチャの上限:</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <location filename="../ui/events/findbar.cpp" line="24" />
            <source>Find in path, process or event type</source>
            <translation>パス、プロセス、イベント種別を検索</translation>
        </message>
        <message>
            <location filename="../ui/events/findbar.cpp" line="29" />
            <source>Find:</source>
            <translation>検索:</translation>
        </message>
        <message>
            <location filename="../ui/events/findbar.cpp" line="33" />
            <source>Previous match</source>
            <translation>前の一致</translation>
        </message>
        <message>
            <location filename="../ui/events/findbar.cpp" line="36" />
            <source>Next match</source>
            <translation>次の一致</translation>
        </message>
        <message>
            <location filename="../ui/events/findbar.cpp" line="40" />
            <source>Close the find bar</source>
            <translation>検索バーを閉じる</translation>
        </message>
        <message>
            <location filename="../ui/events/findbar.cpp" line="51" />
            <source>&amp;Find…</source>
            <translation>検索(&amp;F)…</translation>
        </message>
        <message>
            <location filename="../ui/events/findbar.cpp" line="55" />
            <source>Find &amp;Next</source>
            <translation>次を検索(&amp;N)</translation>
        </message>
        <message>
            <location filename="../ui/events/findbar.cpp" line="59" />
            <source>Find Pre&amp;vious</source>
            <translation>前を検索(&amp;V)</translation>
        </message>
        <message>
            <location filename="../ui/events/findbar.cpp" line="70" />
            <source>Search wrapped around</source>
            <translation>検索が一周しました</translation>
        </message>
        <message>
            <location filename="../ui/events/findbar.cpp" line="74" />
            <source>No match</source>
            <translation>一致なし</translation>
        </message>
        <message>
            <location filename="../ui/events/findbar.cpp" line="102" />
            <source>Searching…</source>
            <translation>検索中…</translation>
        </message>
    </context>
    <context>
        <name>JumpToTimeDialog</name>
        <message>
            <location filename="../ui/events/jumptotimedialog.cpp" line="14" />
            <source>Jump to Time</source>
            <translation>時刻へ移動</translation>
        </message>
        <message>
            <location filename="../ui/events/jumptotimedialog.cpp" line="22" />
            <source>First event at or after:</source>
            <translation>この時刻以降の最初のイベント:</translation>
        </message>
    </context>
</TS>
