#!/bin/bash
# Screenshots of the real fsnoop window on a virtual X display, in English, French, Chinese and
# Japanese, while files change in the watched folder. Fails if the window did not come up: the
# window title must be on the display and the PNG must not be blank.
#
#   screenshots.sh FSNOOP_BINARY OUTPUT_DIR
set -u
fsnoop=${1:?usage: screenshots.sh FSNOOP_BINARY OUTPUT_DIR}
out=${2:?usage: screenshots.sh FSNOOP_BINARY OUTPUT_DIR}
convert=/usr/bin/convert # /usr/local/bin/convert may be a stand-in without ImageMagick
mkdir -p "$out"
work=$(mktemp -d /tmp/fsnoop-shots.XXXXXX)
xvfb_pid=
writer_pid=
app_pid=
cleanup() {
    # Only what this script started, by pid.
    [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null
    [ -n "$writer_pid" ] && kill "$writer_pid" 2>/dev/null
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
    wait 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

# A display of our own: a random high number (others' scripts tend to use :0 or :99), kept only
# if our Xvfb is the one holding its lock file, so two runs never share a display.
display=
for n in $(shuf -i 150-299 -n 20); do
    [ -e "/tmp/.X$n-lock" ] || [ -e "/tmp/.X11-unix/X$n" ] && continue
    Xvfb ":$n" -screen 0 1400x900x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
    xvfb_pid=$!
    for _ in $(seq 50); do
        DISPLAY=":$n" xdpyinfo >/dev/null 2>&1 && break
        sleep 0.1
    done
    if kill -0 "$xvfb_pid" 2>/dev/null && [ "$(tr -d ' ' <"/tmp/.X$n-lock" 2>/dev/null)" = "$xvfb_pid" ] \
        && DISPLAY=":$n" xdpyinfo >/dev/null 2>&1; then
        display=":$n"
        break
    fi
    kill "$xvfb_pid" 2>/dev/null
    wait "$xvfb_pid" 2>/dev/null
    xvfb_pid=
done
[ -n "$display" ] || { echo "Xvfb did not start"; cat "$work/xvfb.log"; exit 1; }
if DISPLAY=$display xwininfo -root -tree | grep -q 'fsnoop'; then
    echo "display $display already shows an fsnoop window: not ours"; exit 1
fi

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
shoot() { # name LANGUAGE LC_ALL expected-title-text fsnoop-arguments...
    local name=$1 language=$2 lcall=$3 title=$4
    shift 4
    local cfg="$work/config-$name"
    mkdir -p "$cfg"
    env -u QT_QPA_PLATFORM DISPLAY="$display" QT_QPA_PLATFORM=xcb XDG_CONFIG_HOME="$cfg" \
        LANGUAGE="$language" LC_ALL="$lcall" FSNOOP_QUIT_AFTER_MS=9000 \
        "$fsnoop" "$@" >"$work/app-$name.log" 2>&1 &
    app_pid=$!
    local up=
    for _ in $(seq 60); do
        if DISPLAY=$display xwininfo -root -tree 2>/dev/null | grep 'fsnoop' | grep -qF "$title"; then
            up=1
            break
        fi
        sleep 0.1
    done
    if [ -z "$up" ]; then
        echo "FAIL [$name]: no fsnoop window titled '$title' on $display"
        DISPLAY=$display xwininfo -root -tree | grep -i fsnoop
        cat "$work/app-$name.log"; status=1
    else
        sleep 2.5 # let events flow into the table
        DISPLAY=$display xwd -root -silent | "$convert" xwd:- "$out/main-window-$name.png"
        local sd
        sd=$("$convert" "$out/main-window-$name.png" -format '%[fx:standard_deviation]' info: 2>/dev/null)
        if [ ! -s "$out/main-window-$name.png" ] || awk "BEGIN{exit !($sd < 0.02)}"; then
            echo "FAIL [$name]: screenshot missing or blank (sd=$sd)"; status=1
        else
            echo "ok [$name]: $out/main-window-$name.png (sd=$sd)"
        fi
    fi
    if ! kill -0 "$app_pid" 2>/dev/null; then
        echo "FAIL [$name]: fsnoop exited early"; cat "$work/app-$name.log"; status=1
    fi
    kill "$app_pid" 2>/dev/null
    wait "$app_pid" 2>/dev/null
    app_pid=
}

shoot en en C.UTF-8 project "$watched"
shoot fr fr fr_FR.UTF-8 project "$watched"
shoot zh_CN zh_CN zh_CN.UTF-8 project "$watched"
shoot ja ja ja_JP.UTF-8 project "$watched"

# A saved session opened read-only (`fsnoop open`), as the fanotify backend would have written
# it: process columns filled, a scan row and an overflow marker (docs/csv-format.md).
session="$work/session.csv"
{
    printf 'time,events,path,is_dir,cookie,pid,process,executable,source\r\n'
    for i in $(seq 10 49); do
        case $((i % 5)) in
            0) ev=OPEN; pid=2211; p=vim; x=/usr/bin/vim.basic ;;
            1) ev=MODIFY; pid=2211; p=vim; x=/usr/bin/vim.basic ;;
            2) ev=CLOSE_WRITE; pid=2211; p=vim; x=/usr/bin/vim.basic ;;
            3) ev=ACCESS; pid=3120; p=make; x=/usr/bin/make ;;
            4) ev=CREATE; pid=3121; p=cc1plus; x=/usr/lib/gcc/x86_64-linux-gnu/12/cc1plus ;;
        esac
        printf '2026-11-22T08:12:%02d.%06d+00:00,%s,/home/ada/project/src/file%d.cpp,0,0,%s,%s,%s,fanotify\r\n' \
            "$i" "$((i * 1013))" "$ev" "$((i % 7))" "$pid" "$p" "$x"
    done
    printf '2026-11-22T08:12:50.000100+00:00,CREATE|ISDIR,/home/ada/project/build,1,0,3120,make,/usr/bin/make,fanotify\r\n'
    printf '2026-11-22T08:12:50.000200+00:00,CREATE,/home/ada/project/build/out.o,0,0,,,,scan\r\n'
    printf '2026-11-22T08:12:50.000300+00:00,Q_OVERFLOW,,0,1,,,,inotify\r\n'
    printf '2026-11-22T08:12:51.000000+00:00,MOVED_FROM,/home/ada/project/src/old.h,0,77,2211,vim,/usr/bin/vim.basic,fanotify\r\n'
    printf '2026-11-22T08:12:51.000001+00:00,MOVED_TO,/home/ada/project/src/new.h,0,77,2211,vim,/usr/bin/vim.basic,fanotify\r\n'
} >"$session"
shoot session en C.UTF-8 session.csv open "$session"
exit $status
