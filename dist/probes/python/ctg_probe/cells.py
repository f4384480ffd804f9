"""The cells: the probe's side of one executor (its hello, its cells and their repetitions). A
cell runs its repetitions, each on a fresh executor, in windows of at most `window` futures; the
experiment each window runs is the scenario table's `experiment` trait (experiments.EXPERIMENTS),
and the tally (tally.py) turns what the windows observed into the result's outcome histogram.

It observes and counts; it never decides whether an observation is right: grading lives on the
TypeScript side.
Python 3.8 syntax and standard library only: it runs on every CPython from 3.8 and on PyPy.
"""

import concurrent.futures
import inspect
import json
import logging
import os
import platform
import sys
import time
import traceback
from typing import Any

from .asyncio_runner import asyncio_support
from .callback_api import CallbackPoolRunner, is_callback_pool, scenario_support
from .experiments import EXPERIMENTS, HOLDS_TASKS, TICK_S, check_tasks, wait_s
from .futures import TIMEOUTS, is_done
from .generated import EXPERIMENT_OF, PROTOCOL, SCENARIOS, UNSUPPORTED
from .identity import CannotHold, ProcessSync, ThreadSync, current_thread, get_ident, plain_task, set_caller
from .protocol import BadCell, Cell, ProbeFailure, Skip, clip, extra_fact_names, one_line, task_failure
from .repetition import Repetition
from .tally import Tally, outcomes_of

# First progress line only for cells that take long, then at most about 4 a second.
PROGRESS_AFTER_S = 1.0
PROGRESS_EVERY_S = 0.25
# The in-flight window: a repetition of more tasks than this runs as consecutive windows of at
# most WINDOW futures on its executor (submit, register, wait for the window's callbacks, tally
# the window into the histogram, drop it), so memory stays flat however many tasks a cell has.
# A cell of at most WINDOW tasks is one window and runs exactly as without a window. See
# docs/performance.md for how a window meets each scenario (and `timed`'s callback delay).
# CTG_PROBE_WINDOW overrides it (a tiny window exercises the windowed path in tests).
DEFAULT_WINDOW = 1000


def window_size():
    try:
        value = int(os.environ.get("CTG_PROBE_WINDOW", ""))
    except ValueError:
        return DEFAULT_WINDOW
    return value if value >= 1 else DEFAULT_WINDOW




class CountingHandler(logging.Handler):
    """Counts what concurrent.futures logs (a raising callback), without printing it."""

    def __init__(self):
        logging.Handler.__init__(self, logging.ERROR)
        self.count = 0

    def emit(self, record):
        # Handler.handle holds the handler lock around emit, so this is thread-safe.
        self.count += 1


def accepts_cancel_futures(shutdown):
    try:
        params = inspect.signature(shutdown).parameters
    except (TypeError, ValueError):
        return True  # cannot tell (a builtin): let the cell try
    if "cancel_futures" in params:
        return True
    return any(p.kind == inspect.Parameter.VAR_KEYWORD for p in params.values())


