#!/usr/bin/env python3
"""A standalone reproducer of one failing experiment, written by callback-thread-guard.

Not part of the probe: the guard fills in CONFIG_JSON (src/engine/repro/python.ts) and writes this file
beside its report. It needs only a Python interpreter and the executor's module, nothing of the
guard's own code. It runs the failing cell's experiment (a small copy of the probe's,
with the same held tasks, so what it checks does not depend on timing), grades each callback by
the contract's rules carried in CONFIG_JSON, prints the broken rule and the threads it saw, and
exits 1 as soon as a try reproduces it, 0 after every try came out clean, 2 when it cannot run.

Python 3.8 syntax and standard library only.
"""

import _thread
import functools
import importlib
import json
import logging
import os
import queue
import random
import sys
import threading
import time

CONFIG_JSON = "{}"  # replaced by callback-thread-guard

# Saved before the executor's module loads (gevent's monkey-patching replaces get_ident).
_get_ident = _thread.get_ident
_Event = threading.Event
_Queue = queue.Queue


# The guard's perturbation of the run that found the fault (CONFIG_JSON "perturb"; null: none),
# in seconds: spins of up to these before and after each add_done_callback and at a task's end,
# and how long a held task polls its gate. Set once by _perturb() before the first try.
_SPIN = {"before": 0.0, "after": 0.0, "taskEnd": 0.0, "gatePoll": 0.0, "aim": False}


def _spin(most):
    if most:
        end = time.perf_counter() + random.random() * most
        while time.perf_counter() < end:
            pass


def _perturb(p):
    """Shakes the schedule as the guard's perturbed lane did: same settings, for the whole run."""
    if not p:
        return "no perturbation"
    if p.get("oneCore") and hasattr(os, "sched_setaffinity"):
        # This thread and every thread it starts (the executors' workers) on one core.
        os.sched_setaffinity(0, {random.choice(sorted(os.sched_getaffinity(0)))})
    if p.get("switchIntervalUs"):
        sys.setswitchinterval(p["switchIntervalUs"] / 1e6)
    _SPIN["before"] = p.get("spinBeforeUs", 0) / 1e6
    _SPIN["after"] = p.get("spinAfterUs", 0) / 1e6
    _SPIN["taskEnd"] = p.get("spinTaskEndUs", 0) / 1e6
    _SPIN["gatePoll"] = p.get("gatePollUs", 0) / 1e6
    _SPIN["aim"] = bool(p.get("aimAtCompletion"))

    def busy():
        while True:
            _spin(20e-6)
            time.sleep(0)

    for n in range(int(p.get("extraThreads", 0))):
        threading.Thread(target=busy, name="Perturb-%d" % n, daemon=True).start()
    return "perturbed as the guard's run was: " + ", ".join(
        "%s=%s" % (k, v) for k, v in sorted(p.items()) if v)


class Deliberate(Exception):
    """What the first callback of each future raises in the `raising` experiment."""


def _task(task_s):
    if task_s > 0:
        time.sleep(task_s)
    _spin(_SPIN["taskEnd"])
    return (os.getpid(), _get_ident(), threading.current_thread().name)


def _held_task(index, started, gate, task_s):
    # Announce that the task runs, then stay running until every callback is registered.
    started.put(index)
    end = time.perf_counter() + _SPIN["gatePoll"]
    while _SPIN["gatePoll"] and not gate.is_set() and time.perf_counter() < end:
        time.sleep(0)
    gate.wait()
    return _task(task_s)


def _blocker(started, gate):
    started.put(-1)
    gate.wait()


def _state(future, started):
    """The future's state immediately before registration, terminal states checked last too."""

    def terminal():
        if future.cancelled():
            return "cancelled"
        return "done" if future.done() else None

    state = terminal()
    if state is not None:
        return state
    running = getattr(future, "running", None)
    if running is not None:
        state = "running" if running() else "pending"
    else:
        state = "running" if started else "not-done"
    return terminal() or state


def _identity_of(future):
    try:
        value = future.result(timeout=0)
    except BaseException:
        return None
    return value if isinstance(value, tuple) and len(value) == 3 else None


