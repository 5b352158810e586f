<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AnalysisViews</name>
        <message>
            <location filename="../ui/analysis/analysisviews.cpp" line="13" />
            <source>Statistics</source>
            <translation>统计</translation>
        </message>
        <message>
            <location filename="../ui/analysis/analysisviews.cpp" line="14" />
            <source>Renames</source>
            <translation>重命名</translation>
        </message>
        <message>
            <location filename="../ui/analysis/analysisviews.cpp" line="21" />
            <source>Processes</source>
            <translation>进程</translation>
        </message>
    </context>
    <context>
        <name>CaptureController</name>
        <message>
            <location filename="../ui/window/capturecontroller.cpp" line="52" />
            <source>Setting Up Watches</source>
            <translation>正在设置监视</translation>
        </message>
        <message>
            <location filename="../ui/window/capturecontroller.cpp" line="54" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/window/capturecontroller.cpp" line="64" />
            <source>Scanned %n folder(s)…</source>
            <translation>
                <numerusform>已扫描 %n 个文件夹…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/window/capturecontroller.cpp" line="89" />
            <source>Could Not Watch</source>
            <translation>无法监视</translation>
        </message>
    </context>
    <context>
        <name>CaptureStatusBar</name>
        <message>
            <location filename="../ui/window/capturestatusbar.cpp" line="28" />
            <source>The oldest events were dropped to keep memory bounded</source>
            <translation>为限制内存占用，最早的事件已被丢弃</translation>
        </message>
        <message>
            <location filename="../ui/window/capturestatusbar.cpp" line="30" />
            <source>Times the kernel queue overflowed and events were lost</source>
            <translation>内核队列溢出并丢失事件的次数</translation>
        </message>
        <message>
            <location filename="../ui/window/capturestatusbar.cpp" line="35" />
            <source>Show the warnings and what to do about them</source>
            <translation>显示警告及处理方法</translation>
        </message>
        <message>
            <location filename="../ui/window/capturestatusbar.cpp" line="49" />
            <location filename="../ui/window/capturestatusbar.cpp" line="89" />
            <source>%1 events</source>
            <translation>%1 个事件</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/window/capturestatusbar.cpp" line="55" />
            <source>%n folder(s) scanned</source>
            <translation>
                <numerusform>已扫描 %n 个文件夹</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/window/capturestatusbar.cpp" line="85" />
            <source>%n folder(s) watched</source>
            <translation>
                <numerusform>监视 %n 个文件夹</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/window/capturestatusbar.cpp" line="90" />
            <source>%1 events/s</source>
            <translation>%1 个事件/秒</translation>
        </message>
        <message>
            <location filename="../ui/window/capturestatusbar.cpp" line="93" />
            <source>%1 dropped</source>
            <translation>已丢弃 %1 个</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/window/capturestatusbar.cpp" line="96" />
            <source>%n overflow(s)</source>
            <translation>
                <numerusform>%n 次溢出</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/window/capturestatusbar.cpp" line="101" />
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n 个警告</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/window/capturestatusbar.cpp" line="186" />
            <source>%n notice(s)</source>
            <translation>
                <numerusform>%n 条通知</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/window/capturestatusbar.cpp" line="70" />
            <source>%n pattern(s) excluded</source>
            <translation>
                <numerusform>已排除 %n 个模式</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/window/capturestatusbar.cpp" line="72" />
            <source>Excluded: %1</source>
            <translation>已排除：%1</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/window/capturestatusbar.cpp" line="75" />
            <source>only %n pattern(s) included</source>
            <translation>
                <numerusform>仅包含 %n 个模式</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/window/capturestatusbar.cpp" line="77" />
            <source>Included: %1</source>
            <translation>已包含：%1</translation>
        </message>
        <message>
            <location filename="../ui/window/capturestatusbar.cpp" line="82" />
            <source>%1 of %2 event types</source>
            <translation>%2 种事件类型中的 %1 种</translation>
        </message>
        <message>
            <location filename="../ui/window/capturestatusbar.cpp" line="84" />
            <source>subfolders not watched</source>
            <translation>不监视子文件夹</translation>
        </message>
        <message>
            <location filename="../ui/window/capturestatusbar.cpp" line="87" />
            <source>The watch options leave some activity out (File → Watch Folder… to change them).</source>
            <translation>监视选项排除了部分活动（可在“文件 → 监视文件夹…”中更改）。</translation>
        </message>
        <message>
            <location filename="../ui/window/capturestatusbar.cpp" line="104" />
            <source>Dropping filtered events: %1 not recorded</source>
            <translation>正在丢弃被过滤的事件：%1 个未记录</translation>
        </message>
        <message>
            <location filename="../ui/window/capturestatusbar.cpp" line="38" />
            <source>Capture → Drop Filtered Events is on: the events the filter rules exclude are not recorded at all</source>
            <translation>捕获 → 丢弃被过滤的事件 已开启：过滤规则排除的事件完全不会被记录</translation>
        </message>
        <message>
            <location filename="../ui/window/capturestatusbar.cpp" line="28" />
            <source>The oldest events were dropped to stay within the capture budget (File ▸ Sessions); the session file still holds them</source>
            <translation>为保持在捕获预算内（文件 ▸ 会话），已移除最旧的事件；会话文件中仍保留它们</translation>
        </message>
        <message>
            <source>Saved as they come in %1</source>
            <translation>随到随存于 %1</translation>
        </message>
        <message>
            <source>%1 not in the session file</source>
            <translation>%1 个不在会话文件中</translation>
        </message>
        <message>
            <source>Events the session file could not take (the disk was full or too slow); they are only in memory</source>
            <translation>会话文件无法接收的事件（磁盘已满或太慢）；它们只在内存中</translation>
        </message>
        <message>
            <source>A watched folder was deleted or moved away. Its parent folder is watched for its name: when it is back, it is watched again and what it holds is recorded.</source>
            <translation>某个被监视的文件夹已被删除或移走。正在监视其父文件夹中的这个名称：它重新出现时会再次被监视，其内容也会被记录。</translation>
        </message>
        <message numerus="yes">
            <source>%n folder(s) waiting to come back</source>
            <translation>
                <numerusform>%n 个文件夹等待重新出现</numerusform>
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
            <translation>退出码：
  %1  正常结束（Ctrl+C、SIGTERM、--duration，或管道的读取端已退出）
  %2  运行时错误（无法写入输出、引擎出错、所有被监视的文件夹都已被删除或卸载）
  %3  用法错误（未知的选项或事件名称、错误的正则表达式、文件夹不存在）
  %4  无法监视任何内容（权限不足、达到 inotify 监视上限）
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
            <translation>用法：
  fsnoop [FOLDER]            打开窗口，若指定了 FOLDER 则监视它
  fsnoop open SESSION.csv    在窗口中重新打开已捕获的会话
  fsnoop record FOLDER... [options]
                             不打开窗口进行捕获并写出 CSV
                             （参见 `fsnoop record --help`）
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
            <translation>用法：fsnoop record FOLDER... [options]

使用 inotify 递归监视每个 FOLDER，每个事件写出一行 CSV（格式：
docs/csv-format.md），事件一到即写出，直到 Ctrl+C、SIGTERM 或 --duration 为止。
结束时向标准错误输出一行摘要。

选项：
  -e, --event EVENTS     只记录这些事件，以逗号分隔（默认：all）：
                         %1
                         close, move, all
  --exclude REGEX        忽略匹配 REGEX 的路径（Perl 兼容语法，匹配完整路径）；
                         被排除的文件夹完全不设置监视。可重复指定。
  --include REGEX        只记录匹配 REGEX 的路径。可重复指定。
  --duration SECONDS     SECONDS 秒后停止（允许小数）
  -o, --output FILE.csv  写入 FILE.csv 而不是标准输出（若该文件位于被监视的
                         文件夹内，其自身的变化不会被记录）
  -q, --quiet            不输出设置监视时的信息和摘要（问题仍会报告）
  --stats                结束时向标准错误输出按文件和事件类型统计的事件表
                         （即 inotifywatch 输出的内容）
  -a, --ascending EVENT  与 --stats 一起使用：按 EVENT（或 total）升序排序
  -d, --descending EVENT 与 --stats 一起使用：按 EVENT 降序排序（默认：total）
  --fanotify             通过特权辅助程序使用 fanotify 监视（以 root 运行，或
                         通过 pkexec 认证）：同时记录是哪个进程（pid、名称、
                         可执行文件）操作了每个文件
  -h, --help             显示此帮助

</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="143" />
            <source>-a and -d cannot be used together</source>
            <translation>-a 和 -d 不能同时使用</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="150" />
            <source>-%1 sorts the --stats table: add --stats</source>
            <translation>-%1 用于对 --stats 的表格排序：请加上 --stats</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="154" />
            <source>unknown event name "%1" for -%2 (try: fsnoop record --help)</source>
            <translation>-%2 的事件名称“%1”未知（请参阅 fsnoop record --help）</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="168" />
            <source>no event names in "%1"</source>
            <translation>“%1”中没有事件名称</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="169" />
            <source>unknown event name "%1" (try: fsnoop record --help)</source>
            <translation>未知的事件名称“%1”（请参阅 fsnoop record --help）</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="183" />
            <source>bad regular expression "%1" for --%2: %3 (at offset %4)</source>
            <translation>--%2 的正则表达式“%1”有误：%3（位于偏移 %4）</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="199" />
            <source>--duration needs a positive number of seconds, not "%1"</source>
            <translation>--duration 需要一个正的秒数，而不是“%1”</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="208" />
            <source>-o needs a file name</source>
            <translation>-o 需要一个文件名</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="215" />
            <source>no folder to watch (usage: fsnoop record FOLDER... [options])</source>
            <translation>没有要监视的文件夹（用法：fsnoop record FOLDER... [options]）</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="221" />
            <source>no such folder: %1</source>
            <translation>文件夹不存在：%1</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="225" />
            <source>not a folder: %1</source>
            <translation>%1 不是文件夹</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="68" />
            <source>unknown option "%1"</source>
            <translation>未知选项“%1”</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="74" />
            <source>open needs one session file (usage: fsnoop open SESSION)</source>
            <translation>open 需要一个会话文件（用法：fsnoop open SESSION）</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="76" />
            <source>no such file: %1</source>
            <translation>没有该文件：%1</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="79" />
            <source>not a folder: %1 (to open a session file: fsnoop open %1)</source>
            <translation>%1 不是文件夹（要打开会话文件：fsnoop open %1）</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="80" />
            <source>unknown command or no such folder: %1</source>
            <translation>未知命令或没有该文件夹：%1</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="82" />
            <source>unexpected argument "%1"</source>
            <translation>意外的参数“%1”</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="99" />
            <source>no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set); without a window, use fsnoop record or fsnoop export</source>
            <translation>没有可以打开窗口的显示器（未设置 DISPLAY 和 WAYLAND_DISPLAY）；没有窗口时，请使用 fsnoop record 或 fsnoop export</translation>
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
            <translation>用法：
  fsnoop [FOLDER]            打开窗口；如果给出 FOLDER，则监视它
  fsnoop open SESSION        在窗口中重新打开已记录的会话（.fsnoop 或 .csv）
  fsnoop record FOLDER... [options]
                             不打开窗口进行记录，写出 CSV、JSON Lines
                             或会话文件（见 `fsnoop record --help`）
  fsnoop export SESSION -o OUT
                             不打开窗口，将会话转换为 .csv、.jsonl 或 .fsnoop
                             （见 `fsnoop export --help`）
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
            <translation>输出格式：
  --format FORMAT        csv（默认）、jsonl（JSON Lines：每个事件一个 JSON
                         对象，使用 Elastic Common Schema 字段名）或 fsnoop
                         （会话文件：SQLite 数据库，崩溃安全；需要 -o）。
                         不指定 --format 时，按 -o FILE 的扩展名选择：
                         .csv、.jsonl、.fsnoop（docs/session-format.md）

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
            <translation>用法：fsnoop record FOLDER... [options]

