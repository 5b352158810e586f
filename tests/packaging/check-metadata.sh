#!/usr/bin/env bash
# What the validators do not check: the hand-written files carry the project's version, the man
# page renders without a single groff warning, and it documents every option and exit code that
# the built program's --help lists (so the two cannot drift apart).
# usage: check-metadata.sh SOURCE_DIR VERSION FSNOOP_BINARY
set -Eeuo pipefail
# A command that fails under set -e says where, instead of ending the test without a word.
trap 'echo "FAIL: ${BASH_SOURCE[0]##*/}:$LINENO: $BASH_COMMAND exited with $?" >&2' ERR
src=$1 version=$2 fsnoop=$3
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

metainfo=$src/packaging/org.fsnoop.Fsnoop.metainfo.xml
newest=$(xmllint --nonet --xpath 'string(/component/releases/release[1]/@version)' "$metainfo")
[[ $newest == "$version" ]] ||
    fail "newest <release> in the metainfo is '$newest', the project is $version: add a release entry"

# Screenshots: each is published from the screenshot script's output in docs/screenshots/.
shots=$(xmllint --nonet --xpath '/component/screenshots/screenshot/image/text()' "$metainfo" 2>/dev/null || true)
[[ -n $shots ]] || fail "the metainfo has no screenshot"
for url in $shots; do
    [[ $url == https://fsnoop.org/screenshots/* ]] || fail "screenshot $url is not under https://fsnoop.org/screenshots/"
    [[ -f $src/docs/screenshots/${url##*/} ]] || fail "screenshot $url: docs/screenshots/${url##*/} does not exist"
done

man=$src/packaging/fsnoop.1
th=$(sed -n 's/^\.TH .*"fsnoop \([^"]*\)".*/\1/p' "$man")
[[ $th == "$version" ]] || fail ".TH of fsnoop.1 says version '$th', the project is $version"

if command -v groff >/dev/null; then
    # -ww: all warnings; -z: no output. man(1) would show these as broken text.
    warnings=$(groff -man -ww -z -Tutf8 "$man" 2>&1)
    [[ -z $warnings ]] || fail "groff warns about fsnoop.1: $warnings"
else
    echo "note: groff is not installed (groff-base): the man page was not rendered" >&2
fi

# In roff a "-" is written "\-"; un-escape to compare with --help.
man_text=$(sed 's/\\-/-/g' "$man")
help=$(QT_QPA_PLATFORM=offscreen "$fsnoop" --help 2>&1; QT_QPA_PLATFORM=offscreen "$fsnoop" record --help 2>&1) ||
    fail "fsnoop --help or fsnoop record --help failed: $help"
options=$(grep -oE '(^|[[:space:],])--[a-z][a-z-]+' <<<"$help" | sed 's/^[[:space:],]*//' | sort -u || true)
[[ -n $options ]] || fail "found no option in fsnoop's --help"
for o in $options; do
    grep -qF -- "$o" <<<"$man_text" || fail "fsnoop.1 does not document $o (listed by --help)"
done
# Exit codes: the lines "  N  text" under "Exit codes:" in --help, each a ".B N" item in the man page.
codes=$(sed -n '/^Exit codes:/,/^$/s/^  \([0-9]\{1,3\}\)  .*/\1/p' <<<"$help" | sort -u)
[[ -n $codes ]] || fail "found no exit code in fsnoop's --help"
for c in $codes; do
    grep -qx "\.B $c" "$man" || fail "fsnoop.1 does not document exit code $c (listed by --help)"
done

((failures == 0)) || exit 1
echo "ok: metainfo release and man page are at $version; the man page documents" $options "and exit codes" $codes
