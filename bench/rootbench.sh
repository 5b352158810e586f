# Sourced (POSIX sh) by the root benchmarks that record a workload on a tmpfs of their own
# (identity.sh, moved-in.sh).
#
#   bench_options "NAME=DEFAULT ..." "$@"
#       --build DIR into BUILD (default build) and --NAME N into the upper-case variable NAME
#       (--count 20 sets COUNT), each starting at its DEFAULT; anything else prints the usage
#   bench_tmpfs NAME SIZE DIR
#       root or exit 2; FSNOOP (the built binary), WORK (a temp folder) and a tmpfs of SIZE
#       mounted at TMPFS=$WORK/DIR; at exit the pids in BENCH_PIDS are stopped, the tmpfs
#       unmounted and WORK removed
#   wait_for SECONDS COMMAND...
#       polls COMMAND every 0.1 s, false after SECONDS

bench_options() {
    bench_spec=$1; shift
    BUILD=build
    bench_usage="[--build DIR]"
    for o in $bench_spec; do
        eval "$(bench_var "${o%%=*}")=\${o#*=}"
        bench_usage="$bench_usage [--${o%%=*} N]"
    done
    while [ $# -gt 0 ]; do
        case "$1" in
        --build) BUILD=$2 ;;
        --*) case " $bench_spec " in
             *" ${1#--}="*) eval "$(bench_var "${1#--}")=\$2" ;;
             *) bench_usage_exit ;;
             esac ;;
        *) bench_usage_exit ;;
        esac
        shift 2
    done
}
bench_var() { echo "$1" | tr '[:lower:]' '[:upper:]'; }
bench_usage_exit() { echo "usage: $0 $bench_usage" >&2; exit 2; }

bench_tmpfs() {
    [ "$(id -u)" = 0 ] || { echo "$(basename "$0"): fanotify needs root" >&2; exit 2; }
    FSNOOP=$(realpath "$BUILD/app/fsnoop")
    WORK=$(mktemp -d "/tmp/fsnoop-$1.XXXXXX")
    TMPFS=$WORK/$3
    mkdir -p "$TMPFS"
    # A tmpfs for what is measured (steady timings); tool output stays outside it.
    mount -t tmpfs -o size="$2" "fsnoop-$1" "$TMPFS"
    BENCH_PIDS=""
    trap bench_cleanup EXIT INT TERM
}
bench_cleanup() {
    for p in $BENCH_PIDS; do kill "$p" 2>/dev/null || true; done
    umount "$TMPFS" 2>/dev/null || true
    rm -rf "$WORK"
}

wait_for() {
    limit=$(( $1 * 10 )); shift
    i=0
    while ! "$@" >/dev/null 2>&1; do
        i=$((i + 1)); [ $i -le $limit ] || return 1
        sleep 0.1
    done
}
