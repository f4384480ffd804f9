/**
 * The tally of one repetition: each observed handler's facts (where it ran, how often, inline or
 * not, in which order, with which error, and whether it first ran only at close()) counted into
 * the cell's histogram, and where each task ran counted into the result's stats. It reads what
 * the handlers and tasks recorded; it never grades.
 */
import { threadId } from 'node:worker_threads'
import type { CallRole } from './callback-api.js'
import type { ErrorType } from '../protocol.js'
import type { GateServer, TaskIdentity } from './gate.js'
import type { CellMessage } from '../../model/cell.js'
import { SCENARIO_TRAITS } from '../../model/scenarios.js'
import type { HandlerRun, Ledger } from './ledger.js'
import { CONTROL_THREAD_NAME } from './control.js'

/** The registered state of a handler: the task's state as the probe saw it before attaching. */
export type Registered = 'pending' | 'running' | 'done' | 'cancelled'

/**
 * Where the observed tasks ran, counted (in the result's stats): the facts say where handlers
 * ran relative to the caller, these say where the pool put the work.
 */
export interface TaskPlaces {
  tasksOnWorkerThreads: number
  tasksInOtherProcesses: number
  tasksOnCallerThread: number
  tasksNotRun: number
}

export function emptyPlaces(): TaskPlaces {
  return {
    tasksOnWorkerThreads: 0,
    tasksInOtherProcesses: 0,
    tasksOnCallerThread: 0,
    tasksNotRun: 0
  }
}

function countPlace(places: TaskPlaces, task: TaskIdentity | undefined): void {
  if (task === undefined) places.tasksNotRun += 1
  else if (task.pid !== process.pid) places.tasksInOtherProcesses += 1
  else if (task.threadId === threadId) places.tasksOnCallerThread += 1
  else places.tasksOnWorkerThreads += 1
}

export interface Outcome {
  facts: Record<string, string | number | boolean>
  count: number
  samples: { task: string | null; callback: string | null; caller: string | null }[]
}

/** What a repetition observed, as the tally reads it. */
export interface Observed {
  readonly cell: CellMessage
  /** Handlers per task. */
  readonly per: number
  readonly gate: GateServer
  readonly ledger: Ledger
  readonly registered: readonly (Registered | undefined)[]
  readonly errors: readonly ErrorType[]
  readonly roles: readonly CallRole[]
  /** cancel: what the adapter's cancel() said of each task (true, false, or nothing). */
  readonly cancelReported: readonly (boolean | undefined)[]
  /** Each handler's calls when the probe began to close the pool; undefined: not closed yet. */
  readonly callsBeforeClose: readonly number[] | undefined
  /** The positive control's thread (control.ts), named in the samples. */
  readonly controlThread: number | undefined
}

export function tallyRepetition(
  rep: Observed,
  histogram: Map<string, Outcome>,
  places: TaskPlaces
): void {
  const facts = SCENARIO_TRAITS[rep.cell.scenario].facts
  const withOrder = facts.includes('order')
  const withRole = facts.includes('role')
  const withError = facts.includes('error')
  const withCall = facts.includes('call')
  const withCancelled = facts.includes('cancelled')
  for (let i = 0; i < rep.cell.tasks; i++) {
    const task = rep.gate.identity(i)
    countPlace(places, task)
    const name = (pid: number, thread: number) =>
      pid === process.pid && thread === rep.controlThread
        ? CONTROL_THREAD_NAME
        : threadName(pid, thread)
    const taskName = task === undefined ? null : name(task.pid, task.threadId)
    let previousSeq = 0 // first-run sequence number of the latest earlier handler that ran
    for (let k = 0; k < rep.per; k++) {
      const slot = i * rep.per + k
      const run = rep.ledger.run(slot)
      const facts: Outcome['facts'] = {
        registered: rep.registered[slot] ?? 'pending',
        ranOn: run.calls === 0 ? 'never' : ranOn(run, task),
        inline: run.calls > 0 && run.inline,
        calls: run.calls
      }
      if (withOrder) {
        // Out of order: it started before an earlier-attached handler that ran. A handler
        // that never ran has no start, so it cannot be out of order.
        facts.order = run.calls > 0 && run.seq < previousSeq ? 'out-of-order' : 'in-order'
        if (run.calls > 0) previousSeq = Math.max(previousSeq, run.seq)
      }
      if (withRole) facts.role = k === 0 ? 'raiser' : 'after-raiser'
      if (withError) facts.error = rep.errors[slot] ?? 'none'
      if (withCall) facts.call = rep.roles[i] ?? 'queued'
      const taken = rep.cancelReported[i]
      if (withCancelled && taken !== undefined) facts.cancelled = taken
      if (run.calls > 0 && rep.callsBeforeClose !== undefined && rep.callsBeforeClose[slot] === 0) {
        // Its first run came only once the probe began to close the pool: close() settled the
        // task, not the task's end. Its own fact, graded apart from a normal run.
        facts.ranAt = 'close'
        facts.settled = run.settled
      }
      const key = JSON.stringify(facts)
      let entry = histogram.get(key)
      if (entry === undefined) {
        entry = { facts, count: 0, samples: [] }
        histogram.set(key, entry)
      }
      entry.count += 1
      const sample = {
        task: taskName,
        callback: run.calls > 0 ? name(run.pid, run.threadId) : null,
        caller: CALLER
      }
      if (entry.samples.length < 3 && !entry.samples.some(s => sameSample(s, sample)))
        entry.samples.push(sample)
    }
  }
}

const CALLER = 'main thread'

/** Where a handler ran, relative to the probe's driver thread and the task's thread. */
function ranOn(run: HandlerRun, task: TaskIdentity | undefined): string {
  if (run.pid === process.pid && run.threadId === threadId) return 'caller-thread'
  if (task !== undefined && run.pid === task.pid && run.threadId === task.threadId)
    return 'task-thread'
  return run.pid !== process.pid ? 'other-process' : 'other-thread'
}

/** Node threads have no names: a readable stand-in for the report's samples. */
function threadName(pid: number, thread: number): string {
  const name = thread === 0 ? 'main thread' : `worker thread ${thread}`
  return pid === process.pid ? name : `process ${pid} ${name}`
}

function sameSample(a: Outcome['samples'][number], b: Outcome['samples'][number]): boolean {
  return a.task === b.task && a.callback === b.callback && a.caller === b.caller
}
