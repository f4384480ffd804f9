"""What one repetition of a cell observes, one window of futures at a time: the done callback
the probe registers, who ran it, how often, and the latch the driver waits on.

The callback runs on whatever thread the executor picks (a worker, the caller, another process's
relay): it only records, under a plain lock, and never decides anything.
Python 3.8 syntax and standard library only.
"""

from .identity import PID, Latch, allocate_lock, current_thread, get_ident


class Deliberate(Exception):
    """What the first callback of a `raising` future raises."""


class Repetition:
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
        self._lock = allocate_lock()
        self._all_ran = Latch()
        # The aimed held experiment's signal: set by the first call of callback `awaited`.
        self._arrived = Latch()
        self.awaited = -1
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
        # Outcome key of every tallied callback of a closed window (a code into Tally.keys, 255
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
        ident = get_ident()
        pid = PID[0]
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
                    self.ran[local] = (seq, pid, ident, current_thread(), inline)
                    if index == self.awaited:
                        self._arrived.set()
                    # The latch counts callbacks, not calls: a callback run twice must not hide
                    # a callback never run.
                    self.remaining -= 1
                    if self.remaining == 0:
                        self._all_ran.set()
            else:
                record = self.late.get(index)
                if record is None:
                    seq = self._next_seq = self._next_seq + 1
                    self.late[index] = [1, pid, ident, current_thread().name, seq, future]
                else:
                    record[0] += 1
        if self._raising and index % self.per_future == 0:
            raise Deliberate("deliberate")

    def wait(self, timeout_s):
        """Waits up to timeout_s for the latch; returns True when every callback has run."""
        return self._all_ran.wait(timeout_s)

    def expect(self, index):
        """Arms await_arrival for callback `index` (global), before it is registered."""
        with self._lock:
            self.awaited = index
            self._arrived.clear()

    def await_arrival(self, timeout_s):
        """Waits up to timeout_s for the first call of the callback expect() named; a raw lock,
        so the driver gives up the interpreter at once and nothing wakes it before that call."""
        return self._arrived.wait(timeout_s)

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

