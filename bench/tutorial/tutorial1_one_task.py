"""Tutorial experiment 1: one task, a done callback added while the task is still running.

The baseline of bench/tutorial.mjs, rewritten from the description in SuperFastPython's
"What Thread Runs Done Callback Functions": a default ThreadPoolExecutor, one task that sleeps
one second and prints its thread, a callback that prints its thread, added right after submit.
Expected: both lines name the same worker thread.
"""
from concurrent.futures import ThreadPoolExecutor
from threading import current_thread
from time import sleep


def work():
    sleep(1)
    print("task ran in:    ", current_thread())


def report_callback(_future):
    print("callback ran in:", current_thread())


if __name__ == "__main__":
    with ThreadPoolExecutor() as pool:
        future = pool.submit(work)
        future.add_done_callback(report_callback)
    # leaving the with-block shuts the pool down and waits for the task and its callback
