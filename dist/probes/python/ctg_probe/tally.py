"""The tally: one cell's histogram of outcomes, built from each window's observations (the facts
of every callback, in the key order the result message reads) and corrected at the end of a
repetition for calls that came after their window was tallied.

It counts and never grades. The loops run once per callback, so they are written for speed
(locals, few calls); the outcome keys are tuples (registered, ranOn, inline, calls, extra facts,
taskOn), taskOn None unless the future's task ran on the caller's own OS thread.
Python 3.8 syntax and standard library only.
"""

import time

from .futures import DONE_STATES, FAST_FUTURE, TIMEOUTS, StdFuture, is_done, task_identity
from .generated import ORDER_IN_ORDER, ORDER_OUT_OF_ORDER, RAN_ON_NEVER, ROLE_AFTER_RAISER, ROLE_RAISER
from .identity import thread_name, where_ran
from .protocol import clip, extra_fact_names


def outcomes_of(histogram, extras):
    """A cell's outcomes for its result message, from its histogram: each key is (registered,
    ranOn, inline, calls) and then the values of the facts named by extras (None: absent)."""
    outcomes = []
    for key, entry in histogram.items():
        facts = {"registered": key[0], "ranOn": key[1], "inline": key[2], "calls": key[3]}
        for name, value in zip(extras, key[4:]):
            if value is not None:
                facts[name] = value
        outcomes.append({"facts": facts, "count": entry[0], "samples": entry[1]})
    return outcomes


def count_outcome(histogram, key, delta, task_name, callback_name, caller):
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


def _settle(rep, wait_s):
    """Gives the tasks of a window closed early up to wait_s to finish, as shutdown(wait=True)
    would have; a task that does not marks the repetition's wait as expired."""
    deadline = time.monotonic() + wait_s
    fast = FAST_FUTURE
    for future in rep.futures:
        if fast and type(future) is StdFuture and future._state in DONE_STATES:
            continue  # is_done(future), inline
        if future is not None and not is_done(future):
            try:
                future.result(timeout=max(0.0, deadline - time.monotonic()))
            except TIMEOUTS:
                rep.expired = True
            except Exception:
                pass


