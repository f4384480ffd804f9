/**
 * Runs the cells of the probe protocol against one pool adapter: the experiments of
 * docs/protocol.md ("Scenarios"), mapped onto promises and callbacks, as the Python probe runs
 * them against futures. It observes and counts; it never grades.
 *
 * Where a handler ran is what the handler itself recorded (ledger.ts); where a task ran is what
 * the task announced at the gate (gate.ts). "Registered" is the task's state as the probe could
 * see it just before the attaching call: done once the probe's own tracking handler has run,
 * running once the task announced itself, pending before that.
 */
import { threadId } from 'node:worker_threads'
import type { CompletionHandler, PoolAdapter, TaskInput } from './adapter.js'
import { poolOptionOf, scenarioSupportOf, type ScenarioSupport } from './adapter.js'
import { errorTypeOf, NotApplicable, type CallRole } from './callback-api.js'
import type { ErrorType } from '../protocol.js'
import type { GateServer, TaskIdentity } from './gate.js'
import type { CellMessage } from '../../model/cell.js'
import { SCENARIO_TRAITS, SCENARIOS, type Scenario } from '../../model/scenarios.js'
import { oneLine } from '../../errors.js'
import { DeliberateError, Ledger, type HandlerRun } from './ledger.js'

type Registered = 'pending' | 'running' | 'done' | 'cancelled'

// First progress line only for cells that take long, then at most about 4 a second.
const PROGRESS_AFTER_MS = 1_000
const PROGRESS_EVERY_MS = 250
// Waits wake up this often so that progress keeps flowing.
const TICK_MS = 200
// After the pool is closed: one more turn of the event loop for late (second) handler runs.
const SETTLE_MS = 10
// A pool that does not close in this time is abandoned and the probe exits (see runCell).
const CLOSE_TIMEOUT_MS = 10_000
// ending: how long after the pool said it stopped a queued call's callback may still come.
const END_GRACE_MS = 200

export type Cell = CellMessage

export type Send = (message: object) => void

/** The cell could not be carried out: a cell-error. */
class CellFailure extends Error {}

export class Driver {
  private runs = 0
  private loggedExceptions = 0
  private progress = { cellStart: 0, last: 0, base: 0, total: 0, id: '' }
  private current: Repetition | undefined
  /** A pool could not be closed: after this cell's answer the probe must exit. */
  mustExit = false

  constructor(
    private readonly adapter: PoolAdapter,
    private readonly gate: GateServer,
    private readonly taskModule: string,
    private readonly send: Send
  ) {}

  get support(): ScenarioSupport {
    return scenarioSupportOf(this.adapter)
  }

  /** An exception nobody caught (a raising handler, a pool's error event): counted, not fatal. */
  noteUncaught(): void {
    this.loggedExceptions += 1
  }

  async runCell(message: Record<string, unknown>): Promise<void> {
    const id = typeof message.id === 'string' ? message.id : String(message.id)
    let cell: Cell
    try {
      cell = parseCell(message, id)
    } catch (error) {
      this.send({ type: 'cell-error', id, message: (error as Error).message })
      return
    }
    const unsupported = this.support.unsupported[cell.scenario]
    if (unsupported !== undefined) {
      this.send({ type: 'skipped', id, reason: unsupported })
      return
    }
    if (
      SCENARIO_TRAITS[cell.scenario].timing &&
      cell.callbackDelayMs > 0 &&
      this.adapter.attach === undefined
    ) {
      // Its handler goes with the task: there is no later moment to attach it at.
      this.send({
        type: 'skipped',
        id,
        reason: `${this.adapter.name} takes its handler with the task, so a callback delay cannot apply (see docs/node-pools.md)`
      })
      return
    }
    const start = Date.now()
    this.progress = { cellStart: start, last: 0, base: 0, total: cell.tasks * cell.repeat, id }
    const loggedBefore = this.loggedExceptions
    const histogram = new Map<string, Outcome>()
    const places = emptyPlaces()
    try {
      for (let r = 0; r < cell.repeat; r++) {
        this.progress.base = r * cell.tasks
        await this.runRepetition(cell, histogram, places)
      }
    } catch (error) {
      if (error instanceof NotApplicable) {
        this.send({ type: 'skipped', id, reason: error.message })
        return
      }
      const message = error instanceof CellFailure ? error.message : oneLine(error, { named: true })
      this.send({ type: 'cell-error', id, message })
      return
    } finally {
      this.current = undefined
    }
    this.send({
      type: 'result',
      id,
      outcomes: [...histogram.values()],
      stats: {
        futures: cell.tasks * cell.repeat,
        callbacks: cell.tasks * cell.callbacks * cell.repeat,
        elapsedMs: Math.round((Date.now() - start) * 10) / 10,
        loggedExceptions: this.loggedExceptions - loggedBefore,
        ...places
      }
    })
  }

