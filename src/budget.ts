/**
 * A run by time budget (`--budget`): after the matrix, its cells run again, each repetition on a
 * fresh executor, until the budget is spent, and their histograms grow. Time goes to each cell in
 * proportion to its scenario's BUDGET_WEIGHT (stride scheduling: the cell with the least weighted
 * time runs next), so every cell, and so every rule it exercises, gets evidence.
 *
 * Invariants: a repetition starts only before the deadline, and is sized to end by it, so the run
 * ends within the budget plus one repetition; each grown histogram is graded whole again by the
 * one grading place (the `grade` it is given); a cell whose probe fails becomes an error.
 */
import { LIMITS } from './config/schema.js'
import type { Cell } from './matrix/expand.js'
import type { CellReply, Outcome } from './probes/protocol.js'
import type { CellReport } from './report/model.js'
import { BUDGET_WEIGHT } from './scenarios.js'

export interface Budget {
  ms: number
  /** Keep counting after a violation instead of stopping at the first. */
  keepGoing: boolean
}

/** What the report says about the budget: the run's own timings, for anyone to check. */
export interface BudgetRecord {
  budgetMs: number
  keepGoing: boolean
  /** The time was spent, a violation was found, or no cell could run again. */
  stoppedBy: 'budget' | 'violation' | 'nothing-to-run'
  /** Repetitions run after the matrix. */
  repetitions: number
  /** From the start of the run to the end of the last repetition. */
  endedMs: number
  /** The longest repetition: the run ends within budgetMs plus this. */
  longestRepetitionMs: number
}

export interface BudgetProgress {
  leftMs: number
  repetitions: number
  /** Callbacks graded so far, per target. */
  callbacks: { target: string; callbacks: number }[]
}

/** Runs a cell once more (its `repeat` says how many executors in a row) on its target's probe. */
export type RunRepetition = (cell: Cell) => Promise<CellReply>
/** Grades a cell's whole histogram (or its error) against its target's contract. */
export type GradeReply = (cell: Cell, reply: CellReply, durationMs: number) => CellReport

/** Slices of the budget a repetition aims at: long enough to amortize a round trip, short enough to share. */
const MIN_SLICE_MS = 100
const MAX_SLICE_MS = 1_000

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
  cells: Cell[],
  reports: CellReport[],
  budget: Budget,
  startedAt: number,
  run: RunRepetition,
  grade: GradeReply,
  onProgress?: (progress: BudgetProgress) => void,
  now: () => number = Date.now
): Promise<{ cells: CellReport[]; record: BudgetRecord }> {
  const byId = new Map(reports.map(r => [r.id, r]))
  const entries: Entry[] = cells.map(cell => {
    const report = byId.get(cell.id) as CellReport
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
  let repetitions = 0
  let longest = 0
  const finish = (stoppedBy: BudgetRecord['stoppedBy']) => ({
    cells: entries.map(e => e.report),
    record: {
      budgetMs: budget.ms,
      keepGoing: budget.keepGoing,
      stoppedBy,
      repetitions,
      endedMs: now() - startedAt,
      longestRepetitionMs: longest
    }
  })
  if (!budget.keepGoing && reports.some(r => r.verdict === 'fail')) return finish('violation')

  for (;;) {
    const elapsed = now() - startedAt
    if (elapsed >= budget.ms) return finish('budget')
    const next = nextEntry(entries)
    if (next === undefined) return finish('nothing-to-run')
    const slice = Math.min(
      budget.ms - elapsed,
      Math.max(MIN_SLICE_MS, Math.min(MAX_SLICE_MS, budget.ms / 20))
    )
    const repeat = Math.max(1, Math.min(LIMITS.repeat, Math.floor(slice / next.perRepeatMs)))
    const begun = now()
    const reply = await run({ ...next.cell, repeat })
    const took = now() - begun
    repetitions += 1
    longest = Math.max(longest, took)
    next.spentMs += took

    if (reply.kind !== 'result') {
      // The judge is never wrong: a cell whose probe failed is an error, not a shorter pass.
      next.active = false
      if (reply.kind === 'error')
        next.report = grade({ ...next.cell, repeat: next.repeats + repeat }, reply, took)
      continue
    }
    addOutcomes(next.histogram, reply.outcomes)
    for (const [key, value] of Object.entries(reply.stats))
      next.stats[key] = (next.stats[key] ?? 0) + value
    next.repeats += repeat
    next.durationMs += took
    next.perRepeatMs = Math.max(1, took / repeat)
    next.report = grade(
      { ...next.cell, repeat: next.repeats },
      { kind: 'result', outcomes: [...next.histogram.values()], stats: next.stats },
      next.durationMs
    )
    onProgress?.({
      leftMs: Math.max(0, budget.ms - (now() - startedAt)),
      repetitions,
      callbacks: callbacksByTarget(entries)
    })
    if (next.report.verdict === 'fail' && !budget.keepGoing) return finish('violation')
  }
}

/** The active entry with the least time per unit of weight; the first such in cell order. */
function nextEntry(entries: Entry[]): Entry | undefined {
  let best: Entry | undefined
  for (const e of entries) {
    if (!e.active) continue
    const share = e.spentMs / BUDGET_WEIGHT[e.cell.scenario]
    if (best === undefined || share < best.spentMs / BUDGET_WEIGHT[best.cell.scenario]) best = e
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
