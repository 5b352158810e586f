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
. "$(dirname "$0")/../lib/burst.sh"
burst_setup fsnoop-measure 512m

run() { # name, ready-pattern, command...
    name=$1; pattern=$2; shift 2
    echo "$name $(burst_cpu "$ROOT/out/$name.out" "$ROOT/out/$name.err" "$ROOT/out/$name.out" "$pattern" "$@")"
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
