/**
 * A report against a baseline (the same guard run on the base branch): which rules are newly
 * broken, which cells got fixed, erred or came and went, and which forbidden or interesting
 * outcomes appeared, vanished or shifted. How often an acceptable outcome occurs is noise (a race
 * splits differently on every run), kept apart from the changes; so is an interesting outcome's
 * rate unless a two-proportion test finds the shift significant at p < 0.001.
 *
 * Cell ids are positions ("c3") and move when the matrix changes, so cells are matched by what
 * they measure: target, experiment name, scenario and parameters. `repeat` is left out on purpose:
 * running a cell more often changes its counts, not what it measures. Everything is linear in the
 * number of cells and outcomes (maps, no search per cell).
 */
import { CELL_DIMENSIONS } from '../model/cell.js'
import type { FactValue } from '../grading/contract.js'
import type { Grade, GradedOutcome } from '../grading/grade.js'
import type { CellReport, CellVerdict, Report } from './model.js'
import { cellTitle } from './summarize.js'

export interface OutcomeChange {
  facts: Record<string, FactValue>
  grade: Grade
  count: number
}

/** An interesting outcome whose rate moved significantly (both runs observed the cell). */
export interface RateShift {
  facts: Record<string, FactValue>
  before: { count: number; of: number }
  after: { count: number; of: number }
}

export interface CellChange {
  /** The id of the cell in the current report. */
  cellId: string
  /** The cell was not in the baseline. */
  isNew: boolean
  before?: CellVerdict
  after: CellVerdict
  /** Rules broken now and not in the baseline (all of them for a new cell). */
  newViolations: string[]
  /** Rules broken in the baseline and not now. */
  fixedViolations: string[]
  /** It failed in the baseline and passes now. */
  fixed: boolean
  /** Forbidden outcomes, and interesting ones whose rate shifted significantly, that are new. */
  appeared: OutcomeChange[]
  /** The same, gone since the baseline. */
  vanished: OutcomeChange[]
  /** Interesting outcomes seen in both runs at significantly different rates. */
  shifted: RateShift[]
  /** Differences that are not changes: acceptable outcomes or insignificant rates. */
  noise: number
}

export interface RemovedCell {
  target: string
  title: string
  scenario: string
  verdict: CellVerdict
}

export interface BaselineDiff {
  /** One entry per cell of the current report, in its order. */
  cells: CellChange[]
  /** The same entries by cell id. */
  byId: ReadonlyMap<string, CellChange>
  /** Cells of the baseline that the current report does not have. */
  removed: RemovedCell[]
  /** Targets of the baseline of which no cell ran now (a dropped job). */
  removedTargets: string[]
  /** (cell, rule) pairs broken now and not in the baseline. */
  newViolations: number
  fixedCells: number
  /** Cells whose verdict, rules, or set of forbidden/interesting outcomes changed. */
  changedCells: number
  /** Cells that differ only by noise. */
  noisyCells: number
}

/** |z| above this is p < 0.001, two-sided, for the two-proportion z-test. */
export const Z_CRITICAL = 3.2905

export function compareReports(current: Report, baseline: Report): BaselineDiff {
  const sorted: SortedFacts = new Map()
  // A baseline of the same matrix pairs its cells by position: the common prefix needs no keys.
  // Past it, several cells may measure the same thing; they are matched in order (a cursor per
  // key), which pairs them as the prefix would have.
  const prefix = commonPrefix(current.cells, baseline.cells)
  const waiting = new Map<string, { cells: CellReport[]; next: number }>()
  for (let i = prefix; i < baseline.cells.length; i++) {
    const cell = baseline.cells[i] as CellReport
    const key = cellKey(cell)
    const entry = waiting.get(key)
    if (entry === undefined) waiting.set(key, { cells: [cell], next: 0 })
    else entry.cells.push(cell)
  }
  const cells = current.cells.map((cell, i) => {
    if (i < prefix) return compareCell(cell, baseline.cells[i], sorted)
    const entry = waiting.get(cellKey(cell))
    const before = entry === undefined ? undefined : entry.cells[entry.next]
    if (entry !== undefined && before !== undefined) entry.next += 1
    return compareCell(cell, before, sorted)
  })
  const removed = [...waiting.values()].flatMap(e =>
    e.cells.slice(e.next).map(c => ({
      target: c.target,
      title: cellTitle(c),
      scenario: c.scenario,
      verdict: c.verdict
    }))
  )
  const targetsNow = new Set(current.cells.map(c => c.target))
  const removedTargets = [...new Set(removed.map(r => r.target))].filter(t => !targetsNow.has(t))
  const byId = new Map<string, CellChange>()
  let newViolations = 0
  let fixedCells = 0
  let changedCells = 0
  let noisyCells = 0
  for (const c of cells) {
    byId.set(c.cellId, c)
    newViolations += c.newViolations.length
    if (c.fixed) fixedCells += 1
    if (isChanged(c)) changedCells += 1
    else if (c.noise > 0) noisyCells += 1
  }
  return {
    cells,
    byId,
    removed,
    removedTargets,
    newViolations,
    fixedCells,
    changedCells,
    noisyCells
  }
}

