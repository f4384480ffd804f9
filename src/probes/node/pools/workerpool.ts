/**
 * workerpool, with worker threads. exec() returns workerpool's own Promise class: a handler
 * attached to a settled promise runs at once, inside then(); cancel() and terminate() reject
 * synchronously, running the handlers attached so far inside the call.
 */
import { dirname, join } from 'node:path'
import workerpool from 'workerpool'
import packageJson from 'workerpool/package.json' with { type: 'json' }
import type { PoolAdapter, TaskInput } from '../adapter.js'

type Pool = ReturnType<typeof workerpool.pool>
type Task = ReturnType<Pool['exec']>

/** The worker script, bundled next to the task module (see workerpool-worker.ts). */
export const WORKERPOOL_WORKER = 'workerpool-worker.js'

export const workerpoolAdapter: PoolAdapter<Pool, Task> = {
  name: `workerpool ${packageJson.version}`,
  create({ workers, taskModule }) {
    return workerpool.pool(join(dirname(taskModule), WORKERPOOL_WORKER), {
      minWorkers: workers,
      maxWorkers: workers,
      workerType: 'thread'
    })
  },
  run(pool, input: TaskInput) {
    return pool.exec('probeTask', [input])
  },
  attach(task, handler) {
    task.then(handler.fulfilled, handler.rejected)
  },
  cancel(_pool, task) {
    task.cancel()
  },
  async shutdown(pool) {
    // Rejects every queued task at once; running tasks finish first.
    await pool.terminate()
  },
  async close(pool) {
    await pool.terminate(true)
  }
}
