#!/usr/bin/env bash
# Run a command on a clean clone of this repository inside a brand-new minimal Debian 12 root, the
# way a newcomer's fresh machine would run it. A machine where packages were once installed by
# hand hides a missing install step; a fresh root cannot.
#
#   sudo packaging/fresh-debian.sh                                  # runs packaging/quickstart.sh test
#   sudo packaging/fresh-debian.sh -- packaging/quickstart.sh run /tmp
#   sudo packaging/fresh-debian.sh --keep -- bash -c 'CMD && CMD'
#
# What it does:
#  - builds a minbase bookworm tarball with mmdebstrap once and keeps it in $FSNOOP_FRESH_CACHE
#    (default /var/cache/fsnoop/fresh-debian; rebuilt when older than 30 days);
#  - unpacks it into a scratch root, gives it this machine's apt sources when this machine is
#    bookworm too, and clones the committed HEAD (not the work tree) to /src/fsnoop inside;
#  - shares two caches from the host, neither of which installs anything: apt's downloaded .debs
#    and ccache's objects ($FSNOOP_FRESH_CACHE/apt, $FSNOOP_FRESH_CACHE/ccache);
#  - runs the command as root in /src/fsnoop with CI passed through and no standard input.
# Cleanup cannot be skipped: the command runs in its own PID and mount namespaces
# (unshare --pid --mount --kill-child), so when it ends, or this script is interrupted or killed,
# the kernel ends every process it left and drops every mount it made (/proc, /sys, /dev, /dev/pts,
# /dev/shm and whatever the tests mount); then the root is removed unless --keep.
# Exit status: the command's (2 for a usage or set-up error).
set -uo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
keep=0
cmd=()
while (($#)); do
    case $1 in
        --keep) keep=1; shift ;;
        --) shift; cmd=("$@"); break ;;
        -h|--help) sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "fresh-debian.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
    esac
done
((${#cmd[@]})) || cmd=(packaging/quickstart.sh test)

say() { printf '\033[1m[fresh-debian] %s\033[0m\n' "$*" >&2; }
die() { echo "fresh-debian.sh: $*" >&2; exit 2; }

((EUID == 0)) || die "run as root (it needs chroot, namespaces and mounts): sudo $0 $*"
git -C "$here" rev-parse --verify -q HEAD >/dev/null || die "$here is not a git checkout with a commit"
for tool in unshare chroot mount git tar; do
    command -v "$tool" >/dev/null || die "'$tool' is missing"
done

cache=${FSNOOP_FRESH_CACHE:-/var/cache/fsnoop/fresh-debian}
base=$cache/bookworm-minbase.tar
mkdir -p "$cache/apt/partial" "$cache/ccache" || die "cannot create $cache"

# This machine's Debian mirror when it runs bookworm (a local or faster mirror, the same security
# updates); mmdebstrap's default otherwise.
same_release=0
grep -qs '^VERSION_CODENAME=bookworm' /etc/os-release && same_release=1
mirror=
((same_release)) && mirror=$(awk '/^URIs:/{print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null)

if [[ ! -s $base ]] || [[ -n $(find "$base" -mtime +30 2>/dev/null) ]]; then
    if ! command -v mmdebstrap >/dev/null; then
        say "installing mmdebstrap"
        { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mmdebstrap >/dev/null; } \
            || die "could not install mmdebstrap"
    fi
    say "creating a minimal Debian 12 root (cached at $base)"
    # mmdebstrap picks its output format from the file name: keep .tar at the end.
    part=$cache/bookworm-minbase.part.tar
    mmdebstrap --quiet --variant=minbase --mode=root bookworm "$part" ${mirror:+"$mirror"} \
        && mv "$part" "$base" || { rm -f "$part"; die "mmdebstrap failed"; }
fi

root=$(mktemp -d /var/tmp/fsnoop-fresh.XXXXXX) || die "mktemp failed"
child=
cleanup() {
    # --kill-child: killing unshare kills the namespace's init, and with it everything inside.
    [[ -n $child ]] && kill -KILL "$child" 2>/dev/null && wait "$child" 2>/dev/null
    if ((keep)); then
        say "kept the root at $root"
    else
        # The mounts lived in the namespace, so nothing of /dev or /sys is reachable from here;
        # --one-file-system guards anyway.
        rm -rf --one-file-system "$root"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

say "unpacking a fresh root into $root"
tar -xf "$base" -C "$root" || die "cannot unpack $base"
if ((same_release)) && compgen -G '/etc/apt/sources.list.d/*.sources' >/dev/null; then
    rm -f "$root/etc/apt/sources.list"
    cp /etc/apt/sources.list.d/*.sources "$root/etc/apt/sources.list.d/"
fi
cp -L /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null
# apt keeps what it downloaded in the shared cache (see the bind mount below).
echo 'Binary::apt::APT::Keep-Downloaded-Packages "true";' >"$root/etc/apt/apt.conf.d/10fsnoop-keep-debs"

mkdir -p "$root/src"
git clone -q --no-hardlinks "$here" "$root/src/fsnoop" || die "git clone failed"
say "checkout: $(git -C "$root/src/fsnoop" log -1 --format='%h %s')"

# Inside the new namespaces: mount what a running system has, then chroot. Everything mounted
# here (and by the tests) is private to the namespace and goes away with it.
inner='
set -e
r=$1; shift
mount -t proc proc "$r/proc"
mount --rbind /sys "$r/sys"
mount --bind /dev "$r/dev"
mount -t devpts -o newinstance,ptmxmode=0666 devpts "$r/dev/pts"
mount -t tmpfs -o mode=1777 shm "$r/dev/shm"
mkdir -p "$r/var/cache/apt/archives" "$r/var/cache/ccache"
mount --bind "$CACHE/apt" "$r/var/cache/apt/archives"
mount --bind "$CACHE/ccache" "$r/var/cache/ccache"
exec chroot "$r" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM=dumb CI="${CI:-}" \
    CCACHE_DIR=/var/cache/ccache PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    bash -c "cd /src/fsnoop && exec \"\$@\"" fresh "$@"
'
say "running in the fresh root: ${cmd[*]}"
start=$SECONDS
CACHE=$cache unshare --pid --mount --fork --kill-child --propagation private \
    bash -c "$inner" inner "$root" "${cmd[@]}" </dev/null &
child=$!
wait "$child"
rc=$?
child=
say "exit status $rc after $((SECONDS - start)) s"
exit $rc