/** A change a reviewer must see: a verdict, a rule, or a forbidden/interesting outcome. */
export function isChanged(change: CellChange): boolean {
  return (
    change.isNew ||
    change.before !== change.after ||
    change.newViolations.length > 0 ||
    change.fixedViolations.length > 0 ||
    change.appeared.length > 0 ||
    change.vanished.length > 0 ||
    change.shifted.length > 0
  )
}

/** Anything differs from the baseline, a change or noise. */
export function hasDifferences(diff: BaselineDiff): boolean {
  return diff.changedCells > 0 || diff.removed.length > 0
}

function compareCell(
  cell: CellReport,
  before: CellReport | undefined,
  sorted: SortedFacts
): CellChange {
  const rulesNow = ruleIds(cell)
  const rulesBefore = before === undefined ? [] : ruleIds(before)
  const change: CellChange = {
    cellId: cell.id,
    isNew: before === undefined,
    ...(before === undefined ? {} : { before: before.verdict }),
    after: cell.verdict,
    newViolations: rulesNow.filter(r => !rulesBefore.includes(r)),
    fixedViolations: rulesBefore.filter(r => !rulesNow.includes(r)),
    fixed: before?.verdict === 'fail' && cell.verdict === 'pass',
    appeared: [],
    vanished: [],
    shifted: [],
    noise: 0
  }
  // Outcomes are compared only when both runs observed something: a cell that could not run in
  // one of them would otherwise show every outcome as appeared or vanished.
  if (before === undefined || !observed(before) || !observed(cell)) return change
  // Most cells have one outcome: with the same facts in both runs, counted at least once in each,
  // nothing changed (both rates are 1), and no map needs building.
  const only = cell.outcomes.length === 1 ? cell.outcomes[0] : undefined
  const onlyBefore = before.outcomes.length === 1 ? before.outcomes[0] : undefined
  if (
    only !== undefined &&
    onlyBefore !== undefined &&
    only.count > 0 &&
    onlyBefore.count > 0 &&
    sortedFacts(only.facts, sorted).key === sortedFacts(onlyBefore.facts, sorted).key
  )
    return change
  const now = outcomesByFacts(cell, sorted)
  const then = outcomesByFacts(before, sorted)
  const nowTotal = total(now)
  const thenTotal = total(then)
  // Every key of either run once: the current run's, then the baseline's that are gone.
  const keys = [...now.keys()]
  for (const key of then.keys()) if (!now.has(key)) keys.push(key)
  for (const key of keys) {
    const a = then.get(key)
    const b = now.get(key)
    const grade = b?.grade ?? a?.grade ?? 'acceptable'
    const countA = a?.count ?? 0
    const countB = b?.count ?? 0
    if (countA === countB && nowTotal === thenTotal) continue
    const isForbidden = grade === 'forbidden' || (a?.grade ?? grade) === 'forbidden'
    const significant =
      grade === 'interesting' &&
      Math.abs(twoProportionZ(countA, thenTotal, countB, nowTotal)) > Z_CRITICAL
    if (isForbidden || significant) {
      if (a === undefined && b !== undefined) change.appeared.push(b)
      else if (b === undefined && a !== undefined) change.vanished.push(a)
      else if (significant && a !== undefined && b !== undefined)
        change.shifted.push({
          facts: b.facts,
          before: { count: countA, of: thenTotal },
          after: { count: countB, of: nowTotal }
        })
    } else if (a === undefined || b === undefined || countA / thenTotal !== countB / nowTotal)
      change.noise += 1
  }
  return change
}

