#!/usr/bin/env bash
# `cmake --install` into a scratch root (DESTDIR, so the configured prefix and the absolute paths
# baked into fsnoop and the polkit action stay what a real install gets), then check every file.
# usage: check-install.sh BUILD_DIR PREFIX
set -Eeuo pipefail
# A command that fails under set -e says where, instead of ending the test without a word.
trap 'echo "FAIL: ${BASH_SOURCE[0]##*/}:$LINENO: $BASH_COMMAND exited with $?" >&2' ERR
build=$1 prefix=$2
source "$(dirname "$0")/lib.sh"

scratch=$(mktemp -d "${TMPDIR:-/tmp}/fsnoop-install.XXXXXX")
trap 'rm -rf "$scratch"' EXIT

DESTDIR=$scratch/root cmake --install "$build" >"$scratch/install.log" ||
    { cat "$scratch/install.log" >&2; echo "FAIL: cmake --install failed" >&2; exit 1; }

check_tree "$scratch/root" "$prefix"

# Nothing may land outside the prefix (a stray absolute DESTINATION would escape it).
while IFS= read -r f; do
    [[ $f == "$scratch/root$prefix/"* ]] || fail "installed outside $prefix: ${f#"$scratch"/root}"
done < <(find "$scratch/root" -type f)

n=$(find "$scratch/root" -type f | wc -l)
if ((failures)); then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "ok: $n files installed under $prefix, all where they belong"
