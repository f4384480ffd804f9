/**
 * A run by time budget (`--budget`): after the matrix, its cells run again, each repetition on a
 * fresh executor, until the budget is spent, and their histograms grow. Time goes to each cell in
 * proportion to its scenario's budgetWeight (scenarios.ts) (stride scheduling: the cell with the least weighted
 * time runs next), so every cell, and so every rule it exercises, gets evidence. Repetitions run
 * on several probes of a target side by side (lanes, one a core): a probe is one process, and a
 * Python probe runs on one core at a time.
 *
 * Perturbed lanes (budget.perturb, on by default; docs/performance.md): on the odd lanes (with one
 * lane, every second repetition of it) a repetition of a target that knows how carries the
 * perturbation, and the probe shakes its schedule while it runs; the record counts perturbed and
 * plain callbacks apart. The histograms do not: an outcome is graded the same wherever it was seen.
 * With registration aimed at the task's end (aimAtCompletion), a perturbed turn runs a cell the aim
 * reaches (`aimable`), when there is one; the stride scheduler then gives the plain turns the rest.
 *
 * Invariants: a repetition starts only before the deadline, and is sized to end by it, so the run
 * ends within the budget plus one repetition; each grown histogram is graded whole again by the
 * one grading place (report/grade-cell.ts, with the contract `contractOf` names); a cell whose
 * probe fails becomes an error.
 */
import { availableParallelism } from 'node:os'
import { LIMITS } from '../config/schema.js'
import type { Contract } from '../grading/contract.js'
import { gradeCell } from '../report/grade-cell.js'
import type { Cell, Perturbation } from '../model/cell.js'
import type { CellReply, Outcome } from '../probes/protocol.js'
import type { CellReport } from '../report/model.js'
import { InputError } from '../errors.js'
import { SCENARIO_TRAITS } from '../model/scenarios.js'
import type { Budget, BudgetProgress, BudgetRecord, PerturbationRecord } from '../model/budget.js'

// Defined in model/budget.ts (the report records them too); here for the budget's callers.
export type { Budget, BudgetProgress, BudgetRecord, PerturbationRecord }

/**
 * Runs a cell once more (its `repeat` says how many executors in a row) on lane `lane` of its
 * target (lane 0: the probe that ran the matrix). 'no-lane': that lane has no probe for the
 * target (one could not start, or the target is a user's command, which may not bear a second
 * instance); the lane then stops, and no cell is blamed.
 */
export type RunRepetition = (cell: Cell, lane: number) => Promise<CellReply | 'no-lane'>
/** The contract a cell's target is graded by. */
export type ContractOf = (cell: Cell) => Contract

/** What a budget run is given. */
export interface SpendBudgetOptions {
  /** The matrix's cells, and their reports from the matrix run. */
  cells: Cell[]
  reports: CellReport[]
  budget: Budget
  /** When the run started (by `now`): the budget counts from there. */
  startedAt: number
  run: RunRepetition
  /** Each grown histogram is graded whole again by report/grade-cell.ts with this contract. */
  contractOf: ContractOf
  onProgress?: (progress: BudgetProgress) => void
  now?: () => number
  /** Lanes that run repetitions side by side (budgetLanes). */
  lanes?: number
}

/**
 * The perturbation of a perturbed lane, chosen from the figures in docs/performance.md
 * (bench/truth/aimed_window_truth.py, bench/window_race_reach.mjs, bench/detection.mjs): putting
 * the probe's threads on one core raised how often a callback lands within 10 us of its future's
 * completion (a hand-over is then a switch on that core, not a wake-up of another), and
 * registration aimed at the task's end raised it some 30-fold more in `running`; spins at any
 * point lowered it, a tiny switch interval, extra threads and the gate poll left it within the
 * noise, so they stay off (0).
 */
export const PERTURBATION: Perturbation = {
  switchIntervalUs: 0,
  spinBeforeUs: 0,
  spinAfterUs: 0,
  spinTaskEndUs: 0,
  extraThreads: 0,
  gatePollUs: 0,
  oneCore: 1,
  aimAtCompletion: 1
}

/** Slices of the budget a repetition aims at: long enough to amortize a round trip, short enough to share. */
const MIN_SLICE_MS = 100
const MAX_SLICE_MS = 1_000
/** Lanes by default: one a core, at most this many (each lane is a probe process per target). */
const MAX_LANES = 4