使用 inotify 递归监视每个 FOLDER，每个事件写出一行 CSV（格式：
docs/csv-format.md），事件一到即写出，直到 Ctrl+C、SIGTERM 或 --duration 为止。
结束时向标准错误输出一行摘要。

选项：
  -e, --event EVENTS     只记录这些事件，以逗号分隔（默认：all）：
                         %1
                         close, move, all
  --exclude REGEX        忽略匹配 REGEX 的路径（Perl 兼容语法，匹配完整路径）；
                         被排除的文件夹完全不设置监视。可重复指定。
  --include REGEX        只记录匹配 REGEX 的路径。可重复指定。
  --duration SECONDS     SECONDS 秒后停止（允许小数）
  -o, --output FILE.csv  写入 FILE.csv 而不是标准输出（若该文件位于被监视的
                         文件夹内，其自身的变化不会被记录）
  -q, --quiet            不输出设置监视时的信息和摘要（问题仍会报告）
  --stats                结束时向标准错误输出按文件和事件类型统计的事件表
                         （即 inotifywatch 输出的内容）
  -a, --ascending EVENT  与 --stats 一起使用：按 EVENT（或 total）升序排序
  -d, --descending EVENT 与 --stats 一起使用：按 EVENT 降序排序（默认：total）
  --filter FILE          只写入 FILE 中过滤规则放行的事件（由窗口的过滤
                         对话框保存的过滤器文件，docs/filter-format.md）；
                         使用第一个规则集，或名为 NAME 的规则集
  --filter-set NAME      与 --filter 一起使用：使用名为 NAME 的规则集
  --fanotify             通过特权辅助程序使用 fanotify 监视（以 root 运行，或
                         通过 pkexec 认证）：同时记录是哪个进程（pid、名称、
                         可执行文件）操作了每个文件
  -h, --help             显示此帮助

</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="117" />
            <location filename="../app/cli/commandline.cpp" line="137" />
            <source>--filter %1: %2</source>
            <translation>--filter %1：%2</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="128" />
            <source>--filter %1: the file holds no rule set</source>
            <translation>--filter %1：文件中没有规则集</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="129" />
            <source>--filter %1: no set called "%2"</source>
            <translation>--filter %1：没有名为“%2”的规则集</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="239" />
            <source>--filter-set names a set of the --filter file: add --filter</source>
            <translation>--filter-set 指定的是 --filter 文件中的规则集：请添加 --filter</translation>
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
            <translation>退出码：
  %1  正常结束（Ctrl+C、SIGTERM、--duration，或管道的读取端已退出）
  %2  运行时错误（无法写入输出、引擎出错、已没有可监视或可等待的文件夹）
  %3  用法错误（未知的选项或事件名称、错误的正则表达式、文件夹不存在）
  %4  无法监视任何内容（权限不足、达到 inotify 监视上限）
