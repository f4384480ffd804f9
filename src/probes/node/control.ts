/**
 * The positive control on a Node pool (issue 19; src/engine/control.ts): when the engine starts
 * the probe with CTG_CONTROL_ONE_IN=N, every N-th handler the probe attaches (counted over the
 * probe's life, so the rate is exact and no luck is involved) is moved: instead of the handler,
 * the pool gets a stand-in that, when the pool calls it, hands the handler (as data) to the
 * probe's own control thread, which runs it there. The handler records itself as ever, so the
 * outcome shows a handler run off the caller's thread, which the event-loop contract forbids;
 * the tally names that thread CTG-Control (the engine's CONTROL_THREAD), which is how the engine
 * knows the violation it sees is the planted one.
 */
import { Worker } from 'node:worker_threads'
import type { CompletionHandler } from './adapter.js'

export const CONTROL_ONE_IN_ENV = 'CTG_CONTROL_ONE_IN'
/** The name the samples give the control thread: src/engine/control.ts's CONTROL_THREAD. */
export const CONTROL_THREAD_NAME = 'CTG-Control'

// The control thread: runs each handler it is given, as the task module's runHandler does.
const CONTROL_WORKER = `
const { parentPort, workerData } = require('node:worker_threads')
const task = require(workerData.taskModule)
parentPort.on('message', handler => {
  try {
    task.runHandler(handler)
  } catch {
    // a raising handler's deliberate error: recorded before it was thrown
  }
})
`

export class Control {
  private attached = 0
  private readonly worker: Worker

  private constructor(
    readonly oneIn: number,
    taskModule: string
  ) {
    this.worker = new Worker(CONTROL_WORKER, { eval: true, workerData: { taskModule } })
    // Not a reason to keep the probe alive on its own.
    this.worker.unref()
  }

  /** The control the environment asks for (a whole number N >= 2), or none. */
  static fromEnvironment(taskModule: string): Control | undefined {
    const value = Number(process.env[CONTROL_ONE_IN_ENV])
    return Number.isInteger(value) && value >= 2 ? new Control(value, taskModule) : undefined
  }

  /** The control thread's id, as the ledger records it. */
  get threadId(): number {
    return this.worker.threadId
  }

  /** The handler to give the pool: the probe's own, or, every oneIn-th time, a mover. */
  handlerFor(handler: CompletionHandler): CompletionHandler {
    this.attached += 1
    if (this.attached % this.oneIn !== 0) return handler
    const move = () => this.worker.postMessage(handler.portable)
    return Object.assign(move, { portable: handler.portable, fulfilled: move, rejected: move })
  }
}
