"""The callback-thread-guard Python probe (protocol: docs/protocol.md).

It runs done-callback experiments against one concurrent.futures executor and reports what it saw
as outcome histograms. It observes and counts; it never decides whether an observation is right:
grading lives on the TypeScript side.

Python 3.8 syntax and standard library only: it runs on every CPython from 3.8 and on PyPy.
"""

import concurrent.futures
import functools
import importlib
import inspect
import json
import logging
import os
import platform
import queue
import sys
import threading
import time
import traceback

PROTOCOL = 1
DEFAULT_EXECUTOR = "concurrent.futures:ThreadPoolExecutor"
SCENARIOS = ("running", "timed", "done", "cancel", "shutdown", "order", "raising")
# Scenarios whose tasks are held on a gate until all their callbacks are registered.
HELD_SCENARIOS = ("running", "order", "raising")

# First progress line only for cells that take long, then at most about 4 a second.
PROGRESS_AFTER_S = 1.0
PROGRESS_EVERY_S = 0.25
# Blocking waits wake up this often so progress keeps flowing.
TICK_S = 0.2
# Thread names are report samples: cap them so a silly name cannot blow the 1 MiB line limit.
NAME_LIMIT = 200


# --------------------------------------------------------------------------------------------
# Tasks. Module-level functions so ProcessPoolExecutor can pickle them. Each returns the
# identity of the thread that ran it: the probe reads it from the future at tally time, which
# also works when the task ran in another process.


def _identity():
    return (os.getpid(), threading.get_ident(), threading.current_thread().name)


def plain_task(task_s):
    if task_s > 0:
        time.sleep(task_s)
    return _identity()


def held_task(index, started, gate, task_s):
    # Announce that the task is running, then stay running until the driver has registered
    # its callbacks: this removes the registration boundary race from the experiment.
    started.put(index)
    gate.wait()
    if task_s > 0:
        time.sleep(task_s)
    return _identity()


# --------------------------------------------------------------------------------------------
# Synchronisation primitives for held tasks: threading ones for thread executors, Manager
# proxies for ProcessPoolExecutor (threading primitives do not cross processes).


class _LockGate:
    """A one-shot gate for one waiting task: a pre-acquired lock (cheaper than threading.Event,
    which matters with one gate per task). Only the driver thread calls set()."""

    __slots__ = ("_lock", "_open")

    def __init__(self):
        self._lock = threading.Lock()
        self._lock.acquire()
        self._open = False

    def wait(self):
        self._lock.acquire()
        self._lock.release()

    def set(self):
        if not self._open:
            self._open = True
            self._lock.release()


class _ThreadSync:
    def queue(self):
        return queue.SimpleQueue()

    def gate(self):
        return _LockGate()


class _ProcessSync:
    def __init__(self, manager):
        self._manager = manager

    def queue(self):
        return self._manager.Queue()

    def gate(self):
        return self._manager.Event()


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


class _BadCell(Exception):
    pass


class _Skip(Exception):
    pass


