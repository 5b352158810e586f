# Sourced by the scripts that drive the real window.
#
#   window_work TEMPLATE [PIDVAR...]
#                               a work folder of the script's own in $work (mktemp -d TEMPLATE);
#                               at exit, stop what the script started, by pid: the app
#                               (start_window), the background jobs whose pids the variables
#                               PIDVAR... hold then (set to empty here), the window manager
#                               (start_openbox) and the X server; then remove $work
#   start_xvfb LOGFILE          an X display of the script's own: start Xvfb, wait until it
#                               accepts connections, set DISPLAY and XVFB_PID
#   stop_xvfb                   end it (only the server this script started, by pid)
#   start_openbox               a window manager on $DISPLAY (log in $work), pid in wm_pid
#   start_window LOG CFG [VAR=VALUE...] CMD ARGS...
#                               run CMD (fsnoop, or what execs it) on $DISPLAY through xcb, with
#                               a config and state folder CFG of its own and the fsnoop.ui debug
#                               lines in LOG; pid in app_pid
#   stop_window                 end that app (by pid) and wait for it
#   stop_pid VAR                end the process whose pid the variable VAR holds (if any), wait
#                               for it and empty VAR
#   sample_session_csv KINDS    a session in fsnoop's CSV (docs/csv-format.md) on standard output:
#                               the header and 40 events a second apart (08:12:10 to 08:12:49) by
#                               vim, make and cc1plus on /home/ada/project/src, event i of kind
#                               i % KINDS of OPEN MODIFY CLOSE_WRITE ACCESS CREATE DELETE; a script
#                               appends its own rows after it
#   wait_for LIMIT_S CMD...     run CMD every 0.1 s until it succeeds; fail after LIMIT_S seconds
#   window_up TITLE             an fsnoop window whose title holds TITLE is on $DISPLAY
#   rows_shown LOG MIN          the table has shown at least MIN rows, by the fsnoop.ui debug lines
#                               in LOG (run fsnoop with QT_LOGGING_RULES='fsnoop.ui.debug=true')
#
# Xvfb picks a free display number itself and writes it to the -displayfd descriptor only once it
# accepts connections, so there is no race with another display and nothing to poll before it is
# up: a run under load waits as long as the server needs, and a server that dies says so at once
# (the read sees end of file).

window_work() {
    work=$(mktemp -d "$1") || exit 1
    shift
    window_pid_vars=("$@")
    local v
    for v in app_pid wm_pid "$@"; do printf -v "$v" %s ""; done
    trap window_cleanup EXIT
}

window_cleanup() {
    # Only what this script started, by pid: a variable emptied after its wait names nothing.
    local v
    for v in app_pid "${window_pid_vars[@]}" wm_pid; do
        [[ -n ${!v} ]] && kill "${!v}" 2>/dev/null
    done
    stop_xvfb
    wait 2>/dev/null
    rm -rf "$work"
}

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

stop_pid() {
    local pid=${!1:-}
    [[ -n $pid ]] || return 0
    kill "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    printf -v "$1" %s ""
}

stop_xvfb() {
    stop_pid XVFB_PID
}

start_openbox() {
    openbox >"$work/openbox.log" 2>&1 &
    wm_pid=$!
}

start_window() {
    local log=$1 cfg=$2
    shift 2
    mkdir -p "$cfg"
    # XDG_STATE_HOME too: each run spools to a folder of its own, and a run that was killed must
    # not be offered for reopening to the next one.
    env -u QT_QPA_PLATFORM QT_QPA_PLATFORM=xcb XDG_CONFIG_HOME="$cfg" XDG_STATE_HOME="$cfg" \
        QT_LOGGING_RULES='fsnoop.ui.debug=true' "$@" >"$log" 2>&1 &
    app_pid=$!
}

stop_window() {
    stop_pid app_pid
}

sample_session_csv() {
    local kinds=$1 i ev pid p x
    printf 'time,events,path,is_dir,cookie,pid,process,executable,source\r\n'
    for i in $(seq 10 49); do
        case $((i % kinds)) in
            0) ev=OPEN; pid=2211; p=vim; x=/usr/bin/vim.basic ;;
            1) ev=MODIFY; pid=2211; p=vim; x=/usr/bin/vim.basic ;;
            2) ev=CLOSE_WRITE; pid=2211; p=vim; x=/usr/bin/vim.basic ;;
            3) ev=ACCESS; pid=3120; p=make; x=/usr/bin/make ;;
            4) ev=CREATE; pid=3121; p=cc1plus; x=/usr/lib/gcc/x86_64-linux-gnu/12/cc1plus ;;
            5) ev=DELETE; pid=3120; p=make; x=/usr/bin/make ;;
        esac
        printf '2026-11-22T08:12:%02d.%06d+00:00,%s,/home/ada/project/src/file%d.cpp,0,0,%s,%s,%s,fanotify\r\n' \
            "$i" "$((i * 1013))" "$ev" "$((i % 7))" "$pid" "$p" "$x"
    done
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
