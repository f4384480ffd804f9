"""The callback-thread-guard Python probe (protocol: docs/protocol.md): the experiments and the
tally. Identity, tasks and gates are in probe_identity, reading futures in probe_futures, the
cell message and the probe's failures in probe_protocol.

It runs done-callback experiments against one concurrent.futures executor and reports what it saw
as outcome histograms. It observes and counts; it never decides whether an observation is right:
grading lives on the TypeScript side.

Python 3.8 syntax and standard library only: it runs on every CPython from 3.8 and on PyPy.
"""

import concurrent.futures
import inspect
import json
import logging
import os
import platform
import queue
import sys
import time
import traceback

from probe_futures import (
    _DONE_STATES,
    _FAST_FUTURE,
    _STATES,
    _TIMEOUTS,
    _Future,
    _cancel_fact,
    _exception_of,
    _is_done,
    _state,
    _task_identity,
    _yield_to_caller_hub,
)
from probe_identity import (
    _PID,
    _ProcessSync,
    _SubmitWatch,
    _ThreadSync,
    _Latch,
    _allocate_lock,
    _current_thread,
    _get_ident,
    _partial,
    _ran_on,
    _thread_name,
    held_task,
    plain_task,
)
from probe_generated import UNSUPPORTED
from probe_perturb import perturbed, spin_after, spin_before
from probe_protocol import (
    HELD_SCENARIOS,
    PROTOCOL,
    SCENARIOS,
    Cell,
    _BadCell,
    _claim_stdout,
    _clip,
    _extra_fact_names,
    _load_executor,
    _one_line,
    _parse_args,
    _ProbeFailure,
    _Skip,
    _task_failure,
)

# First progress line only for cells that take long, then at most about 4 a second.
PROGRESS_AFTER_S = 1.0
PROGRESS_EVERY_S = 0.25
# Blocking waits wake up this often so progress keeps flowing.
TICK_S = 0.2
# The in-flight window: a repetition of more tasks than this runs as consecutive windows of at
# most WINDOW futures on its executor (submit, register, wait for the window's callbacks, tally
# the window into the histogram, drop it), so memory stays flat however many tasks a cell has.
# A cell of at most WINDOW tasks is one window and runs exactly as without a window. See
# docs/performance.md for how a window meets each scenario (and `timed`'s callback delay).
# CTG_PROBE_WINDOW overrides it (a tiny window exercises the windowed path in tests).
DEFAULT_WINDOW = 1000
# Once a wait of a repetition has timed out (a callback or a task that never comes), later
# windows of that repetition do not wait the whole timeoutMs again: a task that does not start
# or finish gets GRACE_S, and callbacks get GRACE_S after their futures are all done. Nothing is
# lost by it: a callback that runs later still counts (see _Repetition.late).
GRACE_S = 0.2
# The callback latch is waited in slices this long; between slices the driver yields to an event
# hub that may need it to run the callbacks (see _yield_to_caller_hub).
WAIT_SLICE_S = 0.05


def _window_size():
    try:
        value = int(os.environ.get("CTG_PROBE_WINDOW", ""))
    except ValueError:
        return DEFAULT_WINDOW
    return value if value >= 1 else DEFAULT_WINDOW


# --------------------------------------------------------------------------------------------


class _CountingHandler(logging.Handler):
    """Counts what concurrent.futures logs (a raising callback), without printing it."""

    def __init__(self):
        logging.Handler.__init__(self, logging.ERROR)
        self.count = 0

    def emit(self, record):
        # Handler.handle holds the handler lock around emit, so this is thread-safe.
        self.count += 1


class Deliberate(Exception):
    """What the first callback of a `raising` future raises."""


