#!/usr/bin/env bash
# fsnoop beside its peers, on the same workloads, in one go.
#
#   bench/compare.sh [--build DIR] [--quick] [--reps N] [--workloads LIST] [--tools LIST]
#                    [--tree-dirs N] [--out FILE] [--keep]
#
# Runs, alternating tool by tool, the workloads of fsnoop-workload against: the raw inotify reader
# counting (raw) and writing CSV (raw-csv), `fsnoop record`, `inotifywait -m -r`, `fswatch -r -m
# inotify_monitor`, and for the fanotify workload `fatrace` and `fsnoop record --fanotify`. A tool
# or option that is missing is skipped with the reason printed. Prints two markdown tables (capture,
# cost) with ratios to inotifywait and to the raw reader, then the storage and GUI benchmarks.
#
# Needs root (a tmpfs is mounted for the run: ext4 here gets slow after mass deletes, which would
# measure the disk, not the tools; fanotify needs root too). Bounded: every case stops by itself
# within a minute; only processes this script started are stopped, by pid; the tmpfs is unmounted
# and temp dirs removed on exit. /proc/sys/fs/inotify/max_queued_events is left as it is (16384 by
# default): overflows at the default are part of what users get, so they are reported, not avoided.
#
# Never run by ctest or CI.

set -u -o pipefail
export LC_ALL=C

SRC=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${FSNOOP_BUILD:-$SRC/build}
REPS=1
QUICK=0
KEEP=0
OUT=
TREE_DIRS=100000
WORKLOADS="burst tree race rename move fan-burst fan-tree"
TOOLS="raw raw-csv fsnoop inotifywait fswatch fatrace fsnoop-fan"
CASE_LIMIT=45   # seconds for set-up + work + drain; stopping adds at most 15 s: a case ends within a minute
IDLE_MS=1000    # a tool is done when neither its CPU time nor its output moved for this long
READY_GRACE=20  # seconds to wait for a tool's ready line before judging by its CPU time instead

usage()
{
    sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
}

while [ $# -gt 0 ]; do
    case $1 in
    --build) BUILD=$2; shift ;;
    --quick) QUICK=1 ;;
    --reps) REPS=$2; shift ;;
    --workloads) WORKLOADS=$2; shift ;;
    --tools) TOOLS=$2; shift ;;
    --tree-dirs) TREE_DIRS=$2; shift ;;
    --out) OUT=$2; shift ;;
    --keep) KEEP=1 ;;
    -h|--help) usage ;;
    *) echo "compare.sh: unknown option $1" >&2; usage ;;
    esac
    shift
