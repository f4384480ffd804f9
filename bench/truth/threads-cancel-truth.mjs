// The truth about a cancelled threads.js task, without the probe (issue 21, item 3): every worker
// busy, TASKS tasks queued, a handler attached to each before QueuedTask.cancel() and one after.
// It records, for each handler, when it first ran (before or after terminate() began), how often,
// on which thread, whether it was told the task was fulfilled or rejected (and with what message),
// and whether the pool announced the cancel (its taskCanceled event, seen before cancel()
// returned). Prints one JSON object. Usage: node bench/truth/threads-cancel-truth.mjs
import { threadId } from 'node:worker_threads'
import { Pool, spawn, Worker } from 'threads'

const WORKERS = 2
const TASKS = 3
// Long enough for a rejection that cancel() might cause to arrive; none does.
const WAIT_MS = 500

const pool = Pool(() => spawn(new Worker('./threads-task.mjs')), { size: WORKERS, concurrency: 1 })
let phase = 'open'
const handlers = []

function attachRecorded(task, when) {
  const record = {
    when,
    calls: 0,
    phase: null,
    settled: null,
    message: null,
    onCaller: null,
    inline: false
  }
  handlers.push(record)
  let inside = true
  const run = settled => value => {
    record.calls += 1
    if (record.calls > 1) return
    record.phase = phase
    record.settled = settled
    record.message = settled === 'rejected' ? String(value?.message ?? value) : null
    record.onCaller = threadId === 0
    record.inline = inside
  }
  task.then(run('fulfilled'), run('rejected'))
  inside = false
}

const blockers = Array.from({ length: WORKERS }, () => pool.queue(w => w.where(300)))
const queued = Array.from({ length: TASKS }, () => pool.queue(w => w.where(0)))
const announced = []
for (const task of queued) {
  attachRecorded(task, 'before-cancel')
  let seen = false
  const subscription = pool.events().subscribe(event => {
    if (event.type === 'taskCanceled') seen = true
  })
  task.cancel()
  subscription.unsubscribe()
  announced.push(seen)
  await new Promise(resolve => setImmediate(resolve))
  attachRecorded(task, 'after-cancel')
}
await Promise.all(blockers)
await new Promise(resolve => setTimeout(resolve, WAIT_MS))
const ranBeforeTerminate = handlers.filter(h => h.calls > 0).length
phase = 'terminate'
await pool.terminate(true)
await new Promise(resolve => setTimeout(resolve, 10))
process.stdout.write(
  `${JSON.stringify({ workers: WORKERS, tasks: TASKS, waitMs: WAIT_MS, announced, ranBeforeTerminate, handlers })}\n`
)
process.exit(0)
