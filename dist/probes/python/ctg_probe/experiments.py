"""The experiments: how the probe sets up each kind of scenario on the open window of a
repetition (docs/protocol.md, "Scenarios"), and the waits they share. Each runs on futures
0..rep.count-1 of the window (its local indexes), callbacks rep.base + local index (their global
indexes). `tick` sends a progress line when one is due; every blocking wait wakes up to call it.

The cells dispatch on EXPERIMENTS, keyed by the scenario table's `experiment` trait
(generated.EXPERIMENT_OF): a scenario whose experiment is not here is a cell error, never another
experiment run in its place.
Python 3.8 syntax and standard library only.
"""

import queue
import sys
import time

from .futures import FAST_FUTURE, STATES, TIMEOUTS, StdFuture, cancel_fact, exception_of, is_done
from .futures import state_of, yield_to_caller_hub, yield_to_green_tasks
from .identity import CANNOT_HOLD, CannotHold, SubmitWatch, check_on_caller, held_task, partial, plain_task
from .perturb import aiming, spin_after, spin_before
from .protocol import ProbeFailure, task_failure
from .repetition import Deliberate

# Blocking waits wake up this often so progress keeps flowing.
TICK_S = 0.2
# Once a wait of a repetition has timed out (a callback or a task that never comes), later
# windows of that repetition do not wait the whole timeoutMs again: a task that does not start
# or finish gets GRACE_S, and callbacks get GRACE_S after their futures are all done. Nothing is
# lost by it: a callback that runs later still counts (see Repetition.late).
GRACE_S = 0.2
# The callback latch is waited in slices this long; between slices the driver yields to an event
# hub that may need it to run the callbacks (see yield_to_caller_hub).
WAIT_SLICE_S = 0.05


def register(rep, future, first, started=False):
    """Registers callbacks first..first+per_future-1 (local) on future, observing its state before each."""
    for local in range(first, first + rep.per_future):
        register_one(rep, future, local, started)


def register_one(rep, future, local, started=False):
    index = rep.base + local
    spin_before()  # before the state is read: the state must be the one at the call
    state = STATES.get(future._state) if FAST_FUTURE and type(future) is StdFuture else None
    rep.registered[local] = state or state_of(future, started)
    rep.registering = index
    try:
        future.add_done_callback(partial(rep.callback, index))
        spin_after()
    except Deliberate:
        # An executor that lets an inline callback's exception escape to the caller: the
        # callback ran and was recorded; the missing log record shows in loggedExceptions.
        pass
    finally:
        rep.registering = -1


def wait_s(cell, rep):
    """How long a wait may take: timeoutMs, or GRACE_S once a wait of the repetition expired."""
    return min(cell.timeout_s, GRACE_S) if rep.shortened else cell.timeout_s


def await_callbacks(cell, rep, tick):
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
                while pending < len(futures) and is_done(futures[pending]):
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
        yield_to_caller_hub()
        yield_to_green_tasks(futures)
        tick()


def hold_workers(cell, executor, rep, sync, tick, count=None):
    """Occupies every worker (or `count` of them) with a blocker task (no callbacks, not counted).

    The cell's setup: unless every blocker runs, the observed tasks are not provably queued
    and the cell tests nothing, so it is the probe's failure (a cell error), never a pass.
    """
    started = sync.queue()
    release = sync.gate()
    rep.gates.append(release)
    count = cell.workers if count is None else count
    blockers = []
    # submit() may wait for a free worker (or an event loop the first blocker holds): the watch
    # opens the gate after timeoutMs, so the cell ends as an error naming submit(), not a hang.
    watch = SubmitWatch(rep, wait_s(cell, rep))
    try:
        for b in range(count):
            blockers.append(executor.submit(held_task, -1 - b, started, release, 0))
            check_on_caller()  # a blocker that ran inside submit()
    except CannotHold:
        watch.stop()
        raise
    watch.finish("blocker tasks")
    deadline = time.monotonic() + wait_s(cell, rep)
    running = 0
    while running < count:
        yield_to_green_tasks(blockers)
        try:
            place = started.get(timeout=max(0.001, min(_slice(), deadline - time.monotonic())))
            _refuse_on_caller(place)
            running += 1
            continue
        except queue.Empty:
            pass
        check_tasks(blockers, "blocker", sync)
        if time.monotonic() >= deadline:
            raise ProbeFailure(
                "only %d of the %d blocker tasks started within timeoutMs, so the cell's"
                " futures were not provably queued: the pool runs fewer tasks at once than"
                " max_workers=%d" % (running, count, cell.workers))
        tick()
    return release


def _slice():
    """How long a wait on the probe's own queue blocks: shorter when green threads may need the
    driver to yield to them (yield_to_green_tasks) between slices."""
    return WAIT_SLICE_S if "greenlet" in sys.modules else TICK_S


