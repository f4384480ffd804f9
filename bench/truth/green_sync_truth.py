"""The truth about executors that run tasks on the caller's own OS thread, without the probe:
futurist's SynchronousExecutor and GreenThreadPoolExecutor (eventlet, not monkey-patched) and
tornado's DummyExecutor. Run with Debian's python3, where those packages live:

    /usr/bin/python3 bench/truth/green_sync_truth.py [sync|green|tornado ...]

For each executor, one JSON line: where the task ran ("caller" when on the caller's OS thread),
whether in the caller's own greenlet, whether submit() returned with the future already done,
where a callback added right after submit() ran (thread and greenlet: the caller's, the task's)
and whether inline, the same for a callback added once done, and what cancel() of a second
queued future returned and where its callback ran. Identity is (pid, _thread.get_ident) and
greenlet.getcurrent() when greenlet is loaded; nothing is patched.
"""

import _thread
import json
import os
import sys
import time


def me():
    greenlet = sys.modules.get("greenlet")
    green = id(greenlet.getcurrent()) if greenlet is not None else None
    return (os.getpid(), _thread.get_ident(), green)


def task():
    return me()


def factory(kind):
    if kind == "sync":
        import futurist

        return futurist.SynchronousExecutor()
    if kind == "green":
        import futurist

        return futurist.GreenThreadPoolExecutor(max_workers=1)
    from tornado.concurrent import DummyExecutor

    return DummyExecutor()


def wait(future):
    # result() yields to eventlet's hub for green futures: the way a caller lets green tasks run.
    future.result(timeout=5)


def where(ran, caller, task_id):
    if ran is None:
        return "never"
    thread = "caller-os-thread" if ran[:2] == caller[:2] else "other-thread"
    if ran[2] is None:
        return thread
    if ran[2] == caller[2]:
        return thread + ", caller's greenlet"
    if task_id is not None and ran[2] == task_id[2]:
        return thread + ", task's greenlet"
    return thread + ", another greenlet"


def truth(kind):
    executor = factory(kind)
    caller = me()
    future = executor.submit(task)
    done_at_return = future.done()
    early = []
    inside = [True]
    future.add_done_callback(lambda f: early.append((me(), inside[0])))
    inside[0] = False
    wait(future)
    task_id = future.result()
    late = []
    inside = [True]
    future.add_done_callback(lambda f: late.append((me(), inside[0])))
    inside[0] = False
    # cancel: two futures submitted back to back, the second cancelled before the caller yields.
    first = executor.submit(task)
    second = executor.submit(task)
    cancelled = []
    second.add_done_callback(lambda f: cancelled.append(me()))
    returned = second.cancel()
    wait(first)
    executor.shutdown(wait=True)
    return {
        "executor": kind,
        "task": where(task_id, caller, None),
        "taskInCallerGreenlet": task_id[2] is not None and task_id[2] == caller[2],
        "doneWhenSubmitReturned": done_at_return,
        "callbackAddedAfterSubmit": where(early[0][0] if early else None, caller, task_id),
        "callbackAddedAfterSubmitInline": bool(early and early[0][1]),
        "callbackAddedWhenDone": where(late[0][0] if late else None, caller, task_id),
        "callbackAddedWhenDoneInline": bool(late and late[0][1]),
        "cancelReturned": returned,
        "cancelledCallback": where(cancelled[0] if cancelled else None, caller, None),
    }


def main():
    for kind in sys.argv[1:] or ["sync", "green", "tornado"]:
        print(json.dumps(truth(kind)))
        sys.stdout.flush()


if __name__ == "__main__":
    start = time.monotonic()
    main()
