#!/bin/sh
# A big session reopened in the real window (issue 12 targets: first rows <= 1 s, a filter change
# that ends or shows progress and can be cancelled <= 5 s, peak RSS <= 500 MB), with `fsnoop
# export` to CSV of the same file for comparison. Not run by ctest.
#
#   bench/session-window.sh [BUILD_DIR] [EVENTS] [WORK_DIR]   (default: build 50000000 /var/tmp)
#
# The session is made with fsnoop-sessiongen and kept in WORK_DIR/fsnoop-bench-EVENTS.fsnoop (the
# same file bench/session-export.sh uses); the window's spill file goes to ~/.cache/fsnoop, which
# must be on a disk with room for 32 bytes per event (1.6 GB for 50 million).
set -eu

. "$(dirname "$0")/benchsession.sh"
bench_session 50000000 "$@"
QT_QPA_PLATFORM=offscreen "$BUILD/bench/gui/fsnoop-bench-bigsession" "$SESSION" "$BUILD/app/fsnoop"
