#!/bin/sh
# Who did it, for short-lived processes: COUNT `touch` processes each create one file under
# `fsnoop record --fanotify`; counts the create rows that name both the process `touch` and the
# executable /usr/bin/touch. fatrace runs on the same workload in the same run: it names processes
# by comm only (no executable), so its figure is "rows naming touch".
# Idle, then with both cores busy (one busy loop per core).
#
#   sudo bench/identity.sh --build build [--count 300] [--reps 1]
set -eu

. "$(dirname "$0")/rootbench.sh"
bench_options "count=300 reps=1" "$@"
bench_tmpfs identity 64m tree
TREE=$TMPFS
TOUCH=$(realpath /usr/bin/touch)

workload() {
    i=0
    while [ $i -lt "$COUNT" ]; do /usr/bin/touch "$TREE/f$i"; i=$((i + 1)); done
}

rows_created() { [ "$(grep -c "^[^,]*,CREATE,$TREE/f" "$1" 2>/dev/null)" -ge "$COUNT" ]; }

run_fsnoop() {
    out=$WORK/fsnoop.csv; err=$WORK/fsnoop.err
    rm -f "$TREE"/f* "$out"
    "$FSNOOP" record --fanotify -e create -o "$out" "$TREE" 2>"$err" &
    rec=$!
    wait_for 20 grep -q watching "$err" || { echo "fsnoop did not start:" >&2; cat "$err" >&2; exit 1; }
    workload
    wait_for 20 rows_created "$out" || true
    kill -INT $rec; wait $rec || true
    # Columns: time,events,path,is_dir,cookie,pid,process,executable,source (plain names here).
    awk -F, -v tree="$TREE/f" -v exe="$TOUCH" '
        $2 == "CREATE" && index($3, tree) == 1 { rows++; if ($7 == "touch" && $8 == exe) named++ }
        END { printf "%d %d\n", rows, named }' "$out"
}

run_fatrace() {
    out=$WORK/fatrace.txt
    rm -f "$TREE"/f* "$out"
    (cd "$TREE" && exec fatrace -c -f C -o "$out") &
    fat=$!
    sleep 1 # fatrace prints no ready line
    workload
    sleep 1
    kill -INT $fat; wait $fat || true
    # "touch(PID): CW /path"; one file may show several lines (C, CW): count files.
    awk -v tree="$TREE/f" 'index($0, tree) { f = substr($0, index($0, tree)); all[f] = 1; if ($1 ~ /^touch\(/) named[f] = 1 }
        END { n = 0; m = 0; for (k in all) n++; for (k in named) m++; printf "%d %d\n", n, m }' "$out"
}

report() { # LOAD TOOL "ROWS NAMED" WHAT
    set -- "$1" "$2" $3 "$4"
    pct=$(awk -v n="$3" -v m="$4" -v c="$COUNT" 'BEGIN { printf "%.1f", 100 * m / c }')
    printf "%-6s %-8s files seen %4d/%d   %s %4d/%d = %5s%%\n" "$1" "$2" "$3" "$COUNT" "$5" "$4" "$COUNT" "$pct"
}

echo "identity benchmark: $COUNT short-lived touch processes, one file each; $(nproc) cores; kernel $(uname -r)"
echo "fsnoop $(git -C "$(dirname "$0")/.." describe --always --dirty 2>/dev/null), fatrace $(dpkg-query -W -f '${Version}' fatrace 2>/dev/null || echo absent)"
for load in idle busy; do
    if [ $load = busy ]; then
        for c in $(seq "$(nproc)"); do sh -c 'while :; do :; done' & BENCH_PIDS="$BENCH_PIDS $!"; done
    fi
    rep=0
    while [ $rep -lt "$REPS" ]; do
        report $load fsnoop "$(run_fsnoop)" "named touch + $TOUCH"
        if command -v fatrace >/dev/null; then
            report $load fatrace "$(run_fatrace)" "named touch (comm only)"
        fi
        rep=$((rep + 1))
    done
done
