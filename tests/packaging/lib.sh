# Shared by check-install.sh and check-deb.sh: checks that an installed tree (from `cmake --install`
# with DESTDIR, or a .deb unpacked with `dpkg -x`) has every file where the desktop, polkit and man
# expect it. Sourced, not run.

APP_ID=org.fsnoop.Fsnoop
HELPER_REL=libexec/fsnoop/fsnoop-fanotify-helper
POLICY_REL=share/polkit-1/actions/$APP_ID.policy
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
note() { echo "note: $*" >&2; }

# The expected paths relative to the prefix.
expected_files() {
    local f
    while read -r f; do
        case $f in '' | '#'*) continue ;; esac
        printf '%s\n' "$f"
    done <"$HERE/expected-files.txt"
}

# png_size FILE -> "WxH", read from the IHDR chunk (PNG spec: width and height are the
# big-endian 32-bit words at byte offsets 16 and 20).
png_size() {
    local b
    read -r -a b <<<"$(od -An -tu1 -j16 -N8 "$1")"
    echo "$(((b[0] << 24) | (b[1] << 16) | (b[2] << 8) | b[3]))x$(((b[4] << 24) | (b[5] << 16) | (b[6] << 8) | b[7]))"
}

# check_tree ROOT PREFIX: ROOT is the scratch root, PREFIX the absolute install prefix (/usr).
check_tree() {
    local root=$1 prefix=$2 base="$1$2" f
    local -a files
    mapfile -t files < <(expected_files)
    for f in "${files[@]}"; do
        [[ -f $base/$f ]] || fail "missing $prefix/$f"
    done
    [[ -x $base/bin/fsnoop ]] || fail "$prefix/bin/fsnoop is not executable"

    # Icons: a PNG of the size its directory claims, so the theme lookup picks the right one.
    for f in "$base"/share/icons/hicolor/*x*/apps/$APP_ID.png; do
        [[ -f $f ]] || continue
        local dir=${f%/apps/*}
        local want=${dir##*/}
        local got
        got=$(png_size "$f")
        [[ $got == "$want" ]] || fail "${f#"$root"} is $got, not $want"
    done

    # The launcher: valid where it was installed, its Icon= resolves in hicolor, its binary exists.
    local desktop=$base/share/applications/$APP_ID.desktop
    if [[ -f $desktop ]]; then
        desktop-file-validate "$desktop" || fail "installed desktop file does not validate"
        local icon exec
        icon=$(sed -n 's/^Icon=//p' "$desktop")
        exec=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")
        [[ -f $base/share/icons/hicolor/scalable/apps/$icon.svg && -f $base/share/icons/hicolor/48x48/apps/$icon.png ]] ||
            fail "Icon=$icon has no installed hicolor icon"
        [[ -x $base/bin/$exec ]] || fail "Exec=$exec is not installed in $prefix/bin"
    fi

    # AppStream: the launchable names the installed desktop file, the binary it provides exists.
    local metainfo=$base/share/metainfo/$APP_ID.metainfo.xml
    if [[ -f $metainfo ]]; then
        local launchable binary
        launchable=$(xmllint --nonet --xpath 'string(/component/launchable[@type="desktop-id"])' "$metainfo")
        [[ -f $base/share/applications/$launchable ]] || fail "metainfo launchable '$launchable' is not installed"
        binary=$(xmllint --nonet --xpath 'string(/component/provides/binary)' "$metainfo")
        [[ -x $base/bin/$binary ]] || fail "metainfo provides binary '$binary', not installed"
    fi

    # Man page: gzip that man can read.
    if [[ -f $base/share/man/man1/fsnoop.1.gz ]]; then
        gzip -dc "$base/share/man/man1/fsnoop.1.gz" | grep '^\.TH FSNOOP 1' >/dev/null || fail "fsnoop.1.gz is not the man page"
    fi

    # polkit: pkexec runs a program only if its absolute path is exactly the action's
    # org.freedesktop.policykit.exec.path (pkexec(1)), so the annotation must name the file the
    # install put in place, executable.
    local policy=$base/$POLICY_REL
    if [[ -f $policy ]]; then
        local execpath
        execpath=$(xmllint --nonet --xpath \
            'string(//action[@id="org.fsnoop.Fsnoop.fanotify"]/annotate[@key="org.freedesktop.policykit.exec.path"])' \
            "$policy")
        if [[ $execpath != "$prefix/$HELPER_REL" ]]; then
            fail "policy exec.path is '$execpath', expected $prefix/$HELPER_REL"
        else
            [[ -x $root$execpath ]] || fail "policy exec.path $execpath is not an installed executable"
        fi
    fi
}
