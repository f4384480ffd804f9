"""Who runs what: the OS thread identity saved before any user module loads, the probe's tasks,
the gates and queues that hold them, and the one classification of where a callback ran.

Everything here must work whatever the user's module patches (gevent's monkey.patch_all()), and
the tasks are module-level functions so that process pools can pickle them by name.
Python 3.8 syntax and standard library only.
"""

import _thread
import functools
import os
import queue
import sys
import threading
import time
from typing import List, Optional

from .generated import RAN_ON_CALLER_THREAD, RAN_ON_OTHER_PROCESS, RAN_ON_OTHER_THREAD, RAN_ON_TASK_THREAD
from .generated import TASK_ON_CALLER_THREAD, TASK_ON_GREEN_THREAD
from .perturb import await_gate, spin_task_end
from .protocol import ProbeFailure

# Tasks. Module-level functions so ProcessPoolExecutor can pickle them. Each returns the
# identity of the thread that ran it: the probe reads it from the future at tally time, which
# also works when the task ran in another process.


# The process id, kept current across os.fork() (a forked child runs the hook; a spawned one
# imports this module afresh): os.getpid() is a system call, and it is asked once per task and
# once per callback.
PID = [os.getpid()]
# Each thread's (pid, ident, name), worked out on its first task: a task is asked for it every
# time, and the full answer costs more than a zero-length task itself. (A thread renamed later
# keeps its first name in the report's samples; the facts use pid and ident only.)
#
# Everything the probe needs of threads is saved here, before any user module loads: gevent's
# monkey.patch_all() replaces threading's and _thread's functions (get_ident then returns a
# greenlet id, locks and queues yield to the hub). The task, the callback and the registering
# caller are all identified by this one saved get_ident, and the probe's own gates, latches and
# queues block the OS thread whatever the user patches.
get_ident = _thread.get_ident
allocate_lock = _thread.allocate_lock
start_new_thread = _thread.start_new_thread
_SimpleQueue = queue.SimpleQueue
_local = threading.local
_TLS = _local()
partial = functools.partial
current_thread = threading.current_thread


def _reset_pid():
    global _TLS
    PID[0] = os.getpid()
    _TLS = _local()  # the forking thread's cached identity names the parent


if hasattr(os, "register_at_fork"):  # not on Windows, which has no fork
    os.register_at_fork(after_in_child=_reset_pid)


# The caller's (driver's) (pid, OS thread ident), set by the probe before any task runs: a task on
# that thread (inside submit(), or a green thread of its OS thread) says so in its identity and,
# when held, in ON_CALLER. Tasks of another process compare their own pid and never match.
CALLER = [None, None]  # type: List[Optional[int]]
# Where the first held task that found itself on the caller's OS thread ran (a TASK_ON word), or
# None: set by that task, read by the driver (the same thread, so the same process).
ON_CALLER = [None]  # type: List[Optional[str]]


def set_caller(pid, ident):
    CALLER[0] = pid
    CALLER[1] = ident


def place_on_caller():
    """Where the running task is, when on the caller's OS thread: TASK_ON_CALLER_THREAD in the
    thread's own flow (its main greenlet, or no greenlets at all: inside submit()),
    TASK_ON_GREEN_THREAD in another greenlet of it; None on any other thread or process.
    greenlet is asked only when the user's executor loaded it (the probe imports nothing)."""
    if get_ident() != CALLER[1] or PID[0] != CALLER[0]:
        return None
    greenlet = sys.modules.get("greenlet")
    getcurrent = getattr(greenlet, "getcurrent", None)
    if getcurrent is not None and getattr(getcurrent(), "parent", None) is not None:
        return TASK_ON_GREEN_THREAD  # only a thread's main greenlet has no parent
    return TASK_ON_CALLER_THREAD


def this_thread():
    """(pid, thread ident, thread name) of the running thread, kept per thread."""
    try:
        return _TLS.identity
    except AttributeError:
        identity = _TLS.identity = (PID[0], get_ident(), current_thread().name)
        return identity


def plain_task(task_s):
    if task_s > 0:
        time.sleep(task_s)
    spin_task_end()
    try:
        identity = _TLS.identity  # this_thread(), inline
    except AttributeError:
        identity = this_thread()
    if identity[1] == CALLER[1]:
        # On the caller's OS thread (or a thread of another process that reuses the ident): a
        # fourth item says where (task_on), never on a worker's identity.
        place = place_on_caller()
        if place is not None:
            return identity + (place,)
    return identity


def task_on(task):
    """The `taskOn` fact of a task identity: where on the caller's OS thread it ran, or None."""
    return task[3] if len(task) == 4 else None