class Probe:
    def __init__(self, out, spec, factory, gil=None):
        self._out = out
        self._gil = gil
        self._spec = spec
        self._factory = factory
        self._pid = os.getpid()
        self._driver_ident = get_ident()
        self._driver_name = clip(current_thread().name)
        set_caller(self._pid, self._driver_ident)
        # Why this target's executor cannot hold tasks, once a held task has shown it: later
        # cells that hold tasks are skipped with it, without waiting.
        self._cannot_hold = None
        self._manager = None
        # Whether this executor runs its tasks in another process: None until observed.
        self._tasks_elsewhere = None
        self._handler = CountingHandler()
        logger = logging.getLogger("concurrent.futures")
        logger.addHandler(self._handler)
        logger.setLevel(logging.ERROR)
        logger.propagate = False
        self._cell_id = None
        self._cell_start = 0.0
        self._last_progress = 0.0
        self._progress_base = 0
        self._progress_total = 0
        self._rep = None
        self._window = window_size()
        self._tally = Tally(self._pid, self._driver_ident, self._driver_name)
        # A pool that takes its callbacks with the call (multiprocessing.Pool): its own runner.
        self._callback_pool = (CallbackPoolRunner(self, factory)
                               if is_callback_pool(factory) else None)
        # An asyncio target (--asyncio): its own runner (asyncio_runner.py), set by serve.main.
        self.asyncio: Any = None

    # -- output ---------------------------------------------------------------------------

    def send(self, message):
        line = json.dumps(message, separators=(",", ":")) + "\n"
        self._out.write(line.encode("utf-8"))
        self._out.flush()

    def _tick(self):
        """Sends a progress line when the cell has run long enough and the last one is old."""
        now = time.monotonic()
        if now - self._cell_start < PROGRESS_AFTER_S or now - self._last_progress < PROGRESS_EVERY_S:
            return
        self._last_progress = now
        done = self._progress_base + (self._rep.futures_finished() if self._rep else 0)
        self.send({"type": "progress", "id": self._cell_id, "done": min(done, self._progress_total),
                   "total": self._progress_total})

    # -- hello ----------------------------------------------------------------------------

    def shutdown_support(self):
        """None when `shutdown` can run, else why not."""
        if sys.version_info < (3, 9):
            return "shutdown(cancel_futures=True) needs Python 3.9+"
        shutdown = getattr(self._factory, "shutdown", None) if inspect.isclass(self._factory) else None
        if shutdown is not None and not accepts_cancel_futures(shutdown):
            return "the executor's shutdown() does not accept cancel_futures"
        return None

    def hello(self):
        # Why not, for each scenario this probe cannot run (the runner shows it in every sink).
        unsupported = dict(UNSUPPORTED)
        reason = self.shutdown_support()
        if reason is not None:
            for scenario in SCENARIOS:
                if EXPERIMENT_OF[scenario] == "shutdown":
                    unsupported[scenario] = reason
        asyncio_support(self.asyncio is not None, unsupported)
        scenario_support(self._callback_pool is not None, self._spec, unsupported)
        scenarios = [s for s in SCENARIOS if s not in unsupported]
        runtime = {"implementation": platform.python_implementation(),
                   "version": platform.python_version(),
                   "executor": self._spec, "platform": sys.platform}
        version = self.executor_version()
        if version is not None:
            runtime["executorVersion"] = version
        if self._gil is not None:
            runtime["gil"] = self._gil
        self.send({"type": "hello", "protocol": PROTOCOL, "runtime": runtime,
                   "scenarios": scenarios, "unsupported": unsupported})

    def executor_version(self):
        """The executor's package's __version__, when it has one (a new one starts a new history)."""
        top = self._spec.split(":")[0].split(".")[0]
        version = getattr(sys.modules.get(top), "__version__", None)
        return version[:100] if isinstance(version, str) and version != "" else None

    # -- cells ----------------------------------------------------------------------------

    def run_cell(self, message):
        cell_id = message.get("id")
        try:
            cell = Cell(message)
            if self.asyncio is not None:
                return self.asyncio.run_cell(cell)
            if self._callback_pool is not None:
                return self._callback_pool.run_cell(cell)
            experiment = EXPERIMENTS.get(cell.experiment)
            if experiment is None:
                # A scenario whose experiment the probe lacks is refused, never run as another.
                raise BadCell("scenario '%s' asks for the '%s' experiment, which the Python probe"
                              " does not have" % (cell.scenario, cell.experiment))
        except BadCell as exc:
            self.send({"type": "cell-error", "id": cell_id, "message": str(exc)})
            return
        if self._cannot_hold is not None and cell.experiment in HOLDS_TASKS:
            self.send({"type": "skipped", "id": cell_id, "reason": self._cannot_hold})
            return
        if cell.experiment == "shutdown":
            reason = self.shutdown_support()
            if reason:
                self.send({"type": "skipped", "id": cell_id, "reason": reason})
                return
        self._cell_id = cell_id
        self._cell_start = time.monotonic()
        self._last_progress = 0.0
        self._progress_total = cell.tasks * cell.repeat
        logged_before = self._handler.count
        histogram = {}
        self._tally = Tally(self._pid, self._driver_ident, self._driver_name)
        try:
            self._run_repetitions(cell, experiment, histogram)
        except Skip as exc:
            self.send({"type": "skipped", "id": cell_id, "reason": str(exc)})
            return
        except CannotHold as exc:
            self._cannot_hold = str(exc)
            self.send({"type": "cell-error", "id": cell_id, "message": str(exc)})
            return
        except BadCell as exc:
            self.send({"type": "cell-error", "id": cell_id, "message": str(exc)})
            return
        finally:
            self._rep = None
        self.send(self._result(cell, histogram, logged_before))

    def _result(self, cell, histogram, logged_before):
        """The cell's result message: its histogram's outcomes and its stats."""
        elapsed_ms = (time.monotonic() - self._cell_start) * 1000.0
        places = self._tally.places
        # Each key ends with the taskOn fact (None: the task did not run on the caller's thread).
        outcomes = outcomes_of(histogram, tuple(extra_fact_names(cell.scenario)) + ("taskOn",))
        return {"type": "result", "id": cell.id, "outcomes": outcomes,
                "stats": {"futures": cell.tasks * cell.repeat,
                          "callbacks": cell.tasks * cell.callbacks * cell.repeat,
                          "elapsedMs": round(elapsed_ms, 1),
                          "loggedExceptions": self._handler.count - logged_before,
                          "tasksOnWorkerThreads": places[0],
                          "tasksInOtherProcesses": places[1],
                          "tasksOnCallerThread": places[2],
                          "tasksNotRun": places[3]}}

    def _run_repetitions(self, cell, experiment, histogram):
        for rep_index in range(cell.repeat):
            base = rep_index * cell.tasks
            if cell.experiment == "shutdown" and cell.tasks > self._window:
                # shutdown() ends its executor, so here a window is a repetition of its
                # own, with a fresh executor (docs/performance.md).
                for first in range(0, cell.tasks, self._window):
                    self._progress_base = base + first
                    self._run_repetition(cell, experiment, histogram, min(self._window, cell.tasks - first))
            else:
                self._progress_base = base
                self._run_repetition(cell, experiment, histogram, cell.tasks)

    def _run_repetition(self, cell, experiment, histogram, tasks):
        try:
            executor = self._factory(max_workers=cell.workers)
        except Exception as exc:
            raise BadCell("executor constructor raised %s" % one_line(exc))
        # The first callback of each future raises where the outcomes say which one raised.
        raising = "role" in extra_fact_names(cell.scenario)
        rep = Repetition(tasks, cell.callbacks, self._pid, self._driver_ident, raising)
        self._rep = rep
        failure = None
        sync = ThreadSync()
        try:
            if cell.experiment == "shutdown" and not accepts_cancel_futures(executor.shutdown):
                raise Skip("the executor's shutdown() does not accept cancel_futures")
            sync = self._sync_for(cell, executor, rep)
            # One window, or several in a row on this executor: each one is the experiment on
            # its own futures; all but the last are tallied as soon as their callbacks have run.
            firsts = list(range(0, tasks, self._window)) or [0]
            for first in firsts:
                rep.open_window(first, min(self._window, tasks - first))
                experiment(cell, executor, rep, sync, self._tick)
                if first != firsts[-1]:
                    rep.close_window()
                    check_tasks(rep.futures, "observed", sync)
                    self._tally.add_window(cell, rep, histogram, True, wait_s(cell, rep))
        except (Skip, BadCell):
            raise
        except Exception as exc:
            traceback.print_exc()
            failure = exc
        finally:
            failure = _end_repetition(executor, rep, failure)
        if failure is not None:
            raise BadCell("%s scenario failed: %s" % (cell.scenario, one_line(failure)))
        check_tasks(rep.futures, "observed", sync)
        self._tally.add_window(cell, rep, histogram, False, wait_s(cell, rep))
        self._tally.fold_late(cell, rep, histogram)

    def _sync_for(self, cell, executor, rep):
        """Gates and queues that reach this pool's tasks: chosen by where tasks run, not by the
        executor's class. Tasks in another process get multiprocessing.Manager proxies, which any
        pickler (pickle, loky's cloudpickle, pebble) can send; the first repetition of the probe
        that needs to hold tasks finds out with one warm-up task, and the answer is kept."""
        if cell.experiment not in HOLDS_TASKS:
            return ThreadSync()  # nothing is held
        if self._tasks_elsewhere is None:
            if isinstance(executor, concurrent.futures.ProcessPoolExecutor):
                self._tasks_elsewhere = True
            else:
                self._tasks_elsewhere = self._warm_up(cell, executor, rep)
        return ProcessSync(self.shared_manager()) if self._tasks_elsewhere else ThreadSync()

    def _warm_up(self, cell, executor, rep):
        """Runs one plain task; True when it ran in another process."""
        future = executor.submit(plain_task, 0)
        deadline = time.monotonic() + wait_s(cell, rep)
        while True:
            try:
                value = future.result(timeout=max(0.001, min(TICK_S, deadline - time.monotonic())))
                break
            except TIMEOUTS:
                if time.monotonic() >= deadline:
                    raise ProbeFailure("the probe's warm-up task did not finish within timeoutMs")
                self._tick()
            except Exception as exc:
                raise ProbeFailure(task_failure("warm-up", exc, ThreadSync()))
        if not (isinstance(value, tuple) and len(value) in (3, 4)):
            raise ProbeFailure("the probe's warm-up task returned %s, not its identity"
                               % clip(repr(value)))
        return value[0] != self._pid

    def shared_manager(self):
        """The probe's one multiprocessing.Manager (its proxies reach tasks in other processes),
        started when first needed and shut down by close(); the callback-API runner uses it too."""
        if self._manager is None:
            import multiprocessing

            self._manager = multiprocessing.Manager()
        return self._manager

    # -- lifetime -------------------------------------------------------------------------

    def close(self):
        # The manager first: the callback-API runner then kills whatever child is left.
        if self._manager is not None:
            try:
                self._manager.shutdown()
            except Exception:
                traceback.print_exc()
            self._manager = None
        if self._callback_pool is not None:
            self._callback_pool.close()


def _end_repetition(executor, rep, failure):
    """Whatever happened, never leave a task held, and shut down with wait=True so that a late
    (second) run of a callback by a worker is seen by the tally. Returns the repetition's
    failure: the one it had, else what shutdown() raised."""
    try:
        rep.open_gates()
    except Exception:
        traceback.print_exc()
    if rep.expired:
        # Say why shutdown(wait=True) may never return: the harness then kills the probe
        # on its cell timeout, and this line is in the stderr tail of the report.
        stuck = sum(1 for f in rep.futures if f is not None and not is_done(f))
        if stuck:
            sys.stderr.write(
                "probe: %d task(s) had not finished when the waits of the cell ended;"
                " shutdown(wait=True) waits for them\n" % stuck
            )
            sys.stderr.flush()
    try:
        executor.shutdown(wait=True)
    except Exception as exc:
        traceback.print_exc()
        if failure is None:
            failure = exc
    return failure
