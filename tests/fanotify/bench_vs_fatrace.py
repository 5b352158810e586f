#!/usr/bin/env python3
"""Compare fsnoop-fanotify-helper with fatrace(1) on the same burst (events seen, CPU seconds).

Not run by ctest. As root, on a tmpfs mounted for the run (ext4 gets slow after mass deletes):
    mkdir -p /tmp/fsbench && mount -t tmpfs -o size=256m tmpfs /tmp/fsbench
    python3 tests/fanotify/bench_vs_fatrace.py BUILD/monitor/helper/fsnoop-fanotify-helper /tmp/fsbench 20000
    umount /tmp/fsbench
The burst runs in one child python process: per file create+write+close, rename, unlink.
Each tool watches the same directory for the same event types, one at a time; CPU is the tool's
own user+system time from wait4(2); events are the records/lines it produced for the directory.

    --helpers A[:VERSION] B[:VERSION]... --reps R   instead of the first argument: no fatrace, the
        helpers given (each speaking protocol VERSION, default the current one) in turn, R rounds,
        e.g. one built from an older commit next to this one.
"""
import os, signal, struct, subprocess, sys, time

PROTOCOL_VERSION = 5  # monitor/protocol/protocol.h, kVersion

EVENTS = [b'open', b'access', b'modify', b'close_write', b'close_nowrite', b'create', b'delete',
          b'moved_from', b'moved_to']

def frame(t, payload, version=PROTOCOL_VERSION):
    return b'FN' + bytes([version, t]) + struct.pack('<I', len(payload)) + payload

def s16(b):
    return struct.pack('<H', len(b)) + b

def request(root, version=PROTOCOL_VERSION):
    p = struct.pack('<I', 0) + struct.pack('<H', 1) + s16(root)
    p += struct.pack('<H', len(EVENTS)) + b''.join(s16(e) for e in EVENTS)
    return frame(1, p, version)

def count_frames(data):
    off, events, overflows = 0, 0, 0
    while off + 8 <= len(data):
        t, n = data[off + 3], struct.unpack('<I', data[off + 4:off + 8])[0]
        if t == 4:
            flags = struct.unpack('<I', data[off + 8 + 20:off + 8 + 24])[0]
            if flags & 4:
                overflows += 1
            elif not flags & 0x20:  # not a drain marker (EvDrained)
                events += 1
        off += 8 + n
    return events, overflows

def burst(d, n):
    # In a child process: the helper ignores its parent's activity (this script) by design.
    t0 = time.monotonic()
    subprocess.run([sys.executable, os.path.abspath(__file__), '--burst', d, str(n)], check=True)
    return time.monotonic() - t0

def burst_here(d, n):
    for i in range(n):
        a, b = os.path.join(d, 'f%d' % i), os.path.join(d, 'g%d' % i)
        fd = os.open(a, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        os.write(fd, b'x' * 64)
        os.close(fd)
        os.rename(a, b)
        os.unlink(b)

def cpu(ru):
    return ru.ru_utime + ru.ru_stime

def run_helper(helper, d, n, version=PROTOCOL_VERSION):
    out = open('/tmp/fsbench-helper.out', 'wb')
    p = subprocess.Popen([helper], stdin=subprocess.PIPE, stdout=out)
    p.stdin.write(request(d.encode(), version))
    p.stdin.flush()
    while os.path.getsize('/tmp/fsbench-helper.out') == 0:  # the ready record
        time.sleep(0.01)
    took = burst(d, n)
    time.sleep(1.0)
    p.stdin.close()
    _, status, ru = os.wait4(p.pid, 0)
    out.close()
    data = open('/tmp/fsbench-helper.out', 'rb').read()
    events, overflows = count_frames(data)
    print('  helper output: %d bytes' % len(data))
    return events, overflows, cpu(ru), took

def run_fatrace(d, n):
    if os.path.exists('/tmp/fsbench-fatrace.out'):
        os.unlink('/tmp/fsbench-fatrace.out')  # fatrace refuses to overwrite
    p = subprocess.Popen(['fatrace', '-c', '-o', '/tmp/fsbench-fatrace.out'], cwd=d)
    time.sleep(1.0)  # fatrace prints nothing when ready
    took = burst(d, n)
    time.sleep(1.0)
    p.send_signal(signal.SIGINT)
    _, status, ru = os.wait4(p.pid, 0)
    # Every line: the tmpfs holds only the burst, and fatrace prints "(deleted)" instead of a path
    # for files already gone when it reads the event fd.
    lines = open('/tmp/fsbench-fatrace.out', 'rb').read().splitlines()
    unnamed = sum(1 for l in lines if l.endswith(b'(deleted)'))
    print('  fatrace lines without a path: %d' % unnamed)
    return len(lines), 0, cpu(ru), took

if __name__ == '__main__':
    if sys.argv[1] == '--burst':
        burst_here(sys.argv[2], int(sys.argv[3]))
        sys.exit(0)
    if sys.argv[1] == '--helpers':
        args = sys.argv[2:]
        reps = int(args[args.index('--reps') + 1]) if '--reps' in args else 3
        if '--reps' in args:
            del args[args.index('--reps'):args.index('--reps') + 2]
        helpers, d, n = args[:-2], os.path.realpath(args[-2]), int(args[-1])
        for r in range(reps):
            for h in helpers:
                path, _, version = h.partition(':')
                events, overflows, cpus, took = run_helper(path, d, n, int(version or PROTOCOL_VERSION))
                print('round %d %-40s files=%d events=%d overflows=%d cpu=%.2fs (%.2f us/event) burst=%.2fs'
                      % (r + 1, path, n, events, overflows, cpus, cpus * 1e6 / max(events, 1), took))
        sys.exit(0)
    helper, d, n = sys.argv[1], os.path.realpath(sys.argv[2]), int(sys.argv[3])
    for name, fn in (('fsnoop-fanotify-helper', lambda: run_helper(helper, d, n)),
                     ('fatrace -c', lambda: run_fatrace(d, n))):
        events, overflows, cpus, took = fn()
        print('%-24s files=%d events=%d overflows=%d cpu=%.2fs burst=%.2fs' % (name, n, events, overflows, cpus, took))
