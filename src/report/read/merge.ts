/**
 * Reading JSON reports back (a baseline, or the reports of a workflow matrix) and merging several
 * into one. A report file may come from another job, or from a fork's workflow through an
 * artifact, so it is untrusted: every field the renderers use is validated here (model.ts's
 * reportFileSchema, the report's one definition), unknown fields
 * are dropped, and a bad file is refused with one line that names it and the field. What it
 * claims (grades, violations, verdicts, the summary) is not read: judge.ts grades its outcomes.
 */
import { readInputText } from '../../read-file.js'
import { resolve, sep } from 'node:path'
import { fieldPath, InputError, oneLine } from '../../errors.js'
import { collectEvidence } from '../../grading/evidence.js'
import { rederiveGil } from '../gil.js'
import { VERSION } from '../../version.js'
import { echoValue } from '../../escape.js'
import { judgeReport, type JudgeOptions } from './judge.js'
import type { CellReport, Report, TargetReport } from '../model.js'
import { overallVerdict, summarize } from '../summarize.js'
import { validateReportFile } from './validate.js'

/** Far above any real report (10,000 cells), low enough to refuse a file meant to exhaust memory. */
export const MAX_REPORT_BYTES = 64 * 1024 * 1024
/** For one file as for many merged: past this, renderers and the comment are no use anyway. */
const MAX_CELLS = 100_000

/** Parses, validates and judges one report; the error says where in the file it went wrong. */
export function parseReport(text: string, options: JudgeOptions = {}): Report {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    // JSON.parse quotes the text around the fault: a file that is not a report is never quoted.
    const at = /position (\d+)/.exec(oneLine(error))?.[1]
    throw new Error(`not valid JSON${at === undefined ? '' : ` (at byte ${at})`}`)
  }
  // Counted before validating, which takes a while for each cell.
  const cells = (value as { cells?: unknown } | null)?.cells
  if (Array.isArray(cells) && cells.length > MAX_CELLS) throw new Error(tooManyCells(cells.length))
  // In place: the value is JSON.parse's own, which nothing else holds (judge.ts relies on it).
  const result = validateReportFile(value)
  if (!result.success) {
    const issue = result.error.issues[0]
    // Keys and values come from the file: each is cut, so an error stays one short line.
    const where = issue === undefined ? '' : fieldPath(issue.path, key => echoValue(key))
    throw new Error(
      `not a callback-thread-guard JSON report: ${where === '' ? '' : `${where}: `}${echoValue(issue?.message ?? 'invalid', 160)}`
    )
  }
  return judgeReport(result.data, options)
}

function tooManyCells(cells: number): string {
  return `${cells.toLocaleString('en-US')} cells; at most ${MAX_CELLS.toLocaleString('en-US')}`
}

/** Reads a report file for an input; any problem is an InputError naming the input and the file. */
export function readReportFile(path: string, field: string, options: JudgeOptions = {}): Report {
  const problem = (why: string) => new InputError(field, `${echoValue(path, 200)}: ${why}`)
  // Regular files only, read up to the cap (a FIFO or a device is refused, never waited on).
  const text = readInputText(path, field, MAX_REPORT_BYTES)
  try {
    return parseReport(text, options)
  } catch (error) {
    throw problem(oneLine(error))
  }
}

export interface ReportSource {
  path: string
  report: Report
}

/**
 * One report from several. With more than one source, target names are prefixed with a label
 * taken from the file's path (the part that differs between the files, such as the artifact
 * folder "py3.12-ubuntu-latest"). Cells are numbered again, from one file as from many, so every
 * id is ours and every row says where it ran.
 */
export function mergeReports(sources: ReportSource[], field = 'reports'): Report {
  if (sources.length === 0) throw new InputError(field, 'no reports to merge')
  const total = sources.reduce((n, s) => n + s.report.cells.length, 0)
  if (total > MAX_CELLS) {
    throw new InputError(
      field,
      `the reports have ${sources.length === 1 ? '' : 'together '}${tooManyCells(total)}`
    )
  }
  const first = sources[0] as ReportSource
  if (sources.length === 1) {
    // A merged report's history is never read: a fork's job may have written it (history.ts).
    const { history: _ignored, ...report } = first.report
    // A file the engine wrote is numbered already: 100,000 cells are not copied to say so again.
    const cells = report.cells
    if (cells.every((c, i) => c.id === `c${i + 1}`)) return report
    return { ...report, cells: cells.map((c, i) => ({ ...c, id: `c${i + 1}` })) }
  }

  const labels = sourceLabels(sources.map(s => s.path))
  const targets: TargetReport[] = []
  const cells: CellReport[] = []
  const contracts: Report['contracts'] = {}
  sources.forEach((source, i) => {
    const label = labels[i] as string
    const rename = targetNamer(label, source.report)
    for (const t of source.report.targets) targets.push({ ...t, name: rename(t.name) })
    for (const c of source.report.cells)
      cells.push({ ...c, id: `c${cells.length + 1}`, target: rename(c.target) })
    for (const [name, contract] of Object.entries(source.report.contracts))
      if (!Object.hasOwn(contracts, name)) contracts[name] = contract
  })

  const starts = sources.map(s => Date.parse(s.report.startedAt)).filter(Number.isFinite)
  const ends = sources
    .map(s => Date.parse(s.report.startedAt) + s.report.durationMs)
    .filter(Number.isFinite)
  // No spread into Math.min/max: a call takes a limited number of arguments.
  const startedAt = starts.length > 0 ? starts.reduce((a, b) => Math.min(a, b)) : Date.now()
  const summary = summarize(cells)
  const gil = rederiveGil(
    targets,
    sources.flatMap(s => s.report.warnings ?? []),
    overallVerdict(summary)
  )
  return {
    schemaVersion: 1,
    tool: { name: 'callback-thread-guard', version: VERSION },
    verdict: gil.verdict,
    startedAt: new Date(startedAt).toISOString(),
    durationMs:
      ends.length > 0 ? Math.max(0, ends.reduce((a, b) => Math.max(a, b)) - startedAt) : 0,
    summary,
    targets,
    contracts,
    cells,
    evidence: collectEvidence(targets, contracts, cells),
    ...(gil.warnings === undefined ? {} : { warnings: gil.warnings })
  }
}

/** A report with one target, named like every other report's target, is named by its label alone. */
function targetNamer(label: string, report: Report): (name: string) => string {
  if (report.targets.length <= 1) return () => label
  return name => `${label}: ${name}`
}

/**
 * What tells the files apart: the path below their common folder, without ".json", and without
 * the file name when every file has the same one (download-artifact puts each artifact in a
 * folder named after it, each holding the same report file name).
 */
export function sourceLabels(paths: string[]): string[] {
  const parts = paths.map(p => resolve(p).split(sep))
  const firstParts = parts[0] ?? []
  // Folders shared by every path; the file name itself always stays.
  let shared = 0
  while (parts.every(p => shared < p.length - 1 && p[shared] === firstParts[shared])) shared += 1
  const names = new Set(parts.map(p => p.at(-1)))
  return parts.map(p => {
    const rest = p.slice(shared)
    if (names.size === 1 && rest.length > 1) rest.pop()
    return rest.join('/').replace(/\.json$/i, '')
  })
}
