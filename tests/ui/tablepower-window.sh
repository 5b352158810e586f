#!/bin/bash
# The event table's keys in the real window on a virtual X display (openbox as window manager,
# keys and clicks by xdotool), in English, Japanese and French, on a session file opened with
# `fsnoop open`: Ctrl+B bookmarks (checked in the file's bookmarks table), F2 / Shift+F2, Ctrl+F
# with Enter, Ctrl+G, Ctrl+L and Ctrl+H, the header's column menu. Screenshots of the find bar
# over the highlighted table, the Jump to Time dialog, both rule dialogs and the column menu.
#
#   tablepower-window.sh FSNOOP_BINARY OUTPUT_DIR
set -u
fsnoop=${1:?usage: tablepower-window.sh FSNOOP_BINARY OUTPUT_DIR}
out=${2:?usage: tablepower-window.sh FSNOOP_BINARY OUTPUT_DIR}
convert=/usr/bin/convert # /usr/local/bin/convert may be a stand-in without ImageMagick
mkdir -p "$out"
source "$(dirname "$0")/../lib/window.sh"
window_work /tmp/fsnoop-tablepower.XXXXXX
for tool in xdotool openbox sqlite3 xwd; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool is missing (packaging/debian-packages.txt)"; exit 1; }
done

start_xvfb "$work/xvfb.log" || exit 1
start_openbox

# 40 events a second apart by vim, make and cc1plus (one in six a delete, highlighted by default)
# and an overflow marker, converted to a session file.
{
    sample_session_csv 6
    printf '2026-11-22T08:12:50.000300+00:00,Q_OVERFLOW,,0,1,,,,inotify\r\n'
} >"$work/s.csv"
"$fsnoop" export -q "$work/s.csv" -o "$work/template.fsnoop" || { echo "FAIL: export"; exit 1; }

status=0
fail() { echo "FAIL [$name]: $*"; tail -5 "$log"; status=1; }
# The shell waits for fsnoop's write instead of failing with "database is locked".
bookmarks() { sqlite3 -cmd '.timeout 5000' "$session" 'SELECT group_concat(event - 1) FROM (SELECT event FROM bookmarks ORDER BY event)'; }
has_bookmarks() { [ "$(bookmarks)" = "$1" ]; }
# Asked anew on each try of wait_for (an argument like "$(bookmarks)" would be read once).
has_a_bookmark() { [ -n "$(bookmarks)" ]; }
# The rows the table went to (Find, bookmarks, Jump to Time), from the fsnoop.ui debug lines.
went() { grep -o 'table goes to row [0-9]*' "$log" | awk '{print $5}'; }
went_count() { went | wc -l; }
went_more_than() { (( $(went_count) > $1 )); }
last_went() { went | tail -1; }
dialog() { xdotool search --onlyvisible --class fsnoop 2>/dev/null | grep -vx "$main" | head -1; }
dialog_up() { [ -n "$(dialog)" ]; }
dialog_gone() { [ -z "$(dialog)" ]; }
# A window mapped after the main one (dialog, menu) reads black in a capture of the root window
# here; such windows are shot by their own id.
shot() { # file [window]
    if [ -n "${2:-}" ]; then xwd -id "$2" -silent; else xwd -root -silent; fi | "$convert" xwd:- "$1"
    local sd
    sd=$("$convert" "$1" -format '%[fx:standard_deviation]' info: 2>/dev/null)
    if [ ! -s "$1" ] || awk "BEGIN{exit !($sd < 0.02)}"; then fail "screenshot $1 missing or blank"; else echo "ok [$name]: $1"; fi
}

run() { # name LANGUAGE LC_ALL
    drive "$@"
    if [ -n "$app_pid" ] && ! kill -0 "$app_pid" 2>/dev/null; then fail "fsnoop exited early"; cat "$log"; fi
    stop_window
}

