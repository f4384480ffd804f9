"""The asyncio experiments (issue 22; docs/protocol.md, "Scenarios"): how the probe makes each
asyncio scenario happen on a loop from the target's loop factory, and what they share: the record
of the callbacks, the held tasks and coroutines, the probe's own portal, and a runner that runs a
coroutine as asyncio.run() does. Every wait is bounded by the cell's timeoutMs; a task of the
probe's that fails is the probe's failure, never a verdict.

Python 3.8 syntax and standard library only.
"""

import asyncio
import concurrent.futures
import contextlib
import threading
import time
from typing import Any

from .futures import state_of
from .generated import REGISTERED_CANCELLED, REGISTERED_DONE, REGISTERED_PENDING
from .identity import current_thread, get_ident
from .protocol import BadCell, ProbeFailure, one_line

# How often a coroutine that waits for something outside the loop (a gate, callbacks) looks again.
POLL_S = 0.001


def aio_state(future):
    """An asyncio future's state: it has no running(), so not done is pending."""
    if future.cancelled():
        return REGISTERED_CANCELLED
    return REGISTERED_DONE if future.done() else REGISTERED_PENDING


class Callbacks:
    """What the callbacks of one repetition did: for callback i, its runs as (thread ident,
    inside add_done_callback, thread name), the state its future had when it was added, the thread that added
    it, and the thread that ran its task (None when no task of ours ran)."""

    def __init__(self, count):
        self.runs: list = [[] for _ in range(count)]
        self.registered: list = [None] * count
        self.adder: list = [None] * count
        self.names: list = [(None, None)] * count  # (task's thread, adder's thread), for samples
        self.task: list = [None] * count
        self.cancelled: list = [None] * count
        self.registering = -1
        self.lock = threading.Lock()
        self.ran = 0

    def callback(self, index):
        def record(_future):
            ident = get_ident()
            with self.lock:
                inline = self.registering == index and self.adder[index] == ident
                self.runs[index].append((ident, inline, current_thread().name))
                if len(self.runs[index]) == 1:
                    self.ran += 1
        return record

    def add(self, future, index, state):
        """Adds callback `index` to `future`, whose state just before is `state`."""
        self.registered[index] = state
        self.adder[index] = get_ident()
        self.names[index] = (self.names[index][0], current_thread().name)
        self.registering = index
        try:
            future.add_done_callback(self.callback(index))
        finally:
            self.registering = -1

    def all_ran(self):
        return self.ran == len(self.runs)


def gated_task(calls, index, gate, timeout_s):
    """A task for an executor: says which thread runs it, then waits for its callbacks to be added."""
    calls.task[index] = get_ident()
    calls.names[index] = (current_thread().name, calls.names[index][1])
    gate.wait(timeout_s)
    return index


def check_tasks(futures):
    """Raises ProbeFailure when a task of the probe's failed (a process pool cannot take its gate,
    say): the probe's machinery broke, and its callbacks' places say nothing about the rules."""
    for future in futures:
        if future.done() and not future.cancelled() and future.exception() is not None:
            raise ProbeFailure("the probe's task failed: %s (asyncio targets need an executor"
                               " whose tasks run in this process)" % one_line(future.exception()))


async def poll_until(test, deadline):
    """Lets the loop run until test() holds or the deadline passes; True when it held."""
    while not test():
        if time.monotonic() >= deadline:
            return False
        await asyncio.sleep(POLL_S)
    return True


class LoopThreadPortal:
    """The probe's own portal, as a user writes one: a loop from the target's loop factory running
    forever on a thread of its own, coroutines handed to it with run_coroutine_threadsafe. It has
    anyio's BlockingPortal's start_task_soon(), so either can be the target's portal."""

    def __init__(self, loop_factory):
        self._loop = loop_factory()
        self._thread = threading.Thread(target=self._loop.run_forever, name="ctg-loop-thread",
                                        daemon=True)

    def __enter__(self):
        self._thread.start()
        return self

    def start_task_soon(self, func, *args):
        return asyncio.run_coroutine_threadsafe(func(*args), self._loop)

    def __exit__(self, *exc):
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)
        if not self._thread.is_alive():
            self._loop.close()
        return False


