/**
 * What worker-farm (the version in node_modules) does with a call's callback when the call fails,
 * measured: node bench/truth/worker-farm-truth.mjs [case...]. For each call it prints how many
 * times its callback ran, where (pid, threadId, relative to the caller), whether inside the call
 * (inline) and with which error type (err.type, as worker-farm's README says to check).
 * Independent of the probe: only worker-farm and a child module (worker-farm-task.cjs).
 */
import { join } from 'node:path'
import { threadId } from 'node:worker_threads'
import workerFarm from 'worker-farm'
import packageJson from 'worker-farm/package.json' with { type: 'json' }

const version = packageJson.version
const TASK = join(import.meta.dirname, 'worker-farm-task.cjs')
const sleep = ms => new Promise(r => setTimeout(r, ms))

/** A farm whose children report each call's pid (onReport) and can be released by id. */
function makeFarm(options, onReport) {
  const children = []
  const farm = workerFarm(
    {
      maxConcurrentWorkers: 1,
      maxConcurrentCallsPerWorker: 1,
      autoStart: true,
      workerOptions: {
        stdio: ['ignore', 'ignore', process.env.TRUTH_STDERR ? 2 : 'ignore', 'ipc']
      },
      onChild: child => {
        children.push(child)
        child.on('message', m => m && m.owner === 'truth' && onReport(m, child))
      },
      ...options
    },
    TASK,
    ['call']
  )
  const release = id => children.forEach(c => c.connected && c.send({ owner: 'truth', id }))
  return { farm, children, release }
}

/** Submits call `id` and records every run of its callback. */
function submit(farm, id, mode, records) {
  const record = { id, calls: 0, where: [], inline: false, errors: [] }
  records.push(record)
  const caller = { pid: process.pid, threadId }
  let inside = true
  farm.call(id, mode, (error, result) => {
    record.calls += 1
    if (inside) record.inline = true
    // Where the callback runs, against where the call was made (recorded in submit()).
    record.where.push(
      process.pid === caller.pid && threadId === caller.threadId
        ? 'caller (main thread)'
        : `pid ${process.pid} thread ${threadId}`
    )
    record.errors.push(error ? `${error.type ?? error.constructor.name}` : 'none')
    if (result) record.childPid = result.pid
  })
  inside = false
  return record
}

function show(name, records, extra = '') {
  console.log(`\n## ${name}${extra}`)
  for (const r of records)
    console.log(
      `call ${r.id}: callback ran ${r.calls}x on ${r.where.join(', ') || 'nothing'}; inline ${r.inline}; error ${r.errors.join(', ') || '-'}`
    )
}