class _Repetition:
    """What one repetition observes.

    Per-callback data lives in flat lists indexed by `future index * callbacks per future +
    callback index`, so a big cell costs a few lists rather than an object per callback; the
    whole thing is tallied and dropped at the end of the repetition.
    """

    def __init__(self, tasks, per_future, driver_pid, driver_ident, raising):
        n = tasks * per_future
        self.tasks = tasks
        self.per_future = per_future
        self.futures = [None] * tasks
        self.gates = []
        self.registered = [None] * n
        self.calls = [0] * n
        self.cb_pid = [0] * n
        self.cb_ident = [0] * n
        self.cb_name = [None] * n
        self.seq = [0] * n
        self.inline = [False] * n
        # Index of the callback whose add_done_callback call is in progress on the driver, or -1.
        self.registering = -1
        self._driver_pid = driver_pid
        self._driver_ident = driver_ident
        self._raising = raising
        # A plain lock for the bookkeeping (cheap in the worker's path) and an Event as the
        # latch's signal, set once by the last first-call.
        self._lock = threading.Lock()
        self._all_ran = threading.Event()
        self._next_seq = 0
        self.remaining = n
        if n == 0:
            self._all_ran.set()

    def callback(self, index, _future):
        """The observed done callback: record who runs it, count it, count the latch down."""
        pid = os.getpid()
        ident = threading.get_ident()
        # Only the driver thread can be inside add_done_callback, so only there is the slot
        # meaningful; elsewhere it is whatever the driver is doing at the moment.
        inline = pid == self._driver_pid and ident == self._driver_ident and self.registering == index
        with self._lock:
            calls = self.calls[index]
            self.calls[index] = calls + 1
            if calls == 0:
                self._next_seq += 1
                self.seq[index] = self._next_seq
                self.cb_pid[index] = pid
                self.cb_ident[index] = ident
                self.inline[index] = inline
                # The latch counts callbacks, not calls: a callback run twice must not hide a
                # callback never run.
                self.remaining -= 1
                if self.remaining == 0:
                    self._all_ran.set()
        if calls == 0:
            self.cb_name[index] = threading.current_thread().name
        if self._raising and index % self.per_future == 0:
            raise Deliberate("deliberate")

    def wait(self, timeout_s):
        """Waits up to timeout_s for the latch; returns True when every callback has run."""
        return self._all_ran.wait(timeout_s)

    def futures_finished(self):
        # For progress only: futures whose callbacks have all arrived, roughly.
        return (len(self.calls) - self.remaining) // self.per_future

    def open_gates(self):
        for gate in self.gates:
            gate.set()


def _state(future):
    """The future's state as its own methods report it, immediately before registration.

    Terminal states are checked first and again last, so a future that moves on while we look
    is reported in its latest state, never in a state it had already left.
    """
    if future.done():
        return "cancelled" if future.cancelled() else "done"
    if future.running():
        return "running"
    if future.done():
        return "cancelled" if future.cancelled() else "done"
    return "pending"


def _task_identity(future):
    """(pid, ident, name) of the thread that ran the task, or None if it never ran."""
    if future is None:
        return None
    try:
        # Raises if unfinished (timeout), cancelled or failed: in each case no identity.
        value = future.result(timeout=0)
    except Exception:
        return None
    if isinstance(value, tuple) and len(value) == 3:
        return value
    return None


def _one_line(exc):
    text = " ".join(str(exc).split())
    name = type(exc).__name__
    return "%s: %s" % (name, text) if text else name


def _clip(name):
    if name is None or len(name) <= NAME_LIMIT:
        return name
    return name[:NAME_LIMIT] + "..."


def _accepts_cancel_futures(shutdown):
    try:
        params = inspect.signature(shutdown).parameters
    except (TypeError, ValueError):
        return True  # cannot tell (a builtin): let the cell try
    if "cancel_futures" in params:
        return True
    return any(p.kind == inspect.Parameter.VAR_KEYWORD for p in params.values())


# --------------------------------------------------------------------------------------------


class Cell:
    def __init__(self, message):
        self.id = message.get("id")
        self.scenario = message.get("scenario")
        if self.scenario not in SCENARIOS:
            raise _BadCell("field 'scenario' must be one of %s, got %s"
                           % (", ".join(SCENARIOS), json.dumps(self.scenario)))
        self.workers = _number(message, "workers", None, 1, True)
        self.tasks = _number(message, "tasks", None, 0, True)
        self.callback_delay_s = _number(message, "callbackDelayMs", 0, 0, False) / 1000.0
        self.task_s = _number(message, "taskMs", 0, 0, False) / 1000.0
        self.repeat = _number(message, "repeat", 1, 1, True)
        self.timeout_s = _number(message, "timeoutMs", 30000, 0, False) / 1000.0
        if self.scenario in ("order", "raising"):
            self.callbacks = _number(message, "callbacks", 2, 2, True)
        elif self.scenario == "cancel":
            self.callbacks = 2  # one registered before cancel(), one after
        else:
            self.callbacks = 1


