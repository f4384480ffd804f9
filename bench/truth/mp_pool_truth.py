"""What multiprocessing.Pool and ThreadPool do with apply_async's callbacks, measured.

python3 bench/truth/mp_pool_truth.py: for each case, how many times the callback (or
error_callback) ran, on which thread (its name; the caller's, a worker's or the pool's own result
handler thread), and what happened when the worker running the call was killed. Independent of the
probe; standard library only, Python 3.8+. The truth the multiprocessing-pool contract's verdicts
are checked against: see docs/executors.md.
"""
import multiprocessing
import multiprocessing.pool
import os
import signal
import threading
import time


def work(x):
    return os.getpid(), threading.current_thread().name, x


def fail(x):
    raise ValueError("call %d failed" % x)


def hang(x):
    time.sleep(30)
    return x


def record(log, kind):
    def callback(value):
        log.append((kind, threading.current_thread().name, type(value).__name__))
    return callback


def run_case(name, pool_class, func, kill=False):
    log = []
    caller = threading.current_thread().name
    pool = pool_class(2)
    result = pool.apply_async(func, (1,), callback=record(log, "callback"),
                              error_callback=record(log, "error_callback"))
    note = ""
    if kill:
        time.sleep(0.5)
        for child in multiprocessing.active_children():
            os.kill(child.pid, signal.SIGKILL)
        try:
            result.get(timeout=3)
            note = "; get() returned"
        except multiprocessing.TimeoutError:
            note = "; get(timeout=3) raised TimeoutError: the call hangs"
    else:
        try:
            result.get(timeout=10)
        except ValueError:
            pass
    time.sleep(0.2)
    runs = ", ".join("%s on %s (%s)" % entry for entry in log) or "nothing ran"
    # terminate() in a daemon thread: whether it returns is part of what is measured.
    stopper = threading.Thread(target=pool.terminate, daemon=True)
    stopper.start()
    stopper.join(5)
    if stopper.is_alive():
        note += "; terminate() did not return within 5 s"
    print("%s, %s: %s; caller %s%s" % (name, pool_class.__name__, runs, caller, note), flush=True)


def main():
    import platform
    print("%s %s" % (platform.python_implementation(), platform.python_version()))
    for pool_class in (multiprocessing.Pool, multiprocessing.pool.ThreadPool):
        run_case("result", pool_class, work)
        run_case("error", pool_class, fail)
    run_case("worker killed", multiprocessing.Pool, hang, kill=True)
    for child in multiprocessing.active_children():
        child.kill()  # the workers the hung pool started, so that none outlives the script
    os._exit(0)  # a pool whose terminate() hung must not keep the script alive


if __name__ == "__main__":
    main()