/**
 * How many lanes a budget runs: CTG_BUDGET_LANES when set (1 runs the budget on the matrix's own
 * probes only), else one a core up to MAX_LANES. Read before any probe starts: bad input is exit 2.
 */
export function budgetLanes(env: NodeJS.ProcessEnv = process.env): number {
  const given = env.CTG_BUDGET_LANES
  if (given === undefined || given.trim() === '')
    return Math.max(1, Math.min(MAX_LANES, availableParallelism()))
  const lanes = Number(given)
  if (!Number.isInteger(lanes) || lanes < 1 || lanes > 16)
    throw new InputError(
      'CTG_BUDGET_LANES',
      `must be a whole number from 1 to 16, got ${JSON.stringify(given)}`
    )
  return lanes
}

interface Entry {
  cell: Cell
  report: CellReport
  histogram: Map<string, Outcome>
  stats: Record<string, number>
  repeats: number
  durationMs: number
  /** Time this entry had from the budget, for the scheduler. */
  spentMs: number
  perRepeatMs: number
  active: boolean
}

export async function spendBudget(
  options: SpendBudgetOptions
): Promise<{ cells: CellReport[]; record: BudgetRecord }> {
  const spending = new Spending(options)
  if (!options.budget.keepGoing && options.reports.some(r => r.verdict === 'fail'))
    return spending.finish('violation')
  const lanes = Math.max(1, options.lanes ?? 1)
  await Promise.all(Array.from({ length: lanes }, (_, lane) => spending.runLane(lane)))
  if (spending.violation) return spending.finish('violation')
  return spending.finish(spending.elapsed() >= options.budget.ms ? 'budget' : 'nothing-to-run')
}

/** One budget being spent: the cells' growing histograms, the lanes' counts, the record. */
class Spending {
  violation = false
  private readonly entries: Entry[]
  private readonly now: () => number
  private readonly lanes: number
  private repetitions = 0
  private longest = 0
  private readonly zeroLength = new Set<string>()
  private readonly lanesUsed = new Set<number>([0])
  private readonly perturbedLanes = new Set<number>()
  /** Per target perturbed: [perturbed, plain] callbacks of the budget's repetitions. */
  private readonly perturbCounts: Map<string, [number, number]>

  constructor(private readonly options: SpendBudgetOptions) {
    this.now = options.now ?? Date.now
    this.lanes = options.lanes ?? 1
    this.entries = entriesOf(options.cells, options.reports, options.budget, cell => ({
      ...this.grade(cell, { kind: 'result', outcomes: [], stats: {} }, 0),
      verdict: 'skip',
      reason: 'no repetition of this cell ran within the budget (it had no matrix pass)'
    }))
    this.perturbCounts = new Map((options.budget.perturb?.targets ?? []).map(t => [t, [0, 0]]))
  }

  elapsed(): number {
    return this.now() - this.options.startedAt
  }

  finish(stoppedBy: BudgetRecord['stoppedBy']): { cells: CellReport[]; record: BudgetRecord } {
    const { budget, cells } = this.options
    return {
      cells: this.entries.map(e => e.report),
      record: {
        budgetMs: budget.ms,
        keepGoing: budget.keepGoing,
        stoppedBy,
        repetitions: this.repetitions,
        endedMs: this.elapsed(),
        longestRepetitionMs: this.longest,
        lanes: this.lanesUsed.size,
        zeroLengthTasks: cells.map(c => c.id).filter(id => this.zeroLength.has(id)),
        perturbation: this.perturbation()
      }
    }
  }

  private perturbation(): PerturbationRecord {
    const perturb = this.options.budget.perturb
    return {
      ...(perturb === undefined
        ? { off: 'turned off (--no-perturb, or perturb: false)' }
        : this.perturbCounts.size === 0
          ? {
              off: 'no target of this run is a Python executor or a Node pool, which is what knows how'
            }
          : this.perturbedLanes.size === 0
            ? { off: 'the budget ended before a perturbed repetition' }
            : { how: perturb.how }),
      lanes: [...this.perturbedLanes].sort((a, b) => a - b),
      everySecondRepetition: this.lanes <= 1,
      callbacks: [...this.perturbCounts].map(([target, [perturbed, plain]]) => ({
        target,
        perturbed,
        plain
      }))
    }
  }

