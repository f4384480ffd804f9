/**
 * One repetition of a cell in the Node probe: a fresh pool, its tasks, and the records of their
 * handlers; each experiment of docs/protocol.md ("Scenarios") is a method here, mapped onto
 * promises and callbacks as the Python probe maps it onto futures. It observes; tally.ts counts.
 *
 * Where a handler ran is what the handler itself recorded (ledger.ts); where a task ran is what
 * the task announced at the gate (gate.ts). "Registered" is the task's state as the probe could
 * see it just before the attaching call: done once the probe's own tracking handler has run,
 * running once the task announced itself, pending before that.
 */
import type { CompletionHandler, PoolAdapter, TaskInput } from './adapter.js'
import { poolOptionOf } from './adapter.js'
import { errorTypeOf, NotApplicable, type CallRole } from './callback-api.js'
import type { Cell } from './cell-message.js'
import type { ErrorType } from '../protocol.js'
import type { GateServer } from './gate.js'
import { SCENARIO_TRAITS } from '../../model/scenarios.js'
import { DeliberateError, Ledger } from './ledger.js'
import {
  tallyRepetition,
  type Observed,
  type Outcome,
  type Registered,
  type TaskPlaces
} from './tally.js'
import { Alarm, sleep, turn } from './wait.js'
import { spin } from './perturb.js'
import type { Control } from './control.js'

// Waits wake up this often so that progress keeps flowing.
export const TICK_MS = 200
// ending: how long after the pool said it stopped a queued call's callback may still come.
const END_GRACE_MS = 200
// cancel: how long a task the adapter reported cancelled has to settle once the others have.
const CANCEL_GRACE_MS = 200

/** One repetition: a fresh pool, its tasks, and the records of their handlers. */
export class Repetition implements Observed {
  readonly per: number
  /** Observed handlers: slot = task index * per + handler index. */
  readonly ledger: Ledger
  /** The probe's own handler per task, attached at submission: tells when a task settled. */
  readonly trackers: Ledger
  /** Handlers of warm-up and blocker tasks (not counted). */
  readonly service: Ledger
  readonly tasks: unknown[]
  readonly registered: (Registered | undefined)[]
  readonly cancelled: boolean[]
  /** What the adapter's cancel() said of each task: taken (true), refused (false), or nothing. */
  readonly cancelReported: (boolean | undefined)[]
  /** Each observed handler's calls when the probe began to close the pool (driver.ts). */
  callsBeforeClose: readonly number[] | undefined
  readonly attachesLater: boolean
  /** A failure inside an event handler (a gate announcement), reported after the scenario. */
  failure: unknown
  /** Callback APIs: the error each handler got on its first run (by slot), and each call's role. */
  readonly errors: ErrorType[] = []
  readonly roles: CallRole[] = []
  /** How many times each task announced itself (a retried call announces itself again). */
  private readonly announcements = new Map<number, number>()
  private holdTask: (index: number) => boolean = () => false
  private onTask: (index: number) => void = () => undefined
  private startedTasks = 0
  private startedBlockers = new Set<number>()
  private blockersWanted = 0
  /** Cuts a wait short when a task announces itself. */
  private readonly alarm = new Alarm()

  constructor(
    readonly cell: Cell,
    readonly run: number,
    private readonly adapter: PoolAdapter,
    private readonly pool: unknown,
    readonly gate: GateServer,
    private readonly control?: Control
  ) {
    this.per = cell.callbacks
    this.attachesLater = adapter.attach !== undefined
    const slots = cell.tasks * this.per
    this.ledger = new Ledger(slots, slots)
    this.trackers = new Ledger(cell.tasks, cell.tasks)
    this.service = new Ledger(cell.workers, cell.workers)
    this.tasks = new Array<unknown>(cell.tasks)
    this.registered = new Array<Registered | undefined>(slots)
    this.cancelled = new Array<boolean>(cell.tasks).fill(false)
    this.cancelReported = new Array<boolean | undefined>(cell.tasks)
  }

