// A callback-thread-guard adapter for threads.js's Pool (docs/adapter.md, "Pools that load their
// own worker script"). Each worker runs one task at a time (concurrency 1), the rest wait in the
// pool's queue; close() terminates every worker thread and resolves once they have exited.
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
  task.then(handler, handler)
}

export function close(pool) {
  // true: do not wait for queued tasks; terminate the worker threads now.
  return pool.terminate(true)
}
