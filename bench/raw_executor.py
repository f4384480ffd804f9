"""The overhead benchmark's baseline: the raw executor, with nothing observed.

A plain loop that submits zero-length tasks to a ThreadPoolExecutor and adds a do-nothing done
callback to each future, the way application code does; then shuts the executor down (waiting,
as the probe does). Prints {"wallMs", "cpuMs", "maxRssKb"} measured around exactly that, in this process, so
interpreter start-up is excluded as it is from the probe's measurement.

    python raw_executor.py WORKERS TASKS [PER_EXECUTOR]

With PER_EXECUTOR, a fresh executor takes every PER_EXECUTOR tasks (as a budget run's
repetitions do; bench/budget.mjs).

Python 3.8 syntax.
"""
import concurrent.futures
import json
import sys
import time


def task():
    return None


def do_nothing(_future):
    pass


def main():
    workers = int(sys.argv[1])
    tasks = int(sys.argv[2])
    per_executor = int(sys.argv[3]) if len(sys.argv) > 3 else tasks
    wall = time.perf_counter()
    cpu = time.process_time()
    left = tasks
    while left > 0:
        executor = concurrent.futures.ThreadPoolExecutor(max_workers=workers)
        for _ in range(min(per_executor, left)):
            executor.submit(task).add_done_callback(do_nothing)
        executor.shutdown(wait=True)
        left -= per_executor
    out = {"wallMs": (time.perf_counter() - wall) * 1000.0,
           "cpuMs": (time.process_time() - cpu) * 1000.0}
    try:
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        out["maxRssKb"] = peak // 1024 if sys.platform == "darwin" else peak
    except ImportError:  # Windows
        pass
    print(json.dumps(out))


if __name__ == "__main__":
    main()
