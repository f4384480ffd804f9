/**
 * A report against a baseline (the same guard run on the base branch): which rules are newly
 * broken, which cells got fixed, which outcomes appeared or vanished, which cells came or went.
 *
 * Cell ids are positions ("c3") and move when the matrix changes, so cells are matched by what
 * they measure: target, experiment name, scenario and parameters. `repeat` is left out on purpose:
 * running a cell more often changes its counts, not what it measures.
 */
import type { FactValue } from '../grading/contract.js'
import type { Grade } from '../grading/grade.js'
import type { CellReport, CellVerdict, Report } from './model.js'
import { cellTitle } from './summarize.js'

export interface OutcomeChange {
  facts: Record<string, FactValue>
  grade: Grade
  count: number
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
  appeared: OutcomeChange[]
  vanished: OutcomeChange[]
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
  /** Cells of the baseline that the current report does not have. */
  removed: RemovedCell[]
  /** (cell, rule) pairs broken now and not in the baseline. */
  newViolations: number
  fixedCells: number
  /** Cells with any change: new, verdict, rules or outcomes. */
  changedCells: number
}

export function compareReports(current: Report, baseline: Report): BaselineDiff {
  // Several cells may measure the same thing; they are matched in order.
  const waiting = new Map<string, CellReport[]>()
  for (const cell of baseline.cells) {
    const key = cellKey(cell)
    const list = waiting.get(key)
    if (list === undefined) waiting.set(key, [cell])
    else list.push(cell)
  }
  // Taken from the end (pop, not shift: linear however many cells share a key).
  for (const list of waiting.values()) list.reverse()

  const cells = current.cells.map(cell => {
    const before = waiting.get(cellKey(cell))?.pop()
    return compareCell(cell, before)
  })
  const removed = [...waiting.values()]
    .flatMap(list => list.reverse())
    .map(c => ({
      target: c.target,
      title: cellTitle(c),
      scenario: c.scenario,
      verdict: c.verdict
    }))
  return {
    cells,
    removed,
    newViolations: cells.reduce((n, c) => n + c.newViolations.length, 0),
    fixedCells: cells.filter(c => c.fixed).length,
    changedCells: cells.filter(isChanged).length
  }
}

export function isChanged(change: CellChange): boolean {
  return (
    change.isNew ||
    change.before !== change.after ||
    change.newViolations.length > 0 ||
    change.fixedViolations.length > 0 ||
    change.appeared.length > 0 ||
    change.vanished.length > 0
  )
}

/** Changes by cell id, built once per diff: changeOf is called per row and in sort comparators. */
const changesById = new WeakMap<BaselineDiff, Map<string, CellChange>>()

export function changeOf(diff: BaselineDiff | undefined, cellId: string): CellChange | undefined {
  if (diff === undefined) return undefined
  let byId = changesById.get(diff)
  if (byId === undefined) {
    byId = new Map()
    for (const c of diff.cells) if (!byId.has(c.cellId)) byId.set(c.cellId, c)
    changesById.set(diff, byId)
  }
  return byId.get(cellId)
}

function compareCell(cell: CellReport, before: CellReport | undefined): CellChange {
  const rulesNow = cell.violations.map(v => v.rule)
  const rulesBefore = new Set(before?.violations.map(v => v.rule) ?? [])
  // Outcomes are compared only when both runs observed something: a cell that could not run in
  // one of them would otherwise show every outcome as appeared or vanished.
  const observedBoth = before !== undefined && observed(before) && observed(cell)
  const now = observedBoth ? outcomesByFacts(cell) : new Map<string, OutcomeChange>()
  const then = observedBoth && before ? outcomesByFacts(before) : new Map<string, OutcomeChange>()
  return {
    cellId: cell.id,
    isNew: before === undefined,
    ...(before === undefined ? {} : { before: before.verdict }),
    after: cell.verdict,
    newViolations: rulesNow.filter(r => !rulesBefore.has(r)),
    fixedViolations: [...rulesBefore].filter(r => !rulesNow.includes(r)),
    fixed: before?.verdict === 'fail' && cell.verdict === 'pass',
    appeared: [...now.entries()].filter(([k]) => !then.has(k)).map(([, o]) => o),
    vanished: [...then.entries()].filter(([k]) => !now.has(k)).map(([, o]) => o)
  }
}

function observed(cell: CellReport): boolean {
  return (cell.verdict === 'pass' || cell.verdict === 'fail') && cell.outcomes.length > 0
}

function outcomesByFacts(cell: CellReport): Map<string, OutcomeChange> {
  const byFacts = new Map<string, OutcomeChange>()
  for (const o of cell.outcomes) {
    const facts = Object.fromEntries(
      Object.entries(o.facts)
        .filter((entry): entry is [string, FactValue] => entry[1] !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    )
    const key = JSON.stringify(facts)
    const seen = byFacts.get(key)
    if (seen === undefined) byFacts.set(key, { facts, grade: o.grade, count: o.count })
    else seen.count += o.count
  }
  return byFacts
}

function cellKey(c: CellReport): string {
  return JSON.stringify([
    c.target,
    c.name ?? '',
    c.scenario,
    c.workers,
    c.tasks,
    c.callbackDelayMs,
    c.taskMs,
    c.callbacks
  ])
}
