"""Tutorial experiment 2: sixteen one-second tasks on four workers, a callback on each.

The baseline of bench/tutorial.mjs, rewritten from the description in SuperFastPython's
"What Thread Runs Done Callback Functions": each task returns the name of the worker thread that
ran it; each callback compares that name with its own thread's name and prints both.
Expected: "different: False" sixteen times.
"""
from concurrent.futures import ThreadPoolExecutor
from threading import current_thread
from time import sleep


def work():
    sleep(1)
    return current_thread().name


def compare_callback(future):
    task_thread = future.result()
    callback_thread = current_thread().name
    print("task: %s, callback: %s, different: %s"
          % (task_thread, callback_thread, task_thread != callback_thread))


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=4) as pool:
        for _ in range(16):
            future = pool.submit(work)
            future.add_done_callback(compare_callback)
