/**
 * Annotations as data first, then sent. GitHub shows at most 10 error and 10 warning annotations
 * per step from workflow commands, so violations are grouped by rule and target (one annotation
 * names every cell of the group), cells that could not run by reason and target, and the last
 * error slot is kept for the step's own failure line (core.setFailed). A group that does not fit
 * is folded into one closing annotation that says how many more there are. The step's own
 * warnings (a verdict left to the baseline) go first, as they always have.
 */
import * as core from '@actions/core'
import type { BaselineDiff } from '../../report/compare.js'
import { plain } from '../../escape.js'
import type { CellReport, Report } from '../../report/model.js'
import { describeViolation } from '../../report/summarize.js'
import type { ReportSink } from '../sink.js'
import type { CheckAnnotation } from './api/checks.js'
import type { FailOn, StepStatus } from './step-status.js'

/** GitHub's limit per step for each of error and warning annotations. */
export const ANNOTATIONS_PER_STEP = 10

export interface Annotation {
  level: 'error' | 'warning'
  title: string
  message: string
}

interface Group {
  level: Annotation['level']
  title: string
  cells: CellReport[]
  detail: string
}

/**
 * Errors for broken rules (warnings for rules the baseline already broke when only new ones fail
 * the step), warnings for cells that could not run. `stepFails` keeps one error slot free for
 * the failure line that setFailed adds.
 */
export function buildAnnotations(
  report: Report,
  diff: BaselineDiff | undefined,
  failOn: FailOn,
  stepFails: boolean
): Annotation[] {
  const groups = new Map<string, Group>()
  const add = (key: string, make: () => Omit<Group, 'cells'>, cell: CellReport) => {
    let g = groups.get(key)
    if (g === undefined) {
      g = { ...make(), cells: [] }
      groups.set(key, g)
    }
    if (g.cells[g.cells.length - 1] !== cell) g.cells.push(cell)
  }
  for (const cell of report.cells) {
    if (cell.verdict === 'error') {
      const reason = cell.reason ?? 'unknown'
      add(
        JSON.stringify(['error', reason, cell.target]),
        () => ({
          level: 'warning',
          title: 'callback-thread-guard: could not run',
          detail: `${cell.target}: could not run: ${reason}`
        }),
        cell
      )
      continue
    }
    const fresh = new Set(diff?.byId.get(cell.id)?.newViolations ?? [])
    for (const v of cell.violations) {
      const known = diff !== undefined && !fresh.has(v.rule)
      const level = known && failOn === 'new-violation' ? 'warning' : 'error'
      add(
        JSON.stringify([level, v.rule, cell.target, known]),
        () => ({
          level,
          title: `callback-thread-guard: ${v.rule}`,
          detail: `${cell.target} breaks ${v.rule}: ${describeViolation(v)}. Rule: ${v.says} (source: ${v.source})${known ? ' (already broken in the baseline)' : ''}`
        }),
        cell
      )
    }
  }
  const out: Annotation[] = []
  for (const level of ['error', 'warning'] as const) {
    const list = [...groups.values()].filter(g => g.level === level)
    // Kept free: the failure line of setFailed, and two warnings the step may add about itself
    // (a comment that could not be posted, a verdict left to the baseline).
    const room = ANNOTATIONS_PER_STEP - (level === 'error' ? (stepFails ? 1 : 0) : 2)
    const shown = list.length > room ? list.slice(0, room - 1) : list
    for (const g of shown)
      out.push({
        level,
        title: plain(g.title, 200),
        message: plain(`${g.detail} In ${cellCount(g.cells)}: ${ids(g.cells)}.`, 1000)
      })
    const folded = list.slice(shown.length)
    if (folded.length > 0) {
      const cells = folded.reduce((n, g) => n + g.cells.length, 0)
      out.push({
        level,
        title: 'callback-thread-guard: more',
        message: plain(
          `${folded.length} more ${level === 'error' ? 'broken rules or targets' : 'groups'} in ${cells === 1 ? '1 cell' : `${cells} cells`}: ${folded.map(g => g.title.replace(/^callback-thread-guard: /, '')).join(', ')}. See the job summary.`,
          1000
        )
      })
    }
  }
  return out
}

/** The workflow-command annotations of the step, built by buildAnnotations, then sent. */
export function annotationsSink(failOn: FailOn, status: StepStatus): ReportSink {
  return {
    name: 'annotations',
    write: ({ report, diff }) => {
      for (const warning of status.warnings) core.warning(warning)
      const annotations = buildAnnotations(report, diff, failOn, status.failure !== undefined)
      for (const a of annotations) {
        if (a.level === 'error') core.error(a.message, { title: a.title })
        else core.warning(a.message, { title: a.title })
      }
    }
  }
}

function cellCount(cells: CellReport[]): string {
  return `${cells.length} cell${cells.length === 1 ? '' : 's'}`
}

function ids(cells: CellReport[]): string {
  const shown = cells.slice(0, 20).map(c => `${c.id} ${c.name ?? c.scenario}`)
  return cells.length > 20 ? `${shown.join(', ')} and ${cells.length - 20} more` : shown.join(', ')
}

/** At most this many go to a check run: 20 requests of 50. */
export const MAX_CHECK_ANNOTATIONS = 1000

/**
 * Every violation, one annotation per (cell, rule), and every cell that could not run, for a
 * check run. The Checks API needs a file to attach them to: the config that defined the cells,
 * else the workflow file, else the JSON report.
 */
export function buildCheckAnnotations(
  report: Report,
  diff: BaselineDiff | undefined,
  failOn: FailOn,
  path: string
): CheckAnnotation[] {
  const out: CheckAnnotation[] = []
  const add = (a: Omit<CheckAnnotation, 'path' | 'start_line' | 'end_line'>) =>
    out.push({ path, start_line: 1, end_line: 1, ...a })
  for (const cell of report.cells) {
    if (out.length >= MAX_CHECK_ANNOTATIONS) break
    const where = `${cell.id} ${cell.target} / ${cell.name ?? cell.scenario}`
    if (cell.verdict === 'error') {
      add({
        annotation_level: 'warning',
        title: 'callback-thread-guard: could not run',
        message: plain(`${where}: could not run: ${cell.reason ?? 'unknown'}`, 1000)
      })
      continue
    }
    const fresh = new Set(diff?.byId.get(cell.id)?.newViolations ?? [])
    for (const v of cell.violations) {
      const known = diff !== undefined && !fresh.has(v.rule)
      add({
        annotation_level: known && failOn === 'new-violation' ? 'warning' : 'failure',
        title: plain(`callback-thread-guard: ${v.rule}`, 200),
        message: plain(
          `${where} breaks ${v.rule} in ${v.count} callback${v.count === 1 ? '' : 's'}: ${describeViolation(v)}. Rule: ${v.says} (source: ${v.source})${known ? ' (already broken in the baseline)' : ''}`,
          1000
        )
      })
    }
  }
  return out.slice(0, MAX_CHECK_ANNOTATIONS)
}

/** The config file, else the workflow file (from GITHUB_WORKFLOW_REF), else the JSON report. */
export function annotationPath(
  config: string | undefined,
  json: string,
  env: NodeJS.ProcessEnv
): string {
  if (config !== undefined) return config
  const ref = env.GITHUB_WORKFLOW_REF ?? ''
  const m = ref.match(/^[^/]+\/[^/]+\/([^@]+)@/)
  return m?.[1] ?? json
}
