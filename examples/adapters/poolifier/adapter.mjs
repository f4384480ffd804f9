// A callback-thread-guard adapter for poolifier's FixedThreadPool (docs/adapter.md, "Pools that
// load their own worker script"). One task per worker at a time, the rest queued (and cancelled
// through an AbortSignal); close() resolves once every worker thread has exited, whether or not
// destroy() settles.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { FixedThreadPool } from 'poolifier'

const require = createRequire(import.meta.url)
// poolifier's exports do not include its package.json: read it beside its entry point.
const { version } = JSON.parse(
  readFileSync(join(dirname(require.resolve('poolifier')), '..', 'package.json'), 'utf8')
)
const WORKER = join(dirname(fileURLToPath(import.meta.url)), 'worker.mjs')
// How long close() lets running tasks end, then destroy() work, before it terminates threads.
const DRAIN_GRACE_MS = 2_000
const DESTROY_GRACE_MS = 3_000

export const name = `poolifier ${version}`

export function create({ workers }) {
  const pool = new FixedThreadPool(workers, WORKER, {
    // The probe holds tasks at its gate: a busy worker must not be handed a second task (poolifier
    // runs several async tasks per worker unless tasks are queued with a concurrency of 1), and a
    // queued task must stay queued, not be stolen by another worker mid-experiment.
    enableTasksQueue: true,
    tasksQueueOptions: { concurrency: 1, taskStealing: false, tasksStealingOnBackPressure: false },
    // A worker that fails is not replaced: close() ends the threads it knows.
    restartWorkerOnError: false
  })
  const threads = new Set(pool.workerNodes.map(node => node.worker))
  for (const thread of threads) thread.once('exit', () => threads.delete(thread))
  return { pool, threads, running: new Set() }
}

export function run({ pool, running }, input) {
  const abort = new AbortController()
  const promise = pool.execute(input, undefined, abort.signal)
  const settled = promise.then(
    () => running.delete(settled),
    () => running.delete(settled)
  )
  running.add(settled)
  return { promise, abort }
}

export function attach(task, handler) {
  // fulfilled / rejected: the probe learns how a task settled (docs/adapter.md).
  task.promise.then(handler.fulfilled, handler.rejected)
}

export function cancel(_pool, task) {
  // A queued task is dropped and its promise rejected (a native promise: handlers run later).
  task.abort.abort()
}

export async function close({ pool, threads, running }) {
  // The probe closes the pool as soon as its handlers have run: the blocker tasks it has just let
  // go may still be answering. Destroyed under them, poolifier throws "Worker message ...
  // received from unknown worker" for each late answer. Let them end first (bounded).
  await Promise.race([Promise.all(running), sleep(DRAIN_GRACE_MS)])
  // destroy() of poolifier 5.3.2 sometimes never settles though every worker has exited (it waits
  // for an 'exit' that already happened): wait for the threads, not for the promise.
  const destroyed = pool.destroy().catch(() => undefined)
  const deadline = Date.now() + DESTROY_GRACE_MS
  while (threads.size > 0 && Date.now() < deadline) {
    await Promise.race([destroyed, sleep(20)])
  }
  await Promise.all([...threads].map(thread => thread.terminate()))
}

function sleep(ms) {
  return new Promise(resolve => setTimeout(resolve, ms))
}