def _number(message, name, default, minimum, integer):
    value = message.get(name, default)
    if value is None:
        raise _BadCell("field '%s' is missing" % name)
    ok = isinstance(value, (int, float)) and not isinstance(value, bool) and value == value
    if ok and integer:
        ok = value == int(value)
        value = int(value) if ok else value
    if not ok or value < minimum:
        kind = "an integer" if integer else "a number"
        raise _BadCell("field '%s' must be %s >= %s, got %s" % (name, kind, minimum, json.dumps(value)))
    return value


class Probe:
    def __init__(self, out, spec, factory):
        self._out = out
        self._spec = spec
        self._factory = factory
        self._pid = os.getpid()
        self._driver_ident = threading.get_ident()
        self._driver_name = _clip(threading.current_thread().name)
        self._manager = None
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
        scenarios = [s for s in SCENARIOS if s != "shutdown" or self.shutdown_support() is None]
        self.send({"type": "hello", "protocol": PROTOCOL,
                   "runtime": {"implementation": platform.python_implementation(),
                               "version": platform.python_version(),
                               "executor": self._spec, "platform": sys.platform},
                   "scenarios": scenarios})

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
        try:
            for rep_index in range(cell.repeat):
                self._progress_base = rep_index * cell.tasks
                self._run_repetition(cell, histogram)
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
        for key, entry in histogram.items():
            facts = {"registered": key[0], "ranOn": key[1], "inline": key[2], "calls": key[3]}
            if len(key) > 4:
                facts["order"] = key[4]
            if len(key) > 5:
                facts["role"] = key[5]
            outcomes.append({"facts": facts, "count": entry[0], "samples": entry[1]})
        self.send({"type": "result", "id": cell_id, "outcomes": outcomes,
                   "stats": {"futures": cell.tasks * cell.repeat,
                             "callbacks": cell.tasks * cell.callbacks * cell.repeat,
                             "elapsedMs": round(elapsed_ms, 1),
                             "loggedExceptions": self._handler.count - logged_before}})

    def _run_repetition(self, cell, histogram):
        try:
            executor = self._factory(max_workers=cell.workers)
        except Exception as exc:
            raise _BadCell("executor constructor raised %s" % _one_line(exc))
        rep = _Repetition(cell.tasks, cell.callbacks, self._pid, self._driver_ident, cell.scenario == "raising")
        self._rep = rep
        failure = None
        try:
            if cell.scenario == "shutdown" and not _accepts_cancel_futures(executor.shutdown):
                raise _Skip("the executor's shutdown() does not accept cancel_futures")
            if isinstance(executor, concurrent.futures.ProcessPoolExecutor):
                sync = _ProcessSync(self._get_manager())
            else:
                sync = _ThreadSync()
            if cell.scenario in HELD_SCENARIOS:
                self._held(cell, executor, rep, sync)
            elif cell.scenario == "timed":
                self._timed(cell, executor, rep)
            elif cell.scenario == "done":
                self._done(cell, executor, rep)
            elif cell.scenario == "cancel":
                self._cancel(cell, executor, rep, sync)
            else:
                self._shutdown(cell, executor, rep, sync)
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
            try:
                executor.shutdown(wait=True)
            except Exception as exc:
                traceback.print_exc()
                if failure is None:
                    failure = exc
        if failure is not None:
            raise _BadCell("%s scenario failed: %s" % (cell.scenario, _one_line(failure)))
        self._tally(cell, rep, histogram)

    def _get_manager(self):
        if self._manager is None:
            import multiprocessing

            self._manager = multiprocessing.Manager()
        return self._manager

    # -- the experiments ------------------------------------------------------------------

    def _register(self, rep, future, first):
        """Registers callbacks first..first+per_future-1 on future, observing its state before each."""
        for index in range(first, first + rep.per_future):
            self._register_one(rep, future, index)

    def _register_one(self, rep, future, index):
        rep.registered[index] = _state(future)
        rep.registering = index
        try:
            future.add_done_callback(functools.partial(rep.callback, index))
        except Deliberate:
            # An executor that lets an inline callback's exception escape to the caller: the
            # callback ran and was recorded; the missing log record shows in loggedExceptions.
            pass
        finally:
            rep.registering = -1

    def _await_callbacks(self, cell, rep):
        """Waits on the latch for timeoutMs; whatever has not run by then is counted as never."""
        deadline = time.monotonic() + cell.timeout_s
        while True:
            left = deadline - time.monotonic()
            if rep.wait(max(0.0, min(left, TICK_S))) or left <= 0:
                return
            self._tick()

    def _hold_workers(self, cell, executor, rep, sync):
        """Occupies every worker with a blocker task (no callbacks, not counted)."""
        started = sync.queue()
        release = sync.gate()
        rep.gates.append(release)
        for b in range(cell.workers):
            executor.submit(held_task, -1 - b, started, release, 0)
        # Confirm they all run, so the observed tasks are provably queued behind them. A worker
        # that never starts is not ours to judge: carry on and let the facts show it.
        for _ in range(cell.workers):
            try:
                started.get(timeout=cell.timeout_s)
            except queue.Empty:
                sys.stderr.write("probe: not every blocker task started within timeoutMs\n")
                break
        return release

    def _held(self, cell, executor, rep, sync):
        # running / order / raising: register while the task is provably running.
        n = cell.tasks
        per = rep.per_future
        started = sync.queue()
        gates = [sync.gate() for _ in range(n)]
        rep.gates = gates
        futures = rep.futures
        for i in range(n):
            futures[i] = executor.submit(held_task, i, started, gates[i], cell.task_s)
        todo = bytearray(b"\x01") * n
        left = n
        last_start = time.monotonic()
        while left:
            self._tick()
            waited = time.monotonic() - last_start
            try:
                i = started.get(timeout=max(0.001, min(TICK_S, cell.timeout_s - waited)))
            except queue.Empty:
                if time.monotonic() - last_start >= cell.timeout_s:
                    sys.stderr.write("probe: %d tasks did not start within timeoutMs\n" % left)
                    break
                continue
            last_start = time.monotonic()
            if not (isinstance(i, int) and 0 <= i < n and todo[i]):
                continue  # a task run twice announces itself twice; register once
            todo[i] = 0
            left -= 1
            self._register(rep, futures[i], i * per)
            gates[i].set()
        # Tasks that never announced themselves still get their callbacks, so every future is
        # counted whatever becomes of it.
        for i in range(n):
            if todo[i]:
                self._register(rep, futures[i], i * per)
        rep.open_gates()
        self._await_callbacks(cell, rep)

    def _timed(self, cell, executor, rep):
        # The tutorial's experiment: nothing is held, the state at registration is whatever it is.
        futures = rep.futures
        for i in range(cell.tasks):
            futures[i] = executor.submit(plain_task, cell.task_s)
        if cell.callback_delay_s > 0:
            time.sleep(cell.callback_delay_s)
        for i in range(cell.tasks):
            self._register_one(rep, futures[i], i)
            self._tick()
        self._await_callbacks(cell, rep)

    def _done(self, cell, executor, rep):
        futures = rep.futures
        for i in range(cell.tasks):
            futures[i] = executor.submit(plain_task, cell.task_s)
        # result() is a fine way to wait here only because no callback is registered yet.
        # (Not concurrent.futures.wait: a third-party executor's futures need not be Futures.)
        deadline = time.monotonic() + cell.timeout_s
        for future in futures:
            try:
                future.result(timeout=max(0.0, deadline - time.monotonic()))
            except Exception:
                pass  # unfinished or failed: the observed state says so
            self._tick()
        for i in range(cell.tasks):
            self._register_one(rep, futures[i], i)
        self._await_callbacks(cell, rep)

    def _cancel(self, cell, executor, rep, sync):
        release = self._hold_workers(cell, executor, rep, sync)
        futures = rep.futures
        for i in range(cell.tasks):
            futures[i] = executor.submit(plain_task, cell.task_s)
        for i in range(cell.tasks):
            future = futures[i]
            self._register_one(rep, future, 2 * i)
            future.cancel()
            self._register_one(rep, future, 2 * i + 1)
            self._tick()
        release.set()
        self._await_callbacks(cell, rep)

    def _shutdown(self, cell, executor, rep, sync):
        release = self._hold_workers(cell, executor, rep, sync)
        futures = rep.futures
        for i in range(cell.tasks):
            futures[i] = executor.submit(plain_task, cell.task_s)
            self._register_one(rep, futures[i], i)
        executor.shutdown(wait=False, cancel_futures=True)
        release.set()
        self._await_callbacks(cell, rep)

    # -- tally ----------------------------------------------------------------------------

    def _tally(self, cell, rep, histogram):
        per = rep.per_future
        with_order = cell.scenario in ("order", "raising")
        with_role = cell.scenario == "raising"
        pid = self._pid
        driver = self._driver_ident
        caller = self._driver_name
        calls = rep.calls
        for i in range(rep.tasks):
            task = _task_identity(rep.futures[i])
            task_name = _clip(str(task[2])) if task else None
            previous_seq = 0  # first-run sequence number of the latest earlier callback that ran
            for index in range(i * per, (i + 1) * per):
                count = calls[index]
                if count == 0:
                    ran_on = "never"
                    inline = False
                else:
                    cb_pid = rep.cb_pid[index]
                    cb_ident = rep.cb_ident[index]
                    if cb_pid == pid and cb_ident == driver:
                        ran_on = "caller-thread"
                    elif task is not None and cb_pid == task[0] and cb_ident == task[1]:
                        ran_on = "task-thread"
                    elif cb_pid != pid:
                        ran_on = "other-process"
                    else:
                        ran_on = "other-thread"
                    inline = rep.inline[index]
                key = (rep.registered[index], ran_on, inline, count)
                if with_order:
                    # Out of order: it started before an earlier-registered callback that ran.
                    # A callback that never ran has no start, so it cannot be out of order.
                    out = count > 0 and rep.seq[index] < previous_seq
                    key += ("out-of-order" if out else "in-order",)
                    if count > 0:
                        previous_seq = max(previous_seq, rep.seq[index])
                if with_role:
                    key += ("raiser" if index == i * per else "after-raiser",)
                entry = histogram.get(key)
                if entry is None:
                    entry = histogram[key] = [0, []]
                entry[0] += 1
                samples = entry[1]
                if len(samples) < 3:
                    sample = {"task": task_name, "callback": _clip(rep.cb_name[index]) if count else None,
                              "caller": caller}
                    if sample not in samples:
                        samples.append(sample)

    # -- lifetime -------------------------------------------------------------------------

    def close(self):
        if self._manager is not None:
            try:
                self._manager.shutdown()
            except Exception:
                traceback.print_exc()
            self._manager = None


