"""Tutorial experiment 3: the callback is added two seconds after a one-second task finished.

The baseline of bench/tutorial.mjs, rewritten from the description in SuperFastPython's
"What Thread Runs Done Callback Functions": like experiment 1, but the main thread sleeps two
seconds before adding the callback, so the task is done by then.
Expected: the callback runs at once, in the main thread.
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
        sleep(2)
        future.add_done_callback(report_callback)
