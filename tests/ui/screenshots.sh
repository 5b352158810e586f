#!/bin/bash
# Screenshots of the real fsnoop window on a virtual X display, in English, French, Chinese and
# Japanese, while files change in the watched folder. Fails if the window did not come up: the
# window title must be on the display, the table must show rows, and the PNG must not be blank.
#
#   screenshots.sh FSNOOP_BINARY OUTPUT_DIR
set -u
fsnoop=${1:?usage: screenshots.sh FSNOOP_BINARY OUTPUT_DIR}
out=${2:?usage: screenshots.sh FSNOOP_BINARY OUTPUT_DIR}
convert=/usr/bin/convert # /usr/local/bin/convert may be a stand-in without ImageMagick
mkdir -p "$out"
source "$(dirname "$0")/../lib/window.sh"
window_work /tmp/fsnoop-shots.XXXXXX writer_pid

start_xvfb "$work/xvfb.log" || exit 1

# Activity in the watched folder: files created, written, renamed and deleted, all the time.
watched="$work/project"
mkdir -p "$watched/src/lib" "$watched/docs" "$watched/build"
(
    i=0
    while true; do
        i=$((i + 1))
        echo "line $i" >> "$watched/src/main.cpp"
        echo "$i" > "$watched/build/obj$((i % 7)).o"
        touch "$watched/docs/notes-$((i % 3)).md"
        mv "$watched/build/obj$((i % 7)).o" "$watched/build/obj$((i % 7)).tmp"
        rm -f "$watched/build/obj$((i % 7)).tmp"
        [ $((i % 20)) -eq 0 ] && mkdir -p "$watched/src/gen$i" && echo x > "$watched/src/gen$i/a.h"
        sleep 0.05
    done
) &
writer_pid=$!

status=0
shoot() { # name LANGUAGE LC_ALL expected-title-text minimum-rows fsnoop-arguments...
    local name=$1 language=$2 lcall=$3 title=$4 rows=$5
    shift 5
    local log="$work/app-$name.log"
    start_window "$log" "$work/config-$name" LANGUAGE="$language" LC_ALL="$lcall" \
        FSNOOP_QUIT_AFTER_MS=60000 "$fsnoop" "$@"
    if ! wait_for 30 window_up "$title"; then
        echo "FAIL [$name]: no fsnoop window titled '$title' on $DISPLAY"
        xwininfo -root -tree | grep -i fsnoop
        cat "$log"; status=1
    elif ! wait_for 30 rows_shown "$log" "$rows"; then
        echo "FAIL [$name]: the table never showed $rows rows"
        cat "$log"; status=1
    else
        xwd -root -silent | "$convert" xwd:- "$out/main-window-$name.png"
        local sd
        sd=$("$convert" "$out/main-window-$name.png" -format '%[fx:standard_deviation]' info: 2>/dev/null)
        if [ ! -s "$out/main-window-$name.png" ] || awk "BEGIN{exit !($sd < 0.02)}"; then
            echo "FAIL [$name]: screenshot missing or blank (sd=$sd)"; status=1
        else
            echo "ok [$name]: $out/main-window-$name.png (sd=$sd)"
        fi
    fi
    if ! kill -0 "$app_pid" 2>/dev/null; then
        echo "FAIL [$name]: fsnoop exited early"; cat "$log"; status=1
    fi
    stop_window
}

shoot en en C.UTF-8 project 300 "$watched"
shoot fr fr fr_FR.UTF-8 project 300 "$watched"
shoot zh_CN zh_CN zh_CN.UTF-8 project 300 "$watched"
shoot ja ja ja_JP.UTF-8 project 300 "$watched"

# A saved session opened read-only (`fsnoop open`), as the fanotify backend would have written
# it: process columns filled, a scan row and an overflow marker (docs/csv-format.md).
session="$work/session.csv"
{
    sample_session_csv 5 # no DELETE
    printf '2026-11-22T08:12:50.000100+00:00,CREATE|ISDIR,/home/ada/project/build,1,0,3120,make,/usr/bin/make,fanotify\r\n'
    printf '2026-11-22T08:12:50.000200+00:00,CREATE,/home/ada/project/build/out.o,0,0,,,,scan\r\n'
    printf '2026-11-22T08:12:50.000300+00:00,Q_OVERFLOW,,0,1,,,,inotify\r\n'
    printf '2026-11-22T08:12:51.000000+00:00,MOVED_FROM,/home/ada/project/src/old.h,0,77,2211,vim,/usr/bin/vim.basic,fanotify\r\n'
    printf '2026-11-22T08:12:51.000001+00:00,MOVED_TO,/home/ada/project/src/new.h,0,77,2211,vim,/usr/bin/vim.basic,fanotify\r\n'
} >"$session"
shoot session en C.UTF-8 session.csv 45 open "$session"
exit $status
