/**
 * The task module: what runs inside a pool's workers (bundled to task.js, CommonJS, next to the
 * probe). Workers load it by path; pools call probeTask (promise style) or probeTaskCallback
 * (callback style, worker-farm). runHandler is for pools that run completion hooks in a worker.
 */
import { threadId } from 'node:worker_threads'
import type { PortableHandler, TaskInput, TaskResult } from './adapter.js'
import { announce } from './gate.js'
import { recordRun } from './ledger.js'
import { spin } from './perturb.js'

/** The task: announce itself at the gate, wait to be let go, take taskMs, say where it ran. */
export async function probeTask(input: TaskInput): Promise<TaskResult> {
  await announce(input.gate, input.run, input.index)
  if (input.taskMs > 0) await new Promise(resolve => setTimeout(resolve, input.taskMs))
  if (input.spinEndUs !== undefined) spin(input.spinEndUs)
  if (input.fails === true) throw new RangeError('deliberate: the task fails (failing scenario)')
  return { pid: process.pid, threadId }
}

/** The same task for callback-style pools: callback(error, result). */
export function probeTaskCallback(
  input: TaskInput,
  callback: (error: Error | null, result?: TaskResult) => void
): void {
  probeTask(input).then(
    result => callback(null, result),
    (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)))
  )
}

/** Runs a completion handler given as data, on whatever thread calls this. */
export function runHandler(handler: PortableHandler): void {
  recordRun(handler)
}