  /** The gate's question when a task announces itself: hold it, or let it go on. */
  onStart(index: number): 'hold' | 'go' {
    if (index < 0) {
      if (-index > this.blockersWanted) return 'go'
      this.startedBlockers.add(index)
      this.alarm.wake()
      return 'hold'
    }
    if (index < this.cell.tasks) {
      this.announcements.set(index, (this.announcements.get(index) ?? 0) + 1)
      this.startedTasks += 1
      try {
        this.onTask(index)
      } catch (error) {
        this.failure ??= error
      }
      this.alarm.wake()
      if (this.holdTask(index)) return 'hold'
    }
    return 'go'
  }

  // --- the experiments ----------------------------------------------------------------------

  /** running / order / raising: attach while the task provably runs, then let it go on. */
  async held(tick: () => void): Promise<void> {
    const n = this.cell.tasks
    this.onTask = index => {
      if (this.registered[index * this.per] === undefined) this.attachAll(index)
    }
    for (let i = 0; i < n; i++) this.submit(i)
    const allStarted = await this.waitFor(() => this.startedTasks >= n, tick)
    if (!allStarted)
      process.stderr.write(`probe: ${n - this.startedTasks} tasks did not start within timeoutMs\n`)
    // Tasks that never announced themselves still get their handlers, so every task is counted.
    this.onTask = () => undefined
    for (let i = 0; i < n; i++) if (this.registered[i * this.per] === undefined) this.attachAll(i)
    await this.awaitHandlers(tick)
  }

  /** The tutorial's experiment: attach after the callback delay, whatever the state is then. */
  async timed(tick: () => void): Promise<void> {
    await this.warmUp(tick)
    for (let i = 0; i < this.cell.tasks; i++) this.submit(i)
    if (this.attachesLater) {
      if (this.cell.callbackDelayMs > 0) await sleep(this.cell.callbackDelayMs)
      for (let i = 0; i < this.cell.tasks; i++) {
        this.attach(i, 0)
        tick()
      }
    }
    await this.awaitHandlers(tick)
  }

  /** Attach after every task has settled. */
  async done(tick: () => void): Promise<void> {
    await this.warmUp(tick)
    for (let i = 0; i < this.cell.tasks; i++) this.submit(i)
    await this.trackers.wait(Date.now() + this.cell.timeoutMs, TICK_MS, tick)
    for (let i = 0; i < this.cell.tasks; i++) this.attach(i, 0)
    await this.awaitHandlers(tick)
  }

  /** Hold every worker, queue the tasks, attach, cancel, attach again. */
  async cancel(tick: () => void): Promise<void> {
    const cancel = this.adapter.cancel as NonNullable<PoolAdapter['cancel']>
    await this.holdWorkers(tick)
    for (let i = 0; i < this.cell.tasks; i++) this.submit(i)
    for (let i = 0; i < this.cell.tasks; i++) {
      this.attach(i, 0)
      this.cancelled[i] = true
      const taken: unknown = cancel(this.pool, this.tasks[i])
      if (typeof taken === 'boolean') this.cancelReported[i] = taken
      // One turn of the event loop: a native promise settles in a microtask, after cancel()
      // returned. The second handler is attached to a task the probe can see cancelled.
      await turn()
      this.attach(i, 1)
      tick()
    }
    this.releaseBlockers()
    await this.awaitCancelled(tick)
  }

