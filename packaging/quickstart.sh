#!/usr/bin/env bash
# One entry point for a fresh Debian 12 machine:
#   packaging/quickstart.sh run [PATH]   install what is missing, build, start fsnoop
#   packaging/quickstart.sh test         install what is missing, build, run every test
#                                        (plain build, then AddressSanitizer + UBSan build)
# Packages are installed with apt-get (through sudo when not root); the build itself runs as the
# calling user, in build/ (and build-asan/ for the sanitizer run).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
jobs=$(nproc 2>/dev/null || echo 2)

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

install_missing() {
    local wanted missing=()
    wanted=$(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' packaging/debian-packages.txt)
    for p in $wanted; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    ((${#missing[@]} == 0)) && return 0
    say "installing: ${missing[*]}"
    local sudo=()
    ((EUID == 0)) || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() { # build DIR [cmake args...]
    local dir=$1; shift
    local launcher=()
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    cmake -S . -B "$dir" -G Ninja "${launcher[@]}" "$@" >/dev/null
    cmake --build "$dir" -j "$jobs"
}

run_tests() { # run_tests DIR
    (cd "$1" && ctest --output-on-failure -j "$jobs" --timeout 600)
}

cmd=${1:-}
shift || true
case "$cmd" in
run)
    install_missing
    say "building in build/"
    build build
    say "starting fsnoop"
    exec build/app/fsnoop "$@"
    ;;
test)
    install_missing
    say "build and test (build/)"
    build build
    run_tests build
    say "build and test under AddressSanitizer + UBSan (build-asan/)"
    build build-asan -DFSNOOP_SANITIZE=ON -DFSNOOP_BUILD_BENCH=OFF -DCMAKE_BUILD_TYPE=Debug
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        run_tests build-asan
    say "all tests passed"
    ;;
*)
    echo "usage: $0 run [PATH] | test" >&2
    exit 2
    ;;
esac
