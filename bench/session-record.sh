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
. "$(dirname "$0")/../tests/lib/burst.sh"
burst_setup fsnoop-sessionbench 1g

count() { # format file
    case $1 in
    csv) echo $(($(wc -l <"$2") - 1)) ;;
    jsonl) wc -l <"$2" ;;
    fsnoop) sqlite3 "$2" 'select count(*) from events' ;;
    esac
}

run() { # format rep
    fmt=$1; out="$ROOT/out/s.$fmt"
    rm -f "$out" "$out-wal" "$out-shm"
    cpu=$(burst_cpu /dev/null "$ROOT/out/err" "$out" watching "$FSNOOP" record "$ROOT/w/d" -o "$out")
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