done
BUILD=$(cd "$BUILD" 2>/dev/null && pwd) || { echo "compare.sh: no build directory (--build DIR)" >&2; exit 1; }
WORKLOADS=${WORKLOADS//,/ }
TOOLS=${TOOLS//,/ }

WORKLOAD_BIN=$BUILD/bench/fsnoop-workload
RAW_BIN=$BUILD/bench/fsnoop-rawreader
COUNT_BIN=$BUILD/bench/fsnoop-benchcount
RUN_BIN=$BUILD/bench/fsnoop-benchrun
STORAGE_BIN=$BUILD/bench/fsnoop-storagebench
GUI_BIN=$BUILD/bench/gui/fsnoop-bench-gui
FSNOOP_BIN=$BUILD/app/fsnoop
for b in "$WORKLOAD_BIN" "$RAW_BIN" "$COUNT_BIN" "$RUN_BIN"; do
    [ -x "$b" ] || { echo "compare.sh: $b is not built (cmake --build $BUILD --target $(basename "$b"))" >&2; exit 1; }
done
if [ "$(id -u)" != 0 ]; then
    echo "compare.sh: needs root (mounts a tmpfs for the run; fanotify needs it too)" >&2
    exit 1
fi

# Workload sizes (events expected: burst 6/file, tree 3/dir touched, race 2/dir + 3/file,
# rename 3 + 2*chain per file, move about 2.3/count).
if [ "$QUICK" = 1 ]; then
    N_BURST=2000 N_TREE=200 N_RACE=40 N_RENAME=500 N_MOVE=400
    [ "$TREE_DIRS" = 100000 ] && TREE_DIRS=10000
else
    N_BURST=50000 N_TREE=2000 N_RACE=200 N_RENAME=5000 N_MOVE=2000
fi
SEED=42

# --- bookkeeping: temp dirs, mount, started processes ---------------------------------------------

WORK=$(mktemp -d /tmp/fsnoop-bench.XXXXXX)
MNT=$WORK/mnt
RES=$WORK/results
ROOT=$MNT/watched
OUTSIDE=$MNT/outside
mkdir -p "$MNT" "$RES"
MOUNTED=0
STARTED=()    # every pid this script started and may have to stop

cleanup()
{
    local pid
    for pid in "${STARTED[@]}"; do
        if kill -0 "$pid" 2>/dev/null; then
            kill -TERM "$pid" 2>/dev/null
        fi
    done
    for pid in "${STARTED[@]}"; do
        wait "$pid" 2>/dev/null
    done
    [ "$MOUNTED" = 1 ] && umount "$MNT" 2>/dev/null
    if [ "$KEEP" = 1 ]; then
        echo "compare.sh: kept $WORK" >&2
    else
        rm -rf "$WORK"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if ! mount -t tmpfs -o size=2g tmpfs "$MNT"; then
    echo "compare.sh: cannot mount a tmpfs on $MNT" >&2
    exit 1
fi
MOUNTED=1

# A sleep that forks nothing (the measured tools share 2 cores with this script).
exec {SLEEPFD}<> <(:)
nap() { read -r -t "$1" -u "$SLEEPFD" _ 2>/dev/null; }


CLK_TCK=$(getconf CLK_TCK)

# --- which tools can run --------------------------------------------------------------------------

declare -A SKIP
check_tools()
{
    command -v inotifywait >/dev/null || SKIP[inotifywait]="inotifywait not installed (inotify-tools)"
    if ! command -v fswatch >/dev/null; then
        SKIP[fswatch]="fswatch not installed"
    elif ! fswatch -M 2>/dev/null | grep -q inotify_monitor; then
        SKIP[fswatch]="fswatch has no inotify_monitor"
    fi
    command -v fatrace >/dev/null || SKIP[fatrace]="fatrace not installed"
    # Without a `record` command the binary would open its window: ask with a bound, headless.
    local help=
    if [ ! -x "$FSNOOP_BIN" ]; then
        SKIP[fsnoop]="$FSNOOP_BIN is not built"
    else
        help=$(QT_QPA_PLATFORM=offscreen timeout 10 "$FSNOOP_BIN" record --help 2>&1) || help=
        if ! grep -qi 'record' <<<"$help"; then
            SKIP[fsnoop]="'fsnoop record' is not available in this build"
        fi
    fi
    if [ -n "${SKIP[fsnoop]:-}" ]; then
        SKIP[fsnoop-fan]=${SKIP[fsnoop]}
    elif ! grep -q -- '--fanotify' <<<"$help"; then
        SKIP[fsnoop-fan]="'fsnoop record --fanotify' is not available in this build"
    fi
}

# --- one case -------------------------------------------------------------------------------------

# Sets CMD (array), FORMAT, READY (stderr text meaning "set-up done"; empty: wait for CPU to settle),
# CWD and OUTPUT for tool $1 in case id $2.
tool_setup()
{
    local tool=$1 id=$2
    OUTPUT=$RES/$id.out
    CWD=$RES
    READY=
    case $tool in
    raw)
        CMD=("$RAW_BIN" --summary "$RES/$id.sum" "$ROOT"); FORMAT=summary; READY=ready ;;
    raw-csv)
        CMD=("$RAW_BIN" --csv "$OUTPUT" --summary "$RES/$id.sum" "$ROOT"); FORMAT=raw; READY=ready ;;
    fsnoop)
        CMD=("$FSNOOP_BIN" record "$ROOT" -e create,modify,close_write,moved_from,moved_to,delete -o "$OUTPUT")
        FORMAT=fsnoop; READY=watching ;;
    fsnoop-fan)
        CMD=("$FSNOOP_BIN" record --fanotify "$ROOT" -e create,modify,close_write,moved_from,moved_to,delete
             -o "$OUTPUT")
        FORMAT=fsnoop; READY=watching ;;
    inotifywait)
        CMD=(inotifywait -m -r -e create -e modify -e close_write -e moved_from -e moved_to -e delete
             --format '%:e|%w%f' -o "$OUTPUT" "$ROOT")
        FORMAT=inotifywait; READY="Watches established" ;;
    fswatch)
        # Latency 0.1 s (default 1 s) so its batching does not dominate "time to last event".
        CMD=(fswatch -r -m inotify_monitor --allow-overflow -l 0.1 --format '%f|%p' --event-flag-separator=:
             --event Created --event Updated --event Removed --event MovedFrom --event MovedTo
             --event Overflow "$ROOT")
        FORMAT=fswatch ;;
    fatrace)
        # -c: only the mount of the current directory, i.e. the benchmark's tmpfs.
        CMD=(fatrace -c -t -t -o "$OUTPUT"); CWD=$ROOT; FORMAT=fatrace ;;
    esac
}

