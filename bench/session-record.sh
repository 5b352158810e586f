#!/bin/sh
# CPU cost of `fsnoop record -o S.fsnoop` (the SQLite session file, written by its own thread)
# against `-o S.csv` and `-o S.jsonl`, on the same burst of file creations in a tmpfs, in one run.
# Target (issue 12): the session file costs at most 1.5x the CSV's CPU, with every event kept.
# Not run by ctest. Needs root (mount).
#
#   bench/session-record.sh [path/to/fsnoop] [files] [reps]   (default: build/app/fsnoop 100000 3)
#
# For each format and repetition: a fresh tmpfs for the watched tree, the output on a second
# tmpfs, wait until `record` says it is watching, create the files (open O_CREAT + close: CREATE,
# OPEN, CLOSE_WRITE each), wait until the output stops growing, SIGTERM, and take user+system CPU
# of the fsnoop process (GNU time) and the number of events in its output.
set -eu
FSNOOP=${1:-build/app/fsnoop}
N=${2:-100000}
REPS=${3:-3}
ROOT=$(mktemp -d /tmp/fsnoop-sessionbench.XXXXXX)
mkdir -p "$ROOT/w" "$ROOT/out"
mount -t tmpfs -o size=512m tmpfs "$ROOT/w"
mount -t tmpfs -o size=1g tmpfs "$ROOT/out"
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
wait_ready() { i=0; until grep -q watching "$1" 2>/dev/null; do i=$((i+1)); [ $i -gt 400 ] && { echo "record not ready" >&2; cat "$1" >&2; exit 1; }; sleep 0.05; done; }
# Quiet when neither the file nor its -wal grew for 1 s.
size_of() { cat "$1" "$1-wal" 2>/dev/null | wc -c; }
wait_quiet() { last=-1; while :; do s=$(size_of "$1"); [ "$s" = "$last" ] && break; last=$s; sleep 1; done; }

count() { # format file
    case $1 in
    csv) echo $(($(wc -l <"$2") - 1)) ;;
    jsonl) wc -l <"$2" ;;
    fsnoop) sqlite3 "$2" 'select count(*) from events' ;;
    esac
}

run() { # format rep
    fmt=$1; out="$ROOT/out/s.$fmt"
    rm -rf "$ROOT/w/d" "$out" "$out-wal" "$out-shm"; mkdir "$ROOT/w/d"
    /usr/bin/time -f "%U %S" -o "$ROOT/out/time" "$FSNOOP" record "$ROOT/w/d" -o "$out" 2>"$ROOT/out/err" &
    sleep 0.2; wait_ready "$ROOT/out/err"
    pid=$(pgrep -n -P $! || true)
    burst "$ROOT/w/d"
    wait_quiet "$out"
    kill -TERM "$pid"; wait || true
    cpu=$(awk '/^[0-9.]+ [0-9.]+$/ {print $1 + $2}' "$ROOT/out/time")
    echo "$fmt $cpu $(count "$fmt" "$out") $(stat -c %s "$out")"
}

printf '%d file creations in tmpfs, %d events expected (CREATE, OPEN, CLOSE_WRITE each), %d repetitions\n' "$N" $((N * 3)) "$REPS"
printf '%-8s %4s %8s %10s %12s\n' format rep cpu_s events bytes
results=""
rep=1
while [ $rep -le "$REPS" ]; do
    for fmt in csv fsnoop jsonl; do
        line=$(run $fmt)
        set -- $line
        printf '%-8s %4d %8s %10s %12s\n' "$1" "$rep" "$2" "$3" "$4"
        results="$results$line
"
    done
    rep=$((rep + 1))
done
# Medians per format, and the ratio the issue asks about.
printf '%s' "$results" | awk '
    NF { cpu[$1] = cpu[$1] " " $2 }
    END {
        for (f in cpu) {
            n = split(substr(cpu[f], 2), v, " ")
            for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (v[j] < v[i]) { t = v[i]; v[i] = v[j]; v[j] = t }
            med[f] = (n % 2) ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
            printf "median cpu %-7s %.3f s\n", f, med[f]
        }
        if (med["csv"] > 0) {
            printf "fsnoop / csv CPU: %.2fx (target <= 1.5x)\n", med["fsnoop"] / med["csv"]
            printf "jsonl / csv CPU:  %.2fx\n", med["jsonl"] / med["csv"]
        }
    }'
