/**
 * piscina: a worker_threads pool. run() returns a native Promise, so handlers attach at any time
 * and run from the microtask queue of the submitting thread. A queued task is cancelled through
 * an AbortSignal; destroy() rejects every queued task.
 */
import { Piscina, version } from 'piscina'
import type { PoolAdapter } from '../adapter.js'

interface Task {
  promise: Promise<unknown>
  abort: AbortController
}

export const piscina: PoolAdapter<Piscina, Task> = {
  name: `piscina ${version}`,
  create({ workers, taskModule }) {
    return new Piscina({
      filename: taskModule,
      name: 'probeTask',
      minThreads: workers,
      maxThreads: workers,
      // One task per worker thread, as in a thread pool; no idle thread is retired mid-cell.
      concurrentTasksPerWorker: 1,
      idleTimeout: 600_000
    })
  },
  run(pool, input) {
    const abort = new AbortController()
    return { promise: pool.run(input, { signal: abort.signal }), abort }
  },
  attach(task, handler) {
    void task.promise.then(handler.fulfilled, handler.rejected)
  },
  cancel(_pool, task) {
    task.abort.abort()
  },
  async shutdown(pool) {
    await pool.destroy()
  },
  async close(pool) {
    await pool.destroy()
  }
}
