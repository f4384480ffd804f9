import type { ContractInput } from '../contract.js'
import { PYTHON_SOURCES } from './python-sources.js'
import { NOT_DONE, threadPool } from './thread-pool.js'

/**
 * concurrent.futures.ProcessPoolExecutor: tasks run in child processes, and the parent's
 * executor-manager thread completes the futures, so it runs the callbacks: neither the caller
 * nor the task's thread. Registration after done, cancel and order behave as in a thread pool.
 */
const shared = threadPool.rules.filter(r =>
  [
    'exactly-once',
    'done-runs-inline',
    'cancelled-runs-inline',
    'cancel-runs-in-canceller',
    'held-task-is-running',
    'done-is-done',
    'callbacks-in-order',
    'raising-callback-isolated'
  ].includes(r.id)
)

export const processPool: ContractInput = {
  name: 'process-pool',
  title: 'ProcessPoolExecutor: callbacks run on the executor-manager thread of the parent process',
  sources: PYTHON_SOURCES,
  rules: [
    ...shared,
    {
      id: 'manager-runs-callback',
      says: 'A callback added while the task is pending or running runs on a thread of the parent process other than the caller (the executor-manager thread), never in the worker process.',
      source: 'cpython-source',
      given: {
        scenario: ['running', 'timed', 'order', 'raising'],
        registered: NOT_DONE
      },
      expect: { ranOn: 'other-thread', inline: false }
    },
    {
      id: 'handed-over-runs-on-manager',
      says: 'A queued future already handed to a worker process is running and cannot be cancelled; it completes on the executor-manager thread.',
      source: 'cpython-source',
      given: { scenario: ['cancel', 'shutdown'], registered: 'running' },
      expect: { ranOn: 'other-thread', inline: false }
    },
    {
      id: 'shutdown-cancels-on-manager',
      says: 'shutdown(cancel_futures=True) hands the cancelling to the executor-manager thread, which runs the callbacks of the futures it cancels.',
      source: 'cpython-source',
      given: { scenario: 'shutdown', registered: 'pending' },
      expect: { ranOn: 'other-thread' }
    }
  ],
  // The same race as in a thread pool; what it waives is where the callback would have run.
  interesting: (threadPool.interesting ?? []).map(race => ({
    ...race,
    waives: ['manager-runs-callback']
  }))
}