  /**
   * The latch of `cancel`: every handler, but the handlers of a task whose cancel the adapter
   * reported get only a short grace once the others have run. A pool may leave a cancelled task's
   * promise pending while it lives (threads.js settles it only at terminate): those handlers then
   * run at close() (the `ranAt: close` fact), and waiting the whole timeoutMs for them would only
   * slow the cell down.
   */
  private async awaitCancelled(tick: () => void): Promise<void> {
    const reported = (slot: number) => this.cancelReported[Math.floor(slot / this.per)] === true
    const othersRan = () => {
      for (let slot = 0; slot < this.ledger.slots; slot++)
        if (!reported(slot) && this.ledger.calls(slot) === 0) return false
      return true
    }
    const deadline = Date.now() + this.cell.timeoutMs
    let graceUntil = Infinity
    while (this.ledger.remaining > 0 && Date.now() < Math.min(deadline, graceUntil)) {
      if (graceUntil === Infinity && othersRan()) graceUntil = Date.now() + CANCEL_GRACE_MS
      await sleep(TICK_MS / 4)
      tick()
    }
  }

  /** Hold every worker, queue the tasks with a handler each, shut the pool down, let go. */
  async shutdown(tick: () => void): Promise<void> {
    const shutdown = this.adapter.shutdown as NonNullable<PoolAdapter['shutdown']>
    await this.holdWorkers(tick)
    for (let i = 0; i < this.cell.tasks; i++) {
      this.submit(i)
      if (this.attachesLater) this.attach(i, 0)
    }
    // Like shutdown(wait=False): the probe lets the blockers go before it waits for the pool.
    // Called now (a Promise's executor runs at once); a throw becomes a rejection.
    const stopping = new Promise<void>(resolve => resolve(shutdown(this.pool))).then(() => true)
    // Its failure is reported below, after the handlers; not an unhandled rejection meanwhile.
    stopping.catch(() => undefined)
    this.releaseBlockers()
    await this.awaitHandlers(tick)
    let timer: NodeJS.Timeout | undefined
    const stopped = await Promise.race([
      stopping,
      new Promise<false>(resolve => (timer = setTimeout(() => resolve(false), this.cell.timeoutMs)))
    ]).finally(() => clearTimeout(timer))
    if (!stopped) process.stderr.write('probe: shutdown() did not finish within timeoutMs\n')
  }

  // --- callback APIs (worker-farm's documented rules) ----------------------------------------

  /** Every call is submitted at once (the `failing` tasks fail by themselves); waits for the callbacks. */
  async awaitHandlersOf(tick: () => void): Promise<void> {
    for (let i = 0; i < this.cell.tasks; i++) this.submit(i)
    await this.awaitHandlers(tick)
  }

  /** Kills the process of each call when it first announces itself; a retried call goes on. */
  async kill(tick: () => void): Promise<void> {
    this.holdTask = index => this.announcements.get(index) === 1 && this.failure === undefined
    this.onTask = index => {
      const pid = this.gate.identity(index)?.pid
      if (this.announcements.get(index) !== 1 || pid === undefined) return
      if (pid === process.pid) {
        this.failure ??= new NotApplicable(
          `${this.adapter.name} runs its tasks in the probe's own process: none can be killed alone`
        )
        return
      }
      try {
        process.kill(pid, 'SIGKILL')
      } catch {
        // Already gone: killed with another call it ran.
      }
    }
    await this.awaitHandlersOf(tick)
  }

  /** Holds every call until its callback runs: each takes longer than the pool's maxCallTime. */
  async overtime(tick: () => void): Promise<void> {
    this.holdTask = () => true
    await this.awaitHandlersOf(tick)
  }

  /** Submits the calls with every one held: those past maxConcurrentCalls are refused. */
  async overload(tick: () => void): Promise<void> {
    const limit = poolOptionOf(this.adapter, 'maxConcurrentCalls') ?? Infinity
    this.holdTask = () => true
    for (let i = 0; i < this.cell.tasks; i++) {
      this.roles[i] = i < limit ? 'within-limit' : 'past-limit'
      this.submit(i)
    }
    // The refused calls are answered without running; then the held ones go on.
    const refused = this.roles.flatMap((role, i) => (role === 'past-limit' ? [i] : []))
    await this.waitFor(() => refused.every(i => this.ledger.calls(i) > 0), tick)
    this.gate.releaseAll()
    await this.awaitHandlers(tick)
  }

