import { REGISTERED_STATES } from '../../probes/fact-values.js'
import type { ContractInput } from '../contract.js'
import { NOT_DONE, ORDERED } from './thread-pool.js'

const ATTACHED: string[] = [...REGISTERED_STATES]
const RAN = ['caller-thread', 'task-thread', 'other-thread', 'other-process']

/**
 * JavaScript pools (the Node probe): a promise handler or a callback runs on the event loop of the
 * thread that attached it, never inside the attaching call, in attachment order, exactly once.
 * Where the task ran does not matter: the handler is a function of the caller's thread.
 *
 * A handler that first runs only once the probe began to close the pool (`ranAt: close`) did not
 * run when its task ended, and is graded apart: close() may settle a task it never ran only by
 * rejecting it, never as if it had completed; and only a cancelled task may wait for close() to
 * settle it (threads.js's QueuedTask.cancel() leaves its promise pending: interesting, not a pass
 * like any other). A late handler of any other task is a breach.
 */
export const eventLoop: ContractInput = {
  name: 'event-loop',
  title: 'Event loop: handlers run on the submitting thread, later, in order, once',
  description:
    'For JavaScript worker pools. A handler attached to a task (a promise then(), a completion callback) runs on the event loop of the thread that attached it, never inside the call that attaches it, even when the task has already settled; handlers of one task run in attachment order; each runs exactly once.',
  sources: {
    'promises-aplus':
      'Promises/A+ 1.1: 2.2.2.3 / 2.2.3.3 "it must not be called more than once"; 2.2.4 "onFulfilled or onRejected must not be called until the execution context stack contains only platform code"; 2.2.6.1 / 2.2.6.2 "all respective onFulfilled [onRejected] callbacks must execute in the order of their originating calls to then"; 2.2.7.2 "If either onFulfilled or onRejected throws an exception e, promise2 must be rejected with e" (only the promise that then() returned). https://promisesaplus.com/',
    'ecmascript-agents':
      'ECMA-262, Agents and Jobs: each agent (a thread: the main thread or a worker) has its own execution context stack and job queue; a promise reaction job runs in the agent whose then() enqueued it. Node.js worker_threads: every Worker runs its own event loop and JavaScript environment, and functions cannot cross to it. https://tc39.es/ecma262/#sec-agents https://nodejs.org/api/worker_threads.html',
    'node-next-tick':
      'Node.js docs, process.nextTick(): "It is very important for APIs to be either 100% synchronous or 100% asynchronous" (the callback convention: a callback-style API, such as worker-farm, calls back later, from the event loop, never inside the call). https://nodejs.org/api/process.html#processnexttickcallback-args',
    'worker-farm-readme':
      'worker-farm README (1.7.0): "If a child process dies for any reason during the execution of call(s), those calls will be re-queued ... you should get a result on your callback function"; maxRetries: "When the number of retries exceeds maxRetries value, the job callback will be executed with a ProcessTerminatedError"; maxCallTime: "the worker running that call will be killed and any calls running on that worker will have their callbacks returned with a TimeoutError"; maxConcurrentCalls: "any calls that push the limit will return on their callback with a MaxConcurrentCallsError"; end(): "Any calls that are queued and not yet being handled by a child process will be discarded. end() only waits for those currently in progress"; "It is assumed that each function you call on your child module will take a callback function as the last argument" (its error is the callback\'s first argument). https://github.com/rvagg/node-worker-farm#readme',
    'threads-js':
      'threads.js 1.7.0, QueuedTask (pool-types.d.ts): cancel(): "Queued tasks can be cancelled until the pool starts running them on a worker thread"; then: "Resolves when the task has successfully been executed. Rejects if the task fails." (a cancelled task does neither: its promise stays pending while the pool lives). Pool.terminate() (pool.ts, taskCompletion): every task not yet settled is rejected with Error("Pool has been terminated before task was run."). https://github.com/andywer/threads.js/blob/v1.7.0/src/master/pool-types.ts https://github.com/andywer/threads.js/blob/v1.7.0/src/master/pool.ts',
    'cancel-rejects':
      'What the other pools do with a cancelled task: piscina 5 README, run(): "If the task is aborted, the returned Promise is rejected with an error as well." (https://github.com/piscinajs/piscina#readme); workerpool 10 README, Promise.cancel(): "A running task can be cancelled. ... The promise will be rejected with a Promise.CancellationError." (https://github.com/josdejong/workerpool#readme). No pool completes a task it did not run: a cancelled or dropped task is settled by rejection, or not at all.'
  },
  rules: [
    {
      id: 'exactly-once',
      says: 'Each handler runs exactly once.',
      source: 'promises-aplus',
      given: { registered: ATTACHED },
      expect: { calls: 1 }
    },
    {
      id: 'caller-runs-handler',
      says: 'A handler runs on the thread that attached it (the caller), never on a worker thread or in another process, wherever the task ran.',
      source: 'ecmascript-agents',
      given: { registered: ATTACHED, ranOn: RAN },
      expect: { ranOn: 'caller-thread' }
    },
    {
      id: 'never-inline',
      says: 'A handler attached to a task that has already settled (or was cancelled) does not run inside the attaching call: it runs later, from the event loop, once the stack holds only platform code.',
      source: 'promises-aplus',
      given: { registered: ['done', 'cancelled'] },
      expect: { inline: false }
    },
    {
      id: 'never-inline-pending',
      says: 'A handler or callback given while the task is pending or running does not run inside the call that takes it: the API is 100% asynchronous.',
      source: 'node-next-tick',
      given: { registered: NOT_DONE },
      expect: { inline: false }
    },
    {
      id: 'handlers-in-order',
      says: 'Handlers of one task run in the order they were attached.',
      source: 'promises-aplus',
      given: { scenario: ORDERED },
      expect: { order: 'in-order' }
    },
    {
      id: 'raising-handler-isolated',
      says: 'A handler that throws rejects only the promise its then() returned; the handlers attached after it still run.',
      source: 'promises-aplus',
      given: { role: 'after-raiser' },
      expect: { calls: 1 }
    },
    {
      id: 'handler-runs-while-open',
      says: 'A handler runs when its task settles, while the pool is open. One that first ran only once close() began did not run when its task ended: close() settled the task (threads.js rejects every task still pending at terminate()).',
      source: 'threads-js',
      given: { ranAt: 'close' },
      expect: { ranAt: 'open' }
    },
    {
      id: 'close-never-completes',
      says: 'close() never completes a task it did not run: a handler that close() runs is called as rejected ("Pool has been terminated before task was run"), never as fulfilled. The adapter must tell the probe which (then(handler.fulfilled, handler.rejected)).',
      source: 'cancel-rejects',
      given: { ranAt: 'close' },
      expect: { settled: 'rejected' }
    },
    {
      id: 'killed-call-answered',
      says: 'A call whose process is killed while it runs is re-queued and answered with its result, or, once maxRetries is exhausted, with a ProcessTerminatedError.',
      source: 'worker-farm-readme',
      given: { scenario: 'killed' },
      expect: { error: ['none', 'ProcessTerminatedError'] }
    },
    {
      id: 'child-error-reaches-callback',
      says: "An error the call's function gives its callback in the child reaches the caller's callback.",
      source: 'worker-farm-readme',
      given: { scenario: 'failing' },
      expect: { error: 'other' }
    },
    {
      id: 'timeout-error',
      says: 'A call that takes longer than maxCallTime has its callback returned with a TimeoutError.',
      source: 'worker-farm-readme',
      given: { scenario: 'timeout' },
      expect: { error: 'TimeoutError' }
    },
    {
      id: 'past-limit-error',
      says: 'A call that pushes past maxConcurrentCalls returns on its callback with a MaxConcurrentCallsError; the calls within the limit get their results.',
      source: 'worker-farm-readme',
      given: { scenario: 'overload', call: 'past-limit' },
      expect: { error: 'MaxConcurrentCallsError' }
    },
    {
      id: 'within-limit-answered',
      says: 'A call within maxConcurrentCalls gets its result.',
      source: 'worker-farm-readme',
      given: { scenario: 'overload', call: 'within-limit' },
      expect: { error: 'none' }
    },
    {
      id: 'end-finishes-in-progress',
      says: 'end() waits for the calls in progress: their callbacks get their results.',
      source: 'worker-farm-readme',
      given: { scenario: 'ending', call: 'in-progress' },
      expect: { error: 'none' }
    },
    {
      id: 'end-queued-not-failed',
      says: 'A call still queued at end() is discarded (its callback never runs) or, as worker-farm 1.7.0 does while a call is in progress, still run: its callback never gets an error of its own making.',
      source: 'worker-farm-readme',
      given: { scenario: 'ending', call: 'queued' },
      expect: { error: 'none' }
    }
  ],
  interesting: [
    {
      id: 'cancelled-settled-at-close',
      says: 'A cancelled task whose promise the pool left pending while it lived (threads.js: cancel() does not settle it), rejected when the pool closed: its handlers ran once, at close(), told the task was rejected. Neither "never ran" nor a normal run; a program that waits on a cancelled task waits until the pool ends.',
      source: 'threads-js',
      given: { scenario: 'cancel', ranAt: 'close', settled: 'rejected' },
      expect: { calls: 1 },
      waives: ['handler-runs-while-open']
    },
    {
      id: 'end-discarded-queued',
      says: 'A call queued at end() was discarded, as the README says: its callback never ran (worker-farm 1.7.0 runs them when a call is still in progress; see docs/node-pools.md).',
      source: 'worker-farm-readme',
      given: { scenario: 'ending', call: 'queued' },
      expect: { calls: 0, ranOn: 'never' },
      waives: ['exactly-once']
    }
  ]
}