def held_task(index, started, gate, task_s):
    place = place_on_caller()
    if place is not None:
        # On the caller's OS thread (inside submit(), or a green thread the caller's wait let
        # run): waiting on the gate would block the very thread that opens it. Say so at once
        # and return: the driver ends the cell as one the probe cannot hold tasks in.
        ON_CALLER[0] = place
        started.put(place)
        return this_thread() + (place,)
    # Announce that the task is running, then stay running until the driver has registered
    # its callbacks: this removes the registration boundary race from the experiment.
    started.put(index)
    await_gate(gate)
    gate.wait()
    if task_s > 0:
        time.sleep(task_s)
    spin_task_end()
    return this_thread()


# --------------------------------------------------------------------------------------------
# Synchronisation primitives for held tasks: threading ones for thread executors, Manager
# proxies for ProcessPoolExecutor (threading primitives do not cross processes).


class _LockGate:
    """A one-shot gate for one waiting task: a pre-acquired lock (cheaper than threading.Event,
    which matters with one gate per task). The driver calls set(), and the submit watchdog when
    submit() blocks: the second set() of a race is harmless."""

    __slots__ = ("_lock", "_open")

    def __init__(self):
        self._lock = allocate_lock()
        self._lock.acquire()
        self._open = False

    def wait(self):
        self._lock.acquire()
        self._lock.release()

    def set(self):
        if not self._open:
            self._open = True
            try:
                self._lock.release()
            except RuntimeError:
                pass  # released by the other caller of a racing set()


# Why a cell cannot hold tasks, by where its held task found itself (place_on_caller).
CANNOT_HOLD = {
    TASK_ON_CALLER_THREAD: "the executor runs tasks inside submit() (synchronous)",
    TASK_ON_GREEN_THREAD: "the executor runs tasks on the caller's thread (green threads)",
}


class CannotHold(ProbeFailure):
    """A held task ran on the caller's OS thread: no gate can hold it there, so the cell could not
    run (and no later cell of the target that holds tasks can)."""


def check_on_caller():
    """Raises CannotHold once a held task has found itself on the caller's OS thread."""
    place = ON_CALLER[0]
    if place is not None:
        raise CannotHold(CANNOT_HOLD[place])


class SubmitWatch:
    """Opens the held tasks' gates when submit() has not returned within the wait.

    A pool that does not queue beyond its workers (gevent's submit() waits for a free worker)
    would otherwise block the driver forever behind the probe's own held tasks. The watchdog is a
    real OS thread (started with the saved _thread function, not a patched Thread)."""

    def __init__(self, rep, timeout_s):
        self.blocked = False
        self._done = Latch()
        start_new_thread(self._watch, (rep, timeout_s))

    def _watch(self, rep, timeout_s):
        if not self._done.wait(timeout_s):
            self.blocked = True
            rep.open_gates()

    def stop(self):
        """Ends the watch without a verdict on submit() (the cell ended for another reason)."""
        self._done.set()

    def finish(self, what):
        self._done.set()
        if self.blocked:
            raise ProbeFailure(
                "submit() of the %s did not return within timeoutMs while the probe's held tasks"
                " occupied the workers (the pool makes submit() wait for a free worker, or for the"
                " event loop a held task occupies, instead of queueing), so the probe cannot hold"
                " tasks in this pool; it opened their gates"
                % what)


class Latch:
    """A resettable one-way signal on a saved OS lock (threading.Event may be gevent's after the
    user's module loads). Callers of set() and clear() hold the repetition's lock; only the
    driver waits."""

    __slots__ = ("_lock", "_set")

    def __init__(self):
        self._lock = allocate_lock()
        self._lock.acquire()
        self._set = False

    def set(self):
        if not self._set:
            self._set = True
            self._lock.release()

    def clear(self):
        if self._set:
            self._lock.acquire()
            self._set = False

    def wait(self, timeout_s):
        got = self._lock.acquire(True, timeout_s) if timeout_s > 0 else self._lock.acquire(False)
        if got:
            self._lock.release()
        return got


class ThreadSync:
    kind = "thread"

    def queue(self):
        return _SimpleQueue()

    def gate(self):
        return _LockGate()


class ProcessSync:
    kind = "process"

    def __init__(self, manager):
        self._manager = manager

    def queue(self):
        return self._manager.Queue()

    def gate(self):
        return self._manager.Event()


def thread_name(thread):
    try:
        return str(thread.name)
    except Exception:
        return repr(thread)


def where_ran(cb_pid, cb_ident, pid, driver, task):
    """Where a callback ran: the one classification, used by the tally and the late path alike.
    The caller's thread is named as such also when it ran the task: the outcome's taskOn fact
    (task_on) says that it did, and the grading reads the two together (src/grading)."""
    if cb_pid == pid and cb_ident == driver:
        return RAN_ON_CALLER_THREAD
    if task is not None and cb_pid == task[0] and cb_ident == task[1]:
        return RAN_ON_TASK_THREAD
    if cb_pid != pid:
        return RAN_ON_OTHER_PROCESS
    return RAN_ON_OTHER_THREAD