  private async runRepetition(
    cell: Cell,
    histogram: Map<string, Outcome>,
    places: TaskPlaces
  ): Promise<void> {
    let pool: unknown
    try {
      const limit = SCENARIO_TRAITS[cell.scenario].adapter.option
      pool = await this.adapter.create({
        workers: cell.workers,
        taskModule: this.taskModule,
        ...(limit === undefined ? {} : { limit })
      })
    } catch (error) {
      throw new CellFailure(
        `${this.adapter.name}: create() threw ${oneLine(error, { named: true })}`
      )
    }
    this.runs += 1
    const rep = new Repetition(cell, this.runs, this.adapter, pool, this.gate)
    this.current = rep
    this.gate.begin(rep.run, index => rep.onStart(index))
    let failure: unknown
    try {
      await this.scenario(rep)
      if (rep.failure !== undefined) failure = rep.failure
    } catch (error) {
      failure = error
    } finally {
      // Whatever happened, never leave a task held, and close the pool before counting, so
      // that a handler run twice by a closing pool is seen.
      this.gate.releaseAll()
      const closed = await closeWithin(this.adapter, pool, CLOSE_TIMEOUT_MS)
      if (closed === 'timed-out') {
        // Whatever the pool still runs would outlive the cell: the probe exits after its answer.
        this.mustExit = true
        failure ??= new Error(
          `close() did not finish within ${CLOSE_TIMEOUT_MS / 1000} s; the probe exits to stop the pool`
        )
      } else if (closed !== 'closed') {
        failure ??= closed
      }
      await sleep(SETTLE_MS)
    }
    if (failure instanceof NotApplicable) throw failure
    if (failure !== undefined)
      throw new CellFailure(
        `${cell.scenario} scenario failed: ${oneLine(failure, { named: true })}`
      )
    rep.tally(histogram, places)
  }

  private async scenario(rep: Repetition): Promise<void> {
    const cell = rep.cell
    const tick = () => this.tick()
    switch (SCENARIO_TRAITS[cell.scenario].experiment) {
      case 'held':
        return rep.held(tick)
      case 'timed':
        return rep.timed(tick)
      case 'done':
        return rep.done(tick)
      case 'cancel':
        return rep.cancel(tick)
      case 'shutdown':
        return rep.shutdown(tick)
      case 'kill':
        return rep.kill(tick)
      case 'fail':
        return rep.awaitHandlersOf(tick)
      case 'overtime':
        return rep.overtime(tick)
      case 'overload':
        return rep.overload(tick)
      case 'end':
        return rep.end(tick)
    }
  }

  /** Sends a progress line when the cell has run long enough and the last one is old. */
  private tick(): void {
    const now = Date.now()
    const p = this.progress
    if (now - p.cellStart < PROGRESS_AFTER_MS || now - p.last < PROGRESS_EVERY_MS) return
    p.last = now
    const done = p.base + (this.current?.futuresFinished() ?? 0)
    this.send({ type: 'progress', id: p.id, done: Math.min(done, p.total), total: p.total })
  }
}