def _refuse_on_caller(place):
    """A held task's announcement is its index, or where on the caller's thread it found itself
    (identity.held_task): then the cell cannot hold tasks, and ends at once."""
    if isinstance(place, str):
        raise CannotHold(CANNOT_HOLD.get(place, place))


def check_tasks(futures, role, sync):
    """Raises ProbeFailure when one of the probe's held tasks has failed (it raised, or the
    pool could not send it its gate): the probe's machinery broke, not a rule."""
    for future in futures:
        exc = exception_of(future)
        if exc is not None:
            raise ProbeFailure(task_failure(role, exc, sync))


def run_held(cell, executor, rep, sync, tick):
    # running / order / raising: register while the task is provably running.
    if aiming():
        run_held_aimed(cell, executor, rep, sync, tick)
        return
    n = rep.count
    per = rep.per_future
    started = sync.queue()
    gates = [sync.gate() for _ in range(n)]
    rep.gates = gates
    futures = rep.futures
    watch = SubmitWatch(rep, wait_s(cell, rep))
    try:
        for i in range(n):
            futures[i] = executor.submit(held_task, i, started, gates[i], cell.task_s)
            check_on_caller()  # a held task that ran inside submit()
    except CannotHold:
        watch.stop()
        raise
    watch.finish("held tasks")
    todo = bytearray(b"\x01") * n
    left = n
    last_start = time.monotonic()
    start_s = wait_s(cell, rep)
    while left:
        tick()
        yield_to_green_tasks(futures)
        waited = time.monotonic() - last_start
        try:
            i = started.get(timeout=max(0.001, min(_slice(), start_s - waited)))
            _refuse_on_caller(i)
        except queue.Empty:
            check_tasks(futures, "held", sync)
            if time.monotonic() - last_start >= start_s:
                rep.expired = True
                # Not held, not registered while running: the cell's setup did not happen,
                # and grading it would blame the executor for a slow start.
                raise ProbeFailure(
                    "%d of the %d held tasks did not start within timeoutMs of the last one"
                    " that did, so their callbacks could not be registered while they ran;"
                    " give the pool more time (--timeout-ms)" % (left, n))
            continue
        last_start = time.monotonic()
        if not (isinstance(i, int) and 0 <= i < n and todo[i]):
            continue  # a task run twice announces itself twice; register once
        todo[i] = 0
        left -= 1
        register(rep, futures[i], i * per, True)
        gates[i].set()
    rep.open_gates()
    await_callbacks(cell, rep, tick)


def run_held_aimed(cell, executor, rep, sync, tick):
    """The held experiment with registration aimed at the task's end (perturb.py,
    aimAtCompletion). All workers but one are held by blockers, so the observed tasks run one
    at a time on the one free thread; each announces itself and parks at its gate, which is its
    last instruction with a zero-length task. The driver registers, opens the gate and at once
    blocks until the callback has been called (await_arrival), so the completion follows the
    registration with the interpreter handed straight to the task; only then is the next task
    submitted (submitting it before lowered the share in the window from 14% to 6%,
    bench/window_race_reach.mjs).
    What is observed is the held experiment's: the state at registration, who ran each
    callback, how often.

    A task that does not finish within the wait is left to the callback wait (its callbacks are
    then counted as never run, as in run_held), and the rest of the window is registered
    without waiting for completions. No submit watchdog: the pool has a free worker."""
    rep.gates = gates = []
    if cell.workers > 1:
        hold_workers(cell, executor, rep, sync, tick, cell.workers - 1)
    n = rep.count
    per = rep.per_future
    started = sync.queue()
    announced = set()
    futures = rep.futures

    def submit(i):
        gate = sync.gate()
        gates.append(gate)
        futures[i] = executor.submit(held_task, i, started, gate, cell.task_s)
        check_on_caller()  # a held task that ran inside submit()

    submit(0)
    aim = True
    for i in range(n):
        future = futures[i]
        await_start(cell, rep, started, announced, i, sync, tick)
        gate = gates[-1]
        if aim:
            wait = wait_s(cell, rep)
            deadline = time.monotonic() + wait
            first = min(TICK_S, wait)
            rep.expect(rep.base + i * per)
            # From the registration to the blocking wait: nothing else, so the task, parked at
            # its last instruction, gets the interpreter as soon as the gate opens.
            register(rep, future, i * per, True)
            gate.set()
            aim = await_arrival(rep, future, deadline, first, tick)
        else:
            register(rep, future, i * per, True)
            gate.set()
        if i + 1 < n:
            submit(i + 1)
    rep.open_gates()
    await_callbacks(cell, rep, tick)


