#!/bin/sh
# Copy (Ctrl+C) of every row of a million-event session in the event table: at once as before,
# and in slices (RowCopyJob); time, longest event-loop stall, clipboard size. Not run by ctest.
#
#   bench/copy.sh [BUILD_DIR] [EVENTS] [WORK_DIR]   (default: build 1000000 /var/tmp)
#
# The session is made with fsnoop-sessiongen and kept in WORK_DIR/fsnoop-bench-EVENTS.fsnoop (the
# file bench/session-window.sh uses).
set -eu
BUILD=${1:-build}
EVENTS=${2:-1000000}
WORK=${3:-/var/tmp}
SESSION=$WORK/fsnoop-bench-$EVENTS.fsnoop

if [ ! -s "$SESSION" ]; then
    echo "generating $SESSION ($EVENTS events)..."
    "$BUILD/bench/fsnoop-sessiongen" "$SESSION" "$EVENTS"
fi
QT_QPA_PLATFORM=offscreen "$BUILD/bench/gui/fsnoop-bench-copy" "$SESSION"
