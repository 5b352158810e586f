#!/bin/sh
# CPU cost of `fsnoop record` against `inotifywait -m -r` on the same burst of file creations in a
# tmpfs (ext4 gets slow after mass deletes, see MACHINE-NOTES). Not run by ctest. Needs root (mount).
#
#   tests/app/measure-record.sh [path/to/fsnoop] [files]      (default: build/app/fsnoop 100000)
#
# For each tool: mount a fresh tmpfs, start the watcher (all events, output to a file on a second
# tmpfs), wait until its watches are set up, create the files (open O_CREAT + close: CREATE, OPEN,
# CLOSE_WRITE each), wait until the output stops growing, SIGTERM it (a background job of a script ignores SIGINT), and report user+system CPU
# seconds (GNU time) and the number of events it captured.
set -eu
FSNOOP=${1:-build/app/fsnoop}
N=${2:-100000}
ROOT=$(mktemp -d /tmp/fsnoop-measure.XXXXXX)
mkdir -p "$ROOT/w" "$ROOT/out"
mount -t tmpfs -o size=512m tmpfs "$ROOT/w"
mount -t tmpfs -o size=512m tmpfs "$ROOT/out"
cleanup() { umount "$ROOT/w" 2>/dev/null || true; umount "$ROOT/out" 2>/dev/null || true; rm -rf "$ROOT"; }
trap cleanup EXIT

burst() {
    python3 - "$1" "$N" <<'PY'
import os, sys
d, n = sys.argv[1], int(sys.argv[2])
for i in range(n):
    os.close(os.open(f"{d}/f{i}", os.O_CREAT | os.O_WRONLY, 0o644))
PY
}

# wait_ready FILE PATTERN: until the watcher's stderr says its watches are set up
wait_ready() { i=0; until grep -q "$2" "$1" 2>/dev/null; do i=$((i+1)); [ $i -gt 200 ] && { echo "watcher not ready" >&2; cat "$1" >&2; exit 1; }; sleep 0.05; done; }
# wait_quiet FILE: until the output stops growing for 1 s
wait_quiet() { last=-1; while :; do s=$(stat -c %s "$1"); [ "$s" = "$last" ] && break; last=$s; sleep 1; done; }

run() { # name, ready-pattern, command...
    name=$1; pattern=$2; shift 2
    rm -rf "$ROOT/w/d"; mkdir "$ROOT/w/d"
    /usr/bin/time -f "%U %S" -o "$ROOT/out/$name.time" "$@" >"$ROOT/out/$name.out" 2>"$ROOT/out/$name.err" &
    sleep 0.2; wait_ready "$ROOT/out/$name.err" "$pattern"
    pid=$(pgrep -n -P $! || true)
    burst "$ROOT/w/d"
    wait_quiet "$ROOT/out/$name.out"
    kill -TERM "$pid"; wait || true
    cpu=$(awk '/^[0-9.]+ [0-9.]+$/ {print $1 + $2}' "$ROOT/out/$name.time")
    echo "$name $cpu"
}

fs=$(run fsnoop "watching" "$FSNOOP" record "$ROOT/w/d")
iw=$(run inotifywait "Watches established" inotifywait -m -r "$ROOT/w/d")
fs_events=$(($(wc -l <"$ROOT/out/fsnoop.out") - 1))
iw_events=$(wc -l <"$ROOT/out/inotifywait.out")
fs_over=$(grep -c Q_OVERFLOW "$ROOT/out/fsnoop.out" || true)
iw_over=$(grep -c Q_OVERFLOW "$ROOT/out/inotifywait.out" || true)
expected=$((N * 3))
printf '%d file creations in tmpfs, %d events expected (CREATE, OPEN, CLOSE_WRITE each)\n' "$N" "$expected"
printf '%-12s %10s %10s %10s %14s\n' tool cpu_s events overflows us_per_event
for t in "fsnoop ${fs#* } $fs_events $fs_over" "inotifywait ${iw#* } $iw_events $iw_over"; do
    set -- $t
    printf '%-12s %10s %10s %10s %14s\n' "$1" "$2" "$3" "$4" "$(awk -v c="$2" -v e="$3" 'BEGIN { if (e > 0) printf "%.2f", c * 1e6 / e }')"
done
grep -h "events recorded" "$ROOT/out/fsnoop.err" || true
