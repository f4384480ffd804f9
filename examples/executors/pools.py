"""Two small executors the action's self-test runs against (.github/workflows/self-test.yml).

BoundedPool is a ThreadPoolExecutor and keeps its contract. DispatcherPool hands every completed
future to one dispatcher thread, so callbacks added while a task runs run there, not on the
task's worker: the thread-pool contract's worker-runs-callback rule fails, a true finding.
Python 3.8 syntax and standard library only, like the probe.
"""

import concurrent.futures
import queue
import threading

__all__ = ["BoundedPool", "DispatcherPool"]


class BoundedPool(concurrent.futures.ThreadPoolExecutor):
    """A ThreadPoolExecutor with named threads: the passing case."""

    def __init__(self, max_workers=None):
        super().__init__(max_workers=max_workers, thread_name_prefix="BoundedPool")


class DispatcherPool(concurrent.futures.ThreadPoolExecutor):
    """Completes each returned future on a dispatcher thread: the failing case."""

    def __init__(self, max_workers=None):
        super().__init__(max_workers=max_workers, thread_name_prefix="DispatcherPool")
        self._completed = queue.SimpleQueue()
        dispatcher = threading.Thread(
            target=self._dispatch, name="DispatcherPool-dispatcher", daemon=True
        )
        dispatcher.start()

    def submit(self, fn, *args, **kwargs):
        outer = concurrent.futures.Future()

        def start_then_run():
            # The returned future reports running from the worker, as a real one does.
            if not outer.set_running_or_notify_cancel():
                return None
            return fn(*args, **kwargs)

        inner = super().submit(start_then_run)
        inner.add_done_callback(lambda done: self._completed.put((outer, done)))
        return outer

    def _dispatch(self):
        while True:
            outer, done = self._completed.get()
            if outer.done():
                continue
            error = done.exception()
            if error is not None:
                outer.set_exception(error)
            else:
                outer.set_result(done.result())
