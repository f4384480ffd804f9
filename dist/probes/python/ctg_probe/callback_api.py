"""Callback-API pools in the Python probe: multiprocessing.Pool, multiprocessing.pool.ThreadPool
and their subclasses, which take their callbacks with the call (apply_async(callback=,
error_callback=)) instead of handing back a future to add them to.

It makes each scenario's event happen (a call that fails, calls queued behind busy workers, close()
with calls in progress and queued, the process running a call killed) and observes, for every
call, how many times its callbacks ran, on which thread, whether inside apply_async, and with
which kind of answer. It never grades (src/grading/contracts/multiprocessing-pool.ts does), and it
never waits without a bound: CPython's pool never answers a call whose worker was killed, and its
terminate() can then hang, so every wait here has a timeout and a pool that does not stop is left
to its daemon threads, its worker processes killed.

Python 3.8 syntax and standard library only.
"""

import inspect
import os
import signal
import sys
import time
import traceback

from .calls import CallFailed, Calls, failing_call, held_call, run_bounded
from .generated import EXPERIMENT_OF
from .identity import ProcessSync, ThreadSync, current_thread, get_ident, plain_task, where_ran
from .protocol import (
    SCENARIOS,
    BadCell,
    ProbeFailure,
    Skip,
    clip,
    extra_fact_names,
    one_line,
)
from .tally import outcomes_of

# The experiments the probe runs on a callback-API pool, each its runner's method (the scenario
# table's `experiment` of the rows with adapter.callbackApi, src/model/scenarios.ts, that a Python pool
# can take; `overtime` needs a per-call time limit, which no Python pool has: the table says so).
CALLBACK_EXPERIMENTS = {"kill": "_killed", "fail": "_failing", "overload": "_overload", "end": "_ending"}
# A bound on each step of stopping a pool (join() after close(), then terminate()).
STOP_S = 2.0


def is_callback_pool(factory):
    """True for a pool that takes its callbacks with the call: a class with apply_async and no
    submit (Pool, ThreadPool, a subclass), or multiprocessing.Pool itself (a context's method)."""
    if inspect.isclass(factory):
        return hasattr(factory, "apply_async") and not hasattr(factory, "submit")
    context = sys.modules.get("multiprocessing.context")
    owner = getattr(factory, "__self__", None)
    return (context is not None and isinstance(owner, context.BaseContext)
            and getattr(factory, "__name__", "") == "Pool")


def scenario_support(pool, spec, unsupported):
    """Adds why not to `unsupported` for each scenario the target's kind cannot take; returns it."""
    name = clip(spec)
    for scenario in SCENARIOS:
        if scenario in unsupported:
            continue
        runs_here = EXPERIMENT_OF[scenario] in CALLBACK_EXPERIMENTS
        if pool and not runs_here:
            unsupported[scenario] = (
                "%s takes its callbacks with the call (apply_async), so there is no future to"
                " add callbacks to" % name)
        elif not pool and runs_here:
            unsupported[scenario] = (
                "a scenario for pools that take their callbacks with the call"
                " (multiprocessing.Pool's apply_async); %s hands back futures" % name)
    return unsupported