</translation>
        </message>
    </context>
    <context>
        <name>CountColumns</name>
        <message>
            <location filename="../ui/analysis/countcolumns.cpp" line="63" />
            <source>Kernel notifications, not operations: inotify merges an event identical to the previous unread one, so ten quick writes may count as one.</source>
            <translation>这是内核通知而不是操作：inotify 会合并与上一个未读事件相同的事件，因此十次快速写入可能只算一次。</translation>
        </message>
        <message>
            <location filename="../ui/analysis/countcolumns.cpp" line="69" />
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <location filename="../ui/analysis/countcolumns.cpp" line="71" />
            <source>First seen</source>
            <translation>首次出现</translation>
        </message>
        <message>
            <location filename="../ui/analysis/countcolumns.cpp" line="73" />
            <source>Last seen</source>
            <translation>最后出现</translation>
        </message>
    </context>
    <context>
        <name>CsvFileSink</name>
        <message>
            <location filename="../app/cli/csvfilesink.cpp" line="104" />
            <source>another fsnoop is writing to it</source>
            <translation>另一个 fsnoop 正在写入该文件</translation>
        </message>
    </context>
    <context>
        <name>EventContextMenu</name>
        <message>
            <location filename="../ui/events/eventcontextmenu.cpp" line="117" />
            <source>Open Containing Folder</source>
            <translation>打开所在文件夹</translation>
        </message>
        <message>
            <location filename="../ui/events/eventcontextmenu.cpp" line="123" />
            <source>Show Only This File</source>
            <translation>只显示此文件</translation>
        </message>
        <message>
            <location filename="../ui/events/eventcontextmenu.cpp" line="125" />
            <source>Hide This File</source>
            <translation>隐藏此文件</translation>
        </message>
        <message>
            <location filename="../ui/events/eventcontextmenu.cpp" line="139" />
            <source>Show Only “%1” Events</source>
            <translation>只显示“%1”事件</translation>
        </message>
        <message>
            <location filename="../ui/events/eventcontextmenu.cpp" line="151" />
            <source>Show All Files and Events</source>
            <translation>显示所有文件和事件</translation>
        </message>
        <message>
            <location filename="../ui/events/eventcontextmenu.cpp" line="125" />
            <source>This Process (%1)</source>
            <translation>此进程 (%1)</translation>
        </message>
        <message>
            <location filename="../ui/events/eventcontextmenu.cpp" line="127" />
            <source>This Executable</source>
            <translation>此可执行文件</translation>
        </message>
        <message>
            <location filename="../ui/events/eventcontextmenu.cpp" line="129" />
            <source>This Path</source>
            <translation>此路径</translation>
        </message>
        <message>
            <location filename="../ui/events/eventcontextmenu.cpp" line="133" />
            <source>This Folder and Everything Below</source>
            <translation>此文件夹及其下所有内容</translation>
        </message>
        <message>
            <location filename="../ui/events/eventcontextmenu.cpp" line="135" />
            <source>This Event Type (%1)</source>
            <translation>此事件类型 (%1)</translation>
        </message>
        <message>
            <location filename="../ui/events/eventcontextmenu.cpp" line="138" />
            <source>This Extension (.%1)</source>
            <translation>此扩展名 (.%1)</translation>
        </message>
        <message>
            <location filename="../ui/events/eventcontextmenu.cpp" line="142" />
            <source>&amp;Include</source>
            <translation>包含(&amp;I)</translation>
        </message>
        <message>
            <location filename="../ui/events/eventcontextmenu.cpp" line="143" />
            <source>E&amp;xclude</source>
            <translation>排除(&amp;X)</translation>
        </message>
        <message>
            <location filename="../ui/events/eventcontextmenu.cpp" line="358" />
            <source>Bookmark &amp;Note…</source>
            <translation>书签备注(&amp;N)…</translation>
        </message>
    </context>
    <context>
        <name>EventDetailsPane</name>
        <message>
            <location filename="../ui/events/eventdetailspane.cpp" line="15" />
            <source>Select an event to see its details.</source>
            <translation>选择一个事件以查看详细信息。</translation>
        </message>
        <message>
            <location filename="../ui/events/eventdetailspane.cpp" line="29" />
            <source>Time: %1</source>
            <translation>时间：%1</translation>
        </message>
        <message>
            <location filename="../ui/events/eventdetailspane.cpp" line="30" />
            <source>Events: %1</source>
            <translation>事件：%1</translation>
        </message>
        <message>
            <location filename="../ui/events/eventdetailspane.cpp" line="32" />
            <source>Path: %1</source>
            <translation>路径：%1</translation>
        </message>
        <message>
            <location filename="../ui/events/eventdetailspane.cpp" line="34" />
            <source>Cookie: %1</source>
            <translation>Cookie：%1</translation>
        </message>
        <message>
            <location filename="../ui/events/eventdetailspane.cpp" line="36" />
            <source>Process: %1 (PID %2) %3</source>
            <translation>进程：%1（PID %2）%3</translation>
        </message>
        <message>
            <location filename="../ui/events/eventdetailspane.cpp" line="44" />
            <source>Parent process: PID %1</source>
            <translation>父进程：PID %1</translation>
        </message>
        <message>
            <location filename="../ui/events/eventdetailspane.cpp" line="46" />
            <source>User: %1</source>
            <translation>用户：%1</translation>
        </message>
        <message>
            <location filename="../ui/events/eventdetailspane.cpp" line="48" />
            <source>Command line: %1</source>
            <translation>命令行：%1</translation>
        </message>
        <message>
            <location filename="../ui/events/eventdetailspane.cpp" line="50" />
            <source>Process started: %1</source>
            <translation>进程启动时间：%1</translation>
        </message>
        <message>
            <location filename="../ui/events/eventdetailspane.cpp" line="52" />
            <source>Source: %1</source>
            <translation>来源：%1</translation>
        </message>
    </context>
    <context>
        <name>EventCellText</name>
        <message>
            <location filename="../ui/events/eventcelltext.cpp" line="241" />
            <source>The kernel's event queue overflowed here, so some events were lost (overflow number %1). fsnoop rescanned the watched folders to catch up. Raising /proc/sys/fs/inotify/max_queued_events or narrowing the watched events makes this less likely.</source>
            <translation>内核事件队列在此处溢出，部分事件已丢失（第 %1 次溢出）。fsnoop 已重新扫描被监视的文件夹以跟上进度。调高 /proc/sys/fs/inotify/max_queued_events 或减少监视的事件类型可降低此情况的发生概率。</translation>
        </message>
        <message>
            <location filename="../ui/events/eventcelltext.cpp" line="248" />
            <source>Not reported by the kernel: fsnoop found this entry when it scanned a newly created folder. inotify cannot watch a folder before it exists, so what was created inside it in the first moments is recovered by that scan.</source>
            <translation>并非由内核报告：fsnoop 在扫描新建的文件夹时发现了此条目。inotify 无法在文件夹存在之前监视它，因此文件夹创建之初在其中创建的内容由这次扫描补回。</translation>
        </message>
        <message>
            <location filename="../ui/events/eventcelltext.cpp" line="268" />
            <source>overflow</source>
            <translation>溢出</translation>
        </message>
        <message>
            <location filename="../ui/events/eventcelltext.cpp" line="276" />
            <source>Events lost (queue overflow)</source>
            <translation>事件丢失（队列溢出）</translation>
        </message>
    </context>
    <context>
        <name>EventTableColumns</name>
        <message>
            <location filename="../ui/events/eventtablecolumns.cpp" line="185" />
            <source>&amp;Reset Columns</source>
            <translation>重置列(&amp;R)</translation>
        </message>
    </context>
    <context>
        <name>EventTableView</name>
        <message>
            <location filename="../ui/events/eventtableview.cpp" line="85" />
            <source>Copy Paths</source>
            <translation>复制路径</translation>
        </message>
        <message>
            <location filename="../ui/events/eventtableview.cpp" line="114" />
            <source>Copy Path</source>
            <translation>复制路径</translation>
        </message>
        <message>
            <location filename="../ui/events/eventtableview.cpp" line="75" />
            <source>&amp;Copy Rows</source>
            <translation>复制行(&amp;C)</translation>
        </message>
        <message>
            <location filename="../ui/events/eventtableview.cpp" line="80" />
            <source>Copy &amp;Paths</source>
            <translation>复制路径(&amp;P)</translation>
        </message>
        <message>
            <location filename="../ui/events/eventtableview.cpp" line="86" />
            <source>Toggle &amp;Bookmark</source>
            <translation>切换书签(&amp;B)</translation>
        </message>
        <message>
            <location filename="../ui/events/eventtableview.cpp" line="89" />
            <source>&amp;Next Bookmark</source>
            <translation>下一个书签(&amp;N)</translation>
        </message>
        <message>
            <location filename="../ui/events/eventtableview.cpp" line="91" />
            <source>P&amp;revious Bookmark</source>
            <translation>上一个书签(&amp;R)</translation>
        </message>
        <message>
            <location filename="../ui/events/eventtableview.cpp" line="93" />
            <source>&amp;Jump to Time…</source>
            <translation>跳转到时间(&amp;J)…</translation>
        </message>
        <message>
            <location filename="../ui/events/eventtableview.cpp" line="235" />
            <source>Bookmark Note</source>
            <translation>书签备注</translation>
        </message>
        <message>
            <location filename="../ui/events/eventtableview.cpp" line="235" />
            <source>A note on this event, kept with its bookmark:</source>
            <translation>此事件的备注，与书签一起保存：</translation>
        </message>
        <message>
            <location filename="../ui/events/eventtableview.cpp" line="444" />
            <source>Copy Rows</source>
            <translation>复制行</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/events/eventtableview.cpp" line="445" />
            <source>%Ln rows are selected: too many to copy.</source>
            <translation>
                <numerusform>已选择 %Ln 行：太多，无法复制。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/events/eventtableview.cpp" line="448" />
            <source>Copy takes at most %L1 rows: the clipboard keeps its text in fsnoop&apos;s memory for as long as it holds it, about 0.4 GB for a million rows. Export the selected rows to a CSV file instead?</source>
            <translation>复制最多 %L1 行：剪贴板在持有内容期间会把文本保存在 fsnoop 的内存中，一百万行约 0.4 GB。改为将所选行导出到 CSV 文件吗？</translation>
        </message>
        <message>
            <location filename="../ui/events/eventtableview.cpp" line="452" />
            <source>&amp;Export Selected Rows…</source>
            <translation>导出所选行(&amp;E)…</translation>
        </message>
    </context>
    <context>
        <name>ExportController</name>
        <message>
            <location filename="../ui/window/exportcontroller.cpp" line="35" />
            <source>Export Shown Events</source>
            <translation>导出显示的事件</translation>
        </message>
        <message>
            <location filename="../ui/window/exportcontroller.cpp" line="35" />
            <source>Export All Events</source>
            <translation>导出所有事件</translation>
        </message>
        <message>
            <location filename="../ui/window/exportcontroller.cpp" line="38" />
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <location filename="../ui/window/exportcontroller.cpp" line="49" />
            <location filename="../ui/window/exportcontroller.cpp" line="72" />
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <location filename="../ui/window/exportcontroller.cpp" line="50" />
            <source>Could not write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/window/exportcontroller.cpp" line="57" />
            <source>Exporting %n event(s)…</source>
            <translation>
                <numerusform>正在导出 %n 个事件…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/window/exportcontroller.cpp" line="59" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../ui/window/exportcontroller.cpp" line="70" />
            <source>Exported to %1</source>
            <translation>已导出到 %1</translation>
        </message>
        <message>
            <location filename="../ui/window/exportcontroller.cpp" line="59" />
            <source>Export Selected Events</source>
            <translation>导出所选事件</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="20" />
            <source>Regex</source>
            <translation>正则</translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="29" />
            <source>Events</source>
            <translation>事件</translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="30" />
            <source>Show only some event types</source>
            <translation>只显示部分事件类型</translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="32" />
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="33" />
            <source>None</source>
            <translation>全不选</translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="58" />
            <source>Filter by path</source>
            <translation>按路径筛选</translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="62" />
            <source>Treat the path filter as a regular expression</source>
            <translation>将路径筛选视为正则表达式</translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="65" />
            <source>Files and folders</source>
            <translation>文件和文件夹</translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="66" />
            <source>Files only</source>
            <translation>仅文件</translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="67" />
            <source>Folders only</source>
            <translation>仅文件夹</translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="70" />
            <source>Process</source>
            <translation>进程</translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="71" />
            <source>Filter by process name, executable or PID (known only when watching with process information)</source>
            <translation>按进程名、可执行文件或 PID 筛选（仅在带进程信息监视时可知）</translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="77" />
            <source>Show every file again</source>
            <translation>重新显示所有文件</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/events/filterbar.cpp" line="148" />
            <source>%n file(s) hidden ✕</source>
            <translation>
                <numerusform>已隐藏 %n 个文件 ✕</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/events/filterbar.cpp" line="149" />
            <source>Only %n file(s) ✕</source>
            <translation>
                <numerusform>仅 %n 个文件 ✕</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="165" />
            <source>All events</source>
            <translation>所有事件</translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="167" />
            <source>%1 of %2 events</source>
            <translation>%2 种事件中的 %1 种</translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="173" />
            <source>Shown: %1 of %2</source>
            <translation>显示：%1 / %2</translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="184" />
            <source>This regular expression is not valid</source>
            <translation>此正则表达式无效</translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="93" />
            <source>Clear Filters</source>
            <translation>清除筛选</translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="94" />
            <source>Some events are hidden by the filters; show them all again</source>
            <translation>部分事件被筛选隐藏；重新显示全部事件</translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="94" />
            <source>Filter rules are hiding events; click to edit them</source>
            <translation>过滤规则正在隐藏事件；点击以编辑</translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="101" />
            <source>Reset</source>
            <translation>重置</translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="102" />
            <source>Turn every filter rule off and show all events</source>
            <translation>关闭所有过滤规则并显示全部事件</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/events/filterbar.cpp" line="207" />
            <source>%n rule(s), %1 of %2 shown</source>
            <translation>
                <numerusform>%n 条规则，显示 %1 / %2</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/events/filterbar.cpp" line="198" />
            <source>Only one process ✕</source>
            <translation>仅一个进程 ✕</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="81" />
            <source>Events</source>
            <translation>事件</translation>
        </message>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="195" />
            <source>Forget the events recorded so far (Ctrl+L)</source>
            <translation>丢弃目前已记录的事件 (Ctrl+L)</translation>
        </message>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="305" />
            <source>Watch Folder</source>
            <translation>监视文件夹</translation>
        </message>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="306" />
            <source>%1 is not a folder.</source>
            <translation>%1 不是文件夹。</translation>
        </message>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="339" />
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="407" />
            <source>%1 (read-only)</source>
            <translation>%1（只读）</translation>
        </message>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="415" />
            <source>Session %1 (read-only)</source>
            <translation>会话 %1（只读）</translation>
        </message>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="419" />
            <source>Watching %1 (display paused)</source>
            <translation>正在监视 %1（显示已暂停）</translation>
        </message>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="420" />
            <source>Watching %1</source>
            <translation>正在监视 %1</translation>
        </message>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="422" />
            <source>Stopped</source>
            <translation>已停止</translation>
        </message>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="424" />
            <source>Choose a folder to watch (Ctrl+N), or drop one here</source>
            <translation>选择要监视的文件夹 (Ctrl+N)，或将文件夹拖放到此处</translation>
        </message>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="353" />
            <source>Could not open %1 (line %2): %3</source>
            <translation>无法打开 %1（第 %2 行）：%3</translation>
        </message>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="357" />
            <source>Could not open %1: %2</source>
            <translation>无法打开 %1：%2</translation>
        </message>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="136" />
            <source>Filtering…</source>
            <translation>正在筛选…</translation>
        </message>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="478" />
            <source>Filter stopped: the table shows the matches found so far. Change the filter to search again.</source>
            <translation>筛选已停止：表格只显示目前找到的匹配项。更改筛选条件即可重新搜索。</translation>
        </message>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="562" />
            <source>Bookmarks are kept in .fsnoop session files only; these last until the session is closed</source>
            <translation>书签只保存在 .fsnoop 会话文件中；这些书签在会话关闭前一直保留</translation>
        </message>
        <message>
            <location filename="../ui/window/mainwindow.cpp" line="569" />
            <source>Cannot save the bookmarks in %1: %2</source>
            <translation>无法将书签保存到 %1：%2</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/window/mainwindow.cpp" line="166" />
            <source>Copying %Ln row(s)…</source>
            <translation>
                <numerusform>正在复制 %Ln 行…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/window/mainwindow.cpp" line="173" />
            <source>Copied %Ln row(s).</source>
            <translation>
                <numerusform>已复制 %Ln 行。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CaptureNotices</name>
        <message>
            <location filename="../ui/window/capturenotices.cpp" line="30" />
            <source>Process information is not available, so fsnoop goes on watching with inotify, without it. The events captured so far are kept.</source>
            <translation>进程信息不可用，因此 fsnoop 改用 inotify 继续监视，不带进程信息。目前已捕获的事件会保留。</translation>
        </message>
        <message>
            <location filename="../ui/window/capturenotices.cpp" line="34" />
            <source>Watching without process information</source>
            <translation>正在监视（不带进程信息）</translation>
        </message>
        <message>
            <location filename="../ui/window/capturenotices.cpp" line="36" />
            <source>Watching Without Process Information</source>
            <translation>不带进程信息的监视</translation>
        </message>
        <message>
            <source>The capture cannot be saved to %1: %2</source>
            <translation>无法将捕获保存到 %1：%2</translation>
        </message>
        <message>
            <source>Capture Not Saved</source>
            <translation>捕获未保存</translation>
        </message>
        <message>
            <source>Capturing goes on in memory only: export the events before closing the window, or free some space and start again.</source>
            <translation>捕获仅在内存中继续：请在关闭窗口前导出事件，或释放一些空间后重新开始。</translation>
        </message>
    </context>
    <context>
        <name>MainMenus</name>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="75" />
            <source>&amp;Watch Folder…</source>
            <translation>监视文件夹(&amp;W)…</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="77" />
            <source>Choose a folder and start watching it</source>
            <translation>选择一个文件夹并开始监视</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="80" />
            <source>&amp;Open Session…</source>
            <translation>打开会话(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="82" />
            <source>Open a CSV file saved by fsnoop</source>
            <translation>打开由 fsnoop 保存的 CSV 文件</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="86" />
            <source>&amp;Export All Events as CSV…</source>
            <translation>将所有事件导出为 CSV(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="89" />
            <source>Export &amp;Shown Events as CSV…</source>
            <translation>将显示的事件导出为 CSV(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="97" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="102" />
            <source>&amp;Start</source>
            <translation>开始(&amp;S)</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="104" />
            <source>Start watching again with the same options</source>
            <translation>使用相同选项重新开始监视</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="107" />
            <source>S&amp;top</source>
            <translation>停止(&amp;T)</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="109" />
            <source>Stop watching</source>
            <translation>停止监视</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="112" />
            <source>&amp;Pause Display</source>
            <translation>暂停显示(&amp;P)</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="116" />
            <source>Freeze the table; events are still recorded</source>
            <translation>冻结表格；事件仍会被记录</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="119" />
            <source>&amp;Clear</source>
            <translation>清除(&amp;C)</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="132" />
            <source>&amp;Follow New Events</source>
            <translation>跟随新事件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="143" />
            <source>&amp;Filter by Path</source>
            <translation>按路径筛选(&amp;F)</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="152" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="154" />
            <source>&amp;Recent Folders</source>
            <translation>最近的文件夹(&amp;R)</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="167" />
            <source>&amp;Capture</source>
            <translation>捕获(&amp;C)</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="175" />
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="180" />
            <source>Show &amp;All Files</source>
            <translation>显示所有文件(&amp;A)</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="188" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="189" />
            <source>&amp;About fsnoop</source>
            <translation>关于 fsnoop(&amp;A)</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="191" />
            <source>About fsnoop</source>
            <translation>关于 fsnoop</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="192" />
            <source>&lt;h3&gt;fsnoop %1&lt;/h3&gt;&lt;p&gt;Live filesystem activity monitor for the Linux desktop.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;fsnoop %1&lt;/h3&gt;&lt;p&gt;适用于 Linux 桌面的实时文件系统活动监视器。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="197" />
            <source>Main</source>
            <translation>主工具栏</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="122" />
            <source>Forget the events recorded so far</source>
            <translation>丢弃目前已记录的事件</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="126" />
            <source>&amp;Drop Filtered Events</source>
            <translation>丢弃被过滤的事件(&amp;D)</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="128" />
            <source>Do not record the events the filter rules exclude, for long captures of busy folders</source>
            <translation>不记录过滤规则排除的事件，适用于长时间捕获繁忙的文件夹</translation>
        </message>
        <message>
            <source>&amp;Sessions…</source>
            <translation>会话(&amp;S)…</translation>
        </message>
        <message>
            <source>The captures saved as they ran, and when they are cleaned up</source>
            <translation>运行时保存的捕获，以及何时清理它们</translation>
        </message>
        <message>
            <source>Recent S&amp;essions</source>
            <translation>最近的会话(&amp;E)</translation>
        </message>
        <message>
            <location filename="../ui/window/mainmenus.cpp" line="183" />
            <source>&amp;Go</source>
            <translation>转到(&amp;G)</translation>
        </message>
    </context>
    <context>
        <name>RowCopyJob</name>
        <message>
            <location filename="../ui/events/rowcopyjob.cpp" line="24" />
            <source>The copy stopped: the table shows other rows now.</source>
            <translation>复制已停止：表格现在显示的是其他行。</translation>
        </message>
        <message>
            <location filename="../ui/events/rowcopyjob.cpp" line="61" />
            <source>The copy was cancelled.</source>
            <translation>复制已取消。</translation>
        </message>
    </context>
    <context>
        <name>SessionOpener</name>
        <message>
            <location filename="../ui/window/sessionopener.cpp" line="34" />
            <location filename="../ui/window/sessionopener.cpp" line="34" />
            <source>Open Session</source>
            <translation>打开会话</translation>
        </message>
        <message>
            <location filename="../ui/window/sessionopener.cpp" line="35" />
            <source>Sessions (*.fsnoop *.csv);;All files (*)</source>
            <translation>会话 (*.fsnoop *.csv);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../ui/window/sessionopener.cpp" line="70" />
            <source>Opening %1…</source>
            <translation>正在打开 %1…</translation>
        </message>
        <message>
            <location filename="../ui/window/sessionopener.cpp" line="115" />
            <source>Opening stopped: %1 of %2 events were loaded.</source>
            <translation>已停止打开：已加载 %2 个事件中的 %1 个。</translation>
        </message>
    </context>
    <context>
        <name>ProblemText</name>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="34" />
            <source>%1 does not exist or is not a folder</source>
            <translation>%1 不存在或不是文件夹</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="32" />
            <source>cannot start inotify: %1</source>
            <translation>无法启动 inotify：%1</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/text/problemtext.cpp" line="36" />
            <source>watch limit reached: %n folder(s) are not watched</source>
            <translation>
                <numerusform>已达监视上限：%n 个文件夹未被监视</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="38" />
            <source>permission denied: %1 and what is inside it are not watched</source>
            <translation>权限不足：%1 及其内容未被监视</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="40" />
            <source>could not watch %1: %2</source>
            <translation>无法监视 %1：%2</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/text/problemtext.cpp" line="42" />
            <source>events were lost: the kernel queue overflowed (%n time(s))</source>
            <translation>
                <numerusform>事件已丢失：内核队列溢出（%n 次）</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="45" />
            <source>the watched folder %1 was deleted</source>
            <translation>被监视的文件夹 %1 已被删除</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="47" />
            <source>the watched folder %1 was moved</source>
            <translation>被监视的文件夹 %1 已被移动</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="49" />
            <source>the file system holding %1 was unmounted</source>
            <translation>包含 %1 的文件系统已被卸载</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="51" />
            <source>the process-information helper failed</source>
            <translation>进程信息辅助程序运行失败</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="53" />
            <source>watching with process information was cancelled</source>
            <translation>带进程信息的监视已取消</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="55" />
            <source>not authorized to watch with process information</source>
            <translation>无权进行带进程信息的监视</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="57" />
            <source>%1 is on a network file system (%2): changes made by other computers are not seen</source>
            <translation>%1 位于网络文件系统 (%2) 上：其他计算机所做的更改无法看到</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="57" />
            <source>%1 is on a FUSE file system: changes made by its program or on the other side (a remote computer, a disk it translates) are not seen</source>
            <translation>%1 位于 FUSE 文件系统上：其程序或另一端（远程计算机、它所转换的磁盘）所做的更改无法看到</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="57" />
            <source>%1 is an overlay (as in containers): only changes made through it are seen, not those made in its lower or upper folders</source>
            <translation>%1 是一个叠加文件系统（如容器中）：只能看到通过它所做的更改，看不到在其下层或上层文件夹中直接所做的更改</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="57" />
            <source>%1 is watched with inotify, without process information: fanotify cannot watch this file system (%2: %3)</source>
            <translation>%1 使用 inotify 监视，没有进程信息：fanotify 无法监视此文件系统（%2：%3）</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="57" />
            <source>%1 is in a btrfs subvolume: watched through its whole file system at %2</source>
            <translation>%1 位于 btrfs 子卷中：通过 %2 处的整个文件系统进行监视</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="57" />
            <source>The kernel reports only what happens through this computer's own view of the file system; the record cannot show the rest.</source>
            <translation>内核只报告通过本计算机自身视图对文件系统发生的事情；记录无法显示其余部分。</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="57" />
            <source>unknown problem %1</source>
            <translation>未知问题 %1</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="74" />
            <source>Too many programs may be using inotify already. The limit is in /proc/sys/fs/inotify/max_user_instances; raise it with
sudo sysctl fs.inotify.max_user_instances=512</source>
            <translation>可能已有太多程序在使用 inotify。上限位于 /proc/sys/fs/inotify/max_user_instances；可用以下命令调高：
sudo sysctl fs.inotify.max_user_instances=512</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="78" />
            <source>Choose an existing folder in File &gt; Watch Folder.</source>
            <translation>请在“文件 &gt; 监视文件夹”中选择一个已存在的文件夹。</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="80" />
            <source>inotify needs one watch per folder and the limit (/proc/sys/fs/inotify/max_user_watches) is %1. Events in the folders that are not watched are not recorded. Raise the limit with
sudo sysctl fs.inotify.max_user_watches=%2
(add fs.inotify.max_user_watches=%2 to /etc/sysctl.d/90-fsnoop.conf to keep it), then start watching again — or watch with process information, which needs no watch per folder.</source>
            <translation>inotify 需要为每个文件夹设置一个监视，而上限（/proc/sys/fs/inotify/max_user_watches）为 %1。未被监视的文件夹中的事件不会被记录。可用以下命令调高上限：
sudo sysctl fs.inotify.max_user_watches=%2
（将 fs.inotify.max_user_watches=%2 添加到 /etc/sysctl.d/90-fsnoop.conf 可使其永久生效），然后重新开始监视；或者使用带进程信息的监视，它不需要为每个文件夹设置监视。</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="90" />
            <source>You may not read this folder, so nothing inside it is recorded. Watch with process information (administrator) to see it.</source>
            <translation>您无权读取此文件夹，因此其中的内容不会被记录。使用带进程信息的监视（管理员）即可看到。</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="93" />
            <source>This folder and what is inside it are not recorded.</source>
            <translation>此文件夹及其内容不会被记录。</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="95" />
            <source>The kernel dropped events because they came faster than they could be read. The table shows a marker where this happened, and the folders were scanned again. Raise /proc/sys/fs/inotify/max_queued_events, watch fewer event types (access and open are the busiest), or exclude busy folders.</source>
            <translation>事件到达速度超过读取速度，内核丢弃了部分事件。表格中在发生处显示了标记，并已重新扫描文件夹。请调高 /proc/sys/fs/inotify/max_queued_events、减少监视的事件类型（access 和 open 最频繁），或排除繁忙的文件夹。</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="102" />
            <source>Nothing more is recorded there. Watch the folder again once it is back.</source>
            <translation>此后那里的活动不再被记录。文件夹恢复后请重新监视。</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="104" />
            <source>fsnoop stays on inotify, without process information. Technical detail: %1</source>
            <translation>fsnoop 继续使用 inotify，不带进程信息。技术细节：%1</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="107" />
            <source>The administrator password dialog was dismissed. fsnoop stays on inotify, without process information.</source>
            <translation>管理员密码对话框已被关闭。fsnoop 继续使用 inotify，不带进程信息。</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="110" />
            <source>The system policy (polkit) did not allow the helper to run. Ask your administrator, or keep watching without process information.</source>
            <translation>系统策略（polkit）不允许运行该辅助程序。请联系管理员，或继续不带进程信息的监视。</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="47" />
            <source>the rescan found what changed meanwhile: %1 created, %2 deleted</source>
            <translation>重新扫描发现了期间的变化：创建 %1 个，删除 %2 个</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="64" />
            <source>could not keep events on disk in %1: %2</source>
            <translation>无法在 %1 中将事件保存到磁盘：%2</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="122" />
            <source>Nothing was lost: the events stay in memory instead, so a long capture or a big session now uses more memory. Make room on that disk, or make the folder writable, and open or start the capture again.</source>
            <translation>没有丢失任何内容：事件改为保留在内存中，因此长时间捕获或大型会话现在会占用更多内存。请在该磁盘上腾出空间或使该文件夹可写，然后重新打开或重新开始捕获。</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="45" />
            <source>the watched folder %1 was deleted; waiting for it to come back</source>
            <translation>被监视的文件夹 %1 已被删除；正在等待它重新出现</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="47" />
            <source>the watched folder %1 was moved away; waiting for it to come back</source>
            <translation>被监视的文件夹 %1 已被移走；正在等待它重新出现</translation>
        </message>
        <message>
            <location filename="../ui/text/problemtext.cpp" line="102" />
            <source>The folder above it is watched for this one name. When a folder is there again under this name (made anew, or moved back), it is watched again and what it holds is recorded as found by a scan.</source>
            <translation>正在监视其上级文件夹中的这一个名称。当此名称下再次出现文件夹（重新创建或移回）时，会再次监视它，并将其内容记录为扫描所发现的条目。</translation>
        </message>
        <message>
            <source>watching %1 again</source>
            <translation>重新开始监视 %1</translation>
        </message>
        <message>
            <source>a file system was mounted on %1; watching what it holds</source>
            <translation>%1 上挂载了一个文件系统；正在监视其内容</translation>
        </message>
        <message>
            <source>What the file system held is not recorded as deleted. The folder it covered is watched in its place; if a file system is mounted there again, it is watched again.</source>
            <translation>该文件系统中的内容不会被记录为已删除。改为监视它原先覆盖的文件夹；若该处再次挂载文件系统，会再次监视它。</translation>
        </message>
        <message>
            <source>What the folder holds now is recorded as found by a scan (source "scan"); what happened in it while it was gone is not known.</source>
            <translation>文件夹当前的内容被记录为扫描所发现的条目（来源“scan”）；它不在期间其中发生了什么无从得知。</translation>
        </message>
        <message>
            <source>What the file system holds is recorded as found by a scan (source "scan"). The folder it covers is hidden until it is unmounted.</source>
            <translation>该文件系统的内容被记录为扫描所发现的条目（来源“scan”）。它所覆盖的文件夹在卸载之前不可见。</translation>
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
            <translation>没有警告。</translation>
        </message>
    </context>
    <context>
        <name>RateChart</name>
        <message>
            <location filename="../ui/analysis/ratechart.cpp" line="20" />
            <source>Events per second</source>
            <translation>每秒事件数</translation>
        </message>
        <message>
            <location filename="../ui/analysis/ratechart.cpp" line="26" />
            <source>Events/s</source>
            <translation>事件/秒</translation>
        </message>
    </context>
    <context>
        <name>RecordCommand</name>
        <message>
            <location filename="../app/cli/recordcommand.cpp" line="43" />
            <source>the capture did not stop within %1 s; exiting</source>
            <translation>捕获未在 %1 秒内停止；正在退出</translation>
        </message>
        <message>
            <location filename="../app/cli/recordcommand.cpp" line="61" />
            <location filename="../app/cli/recordcommand.cpp" line="66" />
            <location filename="../app/cli/recordcommand.cpp" line="111" />
            <source>cannot write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
        <message>
            <location filename="../app/cli/recordcommand.cpp" line="87" />
            <source>the capture could not start</source>
            <translation>无法开始捕获</translation>
        </message>
        <message>
            <location filename="../app/cli/recordcommand.cpp" line="140" />
            <source>nothing could be watched</source>
            <translation>无法监视任何内容</translation>
        </message>
        <message>
            <location filename="../app/cli/recordcommand.cpp" line="254" />
            <source>events not written: %1</source>
            <translation>未写入的事件：%1</translation>
        </message>
    </context>
    <context>
        <name>RecordMessages</name>
        <message>
            <location filename="../app/cli/recordmessages.cpp" line="14" />
            <source>too many inotify instances for this user (fs.inotify.max_user_instances). Close other watchers or raise it, e.g.: sysctl fs.inotify.max_user_instances=512</source>
            <translation>此用户的 inotify 实例过多（fs.inotify.max_user_instances）。请关闭其他监视程序或调高该上限，例如：sysctl fs.inotify.max_user_instances=512</translation>
        </message>
        <message>
            <location filename="../app/cli/recordmessages.cpp" line="19" />
            <source>the inotify limit of %1 watches per user (fs.inotify.max_user_watches) is reached. Events in them are not recorded. Raise the limit, e.g.: sysctl fs.inotify.max_user_watches=%2 (add it to /etc/sysctl.d/ to keep it after a reboot)</source>
            <translation>已达到 inotify 每个用户 %1 个监视的上限（fs.inotify.max_user_watches）。其中的事件不会被记录。请调高上限，例如：sysctl fs.inotify.max_user_watches=%2（将其添加到 /etc/sysctl.d/ 可在重启后保留）</translation>
        </message>
        <message>
            <location filename="../app/cli/recordmessages.cpp" line="27" />
            <source>some events were lost and are marked Q_OVERFLOW in the record; rescanning. Fewer events (-e) or a larger fs.inotify.max_queued_events help</source>
            <translation>部分事件已丢失，并在记录中标记为 Q_OVERFLOW；正在重新扫描。减少事件类型（-e）或调高 fs.inotify.max_queued_events 会有帮助</translation>
        </message>
        <message>
            <location filename="../app/cli/recordmessages.cpp" line="32" />
            <source>nothing more is recorded there (inotify cannot tell where it went)</source>
            <translation>此后不再记录（inotify 无法得知它被移到了哪里）</translation>
        </message>
        <message>
            <location filename="../app/cli/recordmessages.cpp" line="54" />
            <source>summary: events: %1, overflows: %2, folders watched: %3, not watched: %4</source>
            <translation>摘要：事件：%1，溢出：%2，已监视文件夹：%3，未监视：%4</translation>
        </message>
        <message>
            <location filename="../app/cli/recordmessages.cpp" line="64" />
            <source>watching 1 folder</source>
            <translation>正在监视 1 个文件夹</translation>
        </message>
        <message>
            <location filename="../app/cli/recordmessages.cpp" line="64" />
            <source>watching %1 folders</source>
            <translation>正在监视 %1 个文件夹</translation>
        </message>
        <message>
            <location filename="../app/cli/recordmessages.cpp" line="66" />
            <source>%1 (%2 could not be watched); press Ctrl+C to stop</source>
            <translation>%1（%2 个无法监视）；按 Ctrl+C 停止</translation>
        </message>
        <message>
            <location filename="../app/cli/recordmessages.cpp" line="67" />
            <source>%1; press Ctrl+C to stop</source>
            <translation>%1；按 Ctrl+C 停止</translation>
        </message>
        <message>
            <location filename="../app/cli/recordmessages.cpp" line="72" />
            <source>setting up watches: %1 folders scanned</source>
            <translation>正在设置监视：已扫描 %1 个文件夹</translation>
        </message>
        <message>
            <location filename="../app/cli/recordmessages.cpp" line="32" />
            <source>inotify cannot tell where it went; the capture goes on and records it again if a folder comes back under that name</source>
            <translation>inotify 无法得知它被移到了哪里；捕获会继续，若有文件夹以该名称重新出现，将再次记录它</translation>
        </message>
        <message>
            <source>folders gone and still waited for at the end: %1</source>
            <translation>结束时仍已消失并在等待的文件夹：%1</translation>
        </message>
    </context>
    <context>
        <name>RenameChainModel</name>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="124" />
            <source>(outside the watched tree)</source>
            <translation>（在被监视的目录树之外）</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="157" />
            <source>An unpaired move: the kernel reported only one half of the rename because the other name is outside the watched folders.</source>
            <translation>未配对的移动：内核只报告了重命名的一半，因为另一个名称在被监视的文件夹之外。</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="159" />
            <source>Renames are paired by the cookie inotify gives both halves of one rename.</source>
            <translation>重命名通过 inotify 赋予同一次重命名两半的 cookie 进行配对。</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="172" />
            <source>(moved out of the watched tree)</source>
            <translation>（已移出被监视的目录树）</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="182" />
            <location filename="../ui/analysis/renamechainmodel.cpp" line="231" />
            <source>Moved out of the watched tree</source>
            <translation>移出了被监视的目录树</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="182" />
            <location filename="../ui/analysis/renamechainmodel.cpp" line="233" />
            <source>Moved in from outside</source>
            <translation>从外部移入</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="186" />
            <source>Renamed once</source>
            <translation>重命名了一次</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/analysis/renamechainmodel.cpp" line="186" />
            <source>Renamed %n times</source>
            <translation>
                <numerusform>重命名了 %n 次</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="188" />
            <source>Moved in, then %1</source>
            <translation>移入，然后%1</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="190" />
            <source>%1, then moved out</source>
            <translation>%1，然后被移出</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="214" />
            <source>The cookie that paired IN_MOVED_FROM with IN_MOVED_TO (none for fanotify renames, which report both names in one event).</source>
            <translation>将 IN_MOVED_FROM 与 IN_MOVED_TO 配对的 cookie（fanotify 的重命名没有，它在一个事件中报告两个名称）。</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="225" />
            <source>Step %1</source>
            <translation>第 %1 步</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="229" />
            <source>Renamed</source>
            <translation>已重命名</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="241" />
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="253" />
            <source>First name</source>
            <translation>最初的名称</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="255" />
            <source>Current name</source>
            <translation>当前名称</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="257" />
            <source>Steps</source>
            <translation>步骤</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="259" />
            <source>What happened</source>
            <translation>发生了什么</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="263" />
            <source>First time</source>
            <translation>首次时间</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="265" />
            <source>Last time</source>
            <translation>最后时间</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="221" />
            <source>Moved in from outside, then deleted</source>
            <translation>从外部移入，随后被删除</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainmodel.cpp" line="232" />
            <source>%1, then deleted</source>
            <translation>%1，随后被删除</translation>
        </message>
    </context>
    <context>
        <name>RenameChainPanel</name>
        <message>
            <location filename="../ui/analysis/renamechainpanel.cpp" line="25" />
            <source>Filter by name</source>
            <translation>按名称筛选</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainpanel.cpp" line="27" />
            <source>Each row is one file or folder followed through its renames. Italic rows are moves whose other half is outside the watched folders.</source>
            <translation>每一行是一个文件或文件夹及其历次重命名。斜体行是另一半在被监视文件夹之外的移动。</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainpanel.cpp" line="32" />
            <source>inotify reports a rename as IN_MOVED_FROM and IN_MOVED_TO sharing a cookie; fsnoop pairs them and links successive renames of one object.</source>
            <translation>inotify 把一次重命名报告为共享同一 cookie 的 IN_MOVED_FROM 和 IN_MOVED_TO；fsnoop 将它们配对，并把同一对象的连续重命名串联起来。</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainpanel.cpp" line="133" />
            <source>Chains: %1 · Renames: %2 · Moved out: %3 · Moved in: %4</source>
            <translation>链：%1 · 重命名：%2 · 移出：%3 · 移入：%4</translation>
        </message>
        <message>
            <location filename="../ui/analysis/renamechainpanel.cpp" line="139" />
            <source>· Waiting for their other half: %1</source>
            <translation>· 等待另一半：%1</translation>
        </message>
    </context>
    <context>
        <name>SessionExporter</name>
        <message>
            <location filename="../ui/session/sessionexporter.cpp" line="33" />
            <source>There is nothing to export.</source>
            <translation>没有可导出的内容。</translation>
        </message>
        <message>
            <location filename="../ui/session/sessionexporter.cpp" line="61" />
            <source>The export was cancelled.</source>
            <translation>导出已取消。</translation>
        </message>
        <message>
            <location filename="../ui/session/sessionexporter.cpp" line="69" />
            <source>The session was closed during the export.</source>
            <translation>导出期间会话已被关闭。</translation>
        </message>
    </context>
    <context>
        <name>SessionLoader</name>
        <message>
            <location filename="../ui/session/sessionloader.cpp" line="17" />
            <source>Opening %1…</source>
            <translation>正在打开 %1…</translation>
        </message>
        <message>
            <location filename="../ui/session/sessionloader.cpp" line="19" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../ui/session/sessionloader.cpp" line="67" />
            <source>Could not open %1: %2</source>
            <translation>无法打开 %1：%2</translation>
        </message>
        <message>
            <location filename="../ui/session/sessionloader.cpp" line="69" />
            <source>Could not open %1: it is not a regular file (%2).</source>
            <translation>无法打开 %1：它不是普通文件（%2）。</translation>
        </message>
        <message>
            <location filename="../ui/session/sessionloader.cpp" line="71" />
            <source>Could not open %1 (line %2): %3</source>
            <translation>无法打开 %1（第 %2 行）：%3</translation>
        </message>
        <message>
            <location filename="../ui/session/sessionloader.cpp" line="79" />
            <source>%1 ends in the middle of a record: line %2 was incomplete and was skipped. The file was probably cut short by a crash or a full disk; every complete record before it was loaded.</source>
            <translation>%1 在一条记录的中间结束：第 %2 行不完整，已跳过。该文件可能因崩溃或磁盘已满而被截断；其之前的所有完整记录均已加载。</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/session/sessionloader.cpp" line="131" />
            <source>Could not read all of %1: %2. The first %n event(s) were loaded.</source>
            <translation>
                <numerusform>无法完整读取 %1：%2。已加载前 %n 个事件。</numerusform>
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
            <translation>未知进程（inotify 不报告进程）</translation>
        </message>
        <message>
            <location filename="../ui/analysis/statsmodel.cpp" line="156" />
            <source>%1 (pid %2)</source>
            <translation>%1（pid %2）</translation>
        </message>
        <message>
            <location filename="../ui/analysis/statsmodel.cpp" line="198" />
            <source>Folders count every event in their subtree.</source>
            <translation>文件夹计入其子树中的所有事件。</translation>
        </message>
    </context>
    <context>
        <name>StatsPanel</name>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="52" />
            <source>Counts are kernel notifications, not operations: inotify merges an event identical to the previous unread one, so ten quick writes to a file may count as one modify.</source>
            <translation>计数的是内核通知而不是操作：inotify 会把与上一个未读事件相同的事件合并，因此对一个文件的十次快速写入可能只计为一次 modify。</translation>
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="57" />
            <source>Filter by path</source>
            <translation>按路径筛选</translation>
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="59" />
            <source>Include subfolders in folder totals</source>
            <translation>文件夹合计包含子文件夹</translation>
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="60" />
            <source>A folder's counts include every event in its subtree.</source>
            <translation>文件夹的计数包含其子树中的所有事件。</translation>
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="62" />
            <source>By file</source>
            <translation>按文件</translation>
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="63" />
            <source>By process</source>
            <translation>按进程</translation>
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="64" />
            <source>Processes are only known with the privileged (fanotify) monitor.</source>
            <translation>只有使用特权（fanotify）监视时才能知道进程。</translation>
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="67" />
            <source>&lt;a href="#"&gt;What do the counts mean?&lt;/a&gt;</source>
            <translation>&lt;a href="#"&gt;这些计数是什么意思？&lt;/a&gt;</translation>
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="70" />
            <source>About these counts</source>
            <translation>关于这些计数</translation>
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="104" />
            <source>Top </source>
            <translation>前 </translation>
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="105" />
            <source>How many paths the chart shows</source>
            <translation>图表显示的路径数量</translation>
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="106" />
            <location filename="../ui/analysis/statspanel.cpp" line="114" />
            <source>Save as PNG…</source>
            <translation>另存为 PNG…</translation>
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="111" />
            <source>Last 10 minutes, per second</source>
            <translation>最近 10 分钟，每秒</translation>
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="112" />
            <source>Last 2 hours, per 10 seconds</source>
            <translation>最近 2 小时，每 10 秒</translation>
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="113" />
            <source>Last 24 hours, per minute</source>
            <translation>最近 24 小时，每分钟</translation>
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="265" />
            <source>Notifications: %1 · Paths with events: %2</source>
            <translation>通知：%1 · 有事件的路径：%2</translation>
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="291" />
            <source>Save Chart</source>
            <translation>保存图表</translation>
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
            <translation>PNG 图像 (*.png)</translation>
        </message>
        <message>
            <location filename="../ui/analysis/statspanel.cpp" line="297" />
            <source>Could not save the chart to %1.</source>
            <translation>无法将图表保存到 %1。</translation>
        </message>
    </context>
    <context>
        <name>TerminalError</name>
        <message>
            <source>Try '%1 --help'.
</source>
            <translation>请尝试“%1 --help”。
</translation>
        </message>
    </context>
    <context>
        <name>TopFilesChart</name>
        <message>
            <location filename="../ui/analysis/topfileschart.cpp" line="22" />
            <source>Busiest paths</source>
            <translation>最活跃的路径</translation>
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
点击以显示这些事件。</translation>
        </message>
        <message>
            <location filename="../ui/analysis/topfileschart.cpp" line="188" />
            <source>%1
%2: %3
Double-click to show these events.</source>
            <translation>%1
%2：%3
双击以显示这些事件。</translation>
        </message>
    </context>
    <context>
        <name>WatchDialog</name>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="24" />
            <source>Include subfolders (recursive)</source>
            <translation>包含子文件夹（递归）</translation>
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="25" />
            <source>Record events on the folder itself</source>
            <translation>记录文件夹自身的事件</translation>
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="30" />
            <source>Watch with process information (administrator)</source>
            <translation>带进程信息监视（管理员）</translation>
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="32" />
            <source>Watch a Folder</source>
            <translation>监视文件夹</translation>
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="37" />
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="42" />
            <source>&amp;Folder:</source>
            <translation>文件夹(&amp;F)：</translation>
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="57" />
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="58" />
            <source>None</source>
            <translation>全不选</translation>
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="69" />
            <source>&amp;Events:</source>
            <translation>事件(&amp;E)：</translation>
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="73" />
            <source>One regular expression per line, e.g. /\.git/</source>
            <translation>每行一个正则表达式，例如 /\.git/</translation>
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="75" />
            <source>One regular expression per line, e.g. \.txt$</source>
            <translation>每行一个正则表达式，例如 \.txt$</translation>
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="77" />
            <source>E&amp;xclude:</source>
            <translation>排除(&amp;X)：</translation>
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="78" />
            <source>&amp;Include only:</source>
            <translation>仅包含(&amp;I)：</translation>
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="84" />
            <source>Uses the fanotify helper, which runs as administrator after you enter your password. It tells which process touched each file and needs no watch per folder.</source>
            <translation>使用 fanotify 辅助程序，输入密码后它以管理员身份运行。它能显示每个文件是被哪个进程操作的，并且不需要为每个文件夹设置监视。</translation>
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="91" />
            <source>&amp;Watch</source>
            <translation>监视(&amp;W)</translation>
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="107" />
            <source>Choose a Folder to Watch</source>
            <translation>选择要监视的文件夹</translation>
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="186" />
            <source>Please choose an existing folder.</source>
            <translation>请选择一个已存在的文件夹。</translation>
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="207" />
            <source>This pattern is not a valid regular expression:
%1</source>
            <translation>此模式不是有效的正则表达式：
%1</translation>
        </message>
        <message>
            <location filename="../ui/window/watchdialog.cpp" line="192" />
            <source>Please choose at least one event type.</source>
            <translation>请至少选择一种事件类型。</translation>
        </message>
    </context>
    <context>
        <name>ExportCommand</name>
        <message>
            <location filename="../app/cli/exportcommand.cpp" line="61" />
            <source>exporting: %1 of %2 events (%3%)</source>
            <translation>正在导出：%1 / %2 个事件（%3%）</translation>
        </message>
        <message>
            <location filename="../app/cli/exportcommand.cpp" line="64" />
            <source>exporting: %1 events</source>
            <translation>正在导出：%1 个事件</translation>
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
            <translation>用法：fsnoop export SESSION -o OUT [--format FORMAT] [-q]

不打开窗口转换会话：SESSION 是会话文件（.fsnoop）或 fsnoop 写出的 CSV；
OUT 按 --format 或 OUT 的扩展名（.csv、.jsonl、.fsnoop）写成 CSV、
JSON Lines 或会话文件。会话文件以流方式读取，因此比内存更大的会话也能
转换。在终端上会显示一行进度。失败或被中断的导出不会留下文件。

选项：
  -o, --output OUT       要写入的文件（“-”：标准输出，仅限 CSV 或 JSON Lines）
  --format FORMAT        csv、jsonl 或 fsnoop
  -q, --quiet            不显示进度和摘要
  -h, --help             显示本帮助

退出码：0 完成，1 无法读取会话或无法写入 OUT，2 用法错误。
</translation>
        </message>
        <message>
            <location filename="../app/cli/exportcommand.cpp" line="127" />
            <source>no session to export (usage: fsnoop export SESSION -o OUT)</source>
            <translation>没有要导出的会话（用法：fsnoop export SESSION -o OUT）</translation>
        </message>
        <message>
            <location filename="../app/cli/exportcommand.cpp" line="128" />
            <source>one session at a time, not %1</source>
            <translation>一次只能导出一个会话，而不是 %1 个</translation>
        </message>
        <message>
            <location filename="../app/cli/exportcommand.cpp" line="133" />
            <source>no such file: %1</source>
            <translation>没有该文件：%1</translation>
        </message>
        <message>
            <location filename="../app/cli/exportcommand.cpp" line="138" />
            <source>-o OUT is required (.csv, .jsonl, .fsnoop, or - for standard output)</source>
            <translation>必须给出 -o OUT（.csv、.jsonl、.fsnoop，或用 - 表示标准输出）</translation>
        </message>
        <message>
            <location filename="../app/cli/exportcommand.cpp" line="143" />
            <source>cannot tell the format of %1 from its name: use --format csv, jsonl or fsnoop</source>
            <translation>无法从名称判断 %1 的格式：请使用 --format csv、jsonl 或 fsnoop</translation>
        </message>
        <message>
            <location filename="../app/cli/exportcommand.cpp" line="154" />
            <source>the output is the session itself: %1</source>
            <translation>输出就是会话本身：%1</translation>
        </message>
        <message>
            <location filename="../app/cli/exportcommand.cpp" line="188" />
            <location filename="../app/cli/exportcommand.cpp" line="241" />
            <location filename="../app/cli/exportcommand.cpp" line="247" />
            <source>cannot write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
        <message>
            <location filename="../app/cli/exportcommand.cpp" line="216" />
            <source>line %1: %2</source>
            <translation>第 %1 行：%2</translation>
        </message>
        <message>
            <location filename="../app/cli/exportcommand.cpp" line="239" />
            <source>interrupted; %1 was not written</source>
            <translation>已中断；未写入 %1</translation>
        </message>
        <message>
            <location filename="../app/cli/exportcommand.cpp" line="243" />
            <source>cannot read %1: %2</source>
            <translation>无法读取 %1：%2</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/cli/exportcommand.cpp" line="251" />
            <source>exported %n event(s) to %1</source>
            <translation>
                <numerusform>已将 %n 个事件导出到 %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OutputFormat</name>
        <message>
            <location filename="../app/cli/outputformat.cpp" line="41" />
            <source>unknown format "%1" for --format (csv, jsonl or fsnoop)</source>
            <translation>--format 的格式“%1”未知（csv、jsonl 或 fsnoop）</translation>
        </message>
        <message>
            <location filename="../app/cli/outputformat.cpp" line="47" />
            <source>a session file cannot go to standard output: give it a name with -o FILE.fsnoop</source>
            <translation>会话文件不能写到标准输出：请用 -o FILE.fsnoop 指定文件名</translation>
        </message>
        <message>
            <location filename="../app/cli/outputformat.cpp" line="56" />
            <source>standard output</source>
            <translation>标准输出</translation>
        </message>
    </context>
    <context>
        <name>SessionFileErrorText</name>
        <message>
            <location filename="../ui/session/sessionfileerrortext.cpp" line="16" />
            <source>input/output error (%1)</source>
            <translation>输入/输出错误（%1）</translation>
        </message>
        <message>
            <location filename="../ui/session/sessionfileerrortext.cpp" line="18" />
            <source>the disk is full</source>
            <translation>磁盘已满</translation>
        </message>
        <message>
            <location filename="../ui/session/sessionfileerrortext.cpp" line="20" />
            <source>not an fsnoop session file</source>
            <translation>不是 fsnoop 会话文件</translation>
        </message>
        <message>
            <location filename="../ui/session/sessionfileerrortext.cpp" line="22" />
            <source>written by a newer fsnoop (session format %1; this version reads up to %2)</source>
            <translation>由较新的 fsnoop 写出（会话格式 %1；此版本最多读取 %2）</translation>
        </message>
        <message>
            <location filename="../ui/session/sessionfileerrortext.cpp" line="26" />
            <source>written by an older fsnoop (session format %1) and must be upgraded, which failed: %2</source>
            <translation>由较旧的 fsnoop 写出（会话格式 %1），需要升级，但升级失败：%2</translation>
        </message>
        <message>
            <location filename="../ui/session/sessionfileerrortext.cpp" line="31" />
            <source>the file is damaged (%1)</source>
            <translation>文件已损坏（%1）</translation>
        </message>
        <message>
            <location filename="../ui/session/sessionfileerrortext.cpp" line="33" />
            <source>cancelled</source>
            <translation>已取消</translation>
        </message>
    </context>
    <context>
        <name>CaptureKeeper</name>
        <message>
            <location filename="../ui/window/capturekeeper.cpp" line="49" />
            <source>Watch Another Folder</source>
            <translation>监视其他文件夹</translation>
        </message>
        <message>
            <location filename="../ui/window/capturekeeper.cpp" line="50" />
            <source>Discard and Watch</source>
            <translation>丢弃并监视</translation>
        </message>
        <message>
            <location filename="../ui/window/capturekeeper.cpp" line="53" />
            <source>Open Session</source>
            <translation>打开会话</translation>
        </message>
        <message>
            <location filename="../ui/window/capturekeeper.cpp" line="54" />
            <source>Discard and Open</source>
            <translation>丢弃并打开</translation>
        </message>
        <message>
            <location filename="../ui/window/capturekeeper.cpp" line="57" />
            <source>Quit fsnoop</source>
            <translation>退出 fsnoop</translation>
        </message>
        <message>
            <location filename="../ui/window/capturekeeper.cpp" line="58" />
            <source>Discard and Quit</source>
            <translation>丢弃并退出</translation>
        </message>
        <message>
            <location filename="../ui/window/capturekeeper.cpp" line="62" />
            <source>The current capture holds %1 events that have not been exported.</source>
            <translation>当前捕获中有 %1 个尚未导出的事件。</translation>
        </message>
        <message>
            <location filename="../ui/window/capturekeeper.cpp" line="65" />
            <source>Export them to a CSV file first, or discard them? Cancel keeps the capture as it is.</source>
            <translation>先导出到 CSV 文件，还是丢弃？“取消”将保留当前捕获不变。</translation>
        </message>
        <message>
            <location filename="../ui/window/capturekeeper.cpp" line="67" />
            <source>Export…</source>
            <translation>导出…</translation>
        </message>
        <message>
            <source>Keep this capture? Its %1 events are in the session file %2.</source>
            <translation>保留此捕获吗？其 %1 个事件位于会话文件 %2 中。</translation>
        </message>
        <message>
            <source>Keep leaves it with the recent sessions (File ▸ Sessions), Save… moves it where you choose, Discard deletes it. Cancel goes on as before.</source>
            <translation>“保留”将其留在最近的会话中（文件 ▸ 会话），“保存…”将其移到您选择的位置，“放弃”将其删除。“取消”则照常继续。</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>保留</translation>
        </message>
        <message>
            <source>Save…</source>
            <translation>保存…</translation>
        </message>
        <message>
            <source>Keep Capture</source>
            <translation>保留捕获</translation>
        </message>
        <message>
            <source>Not every event could be written to %1: %2</source>
            <translation>并非所有事件都能写入 %1：%2</translation>
        </message>
        <message>
            <source>Save Session</source>
            <translation>保存会话</translation>
        </message>
        <message>
            <source>Sessions (*.fsnoop)</source>
            <translation>会话 (*.fsnoop)</translation>
        </message>
        <message>
            <source>Could not move the session to %1: %2
It stays in %3.</source>
            <translation>无法将会话移动到 %1：%2
它仍在 %3 中。</translation>
        </message>
    </context>
    <context>
        <name>ContainingFolder</name>
        <message>
            <location filename="../ui/events/containingfolder.cpp" line="62" />
            <source>Open Containing Folder</source>
            <translation>打开所在文件夹</translation>
        </message>
        <message>
            <location filename="../ui/events/containingfolder.cpp" line="63" />
            <source>No file manager could open the folder %1. Its path has been copied to the clipboard.</source>
            <translation>没有文件管理器能打开文件夹 %1。其路径已复制到剪贴板。</translation>
        </message>
    </context>
    <context>
        <name>ShowEventsAction</name>
        <message>
            <location filename="../ui/analysis/showeventsaction.cpp" line="8" />
            <source>Show Events</source>
            <translation>显示事件</translation>
        </message>
        <message>
            <location filename="../ui/analysis/showeventsaction.cpp" line="11" />
            <source>Show the events of the selected row in the Events tab (Enter or double-click)</source>
            <translation>在“事件”标签页中显示所选行的事件（回车或双击）</translation>
        </message>
    </context>
    <context>
        <name>TailFollower</name>
        <message>
            <location filename="../ui/events/tailfollower.cpp" line="15" />
            <source>Not following new events — Jump to Latest (End)</source>
            <translation>未跟随新事件 — 跳到最新 (End)</translation>
        </message>
        <message>
            <location filename="../ui/events/tailfollower.cpp" line="16" />
            <source>Scroll to the newest event and follow new ones again</source>
            <translation>滚动到最新事件并重新跟随新事件</translation>
        </message>
        <message>
            <location filename="../ui/events/tailfollower.cpp" line="22" />
            <source>Jump to Latest</source>
            <translation>跳到最新</translation>
        </message>
    </context>
    <context>
        <name>HighlightColors</name>
        <message>
            <location filename="../ui/events/highlightcolors.cpp" line="6" />
            <source>Red</source>
            <translation>红色</translation>
        </message>
        <message>
            <location filename="../ui/events/highlightcolors.cpp" line="7" />
            <source>Orange</source>
            <translation>橙色</translation>
        </message>
        <message>
            <location filename="../ui/events/highlightcolors.cpp" line="8" />
            <source>Yellow</source>
            <translation>黄色</translation>
        </message>
        <message>
            <location filename="../ui/events/highlightcolors.cpp" line="9" />
            <source>Green</source>
            <translation>绿色</translation>
        </message>
        <message>
            <location filename="../ui/events/highlightcolors.cpp" line="10" />
            <source>Blue</source>
            <translation>蓝色</translation>
        </message>
        <message>
            <location filename="../ui/events/highlightcolors.cpp" line="11" />
            <source>Purple</source>
            <translation>紫色</translation>
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
            <translation>关系</translation>
        </message>
        <message>
            <location filename="../ui/events/rulelistmodel.cpp" line="157" />
            <source>Value</source>
            <translation>值</translation>
        </message>
        <message>
            <location filename="../ui/events/rulelistmodel.cpp" line="158" />
            <source>Action</source>
            <translation>动作</translation>
        </message>
        <message>
            <location filename="../ui/events/rulelistmodel.cpp" line="159" />
            <source>Colour</source>
            <translation>颜色</translation>
        </message>
    </context>
    <context>
        <name>RulesController</name>
        <message>
            <location filename="../ui/events/rulescontroller.cpp" line="37" />
            <source>&amp;Filter Rules…</source>
            <translation>过滤规则(&amp;F)…</translation>
        </message>
        <message>
            <location filename="../ui/events/rulescontroller.cpp" line="38" />
            <source>&amp;Highlight Rules…</source>
            <translation>高亮规则(&amp;H)…</translation>
        </message>
        <message>
            <location filename="../ui/events/rulescontroller.cpp" line="41" />
            <source>Show only the events that rules let through</source>
            <translation>只显示规则放行的事件</translation>
        </message>
        <message>
            <location filename="../ui/events/rulescontroller.cpp" line="44" />
            <source>Colour the rows that rules match</source>
            <translation>为匹配规则的行着色</translation>
        </message>
    </context>
    <context>
        <name>RulesDialog</name>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="38" />
            <source>Filter Rules</source>
            <translation>过滤规则</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="38" />
            <source>Highlight Rules</source>
            <translation>高亮规则</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="42" />
            <source>Show only the events these rules let through.</source>
            <translation>只显示这些规则放行的事件。</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="43" />
            <source>Colour the rows these rules match; the first matching rule gives the colour.</source>
            <translation>为匹配这些规则的行着色；颜色取第一条匹配的规则。</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="67" />
            <source>&amp;Remove</source>
            <translation>删除(&amp;R)</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="68" />
            <source>Move &amp;Up</source>
            <translation>上移(&amp;U)</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="69" />
            <source>Move &amp;Down</source>
            <translation>下移(&amp;D)</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="90" />
            <source>Remove every rule</source>
            <translation>删除所有规则</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="90" />
            <source>Go back to the default highlights</source>
            <translation>恢复默认高亮</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="142" />
            <source>&amp;Add</source>
            <translation>添加(&amp;A)</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="144" />
            <source>&amp;Change</source>
            <translation>修改(&amp;C)</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="145" />
            <source>Replace the selected rule with the one above</source>
            <translation>用上方的规则替换所选规则</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/events/rulesdialog.cpp" line="295" />
            <source>%n rule(s) cannot work and match nothing:</source>
            <translation>
                <numerusform>%n 条规则无法生效，不匹配任何内容：</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="309" />
            <source>Saved sets:</source>
            <translation>已保存的规则集：</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="320" />
            <source>&amp;Load</source>
            <translation>加载(&amp;L)</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="321" />
            <source>&amp;Save As…</source>
            <translation>另存为(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="322" />
            <source>Re&amp;name…</source>
            <translation>重命名(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="323" />
            <source>De&amp;lete</source>
            <translation>删除(&amp;L)</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="324" />
            <source>&amp;Import…</source>
            <translation>导入(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="325" />
            <source>&amp;Export…</source>
            <translation>导出(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="339" />
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="382" />
            <location filename="../ui/events/rulesdialog.cpp" line="390" />
            <source>Save Rule Set</source>
            <translation>保存规则集</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="382" />
            <location filename="../ui/events/rulesdialog.cpp" line="410" />
            <source>Name:</source>
            <translation>名称：</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="391" />
            <source>Replace the set “%1”?</source>
            <translation>替换规则集“%1”？</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="410" />
            <source>Rename Rule Set</source>
            <translation>重命名规则集</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="425" />
            <source>Delete Rule Set</source>
            <translation>删除规则集</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="426" />
            <source>Delete the set “%1”?</source>
            <translation>删除规则集“%1”？</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="435" />
            <source>Import Filter</source>
            <translation>导入过滤器</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="436" />
            <location filename="../ui/events/rulesdialog.cpp" line="460" />
            <source>Filter files (*.json);;All files (*)</source>
            <translation>过滤器文件 (*.json);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="459" />
            <source>Export Filter</source>
            <translation>导出过滤器</translation>
        </message>
        <message>
            <location filename="../ui/events/rulesdialog.cpp" line="467" />
            <source>Exported</source>
            <translation>已导出</translation>
        </message>
    </context>
    <context>
        <name>RulesText</name>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="9" />
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="10" />
            <source>Event</source>
            <translation>事件</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="11" />
            <source>Path</source>
            <translation>路径</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="12" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="13" />
            <location filename="../ui/text/rulestext.cpp" line="55" />
            <source>Folder</source>
            <translation>文件夹</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="14" />
            <source>Extension</source>
            <translation>扩展名</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="15" />
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="16" />
            <source>PID</source>
            <translation>PID</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="17" />
            <source>Process</source>
            <translation>进程</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="18" />
            <source>Executable</source>
            <translation>可执行文件</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="19" />
            <source>Command line</source>
            <translation>命令行</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="20" />
            <source>Parent PID</source>
            <translation>父进程 PID</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="21" />
            <source>User</source>
            <translation>用户</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="22" />
            <source>Cookie</source>
            <translation>Cookie</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="23" />
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="31" />
            <source>is</source>
            <translation>等于</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="32" />
            <source>is not</source>
            <translation>不等于</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="33" />
            <source>contains</source>
            <translation>包含</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="34" />
            <source>excludes</source>
            <translation>不包含</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="35" />
            <source>begins with</source>
            <translation>开头是</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="36" />
            <source>ends with</source>
            <translation>结尾是</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="37" />
            <source>less than</source>
            <translation>小于</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="38" />
            <source>more than</source>
            <translation>大于</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="39" />
            <source>matches (regex)</source>
            <translation>匹配（正则）</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="46" />
            <source>Include</source>
            <translation>包含</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="46" />
            <source>Exclude</source>
            <translation>排除</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="53" />
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="62" />
            <source>%1 %2 “%3”, %4</source>
            <translation>%1 %2 “%3”，%4</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="73" />
            <source>rule %1: the regular expression is not valid: %2 (at offset %3)</source>
            <translation>规则 %1：正则表达式无效：%2（位置 %3）</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="78" />
            <source>rule %1: “less than” and “more than” need a number here</source>
            <translation>规则 %1：此处“小于”和“大于”需要一个数字</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="81" />
            <source>rule %1: not a time; write 14:05, 14:05:30.25 or 2026-11-22 14:05</source>
            <translation>规则 %1：不是时间；请写成 14:05、14:05:30.25 或 2026-11-22 14:05</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="93" />
            <source>cannot read the file: %1</source>
            <translation>无法读取文件：%1</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="95" />
            <source>cannot write the file: %1</source>
            <translation>无法写入文件：%1</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="97" />
            <source>not a JSON document: %1</source>
            <translation>不是 JSON 文档：%1</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="99" />
            <source>not an fsnoop filter file (docs/filter-format.md)</source>
            <translation>不是 fsnoop 过滤器文件（docs/filter-format.md）</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="101" />
            <source>written by a newer fsnoop (format version %1)</source>
            <translation>由更新版本的 fsnoop 写入（格式版本 %1）</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="103" />
            <source>set %1, rule %2: unknown %3</source>
            <translation>规则集 %1，规则 %2：未知的 %3</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="110" />
            <source>Rules on the same column are combined with OR, rules on different columns with AND. An event that matches an Exclude rule is hidden, whatever the Include rules say. Unticked rules are ignored. Text comparisons ignore case.</source>
            <translation>同一列上的规则以“或”组合，不同列上的规则以“与”组合。匹配排除规则的事件一律隐藏，无论包含规则如何。未勾选的规则将被忽略。文本比较不区分大小写。</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="229" />
            <source>inotify</source>
            <translation>inotify</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="231" />
            <source>scan</source>
            <translation>扫描</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="233" />
            <source>fanotify</source>
            <translation>fanotify</translation>
        </message>
        <message>
            <location filename="../ui/text/rulestext.cpp" line="233" />
            <source>rescan</source>
            <translation>重新扫描</translation>
        </message>
    </context>
    <context>
        <name>WorkProgress</name>
        <message>
            <location filename="../ui/window/workprogress.cpp" line="22" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>EventPropertiesDialog</name>
        <message>
            <location filename="../ui/events/eventpropertiesdialog.cpp" line="47" />
            <source>&amp;Previous</source>
            <translation>上一个(&amp;P)</translation>
        </message>
        <message>
            <location filename="../ui/events/eventpropertiesdialog.cpp" line="48" />
            <source>&amp;Next</source>
            <translation>下一个(&amp;N)</translation>
        </message>
        <message>
            <location filename="../ui/events/eventpropertiesdialog.cpp" line="51" />
            <source>Event Properties</source>
            <translation>事件属性</translation>
        </message>
        <message>
            <location filename="../ui/events/eventpropertiesdialog.cpp" line="54" />
            <source>The event above in the table</source>
            <translation>表格中上面的事件</translation>
        </message>
        <message>
            <location filename="../ui/events/eventpropertiesdialog.cpp" line="55" />
            <source>The event below in the table</source>
            <translation>表格中下面的事件</translation>
        </message>
        <message>
            <location filename="../ui/events/eventpropertiesdialog.cpp" line="67" />
            <source>Event</source>
            <translation>事件</translation>
        </message>
        <message>
            <location filename="../ui/events/eventpropertiesdialog.cpp" line="68" />
            <source>Rename chain</source>
            <translation>重命名链</translation>
        </message>
        <message>
            <location filename="../ui/events/eventpropertiesdialog.cpp" line="69" />
            <source>Process</source>
            <translation>进程</translation>
        </message>
        <message>
            <location filename="../ui/events/eventpropertiesdialog.cpp" line="108" />
            <source>No event selected.</source>
            <translation>未选择事件。</translation>
        </message>
        <message>
            <location filename="../ui/events/eventpropertiesdialog.cpp" line="122" />
            <source>Unknown: inotify does not tell which process did it. Watch with process information (administrator) to see it.</source>
            <translation>未知：inotify 不会告知是哪个进程所为。请使用进程信息（管理员）进行监视以查看。</translation>
        </message>
        <message>
            <location filename="../ui/events/eventpropertiesdialog.cpp" line="131" />
            <source>Rename chains are not available.</source>
            <translation>重命名链不可用。</translation>
        </message>
        <message>
            <location filename="../ui/events/eventpropertiesdialog.cpp" line="137" />
            <source>Not part of a rename.</source>
            <translation>不属于任何重命名。</translation>
        </message>
        <message>
            <location filename="../ui/events/eventpropertiesdialog.cpp" line="145" />
            <source>moved in from outside → %1</source>
            <translation>从外部移入 → %1</translation>
        </message>
        <message>
            <location filename="../ui/events/eventpropertiesdialog.cpp" line="147" />
            <source>%1 → moved out of the watched folders</source>
            <translation>%1 → 移出被监视的文件夹</translation>
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
            <translation>启动于 %1</translation>
        </message>
        <message>
            <location filename="../ui/processes/processtreemodel.cpp" line="179" />
            <source>How many different paths the process touched</source>
            <translation>该进程触及的不同路径数</translation>
        </message>
        <message>
            <location filename="../ui/processes/processtreemodel.cpp" line="181" />
            <source>A process is its PID and its start time: a reused PID is a new row.</source>
            <translation>进程由 PID 和启动时间确定：被重用的 PID 是新的一行。</translation>
        </message>
        <message>
            <location filename="../ui/processes/processtreemodel.cpp" line="192" />
            <source>Files</source>
            <translation>文件</translation>
        </message>
    </context>
    <context>
        <name>ProcessesPanel</name>
        <message>
            <location filename="../ui/processes/processespanel.cpp" line="28" />
            <source>inotify does not tell which process changed a file. Process information needs the administrator mode: fsnoop then watches with its fanotify helper, after asking for the administrator password.</source>
            <translation>inotify 不会告知是哪个进程修改了文件。进程信息需要管理员模式：fsnoop 会在询问管理员密码后，使用其 fanotify 助手进行监视。</translation>
        </message>
        <message>
            <location filename="../ui/processes/processespanel.cpp" line="34" />
            <source>Watch with Process Information</source>
            <translation>带进程信息监视</translation>
        </message>
        <message>
            <location filename="../ui/processes/processespanel.cpp" line="112" />
            <source>Include This Process</source>
            <translation>包含此进程</translation>
        </message>
        <message>
            <location filename="../ui/processes/processespanel.cpp" line="113" />
            <source>Include This Process and Its Children</source>
            <translation>包含此进程及其子进程</translation>
        </message>
        <message>
            <location filename="../ui/processes/processespanel.cpp" line="114" />
            <source>Exclude This Process</source>
            <translation>排除此进程</translation>
        </message>
        <message>
            <location filename="../ui/processes/processespanel.cpp" line="115" />
            <source>Exclude This Process and Its Children</source>
            <translation>排除此进程及其子进程</translation>
        </message>
        <message>
            <location filename="../ui/processes/processespanel.cpp" line="122" />
            <source>Adds filter rules on the process ID, shown in the Filter dialog</source>
            <translation>添加基于进程 ID 的过滤规则，可在过滤对话框中查看</translation>
        </message>
    </context>
    <context>
        <name>EventDescription</name>
        <message>
            <location filename="../ui/events/eventdescription.cpp" line="50" />
            <source>Process: %1 (PID %2) %3</source>
            <translation>进程：%1（PID %2）%3</translation>
        </message>
        <message>
            <location filename="../ui/events/eventdescription.cpp" line="58" />
            <source>Parent process: PID %1</source>
            <translation>父进程：PID %1</translation>
        </message>
        <message>
            <location filename="../ui/events/eventdescription.cpp" line="64" />
            <source>Process started: %1</source>
            <translation>进程启动时间：%1</translation>
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
            <translation>重新打开捕获</translation>
        </message>
        <message numerus="yes">
            <source>fsnoop was closed while capturing %1 since %2; %n event(s) were saved.</source>
            <translation>
                <numerusform>fsnoop 在自 %2 起捕获 %1 时被关闭；已保存 %n 个事件。</numerusform>
            </translation>
        </message>
        <message>
            <source>The capture is in %1. Reopen it now, keep it with the recent sessions for later, or delete it?</source>
            <translation>捕获位于 %1。现在重新打开、留在最近的会话中以后再看，还是删除？</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>重新打开</translation>
        </message>
        <message>
            <source>Keep for Later</source>
            <translation>留待以后</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
    </context>
    <context>
        <name>SessionText</name>
        <message>
            <source>(unreadable: %1)</source>
            <translation>（无法读取：%1）</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n 天</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s)</source>
            <translation>
                <numerusform>%n 小时</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n 分钟</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SessionsDialog</name>
        <message>
            <source>&amp;Open</source>
            <translation>打开(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>删除(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Clean Up Now</source>
            <translation>立即清理(&amp;C)</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>会话</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>开始</translation>
        </message>
        <message>
            <source>Watched</source>
            <translation>监视对象</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>事件</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>时长</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>无限制</translation>
        </message>
        <message>
            <source> days</source>
            <translation> 天</translation>
        </message>
        <message>
            <source> GB</source>
            <translation> GB</translation>
        </message>
        <message>
            <source>Delete sessions older than:</source>
            <translation>删除早于此时间的会话：</translation>
        </message>
        <message>
            <source>Keep the folder under:</source>
            <translation>文件夹大小上限：</translation>
        </message>
        <message>
            <source>Applied each time fsnoop starts, oldest first. The running capture, sessions another fsnoop is writing and files saved elsewhere are never deleted.</source>
            <translation>每次 fsnoop 启动时应用，最旧的先删。正在进行的捕获、另一个 fsnoop 正在写入的会话以及保存在别处的文件永远不会被删除。</translation>
        </message>
        <message>
            <source>Captures are saved as they run in %1</source>
            <translation>捕获在运行时保存在 %1</translation>
        </message>
        <message>
            <source>capturing</source>
            <translation>正在捕获</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s), %1</source>
            <translation>
                <numerusform>%n 个会话，%1</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete Sessions</source>
            <translation>删除会话</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n session(s)? This cannot be undone.</source>
            <translation>
                <numerusform>删除 %n 个会话吗？此操作无法撤销。</numerusform>
            </translation>
        </message>
        <message>
            <source> MB</source>
            <translation> MB</translation>
        </message>
        <message>
            <source>How much of a live capture the window keeps, about %1 events per MB; past it the oldest go from the table (the session file keeps them). For the next capture.</source>
            <translation>窗口为正在进行的捕获保留多少数据，每 MB 约 %1 个事件；超出后最旧的事件从表中移除（会话文件仍保留它们）。从下一次捕获起生效。</translation>
        </message>
        <message>
            <source>Capture budget:</source>
            <translation>捕获预算：</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <location filename="../ui/events/findbar.cpp" line="24" />
            <source>Find in path, process or event type</source>
            <translation>在路径、进程或事件类型中查找</translation>
        </message>
        <message>
            <location filename="../ui/events/findbar.cpp" line="29" />
            <source>Find:</source>
            <translation>查找：</translation>
        </message>
        <message>
            <location filename="../ui/events/findbar.cpp" line="33" />
            <source>Previous match</source>
            <translation>上一个匹配</translation>
        </message>
        <message>
            <location filename="../ui/events/findbar.cpp" line="36" />
            <source>Next match</source>
            <translation>下一个匹配</translation>
        </message>
        <message>
            <location filename="../ui/events/findbar.cpp" line="40" />
            <source>Close the find bar</source>
            <translation>关闭查找栏</translation>
        </message>
        <message>
            <location filename="../ui/events/findbar.cpp" line="51" />
            <source>&amp;Find…</source>
            <translation>查找(&amp;F)…</translation>
        </message>
        <message>
            <location filename="../ui/events/findbar.cpp" line="55" />
            <source>Find &amp;Next</source>
            <translation>查找下一个(&amp;N)</translation>
        </message>
        <message>
            <location filename="../ui/events/findbar.cpp" line="59" />
            <source>Find Pre&amp;vious</source>
            <translation>查找上一个(&amp;V)</translation>
        </message>
        <message>
            <location filename="../ui/events/findbar.cpp" line="70" />
            <source>Search wrapped around</source>
            <translation>查找已绕回</translation>
        </message>
        <message>
            <location filename="../ui/events/findbar.cpp" line="74" />
            <source>No match</source>
            <translation>无匹配</translation>
        </message>
        <message>
            <location filename="../ui/events/findbar.cpp" line="102" />
            <source>Searching…</source>
            <translation>正在查找…</translation>
        </message>
    </context>
    <context>
        <name>JumpToTimeDialog</name>
        <message>
            <location filename="../ui/events/jumptotimedialog.cpp" line="14" />
            <source>Jump to Time</source>
            <translation>跳转到时间</translation>
        </message>
        <message>
            <location filename="../ui/events/jumptotimedialog.cpp" line="22" />
            <source>First event at or after:</source>
            <translation>此时间或之后的第一个事件：</translation>
        </message>
    </context>
</TS>
