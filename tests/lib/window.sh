# Sourced by the scripts that drive the real window.
#
#   start_xvfb LOGFILE          an X display of the script's own: start Xvfb, wait until it
#                               accepts connections, set DISPLAY and XVFB_PID
#   stop_xvfb                   end it (only the server this script started, by pid)
#   wait_for LIMIT_S CMD...     run CMD every 0.1 s until it succeeds; fail after LIMIT_S seconds
#   window_up TITLE             an fsnoop window whose title holds TITLE is on $DISPLAY
#   rows_shown LOG MIN          the table has shown at least MIN rows, by the fsnoop.ui debug lines
#                               in LOG (run fsnoop with QT_LOGGING_RULES='fsnoop.ui.debug=true')
#
# Xvfb picks a free display number itself and writes it to the -displayfd descriptor only once it
# accepts connections, so there is no race with another display and nothing to poll before it is
# up: a run under load waits as long as the server needs, and a server that dies says so at once
# (the read sees end of file).

start_xvfb() {
    local log=$1 fifo n=
    fifo=$(mktemp -u "${TMPDIR:-/tmp}/fsnoop-xvfb.XXXXXX")
    mkfifo "$fifo" || return 1
    # -noreset: by default an X server resets when its last client disconnects, closing and
    # reopening its sockets; a window started right after the previous one quit (the next
    # language's screenshot) then fails with "could not connect to display", the more often
    # the busier the machine.
    Xvfb -displayfd 3 -screen 0 1400x900x24 -nolisten tcp -noreset 3>"$fifo" >"$log" 2>&1 &
    XVFB_PID=$!
    read -r -t 60 n <"$fifo"
    rm -f "$fifo"
    if [[ ! $n =~ ^[0-9]+$ ]] || ! kill -0 "$XVFB_PID" 2>/dev/null; then
        echo "Xvfb did not start:" >&2
        cat "$log" >&2
        stop_xvfb
        return 1
    fi
    export DISPLAY=":$n"
}

stop_xvfb() {
    [[ -n ${XVFB_PID:-} ]] || return 0
    kill "$XVFB_PID" 2>/dev/null
    wait "$XVFB_PID" 2>/dev/null
    XVFB_PID=
}

wait_for() {
    local limit=$1 start=$SECONDS
    shift
    until "$@"; do
        ((SECONDS - start < limit)) || return 1
        sleep 0.1
    done
}

window_up() {
    xwininfo -root -tree 2>/dev/null | grep 'fsnoop' | grep -qF "$1"
}

rows_shown() {
    awk -v min="$2" 'match($0, /(table shows|filter rebuilt:) [0-9]+ rows/) {
            split(substr($0, RSTART, RLENGTH), w, " "); if (w[length(w) - 1] + 0 >= min) found = 1 }
        END { exit !found }' "$1"
}
