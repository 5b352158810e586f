# Sourced (POSIX sh) by the benchmarks over a big generated session (session-export.sh,
# session-window.sh, copy.sh).
#
#   bench_session DEFAULT_EVENTS "$@"
#       reads the bench's words [BUILD_DIR] [EVENTS] [WORK_DIR] into BUILD (default build), EVENTS
#       (default DEFAULT_EVENTS) and WORK (default /var/tmp), and sets
#       SESSION=WORK/fsnoop-bench-EVENTS.fsnoop, made by fsnoop-sessiongen the first time and kept
#       for the next run (about 31 bytes an event), so every such bench reads the same file

bench_session() {
    BUILD=${2:-build}
    EVENTS=${3:-$1}
    WORK=${4:-/var/tmp}
    SESSION=$WORK/fsnoop-bench-$EVENTS.fsnoop
    if [ ! -s "$SESSION" ]; then
        echo "generating $SESSION ($EVENTS events)..."
        "$BUILD/bench/fsnoop-sessiongen" "$SESSION" "$EVENTS"
    fi
}