const CASES = {
  /** The child running a call is killed (SIGKILL of the pid the call reported). */
  async 'kill-retry'() {
    const records = []
    const reported = []
    const { farm } = makeFarm({ maxRetries: 1 }, (m, child) => {
      reported.push(m.pid)
      if (reported.length === 1) process.kill(m.pid, 'SIGKILL')
      else child.send({ owner: 'truth', id: m.id })
    })
    submit(farm, 1, 'hold', records)
    await sleep(1500)
    show('kill-retry (maxRetries: 1)', records, `; pids the call reported: ${reported.join(', ')}`)
    workerFarm.end(farm)
  },
  async 'kill-no-retry'() {
    const records = []
    const reported = []
    const { farm } = makeFarm({ maxRetries: 0 }, m => {
      reported.push(m.pid)
      process.kill(m.pid, 'SIGKILL')
    })
    submit(farm, 1, 'hold', records)
    await sleep(1500)
    show(
      'kill-no-retry (maxRetries: 0)',
      records,
      `; pids the call reported: ${reported.join(', ')}`
    )
    workerFarm.end(farm)
  },
  /** One worker, three calls: the first is killed with maxRetries 0; the other two were queued. */
  async 'kill-no-retry-queued'() {
    const records = []
    const reported = []
    const { farm } = makeFarm({ maxRetries: 0 }, (m, child) => {
      reported.push(m.pid)
      if (m.id === 1) process.kill(m.pid, 'SIGKILL')
      else child.send({ owner: 'truth', id: m.id })
    })
    for (let id = 1; id <= 3; id++) submit(farm, id, 'hold', records)
    await sleep(2000)
    show(
      'kill-no-retry-queued (maxRetries: 0, 1 worker, calls 2 and 3 queued)',
      records,
      `; pids reported: ${reported.join(', ')}`
    )
    workerFarm.end(farm)
  },
  /** One worker, three calls: the first takes longer than maxCallTime; the other two were queued. */
  async 'timeout-queued'() {
    const records = []
    const { farm } = makeFarm({ maxCallTime: 300 }, () => undefined)
    for (let id = 1; id <= 3; id++) submit(farm, id, id === 1 ? 'hold' : 'quick', records)
    await sleep(2000)
    show('timeout-queued (maxCallTime: 300, 1 worker, calls 2 and 3 queued)', records)
    workerFarm.end(farm)
  },
  /** Two calls on one worker (2 per worker); only call 1 is too slow; call 2 would finish later. */
  async timeout() {
    const records = []
    const { farm, release } = makeFarm(
      { maxCallTime: 300, maxConcurrentCallsPerWorker: 2, maxRetries: 1 },
      () => undefined
    )
    submit(farm, 1, 'hold', records)
    await sleep(100)
    submit(farm, 2, 'hold', records)
    setTimeout(() => release(2), 600)
    await sleep(1500)
    show('timeout (maxCallTime: 300, 2 calls on one worker, maxRetries: 1)', records)
    workerFarm.end(farm)
  },
  /** maxConcurrentCalls: 2, three calls while the first two are held. */
  async 'max-concurrent'() {
    const records = []
    const { farm, release } = makeFarm({ maxConcurrentCalls: 2 }, () => undefined)
    submit(farm, 1, 'hold', records)
    submit(farm, 2, 'hold', records)
    const third = submit(farm, 3, 'hold', records)
    const afterCall = third.calls
    await sleep(300)
    release(1)
    release(2)
    await sleep(500)
    show(
      'max-concurrent (maxConcurrentCalls: 2)',
      records,
      `; call 3 callback runs right after the call returned: ${afterCall}`
    )
    workerFarm.end(farm)
  },
  /** end() with call 1 in progress and calls 2..4 queued; call 1 released 300 ms later. */
  async end() {
    const records = []
    const { farm, release } = makeFarm({}, () => undefined)
    for (let id = 1; id <= 4; id++) submit(farm, id, 'hold', records)
    await sleep(300)
    let ended = false
    workerFarm.end(farm, () => (ended = true))
    await sleep(300)
    release(1)
    await sleep(300)
    for (let id = 2; id <= 4; id++) release(id)
    await sleep(700)
    show(
      'end (1 in progress, 3 queued; 1 released after end())',
      records,
      `; end callback ran: ${ended}`
    )
  },
  /** end() while every call is queued behind nothing in progress (before the child took one). */
  async 'end-all-queued'() {
    const records = []
    const { farm, release } = makeFarm({ maxConcurrentCallsPerWorker: 0 }, () => undefined)
    for (let id = 1; id <= 3; id++) submit(farm, id, 'quick', records)
    let ended = false
    workerFarm.end(farm, () => (ended = true))
    await sleep(800)
    release(1)
    show('end-all-queued (no call in progress, 3 queued)', records, `; end callback ran: ${ended}`)
  },
  async 'child-error'() {
    const records = []
    const { farm } = makeFarm({}, () => undefined)
    submit(farm, 1, 'error', records)
    await sleep(800)
    show('child-error (the child calls back with a RangeError)', records)
    workerFarm.end(farm)
  },
  async 'child-throw'() {
    const records = []
    const reported = []
    const { farm } = makeFarm({ maxRetries: 1 }, m => reported.push(m.pid))
    submit(farm, 1, 'throw', records)
    await sleep(1500)
    show(
      'child-throw (the child function throws, maxRetries: 1)',
      records,
      `; pids the call reported: ${reported.join(', ')}`
    )
    workerFarm.end(farm)
  }
}

async function main() {
  const names = process.argv.slice(2)
  console.log(
    `worker-farm ${version}, Node ${process.version}, caller pid ${process.pid} thread ${threadId}`
  )
  for (const name of names.length ? names : Object.keys(CASES)) {
    if (!CASES[name])
      throw new Error(`unknown case ${name}; expected ${Object.keys(CASES).join(', ')}`)
    await CASES[name]()
  }
  setTimeout(() => process.exit(0), 300)
}
main()
