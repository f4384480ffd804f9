/** Where the Python contracts' rules come from. Quotes are short citations. */
export const PYTHON_SOURCES = {
  tutorial:
    'SuperFastPython, "What Thread Runs Done Callback Functions" (ThreadPoolExecutor tutorial): "the worker thread that executes the task also executes all done callback functions for the task"; "when the task is done and the done callback function is added ... the calling thread will execute the callback function immediately"',
  'python-docs':
    'Python docs, concurrent.futures.Future.add_done_callback: "Added callables are called in the order that they were added and are always called in a thread belonging to the process that added them. If the callable raises an Exception subclass, it will be logged and ignored. ... If the future has already completed or been cancelled, fn will be called immediately." https://docs.python.org/3/library/concurrent.futures.html#concurrent.futures.Future.add_done_callback',
  'python-docs-running':
    'Python docs, concurrent.futures.Future.running(): "Return True if the call is currently being executed and cannot be cancelled."',
  'cpython-source':
    'CPython Lib/concurrent/futures: Future.cancel(), set_result() and set_exception() invoke the callbacks in the thread that calls them, once per state change; ThreadPoolExecutor.shutdown(cancel_futures=True) cancels the queued futures in the calling thread; ProcessPoolExecutor sets results from its executor-manager thread in the parent process',
  'process-pool-handover':
    'CPython Lib/concurrent/futures/process.py: the executor-manager thread moves queued work items into the call queue (one more than the workers) and calls set_running_or_notify_cancel() on each as it does: from then on the future is running, cancel() returns False, and the worker process runs it. So a future the caller saw pending can be handed over before the caller\'s cancel() (or shutdown(cancel_futures=True)) reaches it. Python docs, Future.cancel(): "If the call is currently being executed or finished running and cannot be cancelled then the method will return False, otherwise the call will be cancelled and the method will return True."',
  'pebble-source':
    "pebble pool/process.py: a worker acknowledges a task when it takes it (Acknowledgement(pid, task id)), and the parent's message-manager thread then calls set_running_or_notify_cancel(): the task can already run, and signal so, while its future still says pending"
} as const
