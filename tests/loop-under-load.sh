#!/usr/bin/env bash
# Flakiness check: run the whole ctest suite N times in a row while both cores are kept busy by
# two `yes` processes, and count the green runs. A test that sleeps and hopes fails here.
#
#   tests/loop-under-load.sh [BUILD_DIR] [N]      (default: build 10)
set -u
build=${1:-build}
runs=${2:-10}
[[ -f $build/CTestTestfile.cmake ]] || { echo "no ctest tree in $build: build first" >&2; exit 2; }
hogs=()
stop_hogs() { ((${#hogs[@]})) && kill "${hogs[@]}" 2>/dev/null; wait "${hogs[@]}" 2>/dev/null; hogs=(); }
trap stop_hogs EXIT
for _ in 1 2; do
    yes >/dev/null &
    hogs+=($!)
done
green=0
for ((i = 1; i <= runs; i++)); do
    start=$SECONDS
    if (cd "$build" && ctest -j2 --timeout 600 --output-on-failure >"ctest-loop-$i.log" 2>&1); then
        green=$((green + 1))
        echo "run $i: green ($((SECONDS - start)) s)"
    else
        echo "run $i: FAILED ($((SECONDS - start)) s), see $build/ctest-loop-$i.log"
        grep -E '\*\*\*|Failed' "$build/ctest-loop-$i.log" | head -5
    fi
done
stop_hogs
echo "$green of $runs runs green with both cores busy"
((green == runs))
