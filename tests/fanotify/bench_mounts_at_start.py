#!/usr/bin/env python3
"""How long fsnoop-fanotify-helper takes to be ready when filesystems are mounted inside the root.

Not run by ctest. As root:
    python3 tests/fanotify/bench_mounts_at_start.py BUILD/monitor/helper/fsnoop-fanotify-helper 0 200 1000
For each count N: a temporary tree holding N tmpfs mounts (mounted for the run, unmounted after);
three runs of the helper on it, each timed from the request until the ready record and the N Mount
records (present at start) it announces have been read: the marking of each mount at start.
"""
import os, struct, subprocess, sys, tempfile, time

PROTOCOL_VERSION = 5  # monitor/protocol/protocol.h, kVersion
EVENTS = [b'create', b'delete', b'modify', b'close_write', b'moved_from', b'moved_to']

def frame(t, payload):
    return b'FN' + bytes([PROTOCOL_VERSION, t]) + struct.pack('<I', len(payload)) + payload

def s16(b):
    return struct.pack('<H', len(b)) + b

def request(root):
    return frame(1, struct.pack('<I', 0) + struct.pack('<H', 1) + s16(root)
                 + struct.pack('<H', len(EVENTS)) + b''.join(s16(e) for e in EVENTS))

def time_to_ready(helper, root):
    """Seconds until the ready record and all the Mount records it announces are read."""
    t0 = time.monotonic()
    h = subprocess.Popen([helper], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    h.stdin.write(request(root))
    h.stdin.flush()
    buf, mounts, announced = b'', 0, None
    while announced is None or mounts < announced:
        data = os.read(h.stdout.fileno(), 65536)
        if not data:
            raise SystemExit('the helper ended before it was ready')
        buf += data
        while len(buf) >= 8:
            length = struct.unpack('<I', buf[4:8])[0]
            if len(buf) < 8 + length:
                break
            kind, payload, buf = buf[3], buf[8:8 + length], buf[8 + length:]
            if kind == 2:    # ready: Ready::mountsAtStart is its last field
                announced = struct.unpack('<I', payload[-4:])[0]
            elif kind == 5:  # a mount record
                mounts += 1
            elif kind == 3:
                raise SystemExit('the helper refused: %r' % payload)
    took = time.monotonic() - t0
    h.stdin.close()
    h.wait()
    return took, mounts

def main():
    helper, counts = sys.argv[1], [int(n) for n in sys.argv[2:]] or [0, 200]
    for n in counts:
        base = tempfile.mkdtemp(prefix='fsnoop-mounts.')
        tree = os.path.join(base, 'tree')
        os.mkdir(tree)
        points = []
        try:
            for i in range(n):
                p = os.path.join(tree, 'm%d' % i)
                os.mkdir(p)
                subprocess.run(['mount', '-t', 'tmpfs', 'fsnoop-bench', p], check=True)
                points.append(p)
            for _ in range(3):
                took, mounts = time_to_ready(helper, tree.encode())
                print('%5d mounts under the root: ready, %d marked and announced, in %.1f ms'
                      % (n, mounts, took * 1000))
        finally:
            for p in reversed(points):
                subprocess.run(['umount', p])
            subprocess.run(['rm', '-rf', base])

if __name__ == '__main__':
    main()
