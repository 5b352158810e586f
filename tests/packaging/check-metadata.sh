#!/usr/bin/env bash
# What the validators do not check: the hand-written files carry the project's version, and the
# man page renders without a single groff warning.
# usage: check-metadata.sh SOURCE_DIR VERSION
set -euo pipefail
src=$1 version=$2
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

metainfo=$src/packaging/org.fsnoop.Fsnoop.metainfo.xml
newest=$(xmllint --nonet --xpath 'string(/component/releases/release[1]/@version)' "$metainfo")
[[ $newest == "$version" ]] ||
    fail "newest <release> in the metainfo is '$newest', the project is $version: add a release entry"

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

((failures == 0)) || exit 1
echo "ok: metainfo release and man page are at $version"
