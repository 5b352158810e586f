# Sourced (POSIX sh) by tests/app/measure-record.sh and bench/session-record.sh: both take the
# CPU cost of a watcher over the same burst of file creations in a tmpfs (ext4 gets slow after
# mass deletes, see MACHINE-NOTES). Needs root (mount). Uses $N, the number of files.

# burst_setup NAME OUT_SIZE: $ROOT with a fresh tmpfs for the watched tree ($ROOT/w) and another
# of OUT_SIZE for the outputs ($ROOT/out), both removed on exit.
burst_setup() {
    ROOT=$(mktemp -d "/tmp/$1.XXXXXX")
    mkdir -p "$ROOT/w" "$ROOT/out"
    mount -t tmpfs -o size=512m tmpfs "$ROOT/w"
    mount -t tmpfs -o "size=$2" tmpfs "$ROOT/out"
    trap burst_cleanup EXIT
}
burst_cleanup() { umount "$ROOT/w" 2>/dev/null || true; umount "$ROOT/out" 2>/dev/null || true; rm -rf "$ROOT"; }

# burst DIR: $N files, each open O_CREAT + close: CREATE, OPEN, CLOSE_WRITE each.
burst() {
    python3 - "$1" "$N" <<'PY'
import os, sys
d, n = sys.argv[1], int(sys.argv[2])
for i in range(n):
    os.close(os.open(f"{d}/f{i}", os.O_CREAT | os.O_WRONLY, 0o644))
PY
}

# wait_ready FILE PATTERN: until the watcher's stderr says its watches are set up (20 s at most)
wait_ready() { i=0; until grep -q "$2" "$1" 2>/dev/null; do i=$((i+1)); [ $i -gt 400 ] && { echo "watcher not ready" >&2; cat "$1" >&2; exit 1; }; sleep 0.05; done; }
# wait_quiet FILE: until neither FILE nor its SQLite -wal grew for 1 s
size_of() { cat "$1" "$1-wal" 2>/dev/null | wc -c; }
wait_quiet() { last=-1; while :; do s=$(size_of "$1"); [ "$s" = "$last" ] && break; last=$s; sleep 1; done; }

# burst_cpu STDOUT STDERR OUTPUT PATTERN COMMAND...: runs COMMAND on the fresh, empty $ROOT/w/d
# under GNU time, makes the burst once PATTERN is in STDERR, waits until OUTPUT (the file it
# writes) stops growing, SIGTERMs it (a background job of a script ignores SIGINT) and prints its
# user+system CPU seconds.
burst_cpu() {
    stdout=$1; stderr=$2; output=$3; pattern=$4; shift 4
    rm -rf "$ROOT/w/d"; mkdir "$ROOT/w/d"
    /usr/bin/time -f "%U %S" -o "$ROOT/out/time" "$@" >"$stdout" 2>"$stderr" &
    sleep 0.2; wait_ready "$stderr" "$pattern"
    pid=$(pgrep -n -P $! || true)
    burst "$ROOT/w/d"
    wait_quiet "$output"
    kill -TERM "$pid"; wait || true
    awk '/^[0-9.]+ [0-9.]+$/ {print $1 + $2}' "$ROOT/out/time"
}
