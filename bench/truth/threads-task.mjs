// The worker script of threads-cancel-truth.mjs (not the probe's): a task that waits `ms` and says
// where it ran.
import { threadId } from 'node:worker_threads'
import { expose } from 'threads/worker'

expose({
  async where(ms) {
    await new Promise(resolve => setTimeout(resolve, ms))
    return { pid: process.pid, threadId }
  }
})