class _Repetition:
    """What one repetition observes, one window of futures at a time.

    The open window's per-callback data lives in flat lists indexed by `callback index - base`,
    where a callback's index is `future index * callbacks per future + callback index`, so a
    window costs a few lists rather than an object per callback. A window that is not the last is
    closed once its callbacks have run (or its wait timed out), tallied into the histogram and
    dropped; the last one is tallied after shutdown(wait=True), as a single window always was.
    A call that arrives for a callback of a closed window (a second run, or a first run after the
    wait timed out) is kept in `late` and folded into the histogram at the end of the
    repetition, after shutdown(wait=True): the histogram is the one a single window would give.
    """

    def __init__(self, tasks, per_future, driver_pid, driver_ident, raising):
        self.tasks = tasks
        self.per_future = per_future
        self._driver_pid = driver_pid
        self._driver_ident = driver_ident
        self._raising = raising
        # A plain lock for the bookkeeping (cheap in the worker's path) and an Event as the
        # latch's signal, set once by the last first-call of the window.
        self._lock = _allocate_lock()
        self._all_ran = _Latch()
        self._next_seq = 0
        # Index of the callback whose add_done_callback call is in progress on the driver, or -1.
        self.registering = -1
        # Set when a wait of this repetition timed out; `shortened` is what it was when the
        # open window opened: windows after an expired wait wait only GRACE_S (never the one
        # whose wait expired, so a single window waits exactly as it always did).
        self.expired = False
        self.shortened = False
        # Callback index -> [calls, pid, ident, thread name, sequence number, future], for calls
        # that arrived after their window was closed.
        self.late = {}
        # Outcome key of every tallied callback of a closed window (a code into Probe._keys, 255
        # meaning "see code_overflow"), so that a late call can move its callback to the right
        # outcome: one byte per callback, and only in repetitions of more than one window.
        self.codes = None
        self.code_overflow = {}
        self._open(0, 0)

    def open_window(self, first, count):
        """Starts recording futures first..first+count-1 (callbacks registered from now on)."""
        with self._lock:
            self._open(first, count)

    def _open(self, first, count):
        per = self.per_future
        n = count * per
        self.first = first
        self.count = count
        self.shortened = self.expired
        self.base = first * per
        self.size = n
        self.futures = [None] * count
        # `cancel` only: the `cancelled` fact of each future (what its cancel() returned).
        self.cancel_returned = [None] * count
        self.gates = []
        self.registered = [None] * n
        self.calls = [0] * n
        # Per callback, from its first call: (sequence number, pid, ident, thread, inline).
        self.ran = [None] * n
        self.remaining = n
        if n == 0:
            self._all_ran.set()
        else:
            self._all_ran.clear()

    def close_window(self):
        """Stops recording into the window's lists: from now on a call for it is late."""
        with self._lock:
            self.size = 0

    def callback(self, index, future):
        """The observed done callback: record who runs it, count it, count the latch down."""
        ident = _get_ident()
        pid = _PID[0]
        # Only the driver thread can be inside add_done_callback, so only there is the slot
        # meaningful; elsewhere it is whatever the driver is doing at the moment.
        inline = self.registering == index and ident == self._driver_ident and pid == self._driver_pid
        with self._lock:
            local = index - self.base
            if 0 <= local < self.size:
                calls = self.calls[local]
                self.calls[local] = calls + 1
                if calls == 0:
                    seq = self._next_seq = self._next_seq + 1
                    # The thread, not its name: names are read for samples only, at tally.
                    self.ran[local] = (seq, pid, ident, _current_thread(), inline)
                    # The latch counts callbacks, not calls: a callback run twice must not hide
                    # a callback never run.
                    self.remaining -= 1
                    if self.remaining == 0:
                        self._all_ran.set()
            else:
                record = self.late.get(index)
                if record is None:
                    seq = self._next_seq = self._next_seq + 1
                    self.late[index] = [1, pid, ident, _current_thread().name, seq, future]
                else:
                    record[0] += 1
        if self._raising and index % self.per_future == 0:
            raise Deliberate("deliberate")

    def wait(self, timeout_s):
        """Waits up to timeout_s for the latch; returns True when every callback has run."""
        return self._all_ran.wait(timeout_s)

    def futures_finished(self):
        # For progress only: futures whose callbacks have all arrived, roughly.
        return self.first + (self.size - self.remaining) // self.per_future if self.size else self.first

    def open_gates(self):
        for gate in self.gates:
            gate.set()

    def code_of(self, index):
        codes = self.codes
        assert codes is not None  # set when the first window closed, before any late call
        code = codes[index]
        return self.code_overflow[index] if code == 255 else code


def _count(histogram, key, delta, task_name, callback_name, caller):
    """Adds delta callbacks to the outcome `key`, with a sample when there is one and room.

    An entry is [count, samples, the (task, callback) names of its samples]."""
    entry = histogram.get(key)
    if entry is None:
        entry = histogram[key] = [0, [], set()]
    entry[0] += delta
    if entry[0] <= 0:
        del histogram[key]
        return
    if delta > 0 and len(entry[1]) < 3 and caller is not None and (task_name, callback_name) not in entry[2]:
        entry[2].add((task_name, callback_name))
        entry[1].append({"task": task_name, "callback": callback_name, "caller": caller})