class CallbackPoolRunner:
    """Runs the callback-API scenarios on one pool factory, for the probe that owns it."""

    def __init__(self, probe, factory):
        self._probe = probe
        self._factory = factory
        self._pid = os.getpid()
        self._driver = get_ident()
        self._driver_name = clip(current_thread().name)

    def close(self):
        # A pool that would not stop (its terminate() hung) may have started new workers since
        # the probe killed its last ones: none may outlive the probe and hold its stdout.
        multiprocessing = sys.modules.get("multiprocessing")
        for child in multiprocessing.active_children() if multiprocessing is not None else ():
            try:
                child.kill()
            except Exception:
                traceback.print_exc()

    def run_cell(self, cell):
        start = time.monotonic()
        histogram = {}
        places = [0, 0, 0, 0]
        try:
            if cell.experiment not in CALLBACK_EXPERIMENTS:
                raise Skip(scenario_support(True, "the pool", {})[cell.scenario])
            for _ in range(cell.repeat):
                self._repetition(cell, histogram, places)
        except Skip as exc:
            self._probe.send({"type": "skipped", "id": cell.id, "reason": str(exc)})
            return
        except (BadCell, ProbeFailure) as exc:
            self._probe.send({"type": "cell-error", "id": cell.id, "message": str(exc)})
            return
        outcomes = outcomes_of(histogram, extra_fact_names(cell.scenario))
        futures = sum(places)
        self._probe.send({"type": "result", "id": cell.id, "outcomes": outcomes,
                          "stats": {"futures": futures, "callbacks": futures,
                                    "elapsedMs": round((time.monotonic() - start) * 1000.0, 1),
                                    "loggedExceptions": 0,
                                    "tasksOnWorkerThreads": places[0],
                                    "tasksInOtherProcesses": places[1],
                                    "tasksOnCallerThread": places[2],
                                    "tasksNotRun": places[3]}})

    # -- one repetition ---------------------------------------------------------------------

    def _repetition(self, cell, histogram, places):
        try:
            pool = self._factory(processes=cell.workers)
        except Exception as exc:
            raise BadCell("pool constructor raised %s" % one_line(exc))
        calls = None
        stopped = False
        try:
            calls = getattr(self, CALLBACK_EXPERIMENTS[cell.experiment])(cell, pool)
            calls.all_ran.wait(cell.timeout_s)
            if cell.experiment != "kill":
                # close() from the driver (the caller's own call; `ending` made it already),
                # then join(), bounded: once it returns, every callback that will run has run.
                if cell.experiment != "end":
                    pool.close()
                stopped = run_bounded(pool.join, STOP_S)
        except (Skip, BadCell, ProbeFailure):
            raise
        except Exception as exc:
            traceback.print_exc()
            raise BadCell("%s scenario failed: %s" % (cell.scenario, one_line(exc)))
        finally:
            if not stopped:
                self._terminate(pool)
        self._tally(cell, calls, histogram, places)

    def _terminate(self, pool):
        """terminate(), bounded: a pool that will not stop (CPython's after a killed worker) keeps
        its daemon threads, and its worker processes are killed."""
        if run_bounded(pool.terminate, STOP_S):
            return
        workers = [w for w in getattr(pool, "_pool", ()) if getattr(w, "pid", None)]
        for worker in workers:
            self._kill(worker.pid)
        sys.stderr.write("probe: the pool's terminate() did not return within %.0f s; the probe"
                         " killed its %d worker process(es) and left it\n" % (STOP_S, len(workers)))
        sys.stderr.flush()

    def _kill(self, pid):
        if pid == self._pid:
            return
        try:
            os.kill(pid, getattr(signal, "SIGKILL", signal.SIGTERM))
        except OSError:
            pass  # already gone

    def _apply(self, pool, calls, index, function, args, role=None):
        calls.roles[index] = role
        calls.registering = index
        try:
            pool.apply_async(function, args, callback=calls.recorder(index, "result"),
                             error_callback=calls.recorder(index, "error"))
        finally:
            calls.registering = -1

    def _sync(self, pool):
        """Threading gates for a thread pool, Manager proxies for a process pool (any other)."""
        import multiprocessing.pool

        if isinstance(pool, multiprocessing.pool.ThreadPool):
            return ThreadSync()
        return ProcessSync(self._probe.shared_manager())

    def _hold_workers(self, cell, pool, calls, role):
        """Occupies every worker with a held call; returns the gate once each has said it runs."""
        sync = self._sync(pool)
        started, gate = sync.queue(), sync.gate()
        for index in range(cell.workers):
            self._apply(pool, calls, index, held_call, (index, started, gate, cell.task_s), role)
        calls.pids = self._await_started(cell, started, gate, cell.workers)
        return gate

    def _await_started(self, cell, started, gate, count):
        pids = {}
        deadline = time.monotonic() + cell.timeout_s
        while len(pids) < count:
            try:
                index, pid = started.get(timeout=max(0.001, deadline - time.monotonic()))
            except Exception:
                gate.set()
                raise ProbeFailure("the probe's held calls did not start within timeoutMs"
                                    " (%d of %d did)" % (len(pids), count))
            pids[index] = pid
        return pids

    # -- the experiments: each returns the calls it made, their callbacks on their way ---------

    def _failing(self, cell, pool):
        calls = Calls(cell.tasks, self._driver)
        for index in range(cell.tasks):
            self._apply(pool, calls, index, failing_call, (cell.task_s,))
        return calls

    def _overload(self, cell, pool):
        # Every worker busy with a held call, then `tasks` calls queued behind them.
        calls = Calls(cell.workers + cell.tasks, self._driver)
        gate = self._hold_workers(cell, pool, calls, "within-limit")
        for index in range(cell.workers, cell.workers + cell.tasks):
            self._apply(pool, calls, index, plain_task, (cell.task_s,), "past-limit")
        gate.set()
        return calls

    def _ending(self, cell, pool):
        # close() with every worker busy and `tasks` calls queued; then the held calls go on.
        calls = Calls(cell.workers + cell.tasks, self._driver)
        gate = self._hold_workers(cell, pool, calls, "in-progress")
        for index in range(cell.workers, cell.workers + cell.tasks):
            self._apply(pool, calls, index, plain_task, (cell.task_s,), "queued")
        try:
            pool.close()
        finally:
            gate.set()
        return calls

    def _killed(self, cell, pool):
        # Every call held; the process running each is killed as soon as the call says it runs
        # (a pool that replaces its dead workers starts the queued calls on the new ones).
        sync = self._sync(pool)
        started, gate = sync.queue(), sync.gate()
        calls = Calls(cell.tasks, self._driver)
        for index in range(cell.tasks):
            self._apply(pool, calls, index, held_call, (index, started, gate, cell.task_s))
        deadline = time.monotonic() + cell.timeout_s
        killed = set()
        while len(killed) < cell.tasks and time.monotonic() < deadline:
            try:
                index, pid = started.get(timeout=max(0.001, min(0.2, deadline - time.monotonic())))
            except Exception:
                continue
            if pid == self._pid:
                gate.set()
                raise Skip("the pool runs its calls on threads of the probe's own process: there is"
                            " no process to kill")
            if index in killed:
                continue  # a pool that retries a killed call: the retry goes on (as in Node)
            calls.pids[index] = pid
            self._kill(pid)
            killed.add(index)
        if len(killed) < cell.tasks:
            # Never a verdict on calls that did not live through the event.
            gate.set()
            raise ProbeFailure("%d of %d calls did not start within timeoutMs, so the probe could"
                                " not kill the process running them; give the pool more time"
                                " (--timeout-ms)" % (cell.tasks - len(killed), cell.tasks))
        gate.set()
        return calls

    # -- tally ---------------------------------------------------------------------------------

    def _tally(self, cell, calls, histogram, places):
        extras = extra_fact_names(cell.scenario)
        for index, runs in enumerate(calls.runs):
            task = _task_of(runs)
            pid = task[0] if task is not None else calls.pids.get(index)
            if pid is None:
                places[3] += 1
            elif pid != self._pid:
                places[1] += 1
            elif task is None:
                places[0] += 1  # said it runs in this process, never answered
            elif task[1] == self._driver:
                places[2] += 1
            else:
                places[0] += 1
            if runs:
                kind, pid, ident, name = runs[0][:4]
                ran_on = where_ran(pid, ident, self._pid, self._driver, task)
                inline = any(run[4] for run in runs)
                error = "other" if kind == "error" else "none"
            else:
                ran_on, inline, error, name = "never", False, "none", None
            values = {"error": error, "call": calls.roles[index]}
            key = ("pending", ran_on, inline, len(runs)) + tuple(values.get(e) for e in extras)
            entry = histogram.get(key)
            if entry is None:
                entry = histogram[key] = [0, []]
            entry[0] += 1
            if len(entry[1]) < 3:
                entry[1].append({"task": clip(task[2]) if task is not None else None,
                                 "callback": clip(name) if name is not None else None,
                                 "caller": self._driver_name})


def _task_of(runs):
    """The (pid, ident, name) of the thread that ran the call, as its answer says, or None."""
    for run in runs:
        value = run[5]
        if isinstance(value, CallFailed) and value.args:
            value = value.args[0]
        if isinstance(value, tuple) and len(value) in (3, 4):
            return value
    return None
