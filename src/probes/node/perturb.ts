/**
 * Schedule perturbation for the Node probe's perturbed lanes (issue 19), the Node side of
 * ctg_probe/perturb.py, read from the same `perturb` settings of a cell (PERTURBATION_LIMITS in
 * src/model/cell.ts; a value outside its bounds counts as 0, as in Python). While such a cell
 * runs, the probe spins a random 0..N microseconds just before and just after each handler's
 * attaching call (spinBeforeUs, spinAfterUs), each task spins at its end before it settles
 * (spinTaskEndUs, in the worker: tasks/input carry it), extra busy threads compete for the cores
 * (extraThreads), and the probe's main thread, with every pool thread it starts, is put on one
 * core (oneCore, Linux: `taskset`). switchIntervalUs, gatePollUs and aimAtCompletion have no
 * meaning here (V8 has no switch interval; a held task waits on its socket; a handler attaches on
 * the loop that settles it, so it cannot be aimed within the window): they are ignored. None of it changes
 * an observation: the probe still only observes and counts.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { Worker } from 'node:worker_threads'
import { PERTURBATION_LIMITS, type Perturbation } from '../../model/cell.js'

/** The settings a cell asks for, each a whole number within its bounds (else 0); undefined: none. */
export function perturbationOf(message: Record<string, unknown>): Perturbation | undefined {
  const given = message.perturb
  if (typeof given !== 'object' || given === null) return undefined
  const raw = given as Record<string, unknown>
  const how = {} as Record<keyof Perturbation, number>
  let any = false
  for (const [name, most] of Object.entries(PERTURBATION_LIMITS) as [
    keyof Perturbation,
    number
  ][]) {
    const value = raw[name]
    const ok = typeof value === 'number' && Number.isInteger(value) && value > 0 && value <= most
    how[name] = ok ? value : 0
    any ||= ok
  }
  return any ? how : undefined
}

/** Busy-waits a random 0..mostUs microseconds. */
export function spin(mostUs: number): void {
  if (mostUs <= 0) return
  const end = process.hrtime.bigint() + BigInt(Math.floor(Math.random() * mostUs * 1000))
  while (process.hrtime.bigint() < end) {
    // spinning on purpose
  }
}

// An extra thread: spins until the shared flag says stop, yielding nothing.
const BUSY = `
const { workerData } = require('node:worker_threads')
const flag = new Int32Array(workerData)
while (Atomics.load(flag, 0) === 0) {}
`

/** What a perturbed cell changed, undone by stop(). */
export class Shaker {
  private readonly busy: Worker[] = []
  private readonly stopFlag = new Int32Array(new SharedArrayBuffer(4))
  private affinity: string | undefined

  private constructor(readonly how: Perturbation) {}

  /** Applies what lasts for the cell (one core, extra threads); spins are asked for as they come. */
  static start(how: Perturbation): Shaker {
    const shaker = new Shaker(how)
    if (how.oneCore === 1) shaker.affinity = pinToOneCore()
    for (let i = 0; i < how.extraThreads; i++) {
      const worker = new Worker(BUSY, { eval: true, workerData: shaker.stopFlag.buffer })
      worker.unref()
      shaker.busy.push(worker)
    }
    return shaker
  }

  async stop(): Promise<void> {
    Atomics.store(this.stopFlag, 0, 1)
    await Promise.all(this.busy.map(w => w.terminate()))
    if (this.affinity !== undefined) setAffinity(this.affinity)
  }
}

/** The main thread's allowed cores (Linux), as taskset's list, or undefined elsewhere. */
function currentAffinity(): string | undefined {
  try {
    const status = readFileSync(`/proc/${process.pid}/task/${process.pid}/status`, 'utf8')
    return /^Cpus_allowed_list:\s*(\S+)/m.exec(status)?.[1]
  } catch {
    return undefined
  }
}

/** Puts the main thread (and the threads it starts from now on) on one of its cores. */
function pinToOneCore(): string | undefined {
  const before = currentAffinity()
  if (before === undefined) return undefined
  const cores = before.split(',').flatMap(part => {
    const [from, to] = part.split('-').map(Number)
    if (from === undefined || Number.isNaN(from)) return []
    const last = to === undefined || Number.isNaN(to) ? from : to
    return Array.from({ length: last - from + 1 }, (_, k) => from + k)
  })
  if (cores.length < 2) return undefined
  const core = cores[Math.floor(Math.random() * cores.length)]
  return setAffinity(String(core)) ? before : undefined
}

function setAffinity(list: string): boolean {
  // The main thread's id is the process id: -p sets that one thread, not the others.
  const result = spawnSync('taskset', ['-p', '-c', list, String(process.pid)], {
    stdio: 'ignore',
    timeout: 5_000
  })
  return result.status === 0
}
