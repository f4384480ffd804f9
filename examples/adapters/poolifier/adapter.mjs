// A callback-thread-guard adapter for poolifier's FixedThreadPool (docs/adapter.md, "Pools that
// load their own worker script"). One task per worker at a time, the rest queued; close() resolves
// once every worker thread has exited, whether or not destroy() settles.
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
// How long close() waits for destroy() before it terminates the threads that are left.
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
  return { pool, threads }
}

export function run({ pool }, input) {
  return pool.execute(input)
}

export function attach(task, handler) {
  task.then(handler, handler)
}

export async function close({ pool, threads }) {
  // destroy() of poolifier 5.3.2 sometimes never settles though every worker has exited (it waits
  // for an 'exit' that already happened): wait for the threads, not for the promise.
  const destroyed = pool.destroy().catch(() => undefined)
  const deadline = Date.now() + DESTROY_GRACE_MS
  while (threads.size > 0 && Date.now() < deadline) {
    await Promise.race([destroyed, new Promise(resolve => setTimeout(resolve, 20))])
  }
  await Promise.all([...threads].map(thread => thread.terminate()))
}