# CPU ticks (utime+stime) of pid $1 into TICKS; false if it is gone.
read_ticks()
{
    local line rest
    read -r line < "/proc/$1/stat" 2>/dev/null || return 1
    rest=${line##*) }
    local -a f=($rest)
    [ "${f[0]}" = Z ] && return 1
    TICKS=$(( f[11] + f[12] ))
}

# Bytes written so far by pid $1 into WCHAR.
read_wchar()
{
    local k v
    WCHAR=0
    while read -r k v; do
        [ "$k" = wchar: ] && { WCHAR=$v; return 0; }
    done < "/proc/$1/io" 2>/dev/null
    return 1
}

alive() { [ -e "/proc/$1" ] && read_ticks "$1"; }

# Waits up to $2 seconds for pid $1 to end.
wait_gone()
{
    local deadline=$(( ${EPOCHREALTIME/./} + $2 * 1000000 ))
    while alive "$1"; do
        [ "${EPOCHREALTIME/./}" -ge "$deadline" ] && return 1
        nap 0.05
    done
    return 0
}

prepare_workload()
{
    local kind=$1
    rm -rf "$ROOT" "$OUTSIDE"
    mkdir -p "$ROOT" "$OUTSIDE"
    "$WORKLOAD_BIN" prepare "$kind" "$ROOT" --seed $SEED --count "$(count_of "$kind")" --dirs "$TREE_DIRS" \
        --outside "$OUTSIDE" || return 1
}

count_of()
{
    case $1 in
    burst) echo $N_BURST ;; tree) echo $N_TREE ;; race) echo $N_RACE ;;
    rename) echo $N_RENAME ;; move) echo $N_MOVE ;;
    esac
}

# kv FILE KEY: the value of KEY= in FILE (empty if absent).
kv()
{
    local k v
    while IFS='=' read -r k v; do
        [ "$k" = "$2" ] && { echo "$v"; return; }
    done < "$1" 2>/dev/null
}

