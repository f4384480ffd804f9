import type { ContractInput } from '../contract.js'
import { PYTHON_SOURCES } from './python-sources.js'
import { BEFORE_DONE, HELD, NOT_DONE, threadPool, WITH_WORKER } from './thread-pool.js'

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
      id: 'callback-in-own-process',
      says: 'Callbacks are always called in a thread belonging to the process that added them, never in a worker process. (The documented rule; the rules below are where CPython runs them, and a contract file may leave those out.)',
      source: 'python-docs',
      given: { scenario: BEFORE_DONE },
      expect: { ranOn: ['caller-thread', 'task-thread', 'other-thread'] }
    },
    {
      id: 'manager-runs-callback',
      says: 'A callback added while the task is pending or running runs on a thread of the parent process other than the caller (the executor-manager thread), never in the worker process.',
      source: 'cpython-source',
      given: {
        scenario: WITH_WORKER,
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
      says: "CPython's shutdown(cancel_futures=True) hands the cancelling to the executor-manager thread, which runs the callbacks of the futures it cancels (an implementation rule, not documented behaviour).",
      source: 'cpython-source',
      given: { scenario: 'shutdown', registered: 'pending' },
      expect: { ranOn: 'other-thread' }
    }
  ],
  interesting: [
    // The same race as in a thread pool; what it waives is where the callback would have run.
    ...(threadPool.interesting ?? []).map(race => ({
      ...race,
      waives: ['manager-runs-callback']
    })),
    {
      id: 'cancel-handover-race',
      says: 'The future was pending when its first callback was added, but the executor-manager thread handed it to a worker before cancel() reached it: cancel() returned False and the callback ran on the manager thread. A legal race, not a violation. Only when cancel() is known to have returned False: a successful cancel runs the callbacks in the canceller.',
      source: 'process-pool-handover',
      // cancelled: false, not absent: an outcome that does not say what cancel() returned (a
      // report from before the fact) gets no waiver, so it can never pass where a pool broke.
      given: { scenario: 'cancel', registered: 'pending', cancelled: false },
      expect: { ranOn: 'other-thread', inline: false },
      waives: ['cancel-runs-in-canceller']
    },
    {
      id: 'start-message-race',
      says: "The held task had signalled that it runs, but the future still said pending: the pool learns of the start from a message of the worker process, which the probe's own signal overtook. A legal race, not a violation.",
      source: 'pebble-source',
      given: { scenario: HELD, registered: 'pending' },
      expect: { ranOn: 'other-thread', inline: false },
      waives: ['held-task-is-running']
    }
  ]
}
