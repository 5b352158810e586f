#!/usr/bin/env bash
# The README's run command as a newcomer meets it: `packaging/quickstart.sh run FOLDER` installs
# what is missing, builds and starts fsnoop. Under Xvfb the window must come up watching FOLDER
# and its table must show the events of files changing there. .ci/run runs this inside a fresh
# Debian 12 root (packaging/fresh-debian.sh) after the test command.
#
#   tests/app/check-quickstart-run.sh [SCREENSHOT.png]
set -u
cd "$(dirname "$0")/../.."
shot=${1:-build/screenshots/quickstart-run.png}
source tests/lib/window.sh
window_work /tmp/fsnoop-quickstart.XXXXXX writer_pid
fail() { echo "FAIL: $*"; tail -n 40 "$work/run.log"; exit 1; }

start_xvfb "$work/xvfb.log" || exit 1
watched=$work/project
mkdir -p "$watched"
(
    i=0
    while true; do
        i=$((i + 1))
        echo "$i" >"$watched/file$((i % 5)).txt"
        sleep 0.05
    done
) &
writer_pid=$!

# quickstart.sh execs fsnoop, so this pid ends up being the window's. FSNOOP_QUIT_AFTER_MS is only
# a safety net should this script die without cleaning up.
start_window "$work/run.log" "$work/config" FSNOOP_QUIT_AFTER_MS=900000 packaging/quickstart.sh run "$watched"
# Generous: on a really fresh machine this includes installing packages and a whole build.
wait_for 900 window_up project || fail "no fsnoop window watching 'project' came up"
wait_for 60 rows_shown "$work/run.log" 20 || fail "the window came up but its table never showed 20 rows"
kill -0 "$app_pid" 2>/dev/null || fail "fsnoop exited early"
mkdir -p "$(dirname "$shot")"
xwd -root -silent | /usr/bin/convert xwd:- "$shot" || fail "no screenshot"
echo "ok: packaging/quickstart.sh run shows the window and its events ($shot)"