def run_on_loop(main, loop_factory):
    """Runs main() as asyncio.run() does (and, when the loop factory is the target's own, on a loop
    from it): the tasks left when it returns are cancelled and awaited, then the loop is closed.
    asyncio.Runner takes a loop factory from 3.11; before, a policy hands out the loop."""
    if loop_factory is None:
        return asyncio.run(main())
    runner_class = getattr(asyncio, "Runner", None)
    if runner_class is not None:
        with runner_class(loop_factory=loop_factory) as runner:
            return runner.run(main())
    previous = asyncio.get_event_loop_policy()

    class FactoryPolicy(asyncio.DefaultEventLoopPolicy):
        def new_event_loop(self):
            return loop_factory()

    asyncio.set_event_loop_policy(FactoryPolicy())
    try:
        return asyncio.run(main())
    finally:
        asyncio.set_event_loop_policy(previous)


class AsyncioExperiments:
    """The experiments, as methods of the runner (asyncio_runner.AsyncioRunner), which gives them
    its factories: _executor_factory, _loop_factory and _portal_factory."""

    _executor_factory: Any
    _loop_factory: Any
    _portal_factory: Any

    # Each fills `calls` and returns once its callbacks ran or timed out.

    def _run(self, main):
        run_on_loop(main, self._loop_factory)

    def _executor(self, cell):
        try:
            return self._executor_factory(max_workers=cell.workers)
        except Exception as exc:
            raise BadCell("executor constructor raised %s" % one_line(exc))

    def _future_pending(self, cell, calls):
        # asyncio.Future: callbacks added while pending, the result set later by the loop.
        async def main():
            loop = asyncio.get_running_loop()
            futures = [loop.create_future() for _ in range(cell.tasks)]
            for i, future in enumerate(futures):
                calls.add(future, i, aio_state(future))
            for i, future in enumerate(futures):
                loop.call_soon(future.set_result, i)
            await poll_until(calls.all_ran, time.monotonic() + cell.timeout_s)
        self._run(main)

    def _future_done(self, cell, calls):
        # asyncio.Future: callbacks added once the future is done.
        async def main():
            loop = asyncio.get_running_loop()
            futures = [loop.create_future() for _ in range(cell.tasks)]
            for i, future in enumerate(futures):
                future.set_result(i)
            for i, future in enumerate(futures):
                calls.add(future, i, aio_state(future))
            await poll_until(calls.all_ran, time.monotonic() + cell.timeout_s)
        self._run(main)

    def _bridged(self, cell, calls):
        # run_in_executor (even callbacks) and wrap_future (odd ones): the asyncio future's
        # callback added while its task is held on a worker.
        executor = self._executor(cell)
        gate = threading.Event()

        async def main():
            loop = asyncio.get_running_loop()
            futures = []
            for i in range(cell.tasks):
                if i % 2 == 0:
                    future = loop.run_in_executor(executor, gated_task, calls, i, gate, cell.timeout_s)
                else:
                    future = asyncio.wrap_future(
                        executor.submit(gated_task, calls, i, gate, cell.timeout_s))
                futures.append(future)
                calls.add(future, i, aio_state(future))
            gate.set()
            await poll_until(calls.all_ran, time.monotonic() + cell.timeout_s)
            check_tasks(futures)
        try:
            self._run(main)
        finally:
            gate.set()
            executor.shutdown(wait=True)

    def _underlying(self, cell, calls):
        # wrap_future: the callback added to the concurrent future under it, on the loop thread,
        # while its task is held: the worker completes that future (the thread-pool contract).
        executor = self._executor(cell)
        gate = threading.Event()

        async def main():
            wrapped = []
            futures = []
            for i in range(cell.tasks):
                future = executor.submit(gated_task, calls, i, gate, cell.timeout_s)
                futures.append(future)
                wrapped.append(asyncio.wrap_future(future))
                calls.add(future, i, state_of(future))
            gate.set()
            await poll_until(calls.all_ran, time.monotonic() + cell.timeout_s)
            check_tasks(futures)
            if wrapped:
                await asyncio.wait(wrapped, timeout=cell.timeout_s)
        try:
            self._run(main)
        finally:
            gate.set()
            executor.shutdown(wait=True)

    def _cancelled(self, cell, calls):
        # Every worker held, `tasks` more queued behind them through wrap_future; each asyncio
        # future cancelled on the loop, its callback added before: the cancel must reach the
        # queued concurrent future, and the callbacks run on the loop, later.
        executor = self._executor(cell)
        gate = threading.Event()
        blockers = Callbacks(cell.workers)

        async def main():
            held = [executor.submit(gated_task, blockers, b, gate, cell.timeout_s)
                    for b in range(cell.workers)]
            deadline = time.monotonic() + cell.timeout_s
            started = await poll_until(
                lambda: None not in blockers.task or any(f.done() for f in held), deadline)
            check_tasks(held)
            if not started:
                raise ProbeFailure("the blocker tasks did not all start within timeoutMs, so the"
                                   " cell's futures were not provably queued: the pool runs fewer"
                                   " tasks at once than max_workers=%d" % cell.workers)
            queued = [executor.submit(gated_task, calls, i, gate, cell.timeout_s)
                      for i in range(cell.tasks)]
            wrapped = [asyncio.wrap_future(f) for f in queued]
            for i, future in enumerate(wrapped):
                calls.add(future, i, aio_state(future))
                future.cancel()
            await poll_until(calls.all_ran, time.monotonic() + cell.timeout_s)
            # asyncio passes the cancel on from a callback of its own, scheduled with ours.
            await poll_until(lambda: all(f.done() for f in queued), time.monotonic() + 1.0)
            for i, future in enumerate(queued):
                calls.cancelled[i] = future.cancelled()
            gate.set()
            await asyncio.wait([asyncio.wrap_future(f) for f in held], timeout=cell.timeout_s)
        try:
            self._run(main)
        finally:
            gate.set()
            executor.shutdown(wait=True)

    def _closing(self, cell, calls):
        # Tasks left pending when the main coroutine returns: asyncio.run() (Runner) cancels them
        # and runs the loop until they finish, so their done callbacks run before it returns.
        never = []

        async def wait_forever():
            await never[0]

        async def main():
            never.append(asyncio.get_running_loop().create_future())
            for i in range(cell.tasks):
                task = asyncio.ensure_future(wait_forever())
                calls.add(task, i, aio_state(task))
            await asyncio.sleep(0)
        self._run(main)

    def _portal(self, cell, calls):
        # From this thread, coroutines handed to a loop on another thread through the target's
        # portal; a callback added to each concurrent future it gives back while the coroutine is
        # held: the loop's thread completes that future.
        gate = threading.Event()
        deadline = time.monotonic() + cell.timeout_s

        async def held(index):
            calls.task[index] = get_ident()
            calls.names[index] = (current_thread().name, calls.names[index][1])
            await poll_until(gate.is_set, deadline)
            return index

        factory = self._portal_factory or (lambda: LoopThreadPortal(self._loop_factory or asyncio.new_event_loop))
        try:
            portal_cm = factory()
        except Exception as exc:
            raise BadCell("portal factory raised %s" % one_line(exc))
        with contextlib.ExitStack() as stack:
            portal = stack.enter_context(portal_cm) if hasattr(portal_cm, "__enter__") else portal_cm
            futures = []
            for i in range(cell.tasks):
                future = portal.start_task_soon(held, i)
                futures.append(future)
                calls.add(future, i, state_of(future))
            gate.set()
            end = time.monotonic() + cell.timeout_s
            while not calls.all_ran() and time.monotonic() < end:
                time.sleep(POLL_S)
            concurrent.futures.wait(futures, timeout=max(0.0, end - time.monotonic()))


# The experiments the probe runs on an asyncio target, each a method of AsyncioExperiments, keyed by the
# scenario table's `experiment` trait (src/model/scenarios.ts).
ASYNCIO_EXPERIMENTS = {
    "aio-pending": "_future_pending",
    "aio-done": "_future_done",
    "aio-bridge": "_bridged",
    "aio-underlying": "_underlying",
    "aio-cancel": "_cancelled",
    "aio-closing": "_closing",
    "aio-portal": "_portal",
}