def _accepts_cancel_futures(shutdown):
    try:
        params = inspect.signature(shutdown).parameters
    except (TypeError, ValueError):
        return True  # cannot tell (a builtin): let the cell try
    if "cancel_futures" in params:
        return True
    return any(p.kind == inspect.Parameter.VAR_KEYWORD for p in params.values())


# --------------------------------------------------------------------------------------------


class Probe:
    def __init__(self, out, spec, factory):
        self._out = out
        self._spec = spec
        self._factory = factory
        self._pid = os.getpid()
        self._driver_ident = _get_ident()
        self._driver_name = _clip(_current_thread().name)
        self._manager = None
        # Whether this executor runs its tasks in another process: None until observed.
        self._tasks_elsewhere = None
        self._handler = _CountingHandler()
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
        self._window = _window_size()
        self._keys = []
        self._key_codes = {}
        # Futures whose task ran on a worker thread, in another process, on the caller, never.
        self._places = [0, 0, 0, 0]

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
        if shutdown is not None and not _accepts_cancel_futures(shutdown):
            return "the executor's shutdown() does not accept cancel_futures"
        return None

    def hello(self):
        # Why not, for each scenario this probe cannot run (the runner shows it in every sink).
        unsupported = dict(UNSUPPORTED)
        reason = self.shutdown_support()
        if reason is not None:
            unsupported["shutdown"] = reason
        scenarios = [s for s in SCENARIOS if s not in unsupported]
        runtime = {"implementation": platform.python_implementation(),
                   "version": platform.python_version(),
                   "executor": self._spec, "platform": sys.platform}
        version = self.executor_version()
        if version is not None:
            runtime["executorVersion"] = version
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
        except _BadCell as exc:
            self.send({"type": "cell-error", "id": cell_id, "message": str(exc)})
            return
        if cell.scenario == "shutdown":
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
        # Outcome keys of this cell by number, for the closed windows' codes.
        self._keys = []
        self._key_codes = {}
        self._places = [0, 0, 0, 0]
        try:
            for rep_index in range(cell.repeat):
                base = rep_index * cell.tasks
                if cell.scenario == "shutdown" and cell.tasks > self._window:
                    # shutdown() ends its executor, so here a window is a repetition of its
                    # own, with a fresh executor (docs/performance.md).
                    for first in range(0, cell.tasks, self._window):
                        self._progress_base = base + first
                        self._run_repetition(cell, histogram, min(self._window, cell.tasks - first))
                else:
                    self._progress_base = base
                    self._run_repetition(cell, histogram, cell.tasks)
        except _Skip as exc:
            self.send({"type": "skipped", "id": cell_id, "reason": str(exc)})
            return
        except _BadCell as exc:
            self.send({"type": "cell-error", "id": cell_id, "message": str(exc)})
            return
        finally:
            self._rep = None
        elapsed_ms = (time.monotonic() - self._cell_start) * 1000.0
        outcomes = []
        extras = _extra_fact_names(cell.scenario)
        for key, entry in histogram.items():
            facts = {"registered": key[0], "ranOn": key[1], "inline": key[2], "calls": key[3]}
            for name, value in zip(extras, key[4:]):
                if value is not None:
                    facts[name] = value
            outcomes.append({"facts": facts, "count": entry[0], "samples": entry[1]})
        self.send({"type": "result", "id": cell_id, "outcomes": outcomes,
                   "stats": {"futures": cell.tasks * cell.repeat,
                             "callbacks": cell.tasks * cell.callbacks * cell.repeat,
                             "elapsedMs": round(elapsed_ms, 1),
                             "loggedExceptions": self._handler.count - logged_before,
                             "tasksOnWorkerThreads": self._places[0],
                             "tasksInOtherProcesses": self._places[1],
                             "tasksOnCallerThread": self._places[2],
                             "tasksNotRun": self._places[3]}})

    def _run_repetition(self, cell, histogram, tasks):
        try:
            executor = self._factory(max_workers=cell.workers)
        except Exception as exc:
            raise _BadCell("executor constructor raised %s" % _one_line(exc))
        rep = _Repetition(tasks, cell.callbacks, self._pid, self._driver_ident, cell.scenario == "raising")
        self._rep = rep
        failure = None
        sync = _ThreadSync()
        try:
            if cell.scenario == "shutdown" and not _accepts_cancel_futures(executor.shutdown):
                raise _Skip("the executor's shutdown() does not accept cancel_futures")
            sync = self._sync_for(cell, executor, rep)
            if cell.scenario in HELD_SCENARIOS:
                experiment = self._held
            elif cell.scenario == "timed":
                experiment = self._timed
            elif cell.scenario == "done":
                experiment = self._done
            elif cell.scenario == "cancel":
                experiment = self._cancel
            else:
                experiment = self._shutdown
            # One window, or several in a row on this executor: each one is the experiment on
            # its own futures; all but the last are tallied as soon as their callbacks have run.
            firsts = list(range(0, tasks, self._window)) or [0]
            for first in firsts:
                rep.open_window(first, min(self._window, tasks - first))
                experiment(cell, executor, rep, sync)
                if first != firsts[-1]:
                    rep.close_window()
                    self._check_tasks(rep.futures, "observed", sync)
                    self._tally(cell, rep, histogram, closed=True)
        except (_Skip, _BadCell):
            raise
        except Exception as exc:
            traceback.print_exc()
            failure = exc
        finally:
            # Whatever happened, never leave a task held, and shut down with wait=True so that
            # a late (second) run of a callback by a worker is seen by the tally.
            try:
                rep.open_gates()
            except Exception:
                traceback.print_exc()
            if rep.expired:
                # Say why shutdown(wait=True) may never return: the harness then kills the probe
                # on its cell timeout, and this line is in the stderr tail of the report.
                stuck = sum(1 for f in rep.futures if f is not None and not _is_done(f))
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
        if failure is not None:
            raise _BadCell("%s scenario failed: %s" % (cell.scenario, _one_line(failure)))
        self._check_tasks(rep.futures, "observed", sync)
        self._tally(cell, rep, histogram, closed=False)
        self._fold_late(cell, rep, histogram)

    def _sync_for(self, cell, executor, rep):
        """Gates and queues that reach this pool's tasks: chosen by where tasks run, not by the
        executor's class. Tasks in another process get multiprocessing.Manager proxies, which any
        pickler (pickle, loky's cloudpickle, pebble) can send; the first repetition of the probe
        that needs to hold tasks finds out with one warm-up task, and the answer is kept."""
        if cell.scenario not in HELD_SCENARIOS and cell.scenario not in ("cancel", "shutdown"):
            return _ThreadSync()  # nothing is held
        if self._tasks_elsewhere is None:
            if isinstance(executor, concurrent.futures.ProcessPoolExecutor):
                self._tasks_elsewhere = True
            else:
                self._tasks_elsewhere = self._warm_up(cell, executor, rep)
        return _ProcessSync(self._get_manager()) if self._tasks_elsewhere else _ThreadSync()

    def _warm_up(self, cell, executor, rep):
        """Runs one plain task; True when it ran in another process."""
        future = executor.submit(plain_task, 0)
        deadline = time.monotonic() + self._wait_s(cell, rep)
        while True:
            try:
                value = future.result(timeout=max(0.001, min(TICK_S, deadline - time.monotonic())))
                break
            except _TIMEOUTS:
                if time.monotonic() >= deadline:
                    raise _ProbeFailure("the probe's warm-up task did not finish within timeoutMs")
                self._tick()
            except Exception as exc:
                raise _ProbeFailure(_task_failure("warm-up", exc, _ThreadSync()))
        if not (isinstance(value, tuple) and len(value) == 3):
            raise _ProbeFailure("the probe's warm-up task returned %s, not its identity"
                                % _clip(repr(value)))
        return value[0] != self._pid

    def _get_manager(self):
        if self._manager is None:
            import multiprocessing

            self._manager = multiprocessing.Manager()
        return self._manager

    # -- the experiments ------------------------------------------------------------------
    # Each runs on the open window of `rep`: futures 0..rep.count-1 of the window (its local
    # indexes), callbacks rep.base + local index (their global indexes).

    def _register(self, rep, future, first, started=False):
        """Registers callbacks first..first+per_future-1 (local) on future, observing its state before each."""
        for local in range(first, first + rep.per_future):
            self._register_one(rep, future, local, started)

    def _register_one(self, rep, future, local, started=False):
        index = rep.base + local
        spin_before()  # before the state is read: the state must be the one at the call
        state = _STATES.get(future._state) if _FAST_FUTURE and type(future) is _Future else None
        rep.registered[local] = state or _state(future, started)
        rep.registering = index
        try:
            future.add_done_callback(_partial(rep.callback, index))
            spin_after()
        except Deliberate:
            # An executor that lets an inline callback's exception escape to the caller: the
            # callback ran and was recorded; the missing log record shows in loggedExceptions.
            pass
        finally:
            rep.registering = -1

    def _wait_s(self, cell, rep):
        """How long a wait may take: timeoutMs, or GRACE_S once a wait of the repetition expired."""
        return min(cell.timeout_s, GRACE_S) if rep.shortened else cell.timeout_s

    def _await_callbacks(self, cell, rep):
        """Waits on the latch for timeoutMs; whatever has not run by then is counted as never.

        Once an earlier window's wait has expired, it waits until the window's futures are all
        done and then GRACE_S more (never longer than timeoutMs): an executor that loses callbacks
        costs one timeoutMs per repetition, not one per window.
        """
        start = time.monotonic()
        deadline = start + cell.timeout_s
        futures = rep.futures
        pending = 0  # futures[:pending] are known to be done
        settled = None  # when every future of the window was seen done (expired repetitions)
        while True:
            now = time.monotonic()
            left = deadline - now
            if rep.shortened:
                if settled is None:
                    while pending < len(futures) and _is_done(futures[pending]):
                        pending += 1
                    if pending == len(futures):
                        settled = now
                if settled is not None:
                    left = min(left, settled + GRACE_S - now)
            if rep.wait(max(0.0, min(left, WAIT_SLICE_S))):
                return
            if left <= 0:
                rep.expired = True
                return
            _yield_to_caller_hub()
            self._tick()

    def _hold_workers(self, cell, executor, rep, sync):
        """Occupies every worker with a blocker task (no callbacks, not counted).

        The cell's setup: unless every blocker runs, the observed tasks are not provably queued
        and the cell tests nothing, so it is the probe's failure (a cell error), never a pass.
        """
        started = sync.queue()
        release = sync.gate()
        rep.gates.append(release)
        blockers = []
        for b in range(cell.workers):
            blockers.append(executor.submit(held_task, -1 - b, started, release, 0))
        deadline = time.monotonic() + self._wait_s(cell, rep)
        running = 0
        while running < cell.workers:
            try:
                started.get(timeout=max(0.001, min(TICK_S, deadline - time.monotonic())))
                running += 1
                continue
            except queue.Empty:
                pass
            self._check_tasks(blockers, "blocker", sync)
            if time.monotonic() >= deadline:
                raise _ProbeFailure(
                    "only %d of the %d blocker tasks started within timeoutMs, so the cell's"
                    " futures were not provably queued: the pool runs fewer tasks at once than"
                    " max_workers=%d" % (running, cell.workers, cell.workers))
            self._tick()
        return release

    def _check_tasks(self, futures, role, sync):
        """Raises _ProbeFailure when one of the probe's held tasks has failed (it raised, or the
        pool could not send it its gate): the probe's machinery broke, not a rule."""
        for future in futures:
            exc = _exception_of(future)
            if exc is not None:
                raise _ProbeFailure(_task_failure(role, exc, sync))

    def _held(self, cell, executor, rep, sync):
        # running / order / raising: register while the task is provably running.
        n = rep.count
        per = rep.per_future
        started = sync.queue()
        gates = [sync.gate() for _ in range(n)]
        rep.gates = gates
        futures = rep.futures
        watch = _SubmitWatch(rep, self._wait_s(cell, rep))
        for i in range(n):
            futures[i] = executor.submit(held_task, i, started, gates[i], cell.task_s)
        watch.finish("held tasks")
        todo = bytearray(b"\x01") * n
        left = n
        last_start = time.monotonic()
        wait_s = self._wait_s(cell, rep)
        while left:
            self._tick()
            waited = time.monotonic() - last_start
            try:
                i = started.get(timeout=max(0.001, min(TICK_S, wait_s - waited)))
            except queue.Empty:
                self._check_tasks(futures, "held", sync)
                if time.monotonic() - last_start >= wait_s:
                    rep.expired = True
                    # Not held, not registered while running: the cell's setup did not happen,
                    # and grading it would blame the executor for a slow start.
                    raise _ProbeFailure(
                        "%d of the %d held tasks did not start within timeoutMs of the last one"
                        " that did, so their callbacks could not be registered while they ran;"
                        " give the pool more time (--timeout-ms)" % (left, n))
                continue
            last_start = time.monotonic()
            if not (isinstance(i, int) and 0 <= i < n and todo[i]):
                continue  # a task run twice announces itself twice; register once
            todo[i] = 0
            left -= 1
            self._register(rep, futures[i], i * per, True)
            gates[i].set()
        rep.open_gates()
        self._await_callbacks(cell, rep)

    def _timed(self, cell, executor, rep, sync):
        # The tutorial's experiment: nothing is held, the state at registration is whatever it
        # is. With several windows, each window is the experiment on its own: submit its tasks,
        # sleep callbackDelayMs, register (docs/performance.md).
        futures = rep.futures
        submit = executor.submit
        task_s = cell.task_s
        for i in range(rep.count):
            futures[i] = submit(plain_task, task_s)
        if cell.callback_delay_s > 0:
            time.sleep(cell.callback_delay_s)
        for i in range(rep.count):
            self._register_one(rep, futures[i], i)
            if not i & 63:
                self._tick()
        self._await_callbacks(cell, rep)

    def _done(self, cell, executor, rep, sync):
        futures = rep.futures
        for i in range(rep.count):
            futures[i] = executor.submit(plain_task, cell.task_s)
        # result() is a fine way to wait here only because no callback is registered yet.
        # (Not concurrent.futures.wait: a third-party executor's futures need not be Futures.)
        deadline = time.monotonic() + self._wait_s(cell, rep)
        unfinished = 0
        for future in futures:
            try:
                future.result(timeout=max(0.0, deadline - time.monotonic()))
            except _TIMEOUTS:
                unfinished += 1
            except Exception:
                pass  # failed: the observed state says so
            self._tick()
        if unfinished:
            rep.expired = True  # shutdown(wait=True) may wait for them: say so on stderr
            # The cell's setup did not happen: grading these as "done" would blame the executor
            # for the probe's wait (a slow pool start, a loaded machine).
            raise _ProbeFailure(
                "%d of the %d tasks had not finished when result() timed out after timeoutMs, so"
                " `done` could not register after completion; give the pool more time"
                " (--timeout-ms)" % (unfinished, rep.count))
        for i in range(rep.count):
            self._register_one(rep, futures[i], i)
        self._await_callbacks(cell, rep)

    def _cancel(self, cell, executor, rep, sync):
        # With several windows, each window holds the workers again: the cancelled futures of
        # the previous one are drained from the queue before the blockers run.
        release = self._hold_workers(cell, executor, rep, sync)
        futures = rep.futures
        watch = _SubmitWatch(rep, self._wait_s(cell, rep))
        for i in range(rep.count):
            futures[i] = executor.submit(plain_task, cell.task_s)
        watch.finish("queued tasks")
        for i in range(rep.count):
            future = futures[i]
            self._register_one(rep, future, 2 * i)
            # What cancel() returned tells a hand-over race (False) from a cancel (True).
            rep.cancel_returned[i] = _cancel_fact(future.cancel())
            self._register_one(rep, future, 2 * i + 1)
            self._tick()
        release.set()
        self._await_callbacks(cell, rep)

    def _shutdown(self, cell, executor, rep, sync):
        # Always one window: a cell of more tasks runs one repetition per window (run_cell).
        release = self._hold_workers(cell, executor, rep, sync)
        futures = rep.futures
        watch = _SubmitWatch(rep, self._wait_s(cell, rep))
        for i in range(rep.count):
            futures[i] = executor.submit(plain_task, cell.task_s)
            self._register_one(rep, futures[i], i)
        watch.finish("queued tasks")
        executor.shutdown(wait=False, cancel_futures=True)
        release.set()
        self._await_callbacks(cell, rep)

    # -- tally ----------------------------------------------------------------------------

    def _tally(self, cell, rep, histogram, closed):
        """Adds the open window's callbacks to the histogram.

        `closed`: the window was closed before the end of the repetition (not after
        shutdown(wait=True)): first give its tasks up to timeoutMs to finish, as shutdown would
        have, and remember each callback's outcome for calls that may still come (late).
        This loop runs once per callback, so it is written for speed: locals, no calls.
        """
        per = rep.per_future
        extras = _extra_fact_names(cell.scenario)
        with_order = "order" in extras
        with_role = "role" in extras
        with_cancel = "cancelled" in extras
        cancel_returned = rep.cancel_returned
        pid = self._pid
        driver = self._driver_ident
        calls = rep.calls
        ran = rep.ran
        registered = rep.registered
        futures = rep.futures
        base = rep.base
        codes = bytearray()
        if closed:
            if rep.codes is None:
                rep.codes = bytearray(rep.tasks * per)
            codes = rep.codes
            deadline = time.monotonic() + self._wait_s(cell, rep)
            fast = _FAST_FUTURE
            for future in futures:
                if fast and type(future) is _Future and future._state in _DONE_STATES:
                    continue  # _is_done(future), inline
                if future is not None and not _is_done(future):
                    try:
                        future.result(timeout=max(0.0, deadline - time.monotonic()))
                    except _TIMEOUTS:
                        rep.expired = True
                    except Exception:
                        pass
        get = histogram.get
        ran_on_of = _ran_on
        places = self._places
        key_code = self._key_code
        clipped = {}  # thread name -> its clipped form
        fast = _FAST_FUTURE
        per_range = range(per)
        # The previous callback's facts and outcome: consecutive callbacks mostly share them,
        # and comparing four values is cheaper than building and hashing a key.
        last = (None, None, None, None)
        entry = [0, [], set()]  # replaced before first use: no key equals `last` at first
        thread = None
        code = 0
        local = 0
        for i in range(rep.count):
            future = futures[i]
            if fast and type(future) is _Future:
                # _task_identity(future), inline: this loop runs once per future.
                if future._state == "FINISHED" and future._exception is None:
                    task = future._result
                    if type(task) is not tuple or len(task) != 3:
                        task = None
                else:
                    task = None
            else:
                task = _task_identity(future)
            # Where the task ran (report stats, and the default contract follows it).
            if task is None:
                places[3] += 1
            elif task[0] != pid:
                places[1] += 1
            elif task[1] == driver:
                places[2] += 1
            else:
                places[0] += 1
            previous_seq = 0  # first-run sequence number of the latest earlier callback that ran
            for j in per_range:
                count = calls[local]
                if count == 0:
                    ran_on = "never"
                    inline = False
                    seq = 0
                else:
                    seq, p, t, thread, inline = ran[local]
                    ran_on = ran_on_of(p, t, pid, driver, task)
                state = registered[local]
                if with_order or with_role or with_cancel or state is not last[0] or ran_on is not last[1] \
                        or inline is not last[2] or count != last[3]:
                    key = (state, ran_on, inline, count)
                    if with_order:
                        # Out of order: it started before an earlier-registered callback that
                        # ran. A callback that never ran has no start, so it cannot be out of order.
                        out = count > 0 and seq < previous_seq
                        key += ("out-of-order" if out else "in-order",)
                        if seq > previous_seq:
                            previous_seq = seq
                    if with_role:
                        key += ("raiser" if j == 0 else "after-raiser",)
                    if with_cancel:
                        key += (cancel_returned[i],)
                    entry = get(key)
                    if entry is None:
                        entry = histogram[key] = [0, [], set()]
                    last = key
                    if closed:
                        code = key_code(key)
                entry[0] += 1
                if len(entry[1]) < 3:
                    self._sample(entry, task, thread if count else None, clipped)
                if closed:
                    if code < 255:
                        codes[base + local] = code
                    else:
                        codes[base + local] = 255
                        rep.code_overflow[base + local] = code
                local += 1

    def _key_code(self, key):
        """A small number for an outcome key, the same for the whole cell (see _Repetition.codes)."""
        code = self._key_codes.get(key)
        if code is None:
            code = self._key_codes[key] = len(self._keys)
            self._keys.append(key)
        return code

    def _sample(self, entry, task, thread, clipped):
        """Adds the names of a callback's task and thread as a sample, if new and there is room."""
        task_name = None
        if task is not None:
            raw = str(task[2])
            task_name = clipped.get(raw)
            if task_name is None:
                task_name = clipped[raw] = _clip(raw)
        name = None
        if thread is not None:
            name = _thread_name(thread)
            name = clipped.get(name) or clipped.setdefault(name, _clip(name))
        if (task_name, name) not in entry[2]:
            entry[2].add((task_name, name))
            entry[1].append({"task": task_name, "callback": name, "caller": self._driver_name})

    def _fold_late(self, cell, rep, histogram):
        """Moves the callbacks of closed windows that were called again (or first) after their
        window was tallied to the outcome they end up with, as if tallied after shutdown."""
        if not rep.late:
            return
        per = rep.per_future
        with_order = "order" in _extra_fact_names(cell.scenario)
        by_future = {}
        for index in rep.late:
            by_future.setdefault(index // per, []).append(index)
        for f in sorted(by_future):
            lo = f * per
            future = rep.late[by_future[f][0]][5]
            task = _task_identity(future)
            task_name = _clip(str(task[2])) if task else None
            olds = [self._keys[rep.code_of(index)] for index in range(lo, lo + per)]
            # First runs that came late started after every callback tallied before them.
            late_first = {}
            for index in range(lo, lo + per):
                record = rep.late.get(index)
                if record is not None and olds[index - lo][3] == 0:
                    late_first[index] = record[4]
            for index in range(lo, lo + per):
                old = olds[index - lo]
                record = rep.late.get(index)
                registered, ran_on, inline, count = old[0], old[1], old[2], old[3]
                name = None
                if record is not None:
                    if count == 0:
                        ran_on = _ran_on(record[1], record[2], self._pid, self._driver_ident, task)
                        inline = False  # its registering call had long returned
                    count += record[0]
                    name = _clip(record[3])
                key = (registered, ran_on, inline, count)
                if with_order:
                    if old[3] > 0:
                        out = old[4] == "out-of-order" or any(r < index for r in late_first)
                    elif index in late_first:
                        seq = late_first[index]
                        out = any(r < index and s > seq for r, s in late_first.items())
                    else:
                        out = False
                    key += ("out-of-order" if out else "in-order",)
                # The facts after those (role, cancelled) stay as tallied.
                key += old[len(key):]
                if key != old:
                    _count(histogram, old, -1, None, None, None)
                    _count(histogram, key, 1, task_name, name, self._driver_name if name else None)
        rep.late = {}

    # -- lifetime -------------------------------------------------------------------------

    def close(self):
        if self._manager is not None:
            try:
                self._manager.shutdown()
            except Exception:
                traceback.print_exc()
            self._manager = None


# --------------------------------------------------------------------------------------------


def _serve(probe, stdin):
    while True:
        line = stdin.readline()
        if not line:
            return
        line = line.strip()
        if not line:
            continue
        try:
            message = json.loads(line.decode("utf-8"))
        except ValueError as exc:
            sys.stderr.write("probe: ignoring a line that is not JSON: %s\n" % _one_line(exc))
            continue
        kind = message.get("type") if isinstance(message, dict) else None
        if kind == "bye":
            return
        if kind == "cell":
            with perturbed(message):
                probe.run_cell(message)
        else:
            sys.stderr.write("probe: ignoring a message of type %r\n" % (kind,))


def main(argv=None):
    out = _claim_stdout()
    stdin = sys.stdin.buffer
    code = 0
    probe = None
    try:
        spec, problem = _parse_args(sys.argv[1:] if argv is None else argv)
        factory = None
        if problem:
            line = {"type": "fatal", "field": "arguments", "message": problem}
        else:
            # Like `python -m`: the working directory first, then CTG_PYTHON_PATH. Added only now,
            # after the probe's own imports, so a user's directory cannot shadow the stdlib we use.
            extra = [d for d in os.environ.get("CTG_PYTHON_PATH", "").split(os.pathsep) if d]
            sys.path[0:0] = [os.getcwd()] + extra
            factory, problem = _load_executor(spec)
            line = {"type": "fatal", "field": "executor", "message": problem} if problem else None
        if line is not None:
            out.write((json.dumps(line, separators=(",", ":")) + "\n").encode("utf-8"))
            out.flush()
        else:
            probe = Probe(out, spec, factory)
            probe.hello()
            _serve(probe, stdin)
    except BaseException:
        traceback.print_exc()
        code = 1
    finally:
        if probe is not None:
            probe.close()
        try:
            out.flush()
        except Exception:
            pass
        sys.stderr.flush()
    # os._exit: a broken executor may leave non-daemon threads behind, and the interpreter's
    # exit would join them (and concurrent.futures' atexit hook joins its workers): the probe
    # must not hang on its way out.
    os._exit(code)
