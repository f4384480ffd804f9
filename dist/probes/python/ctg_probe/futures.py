"""Reading a future's state, result and exception with what it has: the stdlib Future fast, any
other through its methods, a future without running() (gevent's) without failing.

Python 3.8 syntax and standard library only.
"""

import concurrent.futures
import sys
import time

from .generated import (
    REGISTERED_CANCELLED,
    REGISTERED_DONE,
    REGISTERED_NOT_DONE,
    REGISTERED_PENDING,
    REGISTERED_RUNNING,
)

# concurrent.futures.Future itself (not a subclass, not another executor's future) is read
# through its attributes: one read of _state is the same snapshot its done(), running() and
# cancelled() take under its lock, at a fraction of the cost (four lock round trips per
# registration otherwise). Only when this Python's Future has the attributes we know.
StdFuture = concurrent.futures.Future
STATES = {"PENDING": REGISTERED_PENDING, "RUNNING": REGISTERED_RUNNING,
          "CANCELLED": REGISTERED_CANCELLED, "CANCELLED_AND_NOTIFIED": REGISTERED_CANCELLED,
          "FINISHED": REGISTERED_DONE}


def _knows_future():
    try:
        future = StdFuture()
        if future._state != "PENDING" or future._exception is not None:
            return False
        future.set_result(1)
        return future._state == "FINISHED" and future._result == 1
    except Exception:
        return False


FAST_FUTURE = _knows_future()


def state_of(future, started=False):
    """The future's state as its own methods report it, immediately before registration.

    Terminal states are checked first and again last, so a future that moves on while we look
    is reported in its latest state, never in a state it had already left. A future without
    running() or cancelled() (gevent's) is read with what it has and what the probe knows:
    `started` means its held task has signalled that it runs; without either, "not-done" says
    that the probe cannot tell pending from running.
    """
    if FAST_FUTURE and type(future) is StdFuture:
        state = STATES.get(future._state)
        if state is not None:
            return state
    terminal = _terminal_state(future)
    if terminal is not None:
        return terminal
    running = getattr(future, "running", None)
    if running is not None:
        state = REGISTERED_RUNNING if running() else REGISTERED_PENDING
    else:
        state = REGISTERED_RUNNING if started else REGISTERED_NOT_DONE
    terminal = _terminal_state(future)
    return terminal if terminal is not None else state


def cancel_fact(returned):
    """The `cancelled` fact: what cancel() returned, True or False; None (no fact) for anything
    else, so that a cancel() that says nothing clear never earns a race's waiver."""
    if returned is True or returned is False:
        return returned
    return None


def _terminal_state(future):
    if not future.done():
        return None
    cancelled = getattr(future, "cancelled", None)
    return REGISTERED_CANCELLED if cancelled is not None and cancelled() else REGISTERED_DONE


def exception_of(future):
    """The exception a finished, not cancelled future holds, or None (also when it cannot say)."""
    if future is None:
        return None
    if FAST_FUTURE and type(future) is StdFuture:
        return future._exception if future._state == "FINISHED" else None
    try:
        if not future.done():
            return None
        cancelled = getattr(future, "cancelled", None)
        if cancelled is not None and cancelled():
            return None
        exception = getattr(future, "exception", None)
        if exception is not None:
            return exception(timeout=0)
        future.result(timeout=0)
    except concurrent.futures.CancelledError:
        return None
    except Exception as exc:
        return exc
    return None


def yield_to_caller_hub():
    """Lets an event hub on the driver thread run (gevent after monkey.patch_all(): time.sleep is
    then the hub's, looked up now, not at import). A blocking OS-level wait would starve the hub,
    and its callbacks would never run while the driver waits: a user's patched code yields too.
    Unpatched, this is a real 1 ms sleep, and a hub that needs one never gets to run."""
    time.sleep(0.001)


def yield_to_green_tasks(futures):
    """Lets green threads on the caller's own OS thread run while the driver waits: when greenlet
    is loaded (eventlet's or gevent's executors, patched or not), waits a moment in the first
    unfinished future's own result(timeout), which switches to the executor's hub. The probe's
    own waits block the OS thread, and an unpatched time.sleep never reaches the hub, so without
    this a green task would only run at shutdown(). Without greenlet: nothing, at no cost."""
    if "greenlet" not in sys.modules:
        return
    for future in futures:
        if future is not None and not is_done(future):
            try:
                future.result(timeout=0.001)
            except Exception:
                pass  # timed out, failed or cancelled: the callers look at the future themselves
            return


def task_identity(future):
    """(pid, ident, name) of the thread that ran the task, or None if it never ran."""
    if future is None:
        return None
    if FAST_FUTURE and type(future) is StdFuture:
        # set_result() stores _result before it sets _state: FINISHED means _result is there.
        if future._state != "FINISHED" or future._exception is not None:
            return None
        value = future._result
    else:
        try:
            # Raises if unfinished (timeout), cancelled or failed: in each case no identity.
            value = future.result(timeout=0)
        except Exception:
            return None
    if isinstance(value, tuple) and len(value) in (3, 4):
        return value
    return None


# What result(timeout) raises: concurrent.futures' own before 3.11, the builtin since, and the
# builtin from some third-party futures (gevent's) on any version.
TIMEOUTS = (concurrent.futures.TimeoutError, TimeoutError)
DONE_STATES = ("CANCELLED", "CANCELLED_AND_NOTIFIED", "FINISHED")


def is_done(future):
    if FAST_FUTURE and type(future) is StdFuture:
        return future._state in DONE_STATES
    try:
        return future.done()
    except Exception:
        return True  # a future that cannot say is not worth waiting for
