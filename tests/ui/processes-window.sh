#!/bin/bash
# The Processes tab in the real window, driven with the keyboard like a person would (xdotool) on a
# virtual X display with a window manager (openbox):
#   1. as root, `fsnoop record --fanotify` captures a folder while a small tree of processes (bash,
#      sh, cp, python3, mv) works in it: a real session with real processes;
#   2. `fsnoop open` shows it; Ctrl+Shift+Tab goes to the Processes tab (the last one);
#   3. the context menu's "Exclude This Process and Its Children" on the first process adds rules:
#      fewer rows; Ctrl+L shows them in the Filter dialog;
#   4. End + Enter ("Show Events") narrows the Events tab to the last process: fewer rows.
# Screenshots of each step in English and Japanese go to OUTPUT_DIR (processes-*.png).
#
#   processes-window.sh FSNOOP_BINARY OUTPUT_DIR
# Exit 77 (skipped) when not root: fanotify with process information needs it.
set -u
fsnoop=${1:?usage: processes-window.sh FSNOOP_BINARY OUTPUT_DIR}
out=${2:?usage: processes-window.sh FSNOOP_BINARY OUTPUT_DIR}
if [ "$(id -u)" -ne 0 ]; then
    echo "SKIP: the fanotify capture with process information needs root"
    exit 77
fi
import=/usr/bin/import # ImageMagick (/usr/local/bin may hold a stand-in)
mkdir -p "$out"
source "$(dirname "$0")/../lib/window.sh"
window_work /tmp/fsnoop-procs.XXXXXX record_pid

# 1. A real capture with processes.
watched="$work/project"
mkdir -p "$watched/src"
session="$work/build-run.fsnoop"
"$fsnoop" record --fanotify -o "$session" --duration 6 "$watched" >"$work/record.log" 2>&1 &
record_pid=$!
if ! wait_for 30 grep -q 'Ctrl+C' "$work/record.log"; then
    echo "FAIL: the fanotify capture did not start"; cat "$work/record.log"; exit 1
fi
bash -c '
    cd "$1"
    sh -c "echo int main > src/main.c; cp src/main.c src/copy.c"
    python3 -c "open(\"src/gen.h\", \"w\").write(\"#define X 1\n\")"
    sh -c "mkdir build && echo obj > build/main.o && mv build/main.o build/app"
    rm src/copy.c
' bash "$watched"
wait "$record_pid"
record_pid=
if [ ! -s "$session" ]; then
    echo "FAIL: no session file"; cat "$work/record.log"; exit 1
fi

start_xvfb "$work/xvfb.log" || exit 1
start_openbox

status=0
fail() { echo "FAIL [$name]: $*"; cat "$log"; status=1; }
shot() { # file
    # import, not xwd: xwd reads a dialog or menu window opened over the main one as black here.
    "$import" -window root "$out/$1"
    echo "screenshot: $out/$1"
}
# The last "filter rebuilt: N rows" of the log (EventTableModel, fsnoop.ui debug).
rows_now() {
    grep -o 'filter rebuilt: [0-9]* rows' "$log" | tail -1 | awk '{print $3}'
}
rows_below() { # N: the table was rebuilt with fewer than N rows
    local n
    n=$(rows_now)
    [ -n "$n" ] && [ "$n" -lt "$1" ]
}
rebuilt_more_than() { # COUNT: more than COUNT rebuilds logged
    [ "$(grep -c 'filter rebuilt' "$log")" -gt "$1" ]
}
windows_shown() { # COUNT: the app shows exactly COUNT windows (the main window, a dialog...)
    [ "$(xdotool search --onlyvisible --pid "$app_pid" 2>/dev/null | wc -l)" -eq "$1" ]
}

drive() { # name LANGUAGE LC_ALL
    steps "$@"
    stop_window
}

steps() { # name LANGUAGE LC_ALL
    name=$1
    log="$work/app-$name.log"
    start_window "$log" "$work/config-$name" LANGUAGE="$2" LC_ALL="$3" FSNOOP_QUIT_AFTER_MS=90000 \
        "$fsnoop" open "$session"
    if ! wait_for 30 window_up build-run.fsnoop || ! wait_for 30 grep -q 'table shows' "$log"; then
        fail "no window with the session"; return
    fi
    local win total
    wait_for 10 windows_shown 1
    win=$(xdotool search --onlyvisible --pid "$app_pid" 2>/dev/null | head -1)
    xdotool windowactivate --sync "$win" 2>/dev/null
    total=$(grep -o 'table shows [0-9]* rows' "$log" | tail -1 | awk '{print $3}')

    # 2. The Processes tab, the last one: Ctrl+Shift+Tab from the Events tab wraps to it. The
    # tree gets the keyboard (ProcessesPanel's focus proxy). The pauses only let a busy machine
    # paint before a screenshot (a menu or dialog shot too early is black); every check waits on
    # the log or the window list.
    xdotool key ctrl+shift+Tab
    if ! wait_for 10 grep -q 'tab shown: ProcessesPanel' "$log"; then
        fail "Ctrl+Shift+Tab did not show the Processes tab"; return
    fi
    xdotool sleep 0.5
    shot "processes-$name.png"

    # 3. Down selects the first process; the context menu (Menu key) excludes it and its
    # children: Show Events, Include, Include with children, Exclude, Exclude with children.
    local rebuilds
    rebuilds=$(grep -c 'filter rebuilt' "$log")
    xdotool key Down Menu
    xdotool sleep 2
    shot "processes-menu-$name.png"
    xdotool key Down Down Down Down Down Return
    if ! wait_for 10 rebuilt_more_than "$rebuilds" || ! rows_below "$total"; then
        fail "excluding the first process and its children left $(rows_now) of $total rows"; return
    fi
    echo "ok [$name]: excluded the first process and its children: $(rows_now) of $total rows"
    xdotool key ctrl+l
    if ! wait_for 10 windows_shown 2; then
        fail "Ctrl+L did not open the Filter dialog"; return
    fi
    xdotool sleep 2
    shot "processes-rules-$name.png"
    xdotool key Escape
    if ! wait_for 10 windows_shown 1; then
        fail "Escape did not close the Filter dialog"; return
    fi
    xdotool windowactivate --sync "$win" 2>/dev/null

    # 4. Enter on the last process shows its events alone, on the Events tab.
    rebuilds=$(grep -c 'filter rebuilt' "$log")
    xdotool key End Return
    if ! wait_for 10 rebuilt_more_than "$rebuilds" || ! rows_below "$total"; then
        fail "Enter on a process did not narrow the table below $total rows"; return
    fi
    echo "ok [$name]: Show Events on the last process: $(rows_now) of $total rows"
    xdotool sleep 0.3
    shot "processes-show-events-$name.png"
}

drive en en C.UTF-8
drive ja ja ja_JP.UTF-8
exit $status