  /** Holds the calls the workers took, ends the pool with the rest queued, then lets go. */
  async end(tick: () => void): Promise<void> {
    const shutdown = this.adapter.shutdown as NonNullable<PoolAdapter['shutdown']>
    const n = this.cell.tasks
    this.holdTask = () => true
    for (let i = 0; i < n; i++) this.submit(i)
    await this.waitFor(() => this.startedTasks >= Math.min(n, this.cell.workers), tick)
    for (let i = 0; i < n; i++) this.roles[i] = this.gate.hasStarted(i) ? 'in-progress' : 'queued'
    let stopped = false
    const stopping = new Promise<void>(resolve => resolve(shutdown(this.pool)))
    stopping.then(
      () => (stopped = true),
      (error: unknown) => (this.failure ??= error)
    )
    this.gate.releaseAll()
    // A discarded call's callback never runs: once the pool says it stopped, a short grace, not
    // the whole timeout.
    const deadline = Date.now() + this.cell.timeoutMs
    let graceUntil = Infinity
    while (this.ledger.remaining > 0 && Date.now() < Math.min(deadline, graceUntil)) {
      if (stopped && graceUntil === Infinity) graceUntil = Date.now() + END_GRACE_MS
      await sleep(TICK_MS / 4)
      tick()
    }
  }

  // --- submitting and attaching ---------------------------------------------------------------

  private input(index: number): TaskInput {
    return {
      run: this.run,
      index,
      taskMs: index < 0 ? 0 : this.cell.taskMs,
      gate: this.gate.address,
      ...(index >= 0 && (this.cell.perturb?.spinTaskEndUs ?? 0) > 0
        ? { spinEndUs: this.cell.perturb?.spinTaskEndUs }
        : {}),
      ...(index >= 0 && SCENARIO_TRAITS[this.cell.scenario].experiment === 'fail'
        ? { fails: true as const }
        : {})
    }
  }

  /** Submits task i; a callback-style pool gets the task's one handler here. */
  private submit(i: number): void {
    if (this.attachesLater) {
      const task = this.adapter.run(this.pool, this.input(i))
      this.tasks[i] = task
      this.attachTo(task, this.trackers.handler(i))
      return
    }
    const slot = i * this.per
    this.spinBefore()
    this.registered[slot] = this.state(i)
    this.ledger.attaching(slot)
    try {
      this.tasks[i] = this.adapter.run(this.pool, this.input(i), this.observed(slot))
    } catch (error) {
      if (!(error instanceof DeliberateError)) throw error
    } finally {
      this.ledger.attaching(undefined)
      this.spinAfter()
    }
  }

  /** Task i's one handler, noting the error it gets on its first run (callback APIs). */
  private observed(slot: number): CompletionHandler {
    const handler = this.controlled(this.ledger.handler(slot))
    const observe = (...args: unknown[]) => {
      if (this.ledger.calls(slot) === 0) this.errors[slot] = errorTypeOf(args[0])
      // The callback convention: an error first, or none.
      if (args[0] === undefined || args[0] === null) handler.fulfilled()
      else handler.rejected()
    }
    return Object.assign(observe, {
      portable: handler.portable,
      fulfilled: handler.fulfilled,
      rejected: handler.rejected
    })
  }

  private attachAll(i: number): void {
    for (let k = 0; k < this.per; k++) this.attach(i, k)
  }

  /** Attaches handler k of task i, noting the task's state just before the attaching call. */
  private attach(i: number, k: number): void {
    const slot = i * this.per + k
    // The first handler raises where the outcomes say which one raised (their `role`).
    const raises = SCENARIO_TRAITS[this.cell.scenario].facts.includes('role') && k === 0
    this.spinBefore()
    this.registered[slot] = this.state(i)
    this.ledger.attaching(slot)
    try {
      this.attachTo(this.tasks[i], this.controlled(this.ledger.handler(slot, raises)))
    } catch (error) {
      // A pool that runs a handler inline and lets its exception escape to the attaching call:
      // the handler ran and was recorded.
      if (!(error instanceof DeliberateError)) throw error
    } finally {
      this.ledger.attaching(undefined)
      this.spinAfter()
    }
  }

