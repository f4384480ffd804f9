"""The positive control's executor (--control): the user's own executor, wrapped so that one
callback in N runs on another thread. The guard runs it as a target of its own, under the same
settings as the user's, to show that a misroute at that rate is seen: a planted fault, not a
judgement (grading stays on the TypeScript side).

The probe loads it as `ctg_probe.control:ControlledExecutor` (its package is importable by name);
CTG_CONTROL_EXECUTOR names the user's factory (module:attr), CTG_CONTROL_ONE_IN the N. Its futures
relay the real ones and change only which thread runs a chosen callback: that callback runs on a
new thread, started and joined at once, so order, inline timing of the others and exception
isolation stay as the real future has them.

Python 3.8 syntax and standard library only.
"""

import importlib
import logging
import os
import random
import threading
from typing import Any

_LOGGER = logging.getLogger("concurrent.futures")


def _factory():
    spec = os.environ.get("CTG_CONTROL_EXECUTOR", "")
    module_name, _, attr = spec.partition(":")
    if not module_name or not attr:
        raise RuntimeError("CTG_CONTROL_EXECUTOR must name the executor as module:attr, got %r" % spec)
    found = importlib.import_module(module_name)  # type: Any
    for part in attr.split("."):
        found = getattr(found, part)
    return found


def _one_in():
    try:
        return max(1, int(os.environ.get("CTG_CONTROL_ONE_IN", "")))
    except ValueError:
        raise RuntimeError("CTG_CONTROL_ONE_IN must be a whole number, got %r"
                           % os.environ.get("CTG_CONTROL_ONE_IN"))


def _call(future, fn):
    # As the real Future does: an Exception from a callback is logged and ignored.
    try:
        fn(future)
    except Exception:
        _LOGGER.exception("exception calling callback for %r", future)


class _ControlFuture:
    """The real future, with callbacks that the executor may move to another thread."""

    def __init__(self, inner, executor):
        self._inner = inner
        self._executor = executor

    def running(self):
        return self._inner.running()

    def done(self):
        return self._inner.done()

    def cancelled(self):
        return self._inner.cancelled()

    def cancel(self):
        return self._inner.cancel()

    def result(self, timeout=None):
        return self._inner.result(timeout)

    def exception(self, timeout=None):
        return self._inner.exception(timeout)

    def add_done_callback(self, fn):
        self._inner.add_done_callback(lambda _inner: self._executor._dispatch(self, fn))


class ControlledExecutor:
    """The user's executor; each callback runs on a new thread named CTG-Control with chance 1/N."""

    def __init__(self, max_workers=None):
        self._inner = _factory()(max_workers=max_workers)
        self._one_in = _one_in()
        self._random = random.Random()

    def submit(self, fn, *args, **kwargs):
        return _ControlFuture(self._inner.submit(fn, *args, **kwargs), self)

    def shutdown(self, wait=True, *, cancel_futures=False):
        # cancel_futures exists from Python 3.9: passed on only when asked for.
        if cancel_futures:
            self._inner.shutdown(wait=wait, cancel_futures=True)
        else:
            self._inner.shutdown(wait=wait)

    def _dispatch(self, future, fn):
        if self._random.random() * self._one_in < 1.0:
            mover = threading.Thread(target=_call, args=(future, fn), name="CTG-Control", daemon=True)
            mover.start()
            mover.join()
        else:
            fn(future)
