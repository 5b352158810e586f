#!/bin/sh
# fanotify mode as faithful as inotify mode: DIRS folders of FILES files each (in two levels) are
# moved into a watched tree from outside it, on a tmpfs, under `fsnoop record` with inotify and
# with --fanotify. Counts the entries of the final tree the record names (a CREATE or MOVED_TO
# row: the moved folders themselves, then the `scan` rows of what they held), how many of those
# are `scan` rows, and the time from the moves to the last row.
#
#   sudo bench/moved-in.sh --build build [--dirs 200] [--files 20]
set -eu

. "$(dirname "$0")/rootbench.sh"
bench_options "dirs=200 files=20" "$@"
bench_tmpfs movedin 256m fs
FS=$TMPFS

make_outside() {
    rm -rf "$FS/out" "$FS/tree"
    mkdir -p "$FS/out" "$FS/tree"
    d=0
    while [ $d -lt "$DIRS" ]; do
        mkdir -p "$FS/out/d$d/sub"
        f=0
        while [ $f -lt "$FILES" ]; do
            : > "$FS/out/d$d/f$f"; : > "$FS/out/d$d/sub/g$f"; f=$((f + 2))
        done
        d=$((d + 1))
    done
}

# Distinct paths under the tree the record creates or moves in; and how many rows are `scan`.
named() { awk -F, -v tree="$FS/tree/" '{ sub(/\r$/, "") } # CSV lines end in CR LF
    index($3, tree) == 1 && ($2 ~ /^(CREATE|MOVED_TO)/) { p[$3] = 1; if ($NF == "scan") s++ }
    END { n = 0; for (k in p) n++; printf "%d %d\n", n, s + 0 }' "$1"; }
complete() { [ "$(named "$1" | cut -d' ' -f1)" -ge "$2" ]; }

run() { # MODE: inotify or fanotify
    make_outside
    out=$WORK/$1.csv; err=$WORK/$1.err
    rm -f "$out"
    if [ "$1" = fanotify ]; then set -- --fanotify; else set --; fi
    "$FSNOOP" record "$@" -e create,moved_to,moved_from,delete -o "$out" "$FS/tree" 2>"$err" &
    rec=$!
    wait_for 30 grep -q watching "$err" || { echo "fsnoop did not start:" >&2; cat "$err" >&2; exit 1; }
    start=$(date +%s%N)
    for d in "$FS"/out/d*; do mv "$d" "$FS/tree/"; done
    want=$(find "$FS/tree" -mindepth 1 | wc -l)
    wait_for 60 complete "$out" "$want" || true
    end=$(date +%s%N)
    kill -INT $rec; wait $rec || true
    set -- $(named "$out")
    printf "%-9s entries named %6d/%d   scan rows %6d   moves to last row %6.0f ms\n" \
        "$MODE" "$1" "$want" "$2" "$(echo "($end - $start) / 1000000" | bc -l)"
}

echo "moved-in benchmark: $DIRS folders of $((FILES / 2 * 2 + 2)) entries moved into a watched tree (tmpfs); kernel $(uname -r)"
for MODE in inotify fanotify; do run $MODE; done
