# Sourced (POSIX sh) by the benchmarks over a big generated session (session-export.sh,
# session-window.sh, copy.sh), which all take [BUILD_DIR] [EVENTS] [WORK_DIR].
#
#   bench_session BUILD EVENTS WORK
#       SESSION=WORK/fsnoop-bench-EVENTS.fsnoop, made by fsnoop-sessiongen the first time and
#       kept for the next run (about 31 bytes an event), so every such bench reads the same file

bench_session() {
    SESSION=$3/fsnoop-bench-$2.fsnoop
    if [ ! -s "$SESSION" ]; then
        echo "generating $SESSION ($2 events)..."
        "$1/bench/fsnoop-sessiongen" "$SESSION" "$2"
    fi
}
