"""Schedule perturbation for the probe's perturbed lanes (issue 19; docs/performance.md).

A cell message may carry `perturb` (all optional numbers, 0 meaning "not this one"):
{"switchIntervalUs", "spinBeforeUs", "spinAfterUs", "spinTaskEndUs", "extraThreads", "gatePollUs",
"oneCore", "aimAtCompletion"}.
While such a cell runs, the probe sets sys.setswitchinterval, spins a random 0..N microseconds
just before and just after each add_done_callback and at the end of each task, runs extra busy
threads (more threads than cores wanting the interpreter), and lets each held task poll its gate
for up to gatePollUs (yielding the interpreter between looks) before it blocks on it, so that it
leaves as soon as the gate opens instead of waiting to be woken. All of it moves where the
driver and the workers are relative to each other, so that narrow windows (a callback added
microseconds before its future completes) are hit more or less often; none of it changes an
observation: the probe still only observes and counts, grading stays on the TypeScript side.

aimAtCompletion (registration aimed at the task's end) changes how the `held` experiment paces
itself, not what it observes: one held task in flight at a time; the driver waits until the task
is parked at its gate (its last instruction before it returns), registers, opens the gate and at
once blocks until that future is done, so the task's completion follows the registration within
microseconds and nothing else of the probe wants the interpreter meanwhile
(bench/truth/aimed_window_truth.py measures it). aiming() tells the experiment.

Child processes of a process pool are not perturbed (the settings live in the probe's process).
The hooks elsewhere are one call each: spin_before(), spin_after(), spin_task_end(),
await_gate(gate) (no-ops while no perturbed cell runs) and `perturbed(message)` around a cell.

Python 3.8 syntax and standard library only.
"""

import contextlib
import os
import random
import sys
import threading
import time

from .generated import PERTURBATION_LIMITS

_perf = time.perf_counter
_random = random.random
# Longest spins and gate poll while perturbed, in seconds; 0.0 means off.
_BEFORE_S = [0.0]
_AFTER_S = [0.0]
_TASK_END_S = [0.0]
_POLL_S = [0.0]
# Registration aimed at the task's end (the held experiment asks aiming()).
_AIM = [False]


def _spin(most):
    end = _perf() + _random() * most
    while _perf() < end:
        pass


def spin_before():
    """Just before an add_done_callback call."""
    if _BEFORE_S[0]:
        _spin(_BEFORE_S[0])


def spin_after():
    """Just after an add_done_callback call."""
    if _AFTER_S[0]:
        _spin(_AFTER_S[0])


def spin_task_end():
    """At the end of a task, before it returns (and its future completes)."""
    if _TASK_END_S[0]:
        _spin(_TASK_END_S[0])


def aiming():
    """True while a perturbed cell asks for registration aimed at each task's end."""
    return _AIM[0]


def await_gate(gate):
    """A held task polls its gate (a _LockGate of this process) for up to gatePollUs, yielding
    between looks, before it blocks on it. The task still waits on the gate afterwards."""
    most = _POLL_S[0]
    if most and getattr(gate, "_open", None) is False:
        end = _perf() + most
        while not gate._open and _perf() < end:
            time.sleep(0)


def _settings(message):
    """The cell's `perturb` field as a dict of numbers (0 for absent or bad ones), or None."""
    given = message.get("perturb") if isinstance(message, dict) else None
    if not isinstance(given, dict):
        return None
    out = {}
    for name, most in PERTURBATION_LIMITS.items():
        value = given.get(name, 0)
        ok = isinstance(value, (int, float)) and not isinstance(value, bool) and 0 <= value <= most
        out[name] = value if ok else 0
    return out


def _busy(stop):
    # An extra thread that wants the interpreter: spins up to 20 us, yields it, until the cell ends.
    while not stop.is_set():
        _spin(20e-6)
        time.sleep(0)


@contextlib.contextmanager
def perturbed(message):
    """Perturbs the schedule while the cell of `message` runs, when it asks for it."""
    s = _settings(message)
    if s is None:
        yield
        return
    before = sys.getswitchinterval()
    affinity = None
    stop = threading.Event()
    threads = []
    try:
        if s["oneCore"] and hasattr(os, "sched_setaffinity"):
            # The driver thread, and so every thread it starts (a fresh executor's workers), on
            # the core it is on: a hand-over is then a switch on that core, not a wake-up of
            # another one.
            affinity = os.sched_getaffinity(0)
            os.sched_setaffinity(0, {random.choice(sorted(affinity))})
        if s["switchIntervalUs"] > 0:
            sys.setswitchinterval(s["switchIntervalUs"] / 1e6)
        _BEFORE_S[0] = s["spinBeforeUs"] / 1e6
        _AFTER_S[0] = s["spinAfterUs"] / 1e6
        _TASK_END_S[0] = s["spinTaskEndUs"] / 1e6
        _POLL_S[0] = s["gatePollUs"] / 1e6
        _AIM[0] = bool(s["aimAtCompletion"])
        for n in range(int(s["extraThreads"])):
            thread = threading.Thread(target=_busy, args=(stop,), name="CTG-Perturb-%d" % n, daemon=True)
            thread.start()
            threads.append(thread)
        yield
    finally:
        _BEFORE_S[0] = _AFTER_S[0] = _TASK_END_S[0] = _POLL_S[0] = 0.0
        _AIM[0] = False
        stop.set()
        for thread in threads:
            thread.join()
        sys.setswitchinterval(before)
        if affinity is not None:
            os.sched_setaffinity(0, affinity)
