/**
 * Small views of the report shared by the renderers, so they all say the same thing.
 */
import type { Violation } from '../grading/grade.js'
import type { Sample } from '../probes/protocol.js'
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

/** Where the callbacks of a cell ran, largest first: "task thread 15", "caller, inline 1". */
export function wherePlaces(cell: CellReport): Place[] {
  const counts = new Map<string, number>()
  for (const o of cell.outcomes) {
    const place = String(o.facts.ranOn)
    const label = (PLACE_LABELS[place] ?? place) + (o.facts.inline === true ? ' (inline)' : '')
    counts.set(label, (counts.get(label) ?? 0) + o.count)
  }
  return [...counts.entries()]
    .map(([label, count]) => ({ label, count }))
    .sort((a, b) => b.count - a.count)
}

export function whereText(cell: CellReport): string {
  if (cell.verdict === 'error' || cell.verdict === 'skip') return '-'
  return wherePlaces(cell)
    .map(p => `${p.label} ${p.count}`)
    .join(', ')
}

export function cellParams(cell: CellReport): string {
  const delay = cell.scenario === 'timed' ? ` delay ${cell.callbackDelayMs} ms` : ''
  return `${cell.workers}w ${cell.tasks}t ${cell.taskMs} ms${delay}${cell.repeat > 1 ? ` x${cell.repeat}` : ''}`
}

export function interestingCount(cell: CellReport): number {
  return cell.outcomes.filter(o => o.grade === 'interesting').reduce((n, o) => n + o.count, 0)
}

export function summarize(cells: CellReport[]): Summary {
  const count = (v: CellVerdict) => cells.filter(c => c.verdict === v).length
  return {
    cells: cells.length,
    passed: count('pass'),
    failed: count('fail'),
    errors: count('error'),
    skipped: count('skip'),
    violations: cells.reduce((n, c) => n + c.violations.length, 0),
    interesting: cells.reduce((n, c) => n + interestingCount(c), 0)
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
  return `${parts.join(', ')} (${s.cells} cells, ${s.violations} violations, ${s.interesting} interesting${nothingRan})`
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
  ['tasksNotRun', 'never ran']
] as const

/** "16 on worker threads, 8 never ran" over a target's cells; undefined when its probe does not say. */
export function whereTasksRan(report: Report, target: string): string | undefined {
  const cells = report.cells.filter(c => c.target === target && TASK_PLACES[0][0] in c.stats)
  if (cells.length === 0) return undefined
  return TASK_PLACES.flatMap(([key, label]) => {
    const total = cells.reduce((n, c) => n + (c.stats[key] ?? 0), 0)
    return total > 0 ? [`${total.toLocaleString('en-US')} ${label}`] : []
  }).join(', ')
}
