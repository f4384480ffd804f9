/**
 * Small views of the report shared by the renderers, so they all say the same thing.
 */
import type { Violation } from '../grading/grade.js'
import type { Sample } from '../probes/protocol.js'
import { traitsOf } from '../model/scenarios.js'
import type { CellReport, CellVerdict, Report, Summary, Verdict } from './model.js'

export const PLACE_LABELS: Record<string, string> = {
  'task-thread': 'task thread',
  'caller-thread': 'caller',
  'other-thread': 'other thread',
  'other-process': 'other process',
  never: 'never ran'
}

export interface Place {
  label: string
  count: number
}

/** Where on the caller's thread the task ran too (the `taskOn` fact), said beside "caller". */
const TASK_ON_LABELS: Record<string, string> = {
  'caller-thread': ', in submit()',
  'green-thread': ', green thread'
}

/** "task thread", "caller (inline)", "caller, green thread": where an outcome's callbacks ran. */
function placeLabel(facts: CellReport['outcomes'][number]['facts']): string {
  const place = String(facts.ranOn)
  const task =
    place === 'caller-thread' && facts.taskOn !== undefined
      ? (TASK_ON_LABELS[facts.taskOn] ?? '')
      : ''
  return (PLACE_LABELS[place] ?? place) + task + (facts.inline === true ? ' (inline)' : '')
}

/** Where the callbacks of a cell ran, largest first: "task thread 15", "caller, inline 1". */
export function wherePlaces(cell: CellReport): Place[] {
  // A few outcomes per cell, a hundred thousand cells per report: a list, not a map.
  const places: Place[] = []
  for (const o of cell.outcomes) {
    const label = placeLabel(o.facts)
    const seen = places.find(p => p.label === label)
    if (seen === undefined) places.push({ label, count: o.count })
    else seen.count += o.count
  }
  return places.length > 1 ? places.sort((a, b) => b.count - a.count) : places
}

export function whereText(cell: CellReport): string {
  if (cell.verdict === 'error' || cell.verdict === 'skip') return '-'
  // Most cells have one outcome: its words, without building a list for it.
  const only = cell.outcomes.length === 1 ? cell.outcomes[0] : undefined
  if (only !== undefined) return `${placeLabel(only.facts)} ${only.count}`
  return wherePlaces(cell)
    .map(p => `${p.label} ${p.count}`)
    .join(', ')
}

export function cellParams(cell: CellReport): string {
  const delay = traitsOf(cell.scenario)?.timing === true ? ` delay ${cell.callbackDelayMs} ms` : ''
  return `${cell.workers}w ${cell.tasks}t ${cell.taskMs} ms${delay}${cell.repeat > 1 ? ` x${cell.repeat}` : ''}`
}

export function interestingCount(cell: CellReport): number {
  // A loop: this runs several times per cell of a report that may hold 100,000.
  let n = 0
  for (const o of cell.outcomes) if (o.grade === 'interesting') n += o.count
  return n
}

export function summarize(cells: CellReport[]): Summary {
  // One pass: a merged report may hold 100,000 cells.
  const byVerdict: Record<CellVerdict, number> = { pass: 0, fail: 0, error: 0, skip: 0 }
  let violations = 0
  let interesting = 0
  for (const c of cells) {
    byVerdict[c.verdict] += 1
    violations += c.violations.length
    for (const o of c.outcomes) if (o.grade === 'interesting') interesting += o.count
  }
  return {
    cells: cells.length,
    passed: byVerdict.pass,
    failed: byVerdict.fail,
    errors: byVerdict.error,
    skipped: byVerdict.skip,
    violations,
    interesting
  }
}

/**
 * A violation anywhere fails the run; otherwise anything that could not run makes it an error,
 * and so does a run in which no cell ran at all (every cell skipped): it checked nothing, and a
 * guard that checks nothing must not pass.
 */
export function overallVerdict(summary: Summary): Verdict {
  if (summary.failed > 0) return 'fail'
  if (summary.errors > 0) return 'error'
  if (summary.passed === 0) return 'error'
  return 'pass'
}

export const VERDICT_LABELS: Record<CellVerdict, string> = {
  pass: 'pass',
  fail: 'FAIL',
  error: 'error',
  skip: 'skipped'
}

export function headline(report: Report): string {
  const s = report.summary
  const parts = [`${s.passed} passed`, `${s.failed} failed`]
  if (s.errors > 0) parts.push(`${s.errors} errors`)
  if (s.skipped > 0) parts.push(`${s.skipped} skipped`)
  const nothingRan =
    s.passed + s.failed + s.errors === 0 ? '; no cell ran, so nothing was checked' : ''
  return `${parts.join(', ')} (${s.cells} cell${s.cells === 1 ? '' : 's'}, ${s.violations} violation${s.violations === 1 ? '' : 's'}, ${s.interesting} interesting${nothingRan})`
}