# run_case WORKLOAD TOOL REP: one tool on one workload; appends one row to $RES/rows.tsv.
run_case()
{
    local workload=$1 tool=$2 rep=$3
    local kind=${workload#fan-}
    local id="$workload.$tool.$rep"
    local status=ok
    tool_setup "$tool" "$id"
    [ "$kind" != tree ] && { prepare_workload "$kind" || { echo "compare.sh: prepare $kind failed" >&2; return 1; }; }

    local err=$RES/$id.err usage=$RES/$id.usage
    : > "$err"
    local t0=${EPOCHREALTIME/./}
    local stdout=/dev/null
    [ "$tool" = fswatch ] && stdout=$OUTPUT
    # fsnoop-benchrun records the tool's exact CPU time and peak RSS when it ends.
    ( cd "$CWD" && exec "$RUN_BIN" "$usage" "${CMD[@]}" > "$stdout" 2> "$err" ) &
    local wpid=$! pid=
    STARTED+=("$wpid")
    # The tool is the wrapper's child: it is the one to watch and to signal.
    local children= i
    for i in $(seq 400); do
        read -r children < "/proc/$wpid/task/$wpid/children" 2>/dev/null
        [ -n "${children// /}" ] && break
        nap 0.005
    done
    pid=${children%% *}
    if [ -z "$pid" ]; then
        echo "compare.sh: $tool did not start" >&2
        kill -TERM "$wpid" 2>/dev/null
        wait "$wpid" 2>/dev/null
        STARTED=()
        return 1
    fi
    STARTED+=("$pid")

    # Set-up: until the ready line, or (no such line) until its CPU time stops moving for 300 ms.
    local setup_us= deadline=$(( t0 + CASE_LIMIT * 1000000 )) now last_tick_change=$t0 prev=-1 buf= line
    exec {efd}< "$err"
    while :; do
        now=${EPOCHREALTIME/./}
        if ! alive "$pid"; then
            status="exited during set-up: $(tail -c 200 "$err" | tr '\n' ' ')"
            break
        fi
        if [ -n "$READY" ] && [ $(( now - t0 )) -ge $(( READY_GRACE * 1000000 )) ]; then
            # No ready line after all: judge readiness like the tools that never print one.
            echo "compare.sh: $tool printed no \"$READY\" line in ${READY_GRACE}s; waiting for its CPU to settle" >&2
            READY=
        fi
        if [ -n "$READY" ]; then
            while IFS= read -r line <&$efd; do
                buf+=$line
                [[ $buf == *"$READY"* ]] && { setup_us=$(( now - t0 )); break; }
                buf=
            done
            buf+=$line
            [[ $buf == *"$READY"* && -z $setup_us ]] && setup_us=$(( now - t0 ))
            [ -n "$setup_us" ] && break
        else
            if [ "$TICKS" != "$prev" ]; then
                prev=$TICKS
                last_tick_change=$now
            elif [ $(( now - last_tick_change )) -ge 300000 ] && [ $(( now - t0 )) -ge 200000 ]; then
                setup_us=$(( last_tick_change - t0 ))
                break
            fi
        fi
        if [ "$now" -ge "$deadline" ]; then
            status="not ready after ${CASE_LIMIT}s"
            break
        fi
        nap 0.005
    done
    exec {efd}<&-
    # CPU spent setting up (walk + watches), so that the per-event cost excludes it.
    local setup_ticks=0
    alive "$pid" && setup_ticks=$TICKS

    local expect=$RES/$id.exp race=$RES/$id.race
    if [ "$status" = ok ]; then
        local remaining=$(( (deadline - ${EPOCHREALTIME/./}) / 1000000 ))
        [ "$remaining" -lt 5 ] && remaining=5
        if ! timeout "$remaining" "$WORKLOAD_BIN" run "$kind" "$ROOT" --seed $SEED --count "$(count_of "$kind")" \
                --dirs "$TREE_DIRS" --outside "$OUTSIDE" --expect "$expect" --race-list "$race" 2>>"$RES/workload.err"; then
            status="workload failed or timed out"
        fi
    fi

    # Drain: until neither CPU time nor bytes written moved for IDLE_MS (bounded by the case limit).
    local last_change=${EPOCHREALTIME/./} last_out=0 pticks=-1 pw=-1
    while [ "$status" = ok ] || [[ $status == workload* ]]; do
        now=${EPOCHREALTIME/./}
        alive "$pid" || { status="exited early: $(tail -c 200 "$err" | tr '\n' ' ')"; break; }
        read_wchar "$pid"
        if [ "$TICKS" != "$pticks" ] || [ "$WCHAR" != "$pw" ]; then
            [ "$WCHAR" != "$pw" ] && last_out=$now
            pticks=$TICKS pw=$WCHAR last_change=$now
        elif [ $(( now - last_change )) -ge $(( IDLE_MS * 1000 )) ]; then
            break
        fi
        if [ "$now" -ge "$deadline" ]; then
            status="still busy after ${CASE_LIMIT}s"
            break
        fi
        nap 0.05
    done

    # Stop: SIGINT (a clean end, fsnoop record flushes), then SIGTERM, then SIGKILL, by pid.
    if alive "$pid"; then
        local stop0=${EPOCHREALTIME/./}
        kill -INT "$pid" 2>/dev/null
        if ! wait_gone "$pid" 10; then
            status="did not stop on SIGINT within 10 s"
            kill -TERM "$pid" 2>/dev/null
            wait_gone "$pid" 5 || kill -KILL "$pid" 2>/dev/null
        fi
        local stop_ms=$(( (${EPOCHREALTIME/./} - stop0) / 1000 ))
        [ "$stop_ms" -gt 2000 ] && echo "compare.sh: $tool took ${stop_ms} ms to stop" >&2
    fi
    wait "$wpid" 2>/dev/null
    STARTED=() # reaped: these pids may belong to someone else from now on

    local cpu= rss= setup_cpu
    setup_cpu=$(awk -v t="$setup_ticks" -v h="$CLK_TCK" 'BEGIN { printf "%.2f", t / h }')
    if [ -s "$usage" ]; then
        cpu=$(awk -v u="$(kv "$usage" user_s)" -v s="$(kv "$usage" sys_s)" -v su="$setup_cpu" \
              'BEGIN { c = u + s - su; printf "%.3f", c < 0 ? 0 : c }')
        rss=$(kv "$usage" maxrss_kib)
    fi

    # Count what the tool reported.
    local counts=$RES/$id.counts
    if [ "$FORMAT" = summary ]; then
        { sed 's/^events=/total=/; s/^last_event_ns=/last_ns=/' "$RES/$id.sum"; echo "paired=-1"; echo "race_missed=-1"; \
          echo "ghosts=0"; } > "$counts" 2>/dev/null
    elif [ -s "$OUTPUT" ]; then
        "$COUNT_BIN" --format "$FORMAT" --root "$ROOT" --race-list "$race" "$OUTPUT" > "$counts"
    else
        : > "$counts"
    fi
    local captured last_ns start_ns end_ns wall lag= approx=
    captured=$(kv "$counts" total); captured=${captured:-0}
    last_ns=$(kv "$counts" last_ns)
    start_ns=$(kv "$expect" start_ns)
    end_ns=$(kv "$expect" end_ns)
    if [ -z "$last_ns" ] || [ "$last_ns" -le 0 ] 2>/dev/null; then
        last_ns=$(( last_out * 1000 )); approx="~"   # no time stamps in the output: when it last wrote
    fi
    wall=
    if [ -n "$start_ns" ] && [ "$last_ns" -gt 0 ]; then
        wall=$approx$(awk -v a="$last_ns" -v b="$start_ns" 'BEGIN { printf "%.3f", (a - b) / 1e9 }')
        lag=$approx$(awk -v a="$last_ns" -v b="$end_ns" 'BEGIN { printf "%.3f", (a - b) / 1e9 }')
    fi
    local setup=
    [ -n "$setup_us" ] && setup=$(awk -v s="$setup_us" 'BEGIN { printf "%.3f", s / 1e6 }')
    [ -z "$READY" ] && [ -n "$setup" ] && setup="~$setup"

    status=${status//[$'\t|']/ }
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' \
        "$workload" "$tool" "$rep" "$(kv "$expect" total)" "$captured" "$(kv "$counts" race_missed)" \
        "$(kv "$expect" race_files)" "$(kv "$counts" paired)" "$(kv "$expect" renames)" \
        "$(kv "$counts" overflows)" "$(kv "$counts" ghosts)" "$cpu" "$wall" "$rss" "${setup:--}|$status|$setup_cpu" "$(kv "$counts" synthesized)" "$lag" \
        >> "$RES/rows.tsv"
    printf '  %-10s %-11s rep %s: %s/%s events, cpu %ss, setup %ss%s\n' "$workload" "$tool" "$rep" "$captured" \
        "$(kv "$expect" total)" "$cpu" "${setup:--}" "$([ "$status" = ok ] || echo ", $status")" >&2
    rm -f "$OUTPUT"
}

# --- the run --------------------------------------------------------------------------------------

check_tools
for t in $TOOLS; do
    [ -n "${SKIP[$t]:-}" ] && echo "compare.sh: skipping $t: ${SKIP[$t]}" >&2
done

LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
: > "$RES/rows.tsv"
for workload in $WORKLOADS; do
    case $workload in
    fan-*) candidates="fatrace fsnoop-fan" ;;
    *) candidates="raw raw-csv fsnoop inotifywait fswatch" ;;
    esac
    tools=()
    for t in $candidates; do
        [[ " $TOOLS " == *" $t "* ]] || continue
        [ -n "${SKIP[$t]:-}" ] && continue
        tools+=("$t")
    done
    [ ${#tools[@]} -gt 0 ] || continue
    echo "compare.sh: $workload (${tools[*]}), $REPS rep(s)" >&2
    if [ "${workload#fan-}" = tree ]; then
        prepare_workload tree || { echo "compare.sh: cannot build the tree" >&2; continue; }
    fi
    for rep in $(seq "$REPS"); do
        # Alternate: each repetition starts with the next tool, so drift in the machine's load
        # spreads over all of them.
        n=${#tools[@]}
        for i in $(seq 0 $(( n - 1 ))); do
            run_case "$workload" "${tools[$(( (i + rep - 1) % n ))]}" "$rep"
        done
    done
    rm -rf "$ROOT" "$OUTSIDE"
done

# --- the tables -----------------------------------------------------------------------------------

report()
{
    echo "### Performance (bench/compare.sh)"
    echo
    echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), Linux $(uname -r)," \
         "$(awk '/MemTotal/ { printf "%.0f GiB RAM", $2 / 1048576 }' /proc/meminfo); load average at start $LOAD_START."
    echo "Tools: $(inotifywait --help 2>/dev/null | head -1), $(fswatch --version 2>/dev/null | head -1)," \
         "fatrace $(dpkg-query -W -f '${Version}' fatrace 2>/dev/null), fsnoop $(git -C "$SRC" describe --always --dirty 2>/dev/null)."
    echo "Workloads on a tmpfs; seed $SEED; ${REPS} repetition(s), median shown; max_queued_events $(cat /proc/sys/fs/inotify/max_queued_events) (not changed)."
    echo
    local storage bpe
    storage=$( [ -x "$STORAGE_BIN" ] && timeout 60 "$STORAGE_BIN" 2>&1 )
    bpe=$(sed -n 's/.* bytes_per_event=\([0-9.]*\).*/\1/p' <<<"$storage" | head -1)
    awk -F'\t' -v reps="$REPS" -v bpe="$bpe" '
    function median(key, n,   i, j, t, a) {
        n = cnt[key]
        for (i = 1; i <= n; i++) a[i] = vals[key, i]
        for (i = 2; i <= n; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] + 0 > t + 0; j--) a[j + 1] = a[j]; a[j + 1] = t }
        return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
    }
    function put(w, t, col, v) { if (v == "" || v == "-") return; k = w SUBSEP t SUBSEP col; cnt[k]++; vals[k, cnt[k]] = v }
    function get(w, t, col,   k) { k = w SUBSEP t SUBSEP col; return (k in cnt) ? median(k) : "" }
    function ratio(a, b) { return (a == "" || b == "" || b + 0 == 0) ? "–" : sprintf("%.2f", a / b) }
    function num(v) { return v == "" ? "–" : v }
    function neg(v) { return (v == "" || v < 0) ? "–" : sprintf("%d", v) }
    {
        w = $1; t = $2
        if (!((w, t) in seen)) { seen[w, t] = 1; order[++norder] = w SUBSEP t }
        split($15, st, "|")
        if (st[2] != "ok") status[w, t] = st[2]
        put(w, t, "exp", $4); put(w, t, "cap", $5); put(w, t, "miss", $6); put(w, t, "racefiles", $7)
        put(w, t, "paired", $8); put(w, t, "renames", $9); put(w, t, "ovf", $10); put(w, t, "ghost", $11)
        put(w, t, "cpu", $12); put(w, t, "synth", $16)
        wall = $13; if (substr(wall, 1, 1) == "~") { approxwall[w, t] = 1; wall = substr(wall, 2) }
        put(w, t, "wall", wall); put(w, t, "rss", $14)
        lag = $17; if (substr(lag, 1, 1) == "~") lag = substr(lag, 2)
        put(w, t, "lag", lag)
        s = st[1]; if (substr(s, 1, 1) == "~") { approxsetup[w, t] = 1; s = substr(s, 2) }
        put(w, t, "setup", s); put(w, t, "setupcpu", st[3])
        if ($5 > 0 && $12 != "") put(w, t, "us", $12 * 1e6 / $5)
    }
    function verdict(ok) { return ok ? "met" : "**not met**" }
    # Sets w (workload), t (tool) and base (the workload without its fan- prefix) for the i-th
    # measured pair; both tables walk the pairs in the same order.
    function row(i,   p) { split(order[i], p, SUBSEP); w = p[1]; t = p[2]; base = w; sub(/^fan-/, "", base) }
    END {
        # The targets the project set itself (README), computed from the rows below.
        print "**Targets** (fsnoop record; the rows they come from are in the tables below)"
        print ""
        print "| target | goal | measured | |"
        print "|---|---|---|---|"
        worst = ""; detail = ""
        n = split("burst tree rename", dw, " ")
        for (j = 1; j <= n; j++) {
            fc = get(dw[j], "fsnoop", "cap"); rc = get(dw[j], "raw", "cap")
            if (fc == "" || rc == "" || rc == 0) continue
            r = fc / rc; detail = detail sprintf("%s%s %.3f", detail == "" ? "" : ", ", dw[j], r)
            if (worst == "" || r < worst) worst = r
        }
        if (worst != "") {
            mf = get("race", "fsnoop", "miss") + get("move", "fsnoop", "miss")
            mr = get("race", "raw-csv", "miss") + get("move", "raw-csv", "miss")
            printf "| capture what the raw reader captures | 100%% | events × raw: %s; files missed in race + move: %d (raw reader %d) | %s |\n",
                detail, mf, mr, verdict(worst >= 0.9995 && mf <= mr)
        }
        us = get("burst", "fsnoop", "us"); iw = get("burst", "inotifywait", "us"); rcsv = get("burst", "raw-csv", "us")
        rr = get("burst", "raw", "us")
        if (us != "" && iw != "")
            printf "| CPU per event vs inotifywait (burst) | ≤ 0.5× | %.2f µs vs %.2f µs = %.2f× (raw reader counting %.2f×, writing CSV %.2f×) | %s |\n",
                us, iw, us / iw, rr / iw, rcsv / iw, verdict(us / iw <= 0.5)
        if (us != "" && rcsv != "")
            printf "| CPU per event vs raw reader writing CSV (burst) | ≤ 2× | %.2f µs vs %.2f µs = %.2f× | %s |\n", us, rcsv, us / rcsv, verdict(us / rcsv <= 2)
        fs = get("tree", "fsnoop", "setup"); is = get("tree", "inotifywait", "setup")
        rs = get("tree", "raw", "setup")
        if (fs != "" && is != "")
            printf "| watch set-up, %s-directory tree, vs inotifywait -r | ≤ 0.5× | %.2f s vs %.2f s = %.2f× (raw reader %.2f×; set-up CPU %s s vs %s s) | %s |\n",
                treedirs, fs, is, fs / is, rs / is, get("tree", "fsnoop", "setupcpu"), get("tree", "inotifywait", "setupcpu"), verdict(fs / is <= 0.5)
        ff = get("fan-tree", "fsnoop-fan", "setup")
        if (ff != "" && is != "")
            printf "| (same, with --fanotify: no watch per directory) | ≤ 0.5× | %.3f s vs %.2f s = %.3f× | %s |\n", ff, is, ff / is, verdict(ff / is <= 0.5)
        if (bpe != "")
            printf "| bytes per stored event, paths interned | ≤ 48 | %.1f | %s |\n", bpe, verdict(bpe <= 48)
        print ""
        print "**Capture** (events of the kinds create, modify, close_write, moved_from, moved_to, delete)"
        print ""
        print "| workload | tool | captured / expected | of which synthesized | × iw | × raw | files missed (race) | renames paired | overflows | ghost events | notes |"
        print "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|"
        for (i = 1; i <= norder; i++) {
            row(i)
            cap = get(w, t, "cap"); ex = get(w, t, "exp")
            pct = (ex > 0) ? sprintf(" (%.1f%%)", 100 * cap / ex) : ""
            rf = get(w, t, "racefiles"); miss = get(w, t, "miss")
            missed = (rf > 0) ? (miss == "" || miss < 0 ? "–" : sprintf("%d / %d", miss, rf)) : "–"
            rn = get(w, t, "renames"); pr = get(w, t, "paired")
            paired = (rn > 0) ? (pr == "" || pr < 0 ? "–" : sprintf("%d / %d", pr, rn)) : "–"
            note = status[w, t]
            # Workloads without a race have exact expectations: a shortfall without an overflow
            # marker is a silent loss.
            if (base ~ /^(burst|tree|rename)$/ && cap < ex && get(w, t, "ovf") + 0 == 0 && w !~ /^fan-/)
                note = note sprintf("%s%d events lost, no overflow in its output", note == "" ? "" : "; ", ex - cap)
            if (w ~ /^fan-/ && cap < ex)
                note = note (note == "" ? "" : "; ") "fanotify merges queued events on one object"
            printf "| %s | %s | %d / %d%s | %s | %s | %s | %s | %s | %s | %s | %s |\n", w, t, cap, ex, pct, neg(get(w, t, "synth")),
                ratio(cap, get(base, "inotifywait", "cap")), ratio(cap, get(base, "raw", "cap")), missed, paired,
                neg(get(w, t, "ovf")), neg(get(w, t, "ghost")), note
        }
        print ""
        print "**Cost** (CPU = user + sys of the tool process after its set-up; × iw = ratio to inotifywait, × raw = to the raw reader counting, × raw-csv = to the raw reader writing CSV; fan-* rows compare with the inotify burst)"
        print ""
        print "| workload | tool | CPU s | µs / event | × iw | × raw | × raw-csv | last event s | lag s | peak RSS MiB | watch set-up s | set-up × iw | set-up CPU s |"
        print "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
        for (i = 1; i <= norder; i++) {
            row(i)
            us = get(w, t, "us"); su = get(w, t, "setup"); wl = get(w, t, "wall"); rss = get(w, t, "rss"); lg = get(w, t, "lag")
            printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", w, t, num(get(w, t, "cpu")),
                us == "" ? "–" : sprintf("%.2f", us),
                ratio(us, get(base, "inotifywait", "us")), ratio(us, get(base, "raw", "us")), ratio(us, get(base, "raw-csv", "us")),
                wl == "" ? "–" : ((approxwall[w, t] ? "~" : "") sprintf("%.2f", wl)),
                lg == "" ? "–" : ((approxwall[w, t] ? "~" : "") sprintf("%.3f", lg + 0 <= 0 ? 0 : lg)),
                rss == "" ? "–" : sprintf("%.1f", rss / 1024),
                su == "" ? "–" : ((approxsetup[w, t] ? "~" : "") sprintf("%.3f", su)),
                ratio(su, get(base, "inotifywait", "setup")), num(get(w, t, "setupcpu"))
        }
    }' treedirs="$TREE_DIRS" "$RES/rows.tsv"
    echo
    echo "\"last event s\": from the start of the workload to the tool's last event (its own time stamp; ~ = when it last wrote output); \"lag s\": from the end of the workload to that event (how far behind the tool was)."
    echo "\"watch set-up\": launch to the tool's ready line (inotifywait \"Watches established.\", fsnoop \"watching\", raw \"ready\"); ~ = no ready line, until its CPU time settled."
    echo "\"files missed\": files written in a directory just created (race) or just moved in (move) that never appear in the output. \"synthesized\": creates a tool reported from listing such a directory, not from the kernel. \"ghost events\": events on files written in directories after they left the watched tree (a stale watch)."
    echo "fswatch runs with -l 0.1 (latency 0.1 s instead of 1 s) and, as its inotify monitor does, watches every event type, filtering in user space; inotifywait, fsnoop and the raw reader ask the kernel for the six kinds only. fatrace reports directory-entry events on the directory, not the entry. In the tree workload, CPU after set-up includes releasing 100,000 watches at exit."
    echo "The raw reader reads as soon as poll(2) wakes it, so under a burst it makes many small reads; a reader that lets a burst gather first pays fewer system calls per event and can cost less than it."
    echo "Sizes: burst $N_BURST files, tree $TREE_DIRS directories ($N_TREE touched), race $N_RACE new directories x 20 files, rename $N_RENAME files x 5 renames, move $N_MOVE."
    for t in $TOOLS; do
        [ -n "${SKIP[$t]:-}" ] && echo "Skipped $t: ${SKIP[$t]}."
    done
    echo
    if [ -n "$storage" ]; then
        echo "**Storage** (\`fsnoop-storagebench\`: 1,000,000 events over 50,000 interned paths)"
        echo
        echo '```'
        printf '%s\n' "$storage"
        echo '```'
        echo
    fi
    if [ -x "$GUI_BIN" ]; then
        echo "**GUI** (\`fsnoop-bench-gui\`, offscreen)"
        echo
        echo '```'
        local gui rc
        gui=$(QT_QPA_PLATFORM=offscreen timeout 60 "$GUI_BIN" 2>&1)
        rc=$?
        # Qt's offscreen platform chatter is not a figure.
        printf '%s\n' "$gui" | grep -v -e '^QStandardPaths:' -e 'does not support propagateSizeHints'
        [ "$rc" = 124 ] && echo "(stopped after 60 s)"
        [ "$rc" != 0 ] && [ "$rc" != 124 ] && echo "(exit status $rc)"
        echo '```'
    else
        echo "GUI benchmark: $GUI_BIN is not built; skipped."
    fi
    echo
    local shown=$BUILD
    [[ $BUILD == "$SRC"/* ]] && shown=${BUILD#"$SRC"/}
    echo "Reproduce (from the source tree, after building): \`sudo bench/compare.sh --build $shown$([ "$QUICK" = 1 ] && echo ' --quick')$([ "$REPS" != 1 ] && echo " --reps $REPS")\`"
}

if [ -n "$OUT" ]; then
    report | tee "$OUT"
else
    report
fi