/**
 * The two-proportion z statistic for x1 of n1 against x2 of n2, with the pooled proportion; 0
 * when it is undefined (no trials, or every trial the same in both runs).
 */
export function twoProportionZ(x1: number, n1: number, x2: number, n2: number): number {
  if (n1 <= 0 || n2 <= 0) return 0
  const pooled = (x1 + x2) / (n1 + n2)
  const variance = pooled * (1 - pooled) * (1 / n1 + 1 / n2)
  if (variance <= 0) return 0
  return (x2 / n2 - x1 / n1) / Math.sqrt(variance)
}

/** The rules a cell broke, each once (a handful at most: a short list beats a set). */
function ruleIds(cell: CellReport): string[] {
  const rules: string[] = []
  for (const v of cell.violations) if (!rules.includes(v.rule)) rules.push(v.rule)
  return rules
}

function observed(cell: CellReport): boolean {
  return (cell.verdict === 'pass' || cell.verdict === 'fail') && cell.outcomes.length > 0
}

function total(outcomes: Map<string, OutcomeChange>): number {
  let n = 0
  for (const o of outcomes.values()) n += o.count
  return n
}

function outcomesByFacts(cell: CellReport, sorted: SortedFacts): Map<string, OutcomeChange> {
  const byFacts = new Map<string, OutcomeChange>()
  for (const o of cell.outcomes) {
    const { key, facts } = sortedFacts(o.facts, sorted)
    const seen = byFacts.get(key)
    if (seen === undefined) byFacts.set(key, { facts, grade: o.grade, count: o.count })
    else seen.count += o.count
  }
  return byFacts
}

/**
 * Facts objects are shared by outcomes (judge.ts), so each is sorted and keyed once per
 * comparison (a cache per call: a report changed between two comparisons is read again).
 */
type SortedFacts = Map<object, { key: string; facts: Record<string, FactValue> }>

/** The facts in name order, and their key, whatever order the probe wrote them in. */
function sortedFacts(
  of: GradedOutcome['facts'],
  cache: SortedFacts
): {
  key: string
  facts: Record<string, FactValue>
} {
  let sorted = cache.get(of)
  if (sorted === undefined) {
    const facts = Object.fromEntries(
      Object.entries(of)
        .filter((entry): entry is [string, FactValue] => entry[1] !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    )
    // Frozen: every change that names these facts shares the object.
    sorted = { key: JSON.stringify(facts), facts: Object.freeze(facts) }
    cache.set(of, sorted)
  }
  return sorted
}

/** What a cell measures, whatever its target, id or repetitions: its name and dimensions. */
const MEASURE = ['name', ...CELL_DIMENSIONS.filter(d => d !== 'repeat')] as const

/** Whether two cells measure the same thing (their measureKeys would be equal). */
export function sameMeasure(a: CellReport, b: CellReport): boolean {
  for (const field of MEASURE) if ((a[field] ?? '') !== (b[field] ?? '')) return false
  return true
}

/** The fields of MEASURE, then `more`: one array, one JSON string (the cheapest key to build). */
export function measureKey(c: CellReport, more: string | number): string {
  // Pushed, not spread: this runs for every cell of reports of 100,000.
  const values: (string | number)[] = []
  for (const field of MEASURE) values.push(c[field] ?? '')
  values.push(more)
  return JSON.stringify(values)
}

function cellKey(c: CellReport): string {
  return measureKey(c, c.target)
}

/** How many cells from the start the two lists have in the same order, on the same targets. */
function commonPrefix(now: CellReport[], then: CellReport[]): number {
  const same = (a: CellReport, b: CellReport) => a.target === b.target && sameMeasure(a, b)
  let n = 0
  while (n < now.length && n < then.length && same(now[n] as CellReport, then[n] as CellReport))
    n += 1
  return n
}
