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
work=$(mktemp -d /tmp/fsnoop-quickstart.XXXXXX)
writer_pid=
app_pid=
cleanup() {
    [[ -n $app_pid ]] && kill "$app_pid" 2>/dev/null
    [[ -n $writer_pid ]] && kill "$writer_pid" 2>/dev/null
    stop_xvfb
    wait 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
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
env -u QT_QPA_PLATFORM QT_QPA_PLATFORM=xcb XDG_CONFIG_HOME="$work/config" FSNOOP_QUIT_AFTER_MS=900000 \
    QT_LOGGING_RULES='fsnoop.ui.debug=true' packaging/quickstart.sh run "$watched" >"$work/run.log" 2>&1 &
app_pid=$!
# Generous: on a really fresh machine this includes installing packages and a whole build.
wait_for 900 window_up project || fail "no fsnoop window watching 'project' came up"
wait_for 60 rows_shown "$work/run.log" 20 || fail "the window came up but its table never showed 20 rows"
kill -0 "$app_pid" 2>/dev/null || fail "fsnoop exited early"
mkdir -p "$(dirname "$shot")"
xwd -root -silent | /usr/bin/convert xwd:- "$shot" || fail "no screenshot"
echo "ok: packaging/quickstart.sh run shows the window and its events ($shot)"