  /** One lane: repetitions one after another on its probes, until the budget or a violation. */
  async runLane(lane: number): Promise<void> {
    const { budget, run } = this.options
    // Targets this lane has no probe for: their cells run on the other lanes.
    const without = new Set<string>()
    let onLane = 0
    while (!this.violation) {
      const elapsed = this.elapsed()
      if (elapsed >= budget.ms) return
      const shakeTurn =
        budget.perturb !== undefined && (this.lanes <= 1 ? onLane % 2 === 1 : lane % 2 === 1)
      // An aimed turn runs the cells its aim reaches, when there are any (AIMABLE).
      const aimed = shakeTurn && (budget.perturb?.how.aimAtCompletion ?? 0) > 0
      const next =
        (aimed ? nextEntry(this.entries, without, e => this.aimable(e)) : undefined) ??
        nextEntry(this.entries, without)
      if (next === undefined) return
      const slice = Math.min(
        budget.ms - elapsed,
        Math.max(MIN_SLICE_MS, Math.min(MAX_SLICE_MS, budget.ms / 20))
      )
      const repeat = Math.max(1, Math.min(LIMITS.repeat, Math.floor(slice / next.perRepeatMs)))
      // Zero-length tasks where the scenario allows: the same rules, more callbacks a second.
      const zero = !SCENARIO_TRAITS[next.cell.scenario].timing && next.cell.taskMs > 0
      // The slice is booked before it runs, so that the other lanes pick the next cell by it.
      next.spentMs += slice
      const shaken = shakeTurn && this.perturbCounts.has(next.cell.target)
      onLane += 1
      const begun = this.now()
      const reply = await run(
        {
          ...next.cell,
          repeat,
          ...(zero ? { taskMs: 0 } : {}),
          ...(shaken && budget.perturb !== undefined ? { perturb: budget.perturb.how } : {})
        },
        lane
      )
      const took = this.now() - begun
      next.spentMs += (reply === 'no-lane' ? 0 : took) - slice
      if (reply === 'no-lane') {
        without.add(next.cell.target)
        continue
      }
      this.lanesUsed.add(lane)
      this.repetitions += 1
      this.longest = Math.max(this.longest, took)
      this.absorb(next, reply, { repeat, took, lane, shaken, zero })
    }
  }

  /**
   * A cell registration aimed at the task's end reaches: a held task (the probe's `held`
   * experiment) with one callback, on a target whose probe knows `perturb`. Several callbacks a
   * future cannot all start within microseconds of their registration, so they are not aimed at.
   */
  private aimable(e: Entry): boolean {
    const perturb = this.options.budget.perturb
    return (
      this.perturbCounts.has(e.cell.target) &&
      (perturb?.aimed ?? perturb?.targets ?? []).includes(e.cell.target) &&
      SCENARIO_TRAITS[e.cell.scenario].experiment === 'held' &&
      e.cell.callbacks === 1
    )
  }

  /** Adds one repetition's reply to its cell, grades the grown histogram, and reports progress. */
  private absorb(
    next: Entry,
    reply: CellReply,
    how: { repeat: number; took: number; lane: number; shaken: boolean; zero: boolean }
  ): void {
    const { repeat, took, lane, shaken, zero } = how
    // A cell already an error (its probe failed on another lane meanwhile) stays one.
    if (!next.active) return
    if (reply.kind !== 'result') {
      // The judge is never wrong: a cell whose probe failed is an error, not a shorter pass.
      next.active = false
      // A cell without a matrix pass gets the reason its first repetition gave for a skip.
      if (reply.kind === 'error' || next.repeats === 0)
        next.report = this.grade({ ...next.cell, repeat: next.repeats + repeat }, reply, took)
      return
    }
    if (zero) this.zeroLength.add(next.cell.id)
    const counts = this.perturbCounts.get(next.cell.target)
    if (counts !== undefined) {
      counts[shaken ? 0 : 1] += reply.outcomes.reduce((n, o) => n + o.count, 0)
      if (shaken) this.perturbedLanes.add(lane)
    }
    addOutcomes(next.histogram, reply.outcomes)
    for (const [key, value] of Object.entries(reply.stats))
      next.stats[key] = (next.stats[key] ?? 0) + value
    next.repeats += repeat
    next.durationMs += took
    next.perRepeatMs = Math.max(1, took / repeat)
    next.report = this.grade(
      { ...next.cell, repeat: next.repeats },
      { kind: 'result', outcomes: [...next.histogram.values()], stats: next.stats },
      next.durationMs
    )
    this.options.onProgress?.({
      leftMs: Math.max(0, this.options.budget.ms - this.elapsed()),
      repetitions: this.repetitions,
      callbacks: callbacksByTarget(this.entries)
    })
    if (next.report.verdict === 'fail' && !this.options.budget.keepGoing) this.violation = true
  }