def await_start(cell, rep, started, announced, i, sync, tick):
    """Waits (bounded) until held task i has announced that it runs (others' announcements are
    kept in `announced`)."""
    deadline = time.monotonic() + wait_s(cell, rep)
    while i not in announced:
        try:
            place = started.get(timeout=max(0.001, min(_slice(), deadline - time.monotonic())))
            _refuse_on_caller(place)
            announced.add(place)
            continue
        except queue.Empty:
            pass
        check_tasks([rep.futures[i]], "held", sync)
        if time.monotonic() >= deadline:
            rep.expired = True
            raise ProbeFailure(
                "a held task did not start within timeoutMs of the one before it, so its"
                " callbacks could not be registered while it ran; give the pool more time"
                " (--timeout-ms)")
        tick()


def await_arrival(rep, future, deadline, timeout, tick):
    """Blocks until the callback rep.expect() named has been called (True: aim at the next
    task). It waits on the repetition's raw lock, not on the future's condition: set_result()
    then wakes no one before the callbacks start, and the driver gives up the interpreter at
    once. False, and the rest of the window is not aimed at, when the future is done without
    that call after a slice (the executor runs callbacks elsewhere, later, or never: the
    callback wait counts them), or at the deadline (the repetition's later waits are then
    shortened). The first slice, timeout, is computed before the registration."""
    while True:
        if rep.await_arrival(timeout):
            return True
        if is_done(future):
            return False
        left = deadline - time.monotonic()
        if left <= 0:
            rep.expired = True
            return False
        timeout = min(TICK_S, left)
        tick()


def run_timed(cell, executor, rep, sync, tick):
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
        register_one(rep, futures[i], i)
        if not i & 63:
            tick()
    await_callbacks(cell, rep, tick)


def run_done(cell, executor, rep, sync, tick):
    futures = rep.futures
    for i in range(rep.count):
        futures[i] = executor.submit(plain_task, cell.task_s)
    # result() is a fine way to wait here only because no callback is registered yet.
    # (Not concurrent.futures.wait: a third-party executor's futures need not be Futures.)
    deadline = time.monotonic() + wait_s(cell, rep)
    unfinished = 0
    for future in futures:
        try:
            future.result(timeout=max(0.0, deadline - time.monotonic()))
        except TIMEOUTS:
            unfinished += 1
        except Exception:
            pass  # failed: the observed state says so
        tick()
    if unfinished:
        rep.expired = True  # shutdown(wait=True) may wait for them: say so on stderr
        # The cell's setup did not happen: grading these as "done" would blame the executor
        # for the probe's wait (a slow pool start, a loaded machine).
        raise ProbeFailure(
            "%d of the %d tasks had not finished when result() timed out after timeoutMs, so"
            " `done` could not register after completion; give the pool more time"
            " (--timeout-ms)" % (unfinished, rep.count))
    for i in range(rep.count):
        register_one(rep, futures[i], i)
    await_callbacks(cell, rep, tick)


def run_cancel(cell, executor, rep, sync, tick):
    # With several windows, each window holds the workers again: the cancelled futures of
    # the previous one are drained from the queue before the blockers run.
    release = hold_workers(cell, executor, rep, sync, tick)
    futures = rep.futures
    watch = SubmitWatch(rep, wait_s(cell, rep))
    for i in range(rep.count):
        futures[i] = executor.submit(plain_task, cell.task_s)
    watch.finish("queued tasks")
    for i in range(rep.count):
        future = futures[i]
        register_one(rep, future, 2 * i)
        # What cancel() returned tells a hand-over race (False) from a cancel (True).
        rep.cancel_returned[i] = cancel_fact(future.cancel())
        register_one(rep, future, 2 * i + 1)
        tick()
    release.set()
    await_callbacks(cell, rep, tick)


def run_shutdown(cell, executor, rep, sync, tick):
    # Always one window: a cell of more tasks runs one repetition per window (run_cell).
    release = hold_workers(cell, executor, rep, sync, tick)
    futures = rep.futures
    watch = SubmitWatch(rep, wait_s(cell, rep))
    for i in range(rep.count):
        futures[i] = executor.submit(plain_task, cell.task_s)
        register_one(rep, futures[i], i)
    watch.finish("queued tasks")
    executor.shutdown(wait=False, cancel_futures=True)
    release.set()
    await_callbacks(cell, rep, tick)


# The experiments that hold tasks on gates (their cells need gates that reach the pool's tasks).
HOLDS_TASKS = ("held", "cancel", "shutdown")

# The experiment each `experiment` trait names (src/model/scenarios.ts); no entry, no run.
EXPERIMENTS = {
    "held": run_held,
    "timed": run_timed,
    "done": run_done,
    "cancel": run_cancel,
    "shutdown": run_shutdown,
}