drive() { # name LANGUAGE LC_ALL; a failure returns at once, run() stops fsnoop
    name=$1
    log="$work/app-$1.log"
    session="$work/s-$1.fsnoop"
    cp "$work/template.fsnoop" "$session"
    start_window "$log" "$work/config-$1" LANGUAGE="$2" LC_ALL="$3" FSNOOP_QUIT_AFTER_MS=120000 \
        "$fsnoop" open "$session"
    if ! wait_for 30 window_up "s-$1.fsnoop" || ! wait_for 30 rows_shown "$log" 41; then
        fail "no window showing 41 rows"; cat "$log"; return
    fi
    main=$(xdotool search --onlyvisible --class fsnoop | head -1)
    xdotool windowactivate --sync "$main"
    local x y
    eval "$(xdotool getwindowgeometry --shell "$main")" # X Y WIDTH HEIGHT
    x=$((X + 300))
    y=$((Y + 160)) # a row near the top of the table

    # Ctrl+B on the clicked row and three rows down; F2, F2, Shift+F2 step between them.
    xdotool mousemove "$x" "$y" click 1
    xdotool key ctrl+b
    wait_for 10 has_a_bookmark || { fail "Ctrl+B wrote no bookmark"; return; }
    local first second
    first=$(bookmarks)
    second=$((first + 3))
    xdotool key Down Down Down ctrl+b
    wait_for 10 has_bookmarks "$first,$second" || { fail "bookmarks are '$(bookmarks)', not $first,$second"; return; }
    local n
    n=$(went_count)
    xdotool key F2 F2 shift+F2
    wait_for 10 went_more_than $((n + 2)) || { fail "F2 / Shift+F2 did not move"; return; }
    [ "$(went | tail -3 | tr '\n' ' ')" = "$first $second $first " ] \
        || fail "F2, F2, Shift+F2 went to $(went | tail -3 | tr '\n' ' '), not $first $second $first"

    # Ctrl+F, "vim", Enter: the next vim row after the current one; nothing is filtered.
    n=$(went_count)
    xdotool key ctrl+f
    xdotool type --delay 50 vim
    xdotool key Return
    wait_for 10 went_more_than $((n + 1)) || { fail "Find did not move"; return; }
    local found
    found=$(last_went)
    # Rows are events 10..49 in order; vim's are those with (10 + row) % 6 in 0, 1, 2.
    (( (10 + found) % 6 <= 2 )) || fail "Find went to row $found, which is not vim's"
    shot "$out/find-bar-$1.png"
    xdotool key Escape

    # Ctrl+G: the time box starts at the current row; ten seconds on, the first row at or after.
    xdotool key ctrl+g
    wait_for 10 dialog_up || { fail "Ctrl+G opened no dialog"; return; }
    sleep 0.5 # the dialog's first paint; nothing to wait on from outside
    xdotool key Tab Tab Tab Tab Tab Up Up Up Up Up Up Up Up Up Up
    shot "$out/jump-to-time-$1.png" "$(dialog)"
    n=$(went_count)
    xdotool key Return
    wait_for 10 went_more_than "$n" || { fail "Jump to Time did not move"; return; }
    local expected=$((found + 10))
    ((expected > 40)) && expected=40
    [ "$(last_went)" = "$expected" ] || fail "Jump to Time went to row $(last_went), not $expected"

    # Ctrl+L and Ctrl+H: the rule dialogs.
    for key in l h; do
        xdotool key "ctrl+$key"
        wait_for 10 dialog_up || { fail "Ctrl+${key^^} opened no dialog"; continue; }
        sleep 0.5
        shot "$out/rules-$key-$1.png" "$(dialog)"
        xdotool key Escape
        wait_for 10 dialog_gone || fail "Escape did not close the Ctrl+${key^^} dialog"
    done

    # The column chooser on the header.
    xdotool mousemove "$((X + 500))" "$((Y + 117))" click 3
    if wait_for 10 dialog_up; then
        sleep 0.5
        shot "$out/column-menu-$1.png" "$(dialog)"
        xdotool key Escape
    else
        fail "no column menu on the header"
    fi

}

run en en C.UTF-8
run ja ja ja_JP.UTF-8
run fr fr fr_FR.UTF-8
exit $status
