import type { ContractInput } from '../contract.js'

const RAN = ['caller-thread', 'task-thread', 'other-thread', 'other-process']

/**
 * multiprocessing.Pool and ThreadPool through apply_async(callback=, error_callback=): the pool's
 * result-handler thread applies the callbacks, once, when the result is ready; never the caller,
 * never inside apply_async, never the worker. A call whose worker process dies is never answered
 * in CPython (measured on 3.8 to 3.13: bench/truth/mp_pool_truth.py): a finding, not a failure.
 */
export const multiprocessingPool: ContractInput = {
  name: 'multiprocessing-pool',
  title:
    "multiprocessing.Pool: apply_async's callbacks run once, on the pool's result-handler thread",
  description:
    "For Python pools that take their callbacks with the call (multiprocessing.Pool, multiprocessing.pool.ThreadPool, their subclasses). When a call's result is ready, the pool's result-handler thread applies its callback, or its error_callback with the exception when the call failed: once, neither on the caller's thread nor inside apply_async, nor on the worker. close() lets the calls in progress and queued complete. A call whose worker process is killed is never answered by CPython's pool: reported as interesting.",
  sources: {
    'python-docs-apply-async':
      'Python docs, multiprocessing.pool.Pool.apply_async: "If callback is specified then it should be a callable which accepts a single argument. When the result becomes ready callback is applied to it, that is unless the call failed, in which case the error_callback is applied instead. If error_callback is specified then it should be a callable which accepts a single argument. If the target function fails, then the error_callback is called with the exception instance. Callbacks should complete immediately since otherwise the thread which handles the results will get blocked." https://docs.python.org/3/library/multiprocessing.html#multiprocessing.pool.Pool.apply_async',
    'python-docs-close':
      'Python docs, multiprocessing.pool.Pool.close: "Prevents any more tasks from being submitted to the pool. Once all the tasks have been completed the worker processes will exit." ThreadPool: "ThreadPool instances are fully interface compatible with Pool instances". https://docs.python.org/3/library/multiprocessing.html#multiprocessing.pool.Pool.close',
    'cpython-pool-source':
      "CPython Lib/multiprocessing/pool.py: Pool._handle_results, the pool's own result-handler thread, takes each answer off the outqueue and calls ApplyResult._set, which applies callback or error_callback once and removes the job from the cache; apply_async only puts the job on the task queue.",
    'cpython-worker-death':
      'CPython bpo-22393, "multiprocessing.Pool shouldn\'t hang forever if a worker process dies unexpectedly" (its fix, python/cpython#10441, was closed unmerged), and python/cpython#96062, "multiprocessing.Pool gets stuck indefinitely when the child process is killed manually", open: the pool replaces a dead worker but never answers the call it was running, so neither callback runs and get() without a timeout waits forever; terminate() can hang too (measured on 3.8, 3.11, 3.13: bench/truth/mp_pool_truth.py). Python docs, multiprocessing: "If a process is killed using Process.terminate() or os.kill() while it is trying to use a Queue, then the data in the queue is likely to become corrupted." https://bugs.python.org/issue22393 https://github.com/python/cpython/issues/96062'
  },
  rules: [
    {
      id: 'exactly-once',
      says: "Each call's callbacks run exactly once: callback when the result is ready, or error_callback instead when the call failed.",
      source: 'python-docs-apply-async',
      expect: { calls: 1 }
    },
    {
      id: 'result-handler-runs-callback',
      says: "A callback runs on the pool's result-handler thread: a thread of the caller's process that is neither the caller nor the worker that ran the call.",
      source: 'python-docs-apply-async',
      given: { ranOn: RAN },
      expect: { ranOn: 'other-thread' }
    },
    {
      id: 'never-inline',
      says: 'A callback given to apply_async is applied when the result becomes ready, by the thread that handles the results: never inside the apply_async call, even when every worker is busy.',
      source: 'cpython-pool-source',
      given: { registered: 'pending' },
      expect: { inline: false }
    },
    {
      id: 'failed-call-error-callback',
      says: 'A call whose function raises gets error_callback, with the exception instance, instead of callback.',
      source: 'python-docs-apply-async',
      given: { scenario: 'failing' },
      expect: { error: 'other' }
    },
    {
      id: 'queued-call-answered',
      says: 'A call queued behind busy workers is answered with its result, like a call that found a free worker.',
      source: 'python-docs-apply-async',
      given: { scenario: 'overload' },
      expect: { error: 'none' }
    },
    {
      id: 'close-completes-calls',
      says: 'close() lets every call already submitted complete, in progress or queued: each gets its callback with its result.',
      source: 'python-docs-close',
      given: { scenario: 'ending' },
      expect: { error: 'none' }
    },
    {
      id: 'killed-call-not-a-result',
      says: 'A call whose worker process is killed has no result: if it is answered at all, it is through error_callback.',
      source: 'python-docs-apply-async',
      given: { scenario: 'killed' },
      expect: { error: 'other' }
    }
  ],
  interesting: [
    {
      id: 'killed-call-never-answered',
      says: "The call's worker process was killed and neither callback ran within the timeout: CPython's pool never answers such a call (bpo-22393, python/cpython#96062), so code waiting for its callback waits forever.",
      source: 'cpython-worker-death',
      given: { scenario: 'killed' },
      expect: { calls: 0, ranOn: 'never' },
      waives: ['exactly-once', 'killed-call-not-a-result']
    }
  ]
}
