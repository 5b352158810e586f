#!/usr/bin/env bash
# Build the .deb with cpack into a scratch directory, check its file list and control fields,
# unpack it into a scratch root (dpkg -x: no maintainer scripts, nothing touches the machine) and
# run what was unpacked there.
# usage: check-deb.sh BUILD_DIR VERSION BUILD_INSTALL_PREFIX
set -Eeuo pipefail
# A command that fails under set -e says where, instead of ending the test without a word.
trap 'echo "FAIL: ${BASH_SOURCE[0]##*/}:$LINENO: $BASH_COMMAND exited with $?" >&2' ERR
build=$1 version=$2 build_prefix=$3
source "$(dirname "$0")/lib.sh"
prefix=/usr

# The helper path is compiled into fsnoop and written into the policy from the build's prefix; a
# package built from a /usr/local tree would name a helper it does not ship.
if [[ $build_prefix != "$prefix" ]]; then
    echo "FAIL: this build is configured with CMAKE_INSTALL_PREFIX=$build_prefix; the .deb installs" \
        "to $prefix. Reconfigure with -DCMAKE_INSTALL_PREFIX=$prefix (the default for a new build dir)." >&2
    exit 1
fi

scratch=$(mktemp -d "${TMPDIR:-/tmp}/fsnoop-deb.XXXXXX")
trap 'rm -rf "$scratch"' EXIT

arch=$(dpkg --print-architecture)
deb=$scratch/out/fsnoop_${version}_${arch}.deb
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$scratch/out" >"$scratch/cpack.log" 2>&1 ||
    { cat "$scratch/cpack.log" >&2; echo "FAIL: cpack failed" >&2; exit 1; }
[[ -f $deb ]] || { ls -l "$scratch/out" >&2; echo "FAIL: cpack did not write ${deb##*/}" >&2; exit 1; }

# File list: every expected file at ./usr/..., nothing outside /usr.
listing=$(dpkg-deb -c "$deb" | awk '{print $NF}')
while IFS= read -r f; do
    grep -qxF "./usr/$f" <<<"$listing" || fail "dpkg-deb -c: ./usr/$f missing"
done < <(expected_files)
while IFS= read -r f; do
    [[ $f == ./ || $f == ./usr/ || $f == ./usr/* ]] || fail "dpkg-deb -c: $f is outside /usr"
    [[ $f != ./usr/local/* ]] || fail "dpkg-deb -c: $f is under /usr/local"
done <<<"$listing"

# Control fields.
field() { dpkg-deb -f "$deb" "$1"; }
[[ $(field Package) == fsnoop ]] || fail "Package is '$(field Package)'"
[[ $(field Version) == "$version" ]] || fail "Version is '$(field Version)', project version is $version"
[[ $(field Architecture) == "$arch" ]] || fail "Architecture is '$(field Architecture)'"
[[ $(field Section) == utils ]] || fail "Section is '$(field Section)'"
[[ $(field Maintainer) == *'<'*@*'>' ]] || fail "Maintainer '$(field Maintainer)' has no e-mail address"
[[ -n $(field Homepage) ]] || fail "no Homepage"
[[ -n $(field Description) ]] || fail "no Description"
depends=$(field Depends)
recommends=$(field Recommends)
[[ -n $depends ]] || fail "no Depends"
# deps_names "a (>= 1), b | c" -> one package name a line
deps_names() { tr ',|' '\n\n' <<<"$1" | sed -e 's/(.*)//' -e 's/:any//' -e 's/[[:space:]]//g' -e '/^$/d'; }
for p in qt6-qpa-plugins libqt6svg6; do
    deps_names "$depends" | grep -xF "$p" >/dev/null || fail "Depends lacks $p (Qt loads it as a plugin: shlibdeps cannot see it)"
done
deps_names "$recommends" | grep -xF pkexec >/dev/null || fail "Recommends lacks pkexec"

# Shared-library dependencies: every library fsnoop is linked against must come from a package
# named in Depends, which is what CPACK_DEBIAN_PACKAGE_SHLIBDEPS (dpkg-shlibdeps) is for.
mkdir -p "$scratch/root"
dpkg -x "$deb" "$scratch/root"
while read -r lib; do
    # awk reads to the end (no early exit): under pipefail a SIGPIPE'd ldconfig would fail the line.
    path=$(ldconfig -p | awk -v l="$lib" '$1 == l && /x86-64|x86_64|64bit/ && !n++ {print $NF}')
    [[ -n $path ]] || path=$(ldconfig -p | awk -v l="$lib" '$1 == l && !n++ {print $NF}')
    [[ -n $path ]] || { fail "cannot resolve $lib"; continue; }
    # dpkg knows the path the package shipped: the /usr one or, on merged /usr, the /lib one.
    pkg=$(dpkg -S "$(readlink -f "$path")" 2>/dev/null | awk -F: '!n++ {print $1}') ||
        pkg=$(dpkg -S "$path" 2>/dev/null | awk -F: '!n++ {print $1}') || true
    [[ -n $pkg ]] || { note "$lib ($path) belongs to no package; not checked"; continue; }
    deps_names "$depends" | grep -xF "$pkg" >/dev/null || fail "fsnoop needs $lib from $pkg, which Depends does not name"
done < <(readelf -d "$scratch/root/usr/bin/fsnoop" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')

check_tree "$scratch/root" "$prefix"

# Run the unpacked program (with the system's Qt, as an installed one would).
if out=$(QT_QPA_PLATFORM=offscreen timeout 10 "$scratch/root/usr/bin/fsnoop" record --help 2>&1); then
    grep -q -- '--duration' <<<"$out" || fail "'fsnoop record --help' does not mention --duration: $out"
else
    fail "unpacked 'fsnoop record --help' exited with $?: $out"
fi

# The helper as pkexec would run it: the absolute path the policy names, inside the unpacked root,
# with no request on stdin. It must start (the package ships what it links against) and exit on
# its own on stdin EOF, as the helper's protocol says, rather than hang.
helper=$scratch/root$prefix/$HELPER_REL
set +e
timeout 10 "$helper" </dev/null >"$scratch/helper.out" 2>"$scratch/helper.err"
rc=$?
set -e
case $rc in
124) fail "the unpacked helper did not exit on stdin EOF within 10 s" ;;
126 | 127) fail "the unpacked helper could not be executed (exit $rc): $(cat "$scratch/helper.err")" ;;
*) ((rc < 128)) || fail "the unpacked helper died on signal $((rc - 128)): $(cat "$scratch/helper.err")" ;;
esac
# fsnoop asks pkexec for the helper by the path compiled into it; it must be the policy's.
grep -qaF "$prefix/$HELPER_REL" "$scratch/root/usr/bin/fsnoop" ||
    fail "fsnoop does not contain the helper path $prefix/$HELPER_REL that the policy names"

if ((failures)); then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "ok: ${deb##*/} ($(stat -c %s "$deb") bytes), Depends: $depends"
