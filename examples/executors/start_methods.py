"""ProcessPoolExecutor with the start method of another operating system, on a Linux runner.

macOS and Windows start process-pool workers with `spawn` by default (Linux: `fork`, and from
Python 3.14 `forkserver`); the action runs on Linux runners only, so a project that wants the
spawn behaviour measured points the guard at one of these factories:
`--executor start_methods:spawn_process_pool --python-path examples/executors`.
Python 3.8 syntax and standard library only, like the probe.
"""

import concurrent.futures
import multiprocessing

__all__ = ["spawn_process_pool", "forkserver_process_pool"]


def spawn_process_pool(max_workers=None):
    """Workers start as fresh interpreters, as on macOS and Windows."""
    return concurrent.futures.ProcessPoolExecutor(
        max_workers=max_workers, mp_context=multiprocessing.get_context("spawn")
    )


def forkserver_process_pool(max_workers=None):
    """Workers fork from a server process (Linux's default from Python 3.14)."""
    return concurrent.futures.ProcessPoolExecutor(
        max_workers=max_workers, mp_context=multiprocessing.get_context("forkserver")
    )
