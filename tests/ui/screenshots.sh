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

# Xvfb picks a free display number itself (-displayfd) so that two runs (or two engineers'
# scripts) never share a display and find each other's windows.
Xvfb -displayfd 3 -screen 0 1400x900x24 -nolisten tcp 3>"$work/display" >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
display=
for _ in $(seq 100); do
    [ -s "$work/display" ] && display=":$(head -n1 "$work/display")" && break
    sleep 0.1
done
if [ -z "$display" ] || ! kill -0 "$xvfb_pid" 2>/dev/null \
    || ! DISPLAY=$display xdpyinfo >/dev/null 2>&1; then
    echo "Xvfb did not start"; cat "$work/xvfb.log"; exit 1
fi
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
shoot() { # name LANGUAGE LC_ALL
    local name=$1 language=$2 lcall=$3
    local cfg="$work/config-$name"
    mkdir -p "$cfg"
    env -u QT_QPA_PLATFORM DISPLAY="$display" QT_QPA_PLATFORM=xcb XDG_CONFIG_HOME="$cfg" \
        LANGUAGE="$language" LC_ALL="$lcall" FSNOOP_QUIT_AFTER_MS=9000 \
        "$fsnoop" "$watched" >"$work/app-$name.log" 2>&1 &
    app_pid=$!
    local up=
    for _ in $(seq 60); do
        if DISPLAY=$display xwininfo -root -tree 2>/dev/null | grep -q 'fsnoop'; then up=1; break; fi
        sleep 0.1
    done
    if [ -z "$up" ]; then
        echo "FAIL [$name]: no fsnoop window on $display"; cat "$work/app-$name.log"; status=1
    else
        sleep 3 # let events flow into the table
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

shoot en en C.UTF-8
shoot fr fr fr_FR.UTF-8
shoot zh_CN zh_CN zh_CN.UTF-8
shoot ja ja ja_JP.UTF-8
exit $status
