"""Truth for the asyncio contract (issue 22): what the stdlib's asyncio, and anyio's blocking
portal when it is installed, do with done callbacks. Independent of the probe: only asyncio,
concurrent.futures, threading (and anyio). Prints one line per fact; exits 1 if a fact differs
from what docs/executors.md ("asyncio") says.

    python3 bench/truth/asyncio_truth.py

Python 3.8+ (CPython or PyPy).
"""

import asyncio
import concurrent.futures
import sys
import threading

ROWS = []


def row(name, seen, expected):
    ROWS.append(seen == expected)
    print("%-58s %-34s %s" % (name, seen, "ok" if seen == expected else "DIFFERS, expected %s" % (expected,)))


def where(ident, loop_ident, worker_idents=(), caller=None):
    if ident == loop_ident:
        return "loop-thread"
    if ident == caller:
        return "caller-thread"
    if ident in worker_idents:
        return "worker-thread"
    return "other-thread"


async def future_callbacks():
    loop = asyncio.get_running_loop()
    me = threading.get_ident()
    ran = []
    fut = loop.create_future()
    fut.add_done_callback(lambda f: ran.append(("pending", threading.get_ident())))
    loop.call_soon(fut.set_result, 1)
    await fut
    inline = []
    fut.add_done_callback(lambda f: inline.append(threading.get_ident()))
    after_done_inline = len(inline) == 1  # read right after add_done_callback returned
    await asyncio.sleep(0)
    row("asyncio.Future, added while pending: thread", where(ran[0][1], me), "loop-thread")
    row("asyncio.Future, added after done: inline", after_done_inline, False)
    row("asyncio.Future, added after done: thread (next loop turn)", where(inline[0], me), "loop-thread")


async def executor_bridge(executor):
    loop = asyncio.get_running_loop()
    me = threading.get_ident()
    gate = threading.Event()

    def task():
        gate.wait(5)
        return threading.get_ident()

    ran = []
    fut = loop.run_in_executor(executor, task)
    fut.add_done_callback(lambda f: ran.append(threading.get_ident()))
    gate.set()
    worker = await fut
    await asyncio.sleep(0)
    row("run_in_executor: asyncio callback thread", where(ran[0], me, (worker,)), "loop-thread")

    gate.clear()
    cf_ran, aio_ran = [], []
    cf = executor.submit(task)
    cf.add_done_callback(lambda f: cf_ran.append(threading.get_ident()))
    wrapped = asyncio.wrap_future(cf)
    wrapped.add_done_callback(lambda f: aio_ran.append(threading.get_ident()))
    gate.set()
    worker = await wrapped
    await asyncio.sleep(0)
    row("wrap_future: concurrent future's callback thread", where(cf_ran[0], me, (worker,)), "worker-thread")
    row("wrap_future: asyncio future's callback thread", where(aio_ran[0], me, (worker,)), "loop-thread")


async def cancel_bridge():
    loop = asyncio.get_running_loop()
    me = threading.get_ident()
    executor = concurrent.futures.ThreadPoolExecutor(max_workers=1)
    gate = threading.Event()
    blocker = executor.submit(gate.wait, 5)  # the one worker is busy: the next task is queued
    cf = executor.submit(threading.get_ident)
    wrapped = asyncio.wrap_future(cf)
    ran = []
    wrapped.add_done_callback(lambda f: ran.append(threading.get_ident()))
    wrapped.cancel()
    inline = len(ran) == 1
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    row("cancel through wrap_future: asyncio callback inline", inline, False)
    row("cancel through wrap_future: asyncio callback thread", where(ran[0], me), "loop-thread")
    row("cancel through wrap_future: concurrent future cancelled", cf.cancelled(), True)
    gate.set()
    blocker.result(5)
    executor.shutdown(wait=True)


def closing_loop():
    # asyncio.run() cancels the tasks left when its coroutine returns and runs the loop until
    # they finish: their done callbacks run then, on the loop's thread, before run() returns.
    ran = []
    loop_ident = []

    async def forever():
        await asyncio.sleep(3600)

    async def main():
        loop_ident.append(threading.get_ident())
        for _ in range(4):
            task = asyncio.ensure_future(forever())
            task.add_done_callback(lambda t: ran.append((threading.get_ident(), t.cancelled())))
        await asyncio.sleep(0)

    asyncio.run(main())
    row("asyncio.run ending: callbacks of its leftover tasks ran", len(ran), 4)
    row("asyncio.run ending: their thread", sorted(set(where(i, loop_ident[0]) for i, _ in ran)), ["loop-thread"])
    row("asyncio.run ending: the tasks were cancelled", all(c for _, c in ran), True)


def threadsafe_portal():
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    gate = threading.Event()
    loop_ident = []

    async def job():
        loop_ident.append(threading.get_ident())
        while not gate.is_set():
            await asyncio.sleep(0.001)
        return 1

    ran = []
    cf = asyncio.run_coroutine_threadsafe(job(), loop)
    cf.add_done_callback(lambda f: ran.append(threading.get_ident()))
    gate.set()
    cf.result(5)
    after = []
    cf.add_done_callback(lambda f: after.append(threading.get_ident()))
    row("run_coroutine_threadsafe: callback added while pending: thread",
        where(ran[0], loop_ident[0], caller=threading.get_ident()), "loop-thread")
    row("run_coroutine_threadsafe: callback added after done: thread (inline)",
        where(after[0], loop_ident[0], caller=threading.get_ident()), "caller-thread")
    loop.call_soon_threadsafe(loop.stop)
    thread.join(5)
    loop.close()


def anyio_portal():
    try:
        from anyio.from_thread import start_blocking_portal
    except ImportError:
        print("anyio: not installed here, skipped")
        return
    gate = threading.Event()
    loop_ident = []

    async def job():
        loop_ident.append(threading.get_ident())
        while not gate.is_set():
            await asyncio.sleep(0.001)
        return 1

    with start_blocking_portal() as portal:
        ran = []
        cf = portal.start_task_soon(job)
        cf.add_done_callback(lambda f: ran.append(threading.get_ident()))
        gate.set()
        cf.result(5)
        after = []
        cf.add_done_callback(lambda f: after.append(threading.get_ident()))
        row("anyio portal start_task_soon: added while pending: thread",
            where(ran[0], loop_ident[0], caller=threading.get_ident()), "loop-thread")
        row("anyio portal start_task_soon: added after done: thread",
            where(after[0], loop_ident[0], caller=threading.get_ident()), "caller-thread")


def main():
    print("%s %s" % (sys.implementation.name, sys.version.split()[0]))
    asyncio.run(future_callbacks())
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as executor:
        asyncio.run(executor_bridge(executor))
    asyncio.run(cancel_bridge())
    closing_loop()
    threadsafe_portal()
    anyio_portal()
    sys.exit(0 if all(ROWS) else 1)


if __name__ == "__main__":
    main()
