/**
 * Runs the cells of the probe protocol against one pool adapter: for each cell, its repetitions
 * (repetition.ts: a fresh pool each, the experiment, the records), the records noted and the pool
 * closed whatever happened, and the tally (tally.ts, which tells handlers run only at close()
 * from the others) sent as the cell's result; a cell that could not be carried
 * out is a cell-error, a scenario the adapter cannot run a skip. It observes and counts; it never
 * grades.
 */
import type { PoolAdapter } from './adapter.js'
import { scenarioSupportOf, type ScenarioSupport } from './adapter.js'
import { NotApplicable } from './callback-api.js'
import { parseCell, type Cell } from './cell-message.js'
import type { GateServer } from './gate.js'
import { SCENARIO_TRAITS } from '../../model/scenarios.js'
import { oneLine } from '../../errors.js'
import { Repetition } from './repetition.js'
import { emptyPlaces, type Outcome, type TaskPlaces } from './tally.js'
import { sleep } from './wait.js'
import { Shaker } from './perturb.js'
import type { Control } from './control.js'

// First progress line only for cells that take long, then at most about 4 a second.
const PROGRESS_AFTER_MS = 1_000
const PROGRESS_EVERY_MS = 250
// After the pool is closed: one more turn of the event loop for late (second) handler runs.
const SETTLE_MS = 10
// A pool that does not close in this time is abandoned and the probe exits (see runCell).
const CLOSE_TIMEOUT_MS = 10_000

export type { Cell }

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
    private readonly send: Send,
    /** A positive control (control.ts): every N-th handler moved to the control thread. */
    private readonly control?: Control
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
    // A perturbed cell (a budget's perturbed lane): one core and extra threads for the whole cell,
    // started before its pools so that their threads inherit the one core.
    const shaker = cell.perturb === undefined ? undefined : Shaker.start(cell.perturb)
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
      await shaker?.stop()
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
    const rep = new Repetition(cell, this.runs, this.adapter, pool, this.gate, this.control)
    this.current = rep
    this.gate.begin(rep.run, index => rep.onStart(index))
    let failure: unknown
    try {
      await this.scenario(rep)
      if (rep.failure !== undefined) failure = rep.failure
    } catch (error) {
      failure = error
    } finally {
      // Whatever happened, never leave a task held. What has run so far is noted before the
      // pool closes: a handler whose first run comes only at close() ran because close settled
      // its task (ranAt: close, graded apart). The counting itself waits for the close, so that
      // a handler run twice by a closing pool is seen.
      this.gate.releaseAll()
      rep.callsBeforeClose = rep.ledger.callsNow()
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