class Trial:
    """One try: a fresh executor, the experiment on its futures, the facts of every callback."""

    def __init__(self, config):
        self.c = config
        self.per = 2 if config["experiment"] == "cancel" else config["callbacks"]
        self.n = config["tasks"]
        total = self.n * self.per
        self.calls = [0] * total
        self.ran = [None] * total  # (sequence, pid, ident, thread name, inline)
        self.registered = [None] * total
        self.cancel_returned = [None] * self.n
        self.futures = [None] * self.n
        self.driver = (os.getpid(), _get_ident())
        self.registering = -1
        self.lock = _thread.allocate_lock()
        self.all_ran = _Event()
        self.remaining = total
        self.seq = 0

    def callback(self, index, _future):
        pid, ident = os.getpid(), _get_ident()
        inline = self.registering == index and (pid, ident) == self.driver
        with self.lock:
            count = self.calls[index]
            self.calls[index] = count + 1
            if count == 0:
                self.seq += 1
                self.ran[index] = (self.seq, pid, ident, threading.current_thread().name, inline)
                self.remaining -= 1
                if self.remaining == 0:
                    self.all_ran.set()
        if self.c["experiment"] == "held" and "role" in self.c["facts"] and index % self.per == 0:
            raise Deliberate("deliberate")

    def register(self, future, index, started=False):
        _spin(_SPIN["before"])  # before the state is read: the state must be the one at the call
        self.registered[index] = _state(future, started)
        self.registering = index
        try:
            future.add_done_callback(functools.partial(self.callback, index))
            _spin(_SPIN["after"])
        except Deliberate:
            pass
        finally:
            self.registering = -1

    def hold_workers(self, executor, gates, count=None):
        count = self.c["workers"] if count is None else count
        started = _Queue()
        gate = _Event()
        gates.append(gate)
        for _ in range(count):
            executor.submit(_blocker, started, gate)
        for _ in range(count):
            started.get(timeout=self.c["timeoutS"])
        return gate

    def run(self, factory):
        c = self.c
        executor = factory(max_workers=c["workers"])
        gates = []
        try:
            getattr(self, "_" + c["experiment"])(executor, gates)
            for gate in gates:
                gate.set()
            self.all_ran.wait(c["timeoutS"])
        finally:
            for gate in gates:
                gate.set()
            executor.shutdown(wait=True)

    def _held(self, executor, gates):
        if _SPIN["aim"]:
            self._held_aimed(executor, gates)
            return
        started = _Queue()
        mine = [_Event() for _ in range(self.n)]
        gates.extend(mine)
        for i in range(self.n):
            self.futures[i] = executor.submit(_held_task, i, started, mine[i], self.c["taskS"])
        for _ in range(self.n):
            i = started.get(timeout=self.c["timeoutS"])
            for j in range(self.per):
                self.register(self.futures[i], i * self.per + j, True)
            mine[i].set()

    def _held_aimed(self, executor, gates):
        # Registration aimed at the task's end, as the guard's perturbed lane did: all workers
        # but one held; one task at a time, registered while parked at its gate, then let go
        # and waited for, so that its completion follows the registration at once.
        if self.c["workers"] > 1:
            self.hold_workers(executor, gates, self.c["workers"] - 1)
        started = _Queue()
        for i in range(self.n):
            gate = _Event()
            gates.append(gate)
            self.futures[i] = executor.submit(_held_task, i, started, gate, self.c["taskS"])
            started.get(timeout=self.c["timeoutS"])
            for j in range(self.per):
                self.register(self.futures[i], i * self.per + j, True)
            gate.set()
            try:
                self.futures[i].result(self.c["timeoutS"])
            except Exception:
                pass  # failed, cancelled or late: the callbacks' record says what happened

    def _timed(self, executor, gates):
        for i in range(self.n):
            self.futures[i] = executor.submit(_task, self.c["taskS"])
        if self.c["delayS"] > 0:
            time.sleep(self.c["delayS"])
        for i in range(self.n):
            self.register(self.futures[i], i)

    def _done(self, executor, gates):
        for i in range(self.n):
            self.futures[i] = executor.submit(_task, self.c["taskS"])
        for future in self.futures:
            future.result(timeout=self.c["timeoutS"])
        for i in range(self.n):
            self.register(self.futures[i], i)

    def _cancel(self, executor, gates):
        release = self.hold_workers(executor, gates)
        for i in range(self.n):
            self.futures[i] = executor.submit(_task, self.c["taskS"])
        for i in range(self.n):
            self.register(self.futures[i], 2 * i)
            returned = self.futures[i].cancel()
            self.cancel_returned[i] = returned if returned is True or returned is False else None
            self.register(self.futures[i], 2 * i + 1)
        release.set()

    def _shutdown(self, executor, gates):
        release = self.hold_workers(executor, gates)
        for i in range(self.n):
            self.futures[i] = executor.submit(_task, self.c["taskS"])
            self.register(self.futures[i], i)
        executor.shutdown(wait=False, cancel_futures=True)
        release.set()

    def outcomes(self):
        """(facts, task thread, callback thread) per callback, with the facts the probe reports."""
        facts_wanted = self.c["facts"]
        out = []
        for i in range(self.n):
            task = _identity_of(self.futures[i])
            latest = 0
            for j in range(self.per):
                index = i * self.per + j
                calls = self.calls[index]
                ran = self.ran[index]
                if ran is None:
                    ran_on, inline, seq, name = "never", False, 0, None
                else:
                    seq, pid, ident, name, inline = ran
                    if (pid, ident) == self.driver:
                        ran_on = "caller-thread"
                    elif task is not None and (pid, ident) == (task[0], task[1]):
                        ran_on = "task-thread"
                    elif pid != self.driver[0]:
                        ran_on = "other-process"
                    else:
                        ran_on = "other-thread"
                facts = {"scenario": self.c["scenario"], "registered": self.registered[index],
                         "ranOn": ran_on, "inline": inline, "calls": calls}
                if "order" in facts_wanted:
                    facts["order"] = "out-of-order" if calls > 0 and seq < latest else "in-order"
                    latest = max(latest, seq)
                if "role" in facts_wanted:
                    facts["role"] = "raiser" if j == 0 else "after-raiser"
                if "cancelled" in facts_wanted and self.cancel_returned[i] is not None:
                    facts["cancelled"] = self.cancel_returned[i]
                out.append((facts, task[2] if task else None, name))
        return out