  private grade(cell: Cell, reply: CellReply, durationMs: number): CellReport {
    return gradeCell({ cell, reply, contract: this.options.contractOf(cell), durationMs })
  }
}

/**
 * Each cell of the matrix with its report, as the budget starts to grow it. Without a matrix pass
 * (budget.noMatrixPass) a cell starts from no outcomes (`empty`), active, and its first repetition
 * is one repeat: nothing yet says how long one takes.
 */
function entriesOf(
  cells: Cell[],
  reports: CellReport[],
  budget: Budget,
  empty: (cell: Cell) => CellReport
): Entry[] {
  const byId = new Map(reports.map(r => [r.id, r]))
  return cells.map(cell => {
    const report = byId.get(cell.id)
    if (report === undefined && budget.noMatrixPass === true)
      return {
        cell,
        report: empty({ ...cell, repeat: 0 }),
        histogram: new Map<string, Outcome>(),
        stats: {},
        repeats: 0,
        durationMs: 0,
        spentMs: 0,
        perRepeatMs: Number.POSITIVE_INFINITY,
        active: true
      }
    if (report === undefined) throw new Error(`no matrix report for cell ${cell.id}`)
    const histogram = new Map<string, Outcome>()
    addOutcomes(
      histogram,
      report.outcomes.map(({ grade: _g, rules: _r, broken: _b, ...o }) => o)
    )
    return {
      cell,
      report,
      histogram,
      stats: { ...report.stats },
      repeats: report.repeat,
      durationMs: report.durationMs,
      spentMs: 0,
      perRepeatMs: Math.max(1, report.durationMs / Math.max(1, report.repeat)),
      active: report.verdict === 'pass' || (report.verdict === 'fail' && budget.keepGoing)
    }
  })
}

/** The active entry with the least time per unit of weight, of a target not excluded; the first such in cell order. */
function nextEntry(
  entries: Entry[],
  excluded: ReadonlySet<string> = new Set(),
  eligible: (e: Entry) => boolean = () => true
): Entry | undefined {
  let best: Entry | undefined
  for (const e of entries) {
    if (!e.active || excluded.has(e.cell.target) || !eligible(e)) continue
    const share = e.spentMs / SCENARIO_TRAITS[e.cell.scenario].budgetWeight
    if (
      best === undefined ||
      share < best.spentMs / SCENARIO_TRAITS[best.cell.scenario].budgetWeight
    )
      best = e
  }
  return best
}

/** Outcomes with the same facts are one line of the histogram; samples keep the first ten. */
function addOutcomes(histogram: Map<string, Outcome>, outcomes: Outcome[]): void {
  for (const o of outcomes) {
    const key = JSON.stringify(Object.entries(o.facts).sort(([a], [b]) => (a < b ? -1 : 1)))
    const seen = histogram.get(key)
    if (seen === undefined) histogram.set(key, { ...o, samples: o.samples.slice(0, 10) })
    else
      histogram.set(key, {
        ...seen,
        count: seen.count + o.count,
        samples: [...seen.samples, ...o.samples].slice(0, 10)
      })
  }
}

function callbacksByTarget(entries: Entry[]): BudgetProgress['callbacks'] {
  const totals = new Map<string, number>()
  for (const e of entries) {
    const n = e.report.outcomes.reduce((sum, o) => sum + o.count, 0)
    totals.set(e.cell.target, (totals.get(e.cell.target) ?? 0) + n)
  }
  return [...totals].map(([target, callbacks]) => ({ target, callbacks }))
}
