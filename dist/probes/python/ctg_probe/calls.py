"""The calls the probe makes on a callback-API pool (multiprocessing.Pool's apply_async), and the
record of what their callbacks did: each run's kind (callback or error_callback), its thread,
whether it ran inside apply_async, and its value. Module-level functions, so a process pool can
pickle them by reference. Python 3.8 syntax and standard library only.
"""

import time
import traceback

from .identity import PID, Latch, allocate_lock, current_thread, get_ident, start_new_thread, this_thread


class CallFailed(Exception):
    """What a `failing` call raises; its argument is the identity of the thread that ran it."""


def failing_call(task_s):
    if task_s > 0:
        time.sleep(task_s)
    raise CallFailed(this_thread())


def held_call(index, started, gate, task_s):
    # Says which process runs it (the pid `killed` kills), then waits for the driver.
    started.put((index, PID[0]))
    gate.wait()
    if task_s > 0:
        time.sleep(task_s)
    return this_thread()


def run_bounded(function, seconds):
    """Runs function on a thread of its own; True when it returned within `seconds`."""
    done = Latch()

    def run():
        try:
            function()
        except Exception:
            traceback.print_exc()
        finally:
            done.set()

    start_new_thread(run, ())
    return done.wait(seconds)


class Calls:
    """What the callbacks of one repetition's calls did: each run's kind, thread and inlineness."""

    def __init__(self, count, driver):
        self.runs = [[] for _ in range(count)]
        self.roles = [None] * count
        # The pid a held call said it runs in (a killed call has no answer to say it).
        self.pids = {}
        self.registering = -1
        self._driver = driver
        self._lock = allocate_lock()
        self._waiting = count
        self.all_ran = Latch()
        if count == 0:
            self.all_ran.set()

    def recorder(self, index, kind):
        def record(value):
            ident = get_ident()
            run = (kind, PID[0], ident, current_thread().name,
                   ident == self._driver and self.registering == index, value)
            with self._lock:
                self.runs[index].append(run)
                if len(self.runs[index]) == 1:
                    self._waiting -= 1
                    if self._waiting == 0:
                        self.all_ran.set()
        return record
