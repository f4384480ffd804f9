"""Truth script for registration aimed at a task's end (issue 19), without the probe.

    python3 bench/truth/aimed_window_truth.py [seconds] [way...]

How many callbacks a second land in the window-race fixture's window (started less than 10 us,
time.perf_counter, after their add_done_callback began, run by the task's completion) on
WindowRace (the stdlib ThreadPoolExecutor plus the fixture's clock), 4 workers, for each way of
registering (a suffix -1core puts the process on one core, the perturbed lanes' `oneCore`; -si
sets sys.setswitchinterval(1 us)):
  timed   the tutorial's loop (the probe's `timed` experiment): submit 1,000 zero-length tasks,
          then add a callback to each.
  spin    aimed by spinning: the task sets a flag as its last instruction; the caller spins on
          the flag and calls add_done_callback as soon as it sees it. One task in flight. Under
          the GIL the task finishes before the spinning caller runs again: nothing lands.
  held    the probe's `held` experiment: 1,000 tasks, each announces itself and waits at its
          gate; the caller registers and opens the gate.
  aimed   the same, and the caller blocks until that future is done before the next one.
  gated   aimed with one task in flight: submit, wait until the task says it is at its end
          (parked at its gate), register, open the gate, block until done; then the next. This
          is what the probe's aimed lanes do (ctg_probe/experiments.py, run_held_aimed).
Each line: callbacks run by a completion a second, in the window a second, and the share.
Python 3.8+ (and PyPy), stdlib only.
"""

import importlib
import os
import queue
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "__tests__", "fixtures", "python"))
os.environ.setdefault("CTG_WINDOW_ONE_IN", "1000000000")
wr = importlib.import_module("window_race")


def _cb(_f):
    pass


def timed(seconds):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        ex = wr.WindowRace(max_workers=4)
        futures = [ex.submit(int) for _ in range(1000)]
        for f in futures:
            f.add_done_callback(_cb)
        ex.shutdown(wait=True)


def _spin_task(flag):
    flag[0] = 1


def spin(seconds):
    ex = wr.WindowRace(max_workers=4)
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        for _ in range(1000):
            flag = [0]
            f = ex.submit(_spin_task, flag)
            while not flag[0]:
                pass
            f.add_done_callback(_cb)
    ex.shutdown(wait=True)


def _held_task(index, started, gate):
    # The probe's held task (ctg_probe/identity.py): announce, wait at the gate, return.
    started.put(index)
    gate.acquire()


def _gated(ex, n):
    started = queue.Queue()
    gates = []
    for _ in range(n):
        gate = threading.Lock()
        gate.acquire()
        gates.append(gate)
    return started, gates, [ex.submit(_held_task, i, started, gates[i]) for i in range(n)]


def held(seconds, aimed=False):
    """The probe's `held` experiment: register while the task is parked at its gate, open it;
    aimed: then block until that future is done, so the task's completion follows at once."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        ex = wr.WindowRace(max_workers=4)
        started, gates, futures = _gated(ex, 1000)
        for _ in range(1000):
            i = started.get()
            futures[i].add_done_callback(_cb)
            gates[i].release()
            if aimed:
                futures[i].result()
        ex.shutdown(wait=True)


def _end_task(ready, gate):
    # A task whose last instruction is to say so and wait for the caller's go.
    ready.put(0)
    gate.acquire()


def gated(seconds):
    """Aimed `timed`: one task in flight; it says it is at its end and waits; the caller
    registers, lets it go and blocks until its future is done."""
    end = time.monotonic() + seconds
    ready = queue.Queue()
    ex = wr.WindowRace(max_workers=4)
    while time.monotonic() < end:
        for _ in range(1000):
            gate = threading.Lock()
            gate.acquire()
            f = ex.submit(_end_task, ready, gate)
            ready.get()
            f.add_done_callback(_cb)
            gate.release()
            f.result()
    ex.shutdown(wait=True)


WAYS = {"timed": timed, "spin": spin, "held": held, "aimed": lambda s: held(s, True), "gated": gated}


def measure(way, seconds):
    name, _, opts = way.partition("-")
    affinity = None
    interval = sys.getswitchinterval()
    if "1core" in opts and hasattr(os, "sched_setaffinity"):
        affinity = os.sched_getaffinity(0)
        os.sched_setaffinity(0, {min(affinity)})
    if "si" in opts.split("-"):
        sys.setswitchinterval(1e-6)
    for k in wr.STATS:
        wr.STATS[k] = 0
    try:
        WAYS[name](seconds)
    finally:
        sys.setswitchinterval(interval)
        if affinity is not None:
            os.sched_setaffinity(0, affinity)
    s = dict(wr.STATS)
    print("%-14s completed %8.0f/s  in window %7.0f/s  share %5.1f%%" % (
        way, s["completed"] / seconds, s["in_window"] / seconds,
        100.0 * s["in_window"] / max(1, s["completed"])))
    sys.stdout.flush()


def main():
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 3.0
    ways = sys.argv[2:] or ["timed", "timed-1core", "spin", "spin-si-1core", "held", "held-1core",
                            "aimed", "aimed-1core", "aimed-si-1core", "gated", "gated-1core"]
    print("%s %s" % (sys.implementation.name, sys.version.split()[0]))
    for way in ways:
        measure(way, seconds)


if __name__ == "__main__":
    main()