class Tally:
    """One cell's outcome keys by number (for the closed windows' codes) and where its tasks ran."""

    def __init__(self, pid, driver, driver_name):
        self.pid = pid
        self.driver = driver
        self.driver_name = driver_name
        self.keys = []
        self.key_codes = {}
        # Futures whose task ran on a worker thread, in another process, on the caller, never.
        self.places = [0, 0, 0, 0]

    def _tasks_of(self, futures, count):
        """The identity of the thread that ran each future's task (None: never ran), counted by
        where it ran (report stats, and the default contract follows it)."""
        pid = self.pid
        driver = self.driver
        places = self.places
        fast = FAST_FUTURE
        tasks = [None] * count
        for i in range(count):
            future = futures[i]
            if fast and type(future) is StdFuture:
                # task_identity(future), inline: this loop runs once per future.
                if future._state == "FINISHED" and future._exception is None:
                    task = future._result
                    if type(task) is not tuple or len(task) not in (3, 4):
                        task = None
                else:
                    task = None
            else:
                task = task_identity(future)
            if task is None:
                places[3] += 1
            elif task[0] != pid:
                places[1] += 1
            elif task[1] == driver:
                places[2] += 1
            else:
                places[0] += 1
            tasks[i] = task
        return tasks

    def add_window(self, cell, rep, histogram, closed, wait_s):
        """Adds the open window's callbacks to the histogram.

        `closed`: the window was closed before the end of the repetition (not after
        shutdown(wait=True)): first give its tasks up to wait_s (timeoutMs) to finish, as shutdown
        would have, and remember each callback's outcome for calls that may still come (late).
        This loop runs once per callback, so it is written for speed: locals, no calls.
        """
        per = rep.per_future
        extras = extra_fact_names(cell.scenario)
        with_order = "order" in extras
        with_role = "role" in extras
        with_cancel = "cancelled" in extras
        cancel_returned = rep.cancel_returned
        pid = self.pid
        driver = self.driver
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
            _settle(rep, wait_s)
        tasks = self._tasks_of(futures, rep.count)
        get = histogram.get
        ran_on_of = where_ran
        key_code = self.key_code
        sample = self.sample
        clipped = {}  # thread name -> its clipped form
        per_range = range(per)
        # The previous callback's facts and outcome: consecutive callbacks mostly share them,
        # and comparing four values is cheaper than building and hashing a key.
        last = (None, None, None, None, None)
        entry = [0, [], set()]  # replaced before first use: no key equals `last` at first
        thread = None
        code = 0
        local = 0
        for i in range(rep.count):
            task = tasks[i]
            # taskOn: only a task on the caller's OS thread has a fourth item (identity.task_on).
            task_on = task[3] if task is not None and len(task) == 4 else None
            previous_seq = 0  # first-run sequence number of the latest earlier callback that ran
            for j in per_range:
                count = calls[local]
                if count == 0:
                    ran_on = RAN_ON_NEVER
                    inline = False
                    seq = 0
                else:
                    seq, p, t, thread, inline = ran[local]
                    ran_on = ran_on_of(p, t, pid, driver, task)
                state = registered[local]
                if with_order or with_role or with_cancel or state is not last[0] or ran_on is not last[1] \
                        or inline is not last[2] or count != last[3] or task_on is not last[-1]:
                    key = (state, ran_on, inline, count)
                    if with_order:
                        # Out of order: it started before an earlier-registered callback that
                        # ran. A callback that never ran has no start, so it cannot be out of order.
                        out = count > 0 and seq < previous_seq
                        key += (ORDER_OUT_OF_ORDER if out else ORDER_IN_ORDER,)
                        if seq > previous_seq:
                            previous_seq = seq
                    if with_role:
                        key += (ROLE_RAISER if j == 0 else ROLE_AFTER_RAISER,)
                    if with_cancel:
                        key += (cancel_returned[i],)
                    key += (task_on,)
                    entry = get(key)
                    if entry is None:
                        entry = histogram[key] = [0, [], set()]
                    last = key
                    if closed:
                        code = key_code(key)
                entry[0] += 1
                if len(entry[1]) < 3:
                    sample(entry, task, thread if count else None, clipped)
                if closed:
                    if code < 255:
                        codes[base + local] = code
                    else:
                        codes[base + local] = 255
                        rep.code_overflow[base + local] = code
                local += 1

    def key_code(self, key):
        """A small number for an outcome key, the same for the whole cell (see Repetition.codes)."""
        code = self.key_codes.get(key)
        if code is None:
            code = self.key_codes[key] = len(self.keys)
            self.keys.append(key)
        return code

    def sample(self, entry, task, thread, clipped):
        """Adds the names of a callback's task and thread as a sample, if new and there is room."""
        task_name = None
        if task is not None:
            raw = str(task[2])
            task_name = clipped.get(raw)
            if task_name is None:
                task_name = clipped[raw] = clip(raw)
        name = None
        if thread is not None:
            name = thread_name(thread)
            name = clipped.get(name) or clipped.setdefault(name, clip(name))
        if (task_name, name) not in entry[2]:
            entry[2].add((task_name, name))
            entry[1].append({"task": task_name, "callback": name, "caller": self.driver_name})

    def fold_late(self, cell, rep, histogram):
        """Moves the callbacks of closed windows that were called again (or first) after their
        window was tallied to the outcome they end up with, as if tallied after shutdown."""
        if not rep.late:
            return
        per = rep.per_future
        with_order = "order" in extra_fact_names(cell.scenario)
        by_future = {}
        for index in rep.late:
            by_future.setdefault(index // per, []).append(index)
        for f in sorted(by_future):
            lo = f * per
            future = rep.late[by_future[f][0]][5]
            task = task_identity(future)
            task_name = clip(str(task[2])) if task else None
            olds = [self.keys[rep.code_of(index)] for index in range(lo, lo + per)]
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
                        ran_on = where_ran(record[1], record[2], self.pid, self.driver, task)
                        inline = False  # its registering call had long returned
                    count += record[0]
                    name = clip(record[3])
                key = (registered, ran_on, inline, count)
                if with_order:
                    if old[3] > 0:
                        out = old[4] == ORDER_OUT_OF_ORDER or any(r < index for r in late_first)
                    elif index in late_first:
                        seq = late_first[index]
                        out = any(r < index and s > seq for r, s in late_first.items())
                    else:
                        out = False
                    key += (ORDER_OUT_OF_ORDER if out else ORDER_IN_ORDER,)
                # The facts after those (role, cancelled, taskOn) stay as tallied.
                key += old[len(key):]
                if key != old:
                    count_outcome(histogram, old, -1, None, None, None)
                    count_outcome(histogram, key, 1, task_name, name, self.driver_name if name else None)
        rep.late = {}

