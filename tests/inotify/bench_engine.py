#!/usr/bin/env python3
"""Rough engine figures against inotifywait (not run by ctest; bench/ holds the full suite).

    sudo tests/inotify/bench_engine.py BUILD_DIR [RUNS] [FILES_PER_DIR]

Mounts a tmpfs (ext4 here is slow after mass deletes), then
  1. set-up time on a 50,000-directory tree: `inotifywait -r -m` until "Watches established."
     versus engine_bench until setupFinished (every event type, both);
  2. a burst of 100,000 file creations (open O_CREAT + close: CREATE, OPEN, CLOSE_WRITE each):
     events captured and CPU seconds of the capturing process, inotifywait -m -r vs engine_bench.
Unmounts the tmpfs at the end, whatever happens.
"""
import os
import statistics
import subprocess
import sys
import tempfile
import time

TICK = os.sysconf("SC_CLK_TCK")


def cpu_of(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK  # utime + stime


def make_tree(root, files_per_dir=0):
    # 50 + 50*9 + 50*9*110 = 50,000 directories, 3 levels; files only in the leaves.
    n = 0
    for a in range(50):
        la = f"{root}/l{a}"
        os.mkdir(la)
        n += 1
        for b in range(9):
            lb = f"{la}/m{b}"
            os.mkdir(lb)
            n += 1
            for c in range(110):
                lc = f"{lb}/n{c}"
                os.mkdir(lc)
                n += 1
                for i in range(files_per_dir):
                    os.close(os.open(f"{lc}/f{i}", os.O_CREAT | os.O_WRONLY, 0o644))
    return n


def burst(directory, count):
    for i in range(count):
        os.close(os.open(f"{directory}/f{i}", os.O_CREAT | os.O_WRONLY, 0o644))


def inotifywait_setup(tree):
    t0 = time.monotonic()
    p = subprocess.Popen(["inotifywait", "-r", "-m", tree], stdout=subprocess.DEVNULL,
                         stderr=subprocess.PIPE, text=True)
    for line in p.stderr:
        if "Watches established" in line:
            break
    elapsed = time.monotonic() - t0
    p.kill()
    p.wait()
    return elapsed * 1000


def engine_setup(bench, tree):
    out = subprocess.run([bench, tree, "0"], capture_output=True, text=True, check=True).stdout
    kv = dict(x.split("=") for x in out.split() if "=" in x)
    return float(kv["setup_ms"]), kv


def inotifywait_setup_cpu(tree):
    p = subprocess.Popen(["inotifywait", "-r", "-m", tree], stdout=subprocess.DEVNULL,
                         stderr=subprocess.PIPE, text=True)
    for line in p.stderr:
        if "Watches established" in line:
            break
    cpu = cpu_of(p.pid)
    p.kill()
    p.wait()
    return cpu


def inotifywait_burst(directory, files, outfile):
    p = subprocess.Popen(["inotifywait", "-r", "-m", directory], stdout=open(outfile, "w"),
                         stderr=subprocess.PIPE, text=True)
    for line in p.stderr:
        if "Watches established" in line:
            break
    cpu0 = cpu_of(p.pid)
    burst(directory, files)
    # Wait until the output stops growing.
    last, stable = -1, 0
    while stable < 10:
        time.sleep(0.1)
        size = os.path.getsize(outfile)
        stable = stable + 1 if size == last else 0
        last = size
    cpu = cpu_of(p.pid) - cpu0
    p.kill()
    p.wait()
    with open(outfile, "rb") as f:
        events = sum(1 for _ in f)
    return events, cpu


def engine_burst(bench, directory, files):
    p = subprocess.Popen([bench, directory, str(files * 3)], stdout=subprocess.PIPE, text=True)
    for line in p.stdout:
        if line.strip() == "READY":
            break
    burst(directory, files)
    out = p.communicate(timeout=120)[0]
    kv = dict(x.split("=") for x in out.split() if "=" in x)
    return int(kv["events"]), float(kv["capture_cpu_s"]), kv


def main():
    build = sys.argv[1] if len(sys.argv) > 1 else "build"
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    files_per_dir = int(sys.argv[3]) if len(sys.argv) > 3 else 0
    bench = os.path.join(build, "tests/inotify/engine_bench")
    mnt = tempfile.mkdtemp(prefix="fsnoop-engine-bench-")
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2g", "tmpfs", mnt], check=True)
    try:
        tree = f"{mnt}/tree"
        os.mkdir(tree)
        print(f"tree: {make_tree(tree, files_per_dir)} directories, {files_per_dir} files in each "
              f"leaf, on tmpfs {mnt}")
        iw, en, iwcpu, encpu = [], [], [], []
        for _ in range(runs):
            iw.append(inotifywait_setup(tree))
            iwcpu.append(inotifywait_setup_cpu(tree))
            ms, kv = engine_setup(bench, tree)
            en.append(ms)
            encpu.append(float(kv["setup_cpu_s"]))
        print(f"set-up  inotifywait -r -m: median {statistics.median(iw):.0f} ms  {['%.0f' % x for x in iw]}")
        print(f"set-up  engine:            median {statistics.median(en):.0f} ms  {['%.0f' % x for x in en]}"
              f"  (watched={kv['watched']}, self dir events recorded={kv['self_dir_events']})")
        print(f"ratio engine/inotifywait (wall): {statistics.median(en) / statistics.median(iw):.2f}")
        print(f"set-up CPU s: inotifywait median {statistics.median(iwcpu):.3f}, engine median "
              f"{statistics.median(encpu):.3f} (engine includes process start-up)")

        files = 100000
        for i in range(runs):
            d = f"{mnt}/burst-iw-{i}"
            os.mkdir(d)
            ev, cpu = inotifywait_burst(d, files, f"{mnt}/iw-{i}.txt")
            print(f"burst   inotifywait: {ev} events, {cpu:.2f} CPU s, {cpu * 1e9 / max(ev, 1):.0f} ns/event")
            d = f"{mnt}/burst-en-{i}"
            os.mkdir(d)
            ev, cpu, kv = engine_burst(bench, d, files)
            print(f"burst   engine:      {ev} events, {cpu:.2f} CPU s, {cpu * 1e9 / max(ev, 1):.0f} ns/event"
                  f" (overflows={kv['overflows']})")
    finally:
        subprocess.run(["umount", mnt])
        os.rmdir(mnt)


if __name__ == "__main__":
    main()
