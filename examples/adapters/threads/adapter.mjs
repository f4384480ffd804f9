// A callback-thread-guard adapter for threads.js's Pool (docs/adapter.md, "Pools that load their
// own worker script"). Each worker runs one task at a time (concurrency 1), the rest wait in the
// pool's queue; cancel() says whether the pool dropped the task; close() terminates every worker
// thread and resolves once they have exited.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { Pool, spawn, Worker } from 'threads'

const require = createRequire(import.meta.url)
const { version } = JSON.parse(
  readFileSync(join(dirname(require.resolve('threads')), '..', 'package.json'), 'utf8')
)
// threads.js resolves a worker path against the file that calls new Worker(), even an absolute
// one: it must be relative to this file.
const WORKER = './worker.mjs'

export const name = `threads.js ${version}`

export function create({ workers }) {
  return Pool(() => spawn(new Worker(WORKER)), { size: workers, concurrency: 1 })
}

export function run(pool, input) {
  // A QueuedTask: a thenable whose then() is a native promise's.
  return pool.queue(worker => worker.probeTask(input))
}

export function attach(task, handler) {
  // fulfilled / rejected: the probe learns how a task settled (docs/adapter.md).
  task.then(handler.fulfilled, handler.rejected)
}

export function cancel(pool, task) {
  // QueuedTask.cancel() drops a task still queued, silently: its promise stays pending until the
  // pool terminates, which rejects it ("Pool has been terminated before task was run."). Whether
  // the pool took the cancel is its taskCanceled event, sent before cancel() returns: the probe is
  // told, and records the handler attached next as registered: cancelled.
  let taken = false
  const subscription = pool.events().subscribe(event => {
    if (event.type === 'taskCanceled') taken = true
  })
  try {
    task.cancel()
  } finally {
    subscription.unsubscribe()
  }
  return taken
}

export function close(pool) {
  // true: do not wait for queued tasks; terminate the worker threads now.
  return pool.terminate(true)
}