/** "ranOn: other-thread (expected task-thread)" for the facts a violation got wrong. */
export function describeViolation(v: Violation): string {
  const observed = new Map<string, Set<string>>()
  for (const o of v.observed) {
    for (const [fact, value] of Object.entries(o)) {
      if (!observed.has(fact)) observed.set(fact, new Set())
      observed.get(fact)?.add(String(value))
    }
  }
  if (v.rule === 'unlisted') {
    return [...observed.entries()].map(([f, vals]) => `${f}=${[...vals].join('/')}`).join(', ')
  }
  return Object.entries(v.expected)
    .map(
      ([fact, allowed]) =>
        `${fact}: ${[...(observed.get(fact) ?? [])].join(' or ')} (expected ${allowed.join(' or ')})`
    )
    .join('; ')
}

export function sampleText(s: Sample): string {
  return `task ${s.task ?? '-'}, callback ${s.callback ?? '-'}, caller ${s.caller ?? '-'}`
}

export function cellTitle(cell: CellReport): string {
  return cell.name ?? cell.scenario
}

/** Where a pool probe saw its tasks run, by the stats it sends (the Node probe does). */
const TASK_PLACES = [
  ['tasksOnWorkerThreads', 'on worker threads'],
  ['tasksInOtherProcesses', 'in other processes'],
  ['tasksOnCallerThread', 'on the caller thread'],
  ['tasksNotRun', 'never ran'],
  // Counted from tasksNotRun of the experiments that cancel queued tasks (cancel, shutdown, end).
  ['tasksCancelled', 'cancelled before they ran, as the experiment intends']
] as const

/** Whether an experiment cancels queued tasks on purpose, so a task that never ran is expected. */
function cancelsTasks(scenario: string): boolean {
  const adapter = traitsOf(scenario)?.adapter
  return adapter?.cancel === true || adapter?.shutdown === true
}

/** Task places by target, counted in one pass over the cells and kept for the report's renderers. */
const tasksByTarget = new WeakMap<Report, Map<string, number[]>>()

/**
 * "2,082 on worker threads, 16 cancelled before they ran, as the experiment intends" over a
 * target's cells; undefined when its probe does not say.
 */
export function whereTasksRan(report: Report, target: string): string | undefined {
  let byTarget = tasksByTarget.get(report)
  if (byTarget === undefined) {
    byTarget = new Map()
    for (const c of report.cells) {
      if (!Object.hasOwn(c.stats, TASK_PLACES[0][0])) continue
      const totals = byTarget.get(c.target) ?? TASK_PLACES.map(() => 0)
      const expected = cancelsTasks(c.scenario)
      TASK_PLACES.forEach(([key], i) => {
        const n =
          key === 'tasksCancelled'
            ? expected
              ? (c.stats.tasksNotRun ?? 0)
              : 0
            : key === 'tasksNotRun' && expected
              ? 0
              : (c.stats[key] ?? 0)
        totals[i] = (totals[i] ?? 0) + n
      })
      byTarget.set(c.target, totals)
    }
    tasksByTarget.set(report, byTarget)
  }
  const totals = byTarget.get(target)
  if (totals === undefined) return undefined
  return TASK_PLACES.flatMap(([, label], i) => {
    const total = totals[i] ?? 0
    return total > 0 ? [`${total.toLocaleString('en-US')} ${label}`] : []
  }).join(', ')
}

/** Disputes listed one by one before they are counted. */
const MAX_DISPUTES_LISTED = 10

/**
 * What judging report files found, as plain sentences for the renderers to escape: each cell whose
 * claim its outcomes contradict (the first few, then a count), and each custom contract a file
 * carried that graded cells without the workflow naming it.
 */
export function judgedNotes(report: Report): string[] {
  const disputed: CellReport[] = []
  const byContract = new Map<string, number>()
  for (const c of report.cells) {
    if (c.dispute !== undefined) disputed.push(c)
    const own = c.gradedByReportContract
    if (own !== undefined) byContract.set(own, (byContract.get(own) ?? 0) + 1)
  }
  const notes = disputed
    .slice(0, MAX_DISPUTES_LISTED)
    .map(c => `${c.id} ${c.target} / ${cellTitle(c)}: ${c.dispute ?? ''}`)
  if (disputed.length > MAX_DISPUTES_LISTED)
    notes.push(
      `${(disputed.length - MAX_DISPUTES_LISTED).toLocaleString('en-US')} more cells claimed what their outcomes contradict`
    )
  for (const [name, n] of byContract)
    notes.push(
      `${n.toLocaleString('en-US')} cell${n === 1 ? ' was' : 's were'} graded by the contract "${name}" that the report file carried, which the workflow did not name (input report-contracts): their verdicts rest on the file's own rules`
    )
  return notes
}
