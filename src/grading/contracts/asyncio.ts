/**
 * asyncio's own rules (issue 22; docs/executors.md, "asyncio"), for asyncio targets: an asyncio
 * future's callbacks are scheduled on its loop, never run inline, never on a worker; the bridges
 * between a loop and other threads hand results over to the thread that owns the receiving
 * future. Every rule cites the docs or the CPython source it rests on; the truth script
 * (bench/truth/asyncio_truth.py) measured each on the interpreters here.
 */
import { RAN_ON } from '../../probes/fact-values.js'
import { scenariosWhere } from '../../model/scenarios.js'
import type { ContractInput } from '../contract.js'
import { NOT_DONE } from './thread-pool.js'

/**
 * Callbacks added, on the loop's thread, to an asyncio future the loop completes: the loop runs
 * them. (aio-bridge's future is completed from a worker: its own rule, bridge-result-on-loop.)
 */
const ON_THE_LOOP = ['aio-pending', 'aio-done', 'aio-cancel', 'aio-closing']
/** Every asyncio scenario (the table's rows for asyncio targets). */
const ASYNCIO = scenariosWhere(t => t.adapter.asyncio === true)
const RAN = RAN_ON.filter(where => where !== 'never')

export const asyncioContract: ContractInput = {
  name: 'asyncio',
  title:
    'asyncio: callbacks scheduled on the loop, never inline; bridges hand results to the owner',
  description:
    "For asyncio targets (--asyncio). An asyncio future's done callbacks run on its loop's thread (here the thread that added them), scheduled with call_soon, never inside add_done_callback, even when the future is already done; run_in_executor and wrap_future bring a worker's result to the loop with call_soon_threadsafe, while the concurrent future under them keeps the thread-pool rule (its worker runs its callbacks); a cancel of the asyncio future reaches the queued concurrent future; asyncio.run() runs the callbacks of the tasks it cancels at its end; a portal (run_coroutine_threadsafe, anyio's) completes the concurrent future it gives back on its loop's thread.",
  sources: {
    'asyncio-future-docs':
      'Python docs, asyncio Futures, "asyncio.Future is almost compatible with concurrent.futures.Future. Differences: ... Callbacks registered with add_done_callback() are not called immediately. They are scheduled with loop.call_soon() instead." https://docs.python.org/3/library/asyncio-future.html#asyncio.Future',
    'asyncio-dev-docs':
      'Python docs, Developing with asyncio, "Concurrency and Multithreading": "An event loop runs in a thread (typically the main thread) and executes all callbacks and Tasks in its thread"; "Almost all asyncio objects are not thread safe ... To schedule a callback from another OS thread, the loop.call_soon_threadsafe() method should be used." https://docs.python.org/3/library/asyncio-dev.html#concurrency-and-multithreading',
    'asyncio-futures-source':
      "CPython Lib/asyncio/futures.py: Future.__schedule_callbacks() empties the callback list and hands each callback to self._loop.call_soon() once; add_done_callback() on a done future calls call_soon() too. _chain_future() (wrap_future, run_in_executor) copies a concurrent future's state to the asyncio future with dest_loop.call_soon_threadsafe(_set_state, ...), and _call_check_cancel() cancels the concurrent future when the asyncio one is cancelled.",
    'concurrent-futures-source':
      'CPython Lib/concurrent/futures/_base.py: Future.set_result() and set_exception() invoke the callbacks in the thread that calls them (a ThreadPoolExecutor worker runs the task and sets its result), as the thread-pool contract says.',
    'asyncio-runners-source':
      'CPython Lib/asyncio/runners.py: asyncio.run() (Runner.close() from 3.11) calls _cancel_all_tasks(), which cancels every task left and runs loop.run_until_complete(gather(*to_cancel)) before the loop is closed, so the done callbacks of those tasks run then. Python docs, asyncio.run(): "This function runs the passed coroutine, taking care of managing the asyncio event loop, finalizing asynchronous generators, and closing the executor." https://docs.python.org/3/library/asyncio-runner.html',
    'portal-docs':
      'Python docs, asyncio.run_coroutine_threadsafe(): "Submit a coroutine to the given event loop. Thread-safe. Return a concurrent.futures.Future to wait for the result from another OS thread." CPython Lib/asyncio/futures.py _chain_future(): a concurrent destination gets its state from a done callback of the task, on the loop\'s thread. anyio (from_thread.BlockingPortal.start_task_soon): the returned concurrent future is completed by the task run in the portal\'s event loop thread. https://docs.python.org/3/library/asyncio-task.html#asyncio.run_coroutine_threadsafe'
  },
  rules: [
    {
      id: 'exactly-once',
      says: 'Each callback runs exactly once.',
      source: 'asyncio-futures-source',
      given: { scenario: ASYNCIO },
      expect: { calls: 1 }
    },
    {
      id: 'loop-runs-callback',
      says: "An asyncio future's done callback runs on its loop's thread (the thread that added it), never on the worker that ran the task: the classic bug is a bridge that calls it from the worker.",
      source: 'asyncio-dev-docs',
      given: { scenario: ON_THE_LOOP, ranOn: RAN },
      expect: { ranOn: 'caller-thread' }
    },
    {
      id: 'never-inline',
      says: "An asyncio future's done callback is scheduled with loop.call_soon(), never run inside add_done_callback(), even when the future is already done.",
      source: 'asyncio-future-docs',
      given: { scenario: ON_THE_LOOP },
      expect: { inline: false }
    },
    {
      id: 'done-is-done',
      says: 'A future whose result was set is done when the callback is added (the probe set it).',
      source: 'asyncio-futures-source',
      given: { scenario: 'aio-done' },
      expect: { registered: 'done' }
    },
    {
      id: 'bridge-result-on-loop',
      says: "run_in_executor and wrap_future copy the worker's result to the asyncio future with call_soon_threadsafe: the asyncio future's callback, added while its task runs, runs later on the loop.",
      source: 'asyncio-futures-source',
      given: { scenario: 'aio-bridge', registered: NOT_DONE },
      expect: { ranOn: 'caller-thread', inline: false }
    },
    {
      id: 'underlying-worker-runs-callback',
      says: 'A done callback of the concurrent future under wrap_future, added while its task runs, is run by the worker that ran the task (the thread-pool rule), not by the loop.',
      source: 'concurrent-futures-source',
      given: { scenario: 'aio-underlying', registered: NOT_DONE },
      expect: { ranOn: 'task-thread', inline: false }
    },
    {
      id: 'cancel-reaches-concurrent',
      says: 'Cancelling the asyncio future of a queued task cancels the concurrent future under it.',
      source: 'asyncio-futures-source',
      given: { scenario: 'aio-cancel' },
      expect: { cancelled: true }
    },
    {
      id: 'closing-runs-callbacks',
      says: 'The tasks left when the main coroutine returns are cancelled by asyncio.run(), and their done callbacks run, on the loop, before it closes the loop.',
      source: 'asyncio-runners-source',
      given: { scenario: 'aio-closing' },
      expect: { calls: 1, ranOn: 'caller-thread' }
    },
    {
      id: 'portal-loop-completes',
      says: "A done callback of the concurrent future a portal gives back, added from another thread while the coroutine runs, is run on the portal's loop thread, which ran the coroutine.",
      source: 'portal-docs',
      given: { scenario: 'aio-portal', registered: NOT_DONE },
      expect: { ranOn: 'task-thread', inline: false }
    }
  ]
}