/**
 * Where the observed tasks ran, counted (in the result's stats): the facts say where handlers
 * ran relative to the caller, these say where the pool put the work.
 */
interface TaskPlaces {
  tasksOnWorkerThreads: number
  tasksInOtherProcesses: number
  tasksOnCallerThread: number
  tasksNotRun: number
}

function emptyPlaces(): TaskPlaces {
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

interface Outcome {
  facts: Record<string, string | number | boolean>
  count: number
  samples: { task: string | null; callback: string | null; caller: string | null }[]
}

/** One repetition: a fresh pool, its tasks, and the records of their handlers. */
class Repetition {
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
  private wake: (() => void) | undefined

  constructor(
    readonly cell: Cell,
    readonly run: number,
    private readonly adapter: PoolAdapter,
    private readonly pool: unknown,
    private readonly gate: GateServer
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
  }

  /** The gate's question when a task announces itself: hold it, or let it go on. */
  onStart(index: number): 'hold' | 'go' {
    if (index < 0) {
      if (-index > this.blockersWanted) return 'go'
      this.startedBlockers.add(index)
      this.wake?.()
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
      this.wake?.()
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
      cancel(this.pool, this.tasks[i])
      // One turn of the event loop: a native promise settles in a microtask, after cancel()
      // returned. The second handler is attached to a task the probe can see cancelled.
      await turn()
      this.attach(i, 1)
      tick()
    }
    this.releaseBlockers()
    await this.awaitHandlers(tick)
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
    this.registered[slot] = this.state(i)
    this.ledger.attaching(slot)
    try {
      this.tasks[i] = this.adapter.run(this.pool, this.input(i), this.observed(slot))
    } catch (error) {
      if (!(error instanceof DeliberateError)) throw error
    } finally {
      this.ledger.attaching(undefined)
    }
  }

  /** Task i's one handler, noting the error it gets on its first run (callback APIs). */
  private observed(slot: number): CompletionHandler {
    const handler = this.ledger.handler(slot)
    const observe = (...args: unknown[]) => {
      if (this.ledger.calls(slot) === 0) this.errors[slot] = errorTypeOf(args[0])
      handler()
    }
    return Object.assign(observe, { portable: handler.portable })
  }

  private attachAll(i: number): void {
    for (let k = 0; k < this.per; k++) this.attach(i, k)
  }

  /** Attaches handler k of task i, noting the task's state just before the attaching call. */
  private attach(i: number, k: number): void {
    const slot = i * this.per + k
    // The first handler raises where the outcomes say which one raised (their `role`).
    const raises = SCENARIO_TRAITS[this.cell.scenario].facts.includes('role') && k === 0
    this.registered[slot] = this.state(i)
    this.ledger.attaching(slot)
    try {
      this.attachTo(this.tasks[i], this.ledger.handler(slot, raises))
    } catch (error) {
      // A pool that runs a handler inline and lets its exception escape to the attaching call:
      // the handler ran and was recorded.
      if (!(error instanceof DeliberateError)) throw error
    } finally {
      this.ledger.attaching(undefined)
    }
  }

  private attachTo(task: unknown, handler: ReturnType<Ledger['handler']>): void {
    ;(this.adapter.attach as NonNullable<PoolAdapter['attach']>)(task, handler)
  }

  private state(i: number): Registered {
    if (this.trackers.calls(i) > 0)
      return this.cancelled[i] && !this.gate.hasStarted(i) ? 'cancelled' : 'done'
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
      await new Promise<void>(resolve => {
        const timer = setTimeout(resolve, Math.min(left, TICK_MS))
        this.wake = () => {
          clearTimeout(timer)
          resolve()
        }
      })
      this.wake = undefined
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

  // --- tally ----------------------------------------------------------------------------------

  tally(histogram: Map<string, Outcome>, places: TaskPlaces): void {
    const facts = SCENARIO_TRAITS[this.cell.scenario].facts
    const withOrder = facts.includes('order')
    const withRole = facts.includes('role')
    const withError = facts.includes('error')
    const withCall = facts.includes('call')
    for (let i = 0; i < this.cell.tasks; i++) {
      const task = this.gate.identity(i)
      countPlace(places, task)
      const taskName = task === undefined ? null : threadName(task.pid, task.threadId)
      let previousSeq = 0 // first-run sequence number of the latest earlier handler that ran
      for (let k = 0; k < this.per; k++) {
        const slot = i * this.per + k
        const run = this.ledger.run(slot)
        const facts: Outcome['facts'] = {
          registered: this.registered[slot] ?? 'pending',
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
        if (withError) facts.error = this.errors[slot] ?? 'none'
        if (withCall) facts.call = this.roles[i] ?? 'queued'
        const key = JSON.stringify(facts)
        let entry = histogram.get(key)
        if (entry === undefined) {
          entry = { facts, count: 0, samples: [] }
          histogram.set(key, entry)
        }
        entry.count += 1
        const sample = {
          task: taskName,
          callback: run.calls > 0 ? threadName(run.pid, run.threadId) : null,
          caller: CALLER
        }
        if (entry.samples.length < 3 && !entry.samples.some(s => sameSample(s, sample)))
          entry.samples.push(sample)
      }
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

async function closeWithin(
  adapter: PoolAdapter,
  pool: unknown,
  timeoutMs: number
): Promise<'closed' | 'timed-out' | Error> {
  let timer: NodeJS.Timeout | undefined
  try {
    return await Promise.race([
      Promise.resolve()
        .then(() => adapter.close(pool))
        .then(() => 'closed' as const),
      new Promise<'timed-out'>(resolve => {
        timer = setTimeout(() => resolve('timed-out'), timeoutMs)
      })
    ])
  } catch (error) {
    return new Error(`close() threw ${oneLine(error, { named: true })}`)
  } finally {
    clearTimeout(timer)
  }
}

// --- cell validation ----------------------------------------------------------------------------

function parseCell(message: Record<string, unknown>, id: string): Cell {
  const scenario = message.scenario
  if (typeof scenario !== 'string' || !(SCENARIOS as readonly string[]).includes(scenario))
    throw new Error(
      `field 'scenario' must be one of ${SCENARIOS.join(', ')}, got ${JSON.stringify(scenario)}`
    )
  const s = scenario as Scenario
  const traits = SCENARIO_TRAITS[s]
  return {
    id,
    scenario: s,
    workers: number(message, 'workers', undefined, 1, true),
    tasks: number(message, 'tasks', undefined, 0, true),
    callbackDelayMs: number(message, 'callbackDelayMs', 0, 0, false),
    taskMs: number(message, 'taskMs', 0, 0, false),
    repeat: number(message, 'repeat', 1, 1, true),
    timeoutMs: number(message, 'timeoutMs', 30_000, 0, false),
    callbacks:
      traits.callbacks === 'setting'
        ? number(message, 'callbacks', 2, 2, true)
        : traits.experiment === 'cancel'
          ? 2 // one attached before cancel, one after
          : 1
  }
}

function number(
  message: Record<string, unknown>,
  name: string,
  fallback: number | undefined,
  minimum: number,
  integer: boolean
): number {
  const value = message[name] ?? fallback
  if (value === undefined) throw new Error(`field '${name}' is missing`)
  const ok =
    typeof value === 'number' &&
    Number.isFinite(value) &&
    value >= minimum &&
    (!integer || Number.isInteger(value))
  if (!ok)
    throw new Error(
      `field '${name}' must be ${integer ? 'an integer' : 'a number'} >= ${minimum}, got ${JSON.stringify(value)}`
    )
  return value as number
}

function sleep(ms: number): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, ms))
}

function turn(): Promise<void> {
  return new Promise(resolve => setImmediate(resolve))
}
