#!/bin/sh
# Copy (Ctrl+C) of every row of a million-event session in the event table: at once as before,
# and in slices (RowCopyJob); time, longest event-loop stall, clipboard size. Not run by ctest.
#
#   bench/copy.sh [BUILD_DIR] [EVENTS] [WORK_DIR]   (default: build 1000000 /var/tmp)
#
# The session is made with fsnoop-sessiongen and kept in WORK_DIR/fsnoop-bench-EVENTS.fsnoop (the
# file bench/session-window.sh uses).
set -eu

. "$(dirname "$0")/benchsession.sh"
bench_session 1000000 "$@"
QT_QPA_PLATFORM=offscreen "$BUILD/bench/gui/fsnoop-bench-copy" "$SESSION"