# --------------------------------------------------------------------------------------------


def _claim_stdout():
    """Keeps the real stdout for protocol lines and points everything else at stderr.

    Done at the file-descriptor level so that prints from the executor under test, C extensions
    and child processes cannot corrupt the protocol stream either.
    """
    sys.stdout.flush()
    protocol_fd = os.dup(1)
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    return os.fdopen(protocol_fd, "wb")


def _load_executor(spec):
    """Returns (factory, None) or (None, one-line reason)."""
    module_name, sep, attr_path = spec.partition(":")
    if not sep or not module_name or not attr_path:
        return None, "executor '%s' is not of the form module:attr" % spec
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        return None, "module '%s' cannot be imported: %s" % (module_name, " ".join(str(exc).split()))
    except (Exception, SystemExit) as exc:
        return None, "module '%s' cannot be imported: %s" % (module_name, _one_line(exc))
    target = module
    for part in attr_path.split("."):
        try:
            target = getattr(target, part)
        except AttributeError:
            return None, "module '%s' has no attribute '%s'" % (module_name, attr_path)
        except Exception as exc:
            return None, "'%s' cannot be read: %s" % (spec, _one_line(exc))
    if not callable(target):
        return None, "'%s' is not callable (it is a %s)" % (spec, type(target).__name__)
    return target, None


def _parse_args(argv):
    spec = DEFAULT_EXECUTOR
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--executor" and i + 1 < len(argv):
            spec = argv[i + 1]
            i += 2
        elif arg.startswith("--executor="):
            spec = arg[len("--executor="):]
            i += 1
        else:
            return None, "unknown argument '%s' (usage: probe.py [--executor module:attr])" % arg
    return spec, None


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
