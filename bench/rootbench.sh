# Sourced (POSIX sh) by the root benchmarks that wait on a recorder (identity.sh, moved-in.sh).
# wait_for SECONDS COMMAND...: polls COMMAND every 0.1 s, false after SECONDS.
wait_for() {
    limit=$(( $1 * 10 )); shift
    i=0
    while ! "$@" >/dev/null 2>&1; do
        i=$((i + 1)); [ $i -le $limit ] || return 1
        sleep 0.1
    done
}
