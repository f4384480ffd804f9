// The truth about the Node window-race fixture (__tests__/node/fixtures/window-race.mjs), without
// the probe: it moves exactly the handlers of its window (attached to a pending task and handed on
// by the completion less than CTG_WINDOW_US after attach), at the rate asked, to the worker that
// ran the task, and never a handler attached to a settled task. Prints one JSON object: for
// handlers attached while tasks were pending and after they settled, where each ran (main thread
// or a worker) and how often, and the fixture's own counts.
// Usage: node bench/truth/window-race-node-truth.mjs [windowUs] [oneIn] [tasks] [taskMs]
import { fileURLToPath } from 'node:url'
import { threadId } from 'node:worker_threads'

const [windowUs = '100', oneIn = '20000', tasks = '200', taskMs = '0'] = process.argv.slice(2)
process.env.CTG_WINDOW_US = windowUs
process.env.CTG_WINDOW_ONE_IN = oneIn
const fixture = await import('../../__tests__/node/fixtures/window-race.mjs')
const taskModule = fileURLToPath(new URL('./window-race-task.cjs', import.meta.url))

const n = Number(tasks)
const ledger = new SharedArrayBuffer(4 * 2 * n)
const cells = new Int32Array(ledger)
const onMain = new Array(2 * n).fill(0)

function handlerFor(slot) {
  const record = () => {
    onMain[slot] += 1
  }
  return Object.assign(record, { portable: { ledger, slot }, fulfilled: record, rejected: record })
}

const pool = fixture.create({ workers: 2, taskModule })
const submitted = Array.from({ length: n }, (_, i) =>
  fixture.run(pool, { run: 1, index: i, taskMs: Number(taskMs), gate: '' })
)
submitted.forEach((task, i) => fixture.attach(task, handlerFor(i)))
const settled = () => submitted.every(t => t.settled)
while (!settled()) await new Promise(resolve => setTimeout(resolve, 5))
submitted.forEach((task, i) => fixture.attach(task, handlerFor(n + i)))
// Moved handlers run on a worker; the others on this thread's event loop.
const placed = () => onMain.filter((c, s) => c > 0 || Atomics.load(cells, s) > 0).length
const deadline = Date.now() + 10_000
while (placed() < 2 * n && Date.now() < deadline) await new Promise(r => setTimeout(r, 5))
await fixture.close(pool)

const where = slots =>
  slots.reduce(
    (acc, s) => {
      const worker = Atomics.load(cells, s)
      if (worker > 0) acc.onWorker += 1
      if (onMain[s] > 0) acc.onMain += 1
      if (onMain[s] > 1 || (worker > 0 && onMain[s] > 0)) acc.twice += 1
      if (worker === 0 && onMain[s] === 0) acc.never += 1
      return acc
    },
    { onMain: 0, onWorker: 0, twice: 0, never: 0 }
  )
const range = (from, count) => Array.from({ length: count }, (_, k) => from + k)
process.stdout.write(
  `${JSON.stringify({
    windowUs: Number(windowUs),
    oneIn: Number(oneIn),
    tasks: n,
    mainThread: threadId,
    whilePending: where(range(0, n)),
    afterSettled: where(range(n, n)),
    stats: fixture.STATS
  })}\n`
)
process.exit(0)