  /** Perturbed cells (perturb.ts): a random spin just before an attaching call, and just after. */
  private spinBefore(): void {
    if (this.cell.perturb !== undefined) spin(this.cell.perturb.spinBeforeUs)
  }

  private spinAfter(): void {
    if (this.cell.perturb !== undefined) spin(this.cell.perturb.spinAfterUs)
  }

  /** An observed handler as the pool gets it: itself, or, under a control, sometimes a mover. */
  private controlled(handler: CompletionHandler): CompletionHandler {
    return this.control === undefined ? handler : this.control.handlerFor(handler)
  }

  /** The control thread's id, for the tally to name it. */
  get controlThread(): number | undefined {
    return this.control?.threadId
  }

  private attachTo(task: unknown, handler: ReturnType<Ledger['handler']>): void {
    ;(this.adapter.attach as NonNullable<PoolAdapter['attach']>)(task, handler)
  }

  private state(i: number): Registered {
    if (this.trackers.calls(i) > 0)
      return this.cancelled[i] && !this.gate.hasStarted(i) ? 'cancelled' : 'done'
    // The adapter reported the cancel: the task is cancelled, though its promise may be pending.
    if (this.cancelReported[i] === true && !this.gate.hasStarted(i)) return 'cancelled'
    return this.gate.hasStarted(i) ? 'running' : 'pending'
  }

  // --- warm-up and blockers -------------------------------------------------------------------

  /**
   * Makes sure all workers are up before the experiment, by holding one task per worker until
   * all of them run: the timings then measure tasks, not the start-up of threads or processes.
   */
  private async warmUp(tick: () => void): Promise<void> {
    await this.holdWorkers(tick)
    this.releaseBlockers()
    await this.service.wait(Date.now() + this.cell.timeoutMs, TICK_MS, tick)
  }

  /** Occupies every worker with a blocker task (no observed handlers, not counted). */
  private async holdWorkers(tick: () => void): Promise<void> {
    const n = this.cell.workers
    this.blockersWanted = n
    for (let b = 0; b < n; b++) {
      const input = this.input(-1 - b)
      const handler = this.service.handler(b)
      if (this.attachesLater) this.attachTo(this.adapter.run(this.pool, input), handler)
      else this.adapter.run(this.pool, input, handler)
    }
    const up = await this.waitFor(() => this.startedBlockers.size >= n, tick)
    if (!up) process.stderr.write('probe: not every blocker task started within timeoutMs\n')
  }

  private releaseBlockers(): void {
    for (let b = 0; b < this.blockersWanted; b++) this.gate.release(-1 - b)
  }

  // --- waiting --------------------------------------------------------------------------------

  /** Waits until `done()`, giving up when nothing has started for timeoutMs. */
  private async waitFor(done: () => boolean, tick: () => void): Promise<boolean> {
    let seen = -1
    let since = Date.now()
    while (!done()) {
      if (this.failure !== undefined) return false
      const progress = this.startedTasks + this.startedBlockers.size
      if (progress !== seen) {
        seen = progress
        since = Date.now()
      }
      const left = this.cell.timeoutMs - (Date.now() - since)
      if (left <= 0) return false
      await this.alarm.sleep(Math.min(left, TICK_MS))
      tick()
    }
    return true
  }

  /** The latch: every observed handler has run, or timeoutMs passed (the rest count as never). */
  private async awaitHandlers(tick: () => void): Promise<void> {
    await this.ledger.wait(Date.now() + this.cell.timeoutMs, TICK_MS, tick)
  }

  futuresFinished(): number {
    return Math.floor((this.ledger.slots - this.ledger.remaining) / this.per)
  }

  tally(histogram: Map<string, Outcome>, places: TaskPlaces): void {
    tallyRepetition(this, histogram, places)
  }
}
