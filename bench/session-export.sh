#!/bin/sh
# `fsnoop export` throughput on a big session file (issue 12 target: CSV at >= 150 MB/s on a
# 50-million-event session), with the reopen time of the file, in one run. Not run by ctest.
#
#   bench/session-export.sh [BUILD_DIR] [EVENTS] [WORK_DIR]   (default: build 50000000 /var/tmp)
#
# Makes the session with fsnoop-sessiongen (kept in WORK_DIR/fsnoop-bench-EVENTS.fsnoop for the next
# run; about 31 bytes per event), then exports it to CSV and to JSON Lines on standard output into
# dd (which counts the bytes and throws them away, so the disk is not what is measured), and prints
# bytes, seconds and MB/s. `sqlite3 ... count(*)` and the first rows of events_view show how fast a
# reader gets going.
set -eu
. "$(dirname "$0")/benchsession.sh"
bench_session 50000000 "$@"
FSNOOP=$BUILD/app/fsnoop
printf 'session: %s, %s bytes\n' "$SESSION" "$(stat -c %s "$SESSION")"

now() { date +%s.%N; }
# Wall time depends on what else the machine runs (it is shared here); CPU time (user + sys of the
# fsnoop process) does not, so both are printed.
measure() { # format
    start=$(now)
    bytes=$(/usr/bin/time -f "%U %S" -o "$TIMES" "$FSNOOP" export -q "$SESSION" -o - --format "$1" |
            dd of=/dev/null bs=4M 2>&1 | awk '/bytes/ {print $1}')
    end=$(now)
    cpu=$(awk '/^[0-9.]+ [0-9.]+$/ {print $1 + $2}' "$TIMES")
    awk -v f="$1" -v b="$bytes" -v s="$start" -v e="$end" -v c="$cpu" 'BEGIN {
        t = e - s
        printf "export %-6s %14.0f bytes  wall %7.2f s %7.1f MB/s  cpu %7.2f s %7.1f MB/s\n",
               f, b, t, b / t / 1e6, c, b / c / 1e6 }'
}
TIMES=$(mktemp)
trap 'rm -f "$TIMES"' EXIT
measure csv
measure jsonl

start=$(now)
first=$(sqlite3 "$SESSION" 'select id, time_utc, events, path from events_view limit 5' | head -1)
end=$(now)
awk -v s="$start" -v e="$end" -v r="$first" 'BEGIN { printf "first rows of events_view in %.3f s: %s\n", e - s, r }'
