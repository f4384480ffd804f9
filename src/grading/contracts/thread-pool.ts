import { NOT_DONE_STATES } from '../../probes/fact-values.js'
import { scenariosWhere } from '../../model/scenarios.js'
import type { ContractInput } from '../contract.js'
import { PYTHON_SOURCES } from './python-sources.js'

// Scopes of rules, read from the scenarios' traits (src/model/scenarios.ts), in table order.
/** Tasks held on a gate until their callbacks are registered. */
export const HELD = scenariosWhere(t => t.experiment === 'held')
/** Callbacks added while the task is pending or running, the task left to complete on its own. */
export const WITH_WORKER = scenariosWhere(t => t.experiment === 'held' || t.experiment === 'timed')
/** Several callbacks per future, whose outcomes say whether they ran in order. */
export const ORDERED = scenariosWhere(t => t.facts.includes('order'))
/** Callbacks added before the future is done. */
export const BEFORE_DONE = scenariosWhere(t => t.experiment !== 'done')
/** Not done yet: `not-done` is a future without running(), which cannot say which of the two. */
export const NOT_DONE: string[] = [...NOT_DONE_STATES]

/** concurrent.futures.ThreadPoolExecutor, as the tutorial measured it plus the documented extras. */
export const threadPool: ContractInput = {
  name: 'thread-pool',
  title: 'ThreadPoolExecutor: callbacks run on the worker that ran the task, or inline once done',
  sources: PYTHON_SOURCES,
  rules: [
    {
      id: 'exactly-once',
      says: 'Each callback runs exactly once.',
      source: 'cpython-source',
      expect: { calls: 1 }
    },
    {
      id: 'worker-runs-callback',
      says: 'A callback added while the task is pending or running is run by the worker thread that ran the task, not inline.',
      source: 'tutorial',
      given: { scenario: WITH_WORKER, registered: NOT_DONE },
      expect: { ranOn: 'task-thread', inline: false }
    },
    {
      id: 'done-runs-inline',
      says: 'A callback added after the future is done runs immediately, inline, in the thread that adds it.',
      source: 'tutorial',
      given: { registered: 'done' },
      expect: { ranOn: 'caller-thread', inline: true }
    },
    {
      id: 'cancelled-runs-inline',
      says: 'A callback added to a cancelled future runs immediately, inline, in the thread that adds it.',
      source: 'python-docs',
      given: { registered: 'cancelled' },
      expect: { ranOn: 'caller-thread', inline: true }
    },
    {
      id: 'cancel-runs-in-canceller',
      says: 'cancel() of a queued future runs its callbacks in the thread that calls cancel().',
      source: 'cpython-source',
      given: { scenario: 'cancel', registered: 'pending' },
      expect: { ranOn: 'caller-thread' }
    },
    {
      id: 'shutdown-cancels-in-caller',
      says: 'shutdown(cancel_futures=True) runs the callbacks of the queued futures it cancels in the thread that calls shutdown.',
      source: 'cpython-source',
      given: { scenario: 'shutdown', registered: 'pending' },
      expect: { ranOn: 'caller-thread' }
    },
    {
      id: 'held-task-is-running',
      says: 'A task that has started and not returned reports running() == True.',
      source: 'python-docs-running',
      given: { scenario: HELD },
      expect: { registered: 'running' }
    },
    {
      id: 'done-is-done',
      says: 'A future that wait() reported done stays done.',
      source: 'python-docs',
      given: { scenario: 'done' },
      expect: { registered: 'done' }
    },
    {
      id: 'callbacks-in-order',
      says: 'Callbacks run in the order they were added.',
      source: 'python-docs',
      given: { scenario: ORDERED },
      expect: { order: 'in-order' }
    },
    {
      id: 'raising-callback-isolated',
      says: 'A callback that raises an Exception is logged and ignored; the callbacks after it still run.',
      source: 'python-docs',
      given: { role: 'after-raiser' },
      expect: { calls: 1 }
    }
  ],
  interesting: [
    {
      id: 'registration-race',
      says: 'The task finished between the state check and add_done_callback, so the callback ran inline on the caller: the race at the registration boundary, not a violation.',
      source: 'cpython-source',
      given: { scenario: 'timed', registered: NOT_DONE },
      expect: { ranOn: 'caller-thread', inline: true },
      waives: ['worker-runs-callback']
    }
  ]
}
