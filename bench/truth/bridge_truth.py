"""The truth about executors that complete their futures from another runtime, without the probe:
anyio's BlockingPortal (start_task_soon() returns a concurrent future, completed on the portal's
event-loop thread) and multiprocessing.pool.ThreadPool behind submit() (apply_async's callback,
run by the pool's result-handler thread, completes the future). The factories are the test
fixtures' (__tests__/fixtures/python/bridge_executors.py). Run with Debian's python3 (anyio):

    /usr/bin/python3 bench/truth/bridge_truth.py [anyio_portal|result_handler_pool ...]

For each, one JSON line: the thread that ran a task, whether the future said running() while
the task ran, where a callback added then ran (the task's thread, the caller's, another: by
thread name) and whether inline, and the same for a callback added once done.
"""

import json
import os
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "__tests__", "fixtures", "python"))

import bridge_executors  # noqa: E402


def me():
    thread = threading.current_thread()
    return (threading.get_ident(), thread.name)


def wait_for(record, seconds):
    deadline = time.monotonic() + seconds
    while not record and time.monotonic() < deadline:
        time.sleep(0.01)


def where(ran, caller, task):
    if ran is None:
        return "never"
    if ran[0] == caller[0]:
        return "caller-thread"
    if ran[0] == task[0]:
        return "task-thread"
    return "other-thread (%s)" % ran[1]


def truth(name):
    executor = getattr(bridge_executors, name)(max_workers=1)
    caller = me()
    started = threading.Event()
    gate = threading.Event()
    ran_task = []

    def task():
        ran_task.append(me())
        started.set()
        gate.wait(5)
        return 1

    future = executor.submit(task)
    started.wait(5)
    running = future.running()
    early = []
    inside = [True]
    future.add_done_callback(lambda f: early.append((me(), inside[0])))
    inside[0] = False
    gate.set()
    wait_for(early, 5)
    future.result(5)
    late = []
    inside = [True]
    future.add_done_callback(lambda f: late.append((me(), inside[0])))
    inside[0] = False
    executor.shutdown(wait=True)
    task_id = ran_task[0]
    return {
        "executor": name,
        "taskThread": task_id[1],
        "runningWhileTaskRuns": running,
        "callbackAddedWhileRunning": where(early[0][0] if early else None, caller, task_id),
        "callbackAddedWhileRunningInline": bool(early and early[0][1]),
        "callbackAddedWhenDone": where(late[0][0] if late else None, caller, task_id),
        "callbackAddedWhenDoneInline": bool(late and late[0][1]),
    }


def main():
    for name in sys.argv[1:] or ["anyio_portal", "result_handler_pool"]:
        print(json.dumps(truth(name)))
        sys.stdout.flush()


if __name__ == "__main__":
    main()