def _matches(pattern, facts):
    for name, allowed in pattern.items():
        values = allowed if isinstance(allowed, list) else [allowed]
        if name not in facts or not any(_same(facts[name], v) for v in values):
            return False
    return True


def _same(a, b):
    # JSON true is not the number 1: compare booleans as booleans.
    return type(a) is type(b) and a == b if isinstance(a, bool) or isinstance(b, bool) else a == b


def broken_rules(facts, contract):
    """The ids of the rules this callback breaks, graded as callback-thread-guard grades it."""
    applicable = [r for r in contract["rules"] if _matches(r.get("given", {}), facts)]
    broken = [r["id"] for r in applicable if not _matches(r["expect"], facts)]
    listed = any(r.get("given") for r in applicable)
    if not broken and listed:
        return []
    for entry in contract.get("interesting", []):
        if _matches(entry.get("given", {}), facts) and _matches(entry["expect"], facts) \
                and all(b in entry["waives"] for b in broken):
            return []
    return broken if listed else broken + ["unlisted"]


def _load(spec, paths):
    # Like the guard's probe: the working directory, then the folders the run was given.
    sys.path[0:0] = [os.getcwd()] + [p for p in paths if os.path.isdir(p)]
    module_name, _, attr = spec.partition(":")
    module = importlib.import_module(module_name)
    for part in attr.split("."):
        module = getattr(module, part)
    return module


def _say(text):
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def main():
    config = json.loads(CONFIG_JSON)
    # A raising callback is logged by concurrent.futures: counted by the contract, not printed.
    logging.getLogger("concurrent.futures").addHandler(logging.NullHandler())
    logging.getLogger("concurrent.futures").propagate = False
    try:
        factory = _load(config["executor"], config["pythonPath"])
    except Exception as exc:
        _say("cannot load the executor %s: %s: %s" % (config["executor"], type(exc).__name__, exc))
        return 2
    wanted = config["rules"]
    _say("Reproducing %s on %s (Python %s): scenario %s, %d worker(s), %d task(s)%s, up to %d tries."
         % (", ".join(wanted), config["executor"], sys.version.split()[0], config["scenario"],
            config["workers"], config["tasks"],
            ", callback delay %g ms" % (config["delayS"] * 1000) if config["experiment"] == "timed" else "",
            config["tries"]))
    _say(config["found"])
    _say("Schedule: %s." % _perturb(config.get("perturb")))
    for attempt in range(1, config["tries"] + 1):
        trial = Trial(config)
        try:
            trial.run(factory)
        except Exception as exc:
            _say("try %d could not run the experiment: %s: %s" % (attempt, type(exc).__name__, exc))
            return 2
        seen = {}
        for facts, task_thread, callback_thread in trial.outcomes():
            for rule in broken_rules(facts, config["contract"]):
                if rule in wanted:
                    seen.setdefault(rule, []).append((facts, task_thread, callback_thread))
        if seen:
            says = dict((r["id"], r["says"]) for r in config["contract"]["rules"])
            for rule, hits in seen.items():
                _say("REPRODUCED on try %d: rule %s is broken by %d of %d callbacks."
                     % (attempt, rule, len(hits), len(trial.calls)))
                _say("  The rule: %s" % says.get(rule, "an outcome the contract does not list is forbidden."))
                for facts, task_thread, callback_thread in hits[:3]:
                    shown = ", ".join("%s=%s" % (k, json.dumps(v)) for k, v in facts.items() if k != "scenario")
                    _say("  observed: %s; task thread %r, callback thread %r, caller %r"
                         % (shown, task_thread, callback_thread, threading.main_thread().name))
            return 1
    _say("Not reproduced: %d tries came out clean." % config["tries"])
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    # A broken executor may leave non-daemon threads behind: do not wait for them on the way out.
    os._exit(code)
