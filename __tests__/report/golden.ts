/**
 * The golden reports: the pull-request comment of five runs, rendered from the fixed reports in
 * __tests__/browser/fixtures/ and committed in __tests__/__outputs__/, so a change to the rendering
 * is a readable diff in review (GitHub renders the files, Mermaid included). The files are the
 * renderer's output byte for byte: written only by `npm run golden`, never by hand or Prettier.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { compareReports } from '../../src/report/compare.js'
import { withHistory } from '../../src/report/history.js'
import type { History, Report } from '../../src/report/model.js'
import {
  mergedFixtures,
  readFixture,
  regressedAndFixedBaseline,
  renderForPullRequest,
  thousandCells
} from '../browser/scenarios.js'

export const OUTPUTS = join(import.meta.dirname, '..', '__outputs__')

/** Files of OUTPUTS that are not golden reports. */
const NOT_GOLDEN = new Set(['README.md'])

export interface GoldenReport {
  /** The file's name in OUTPUTS. */
  file: string
  markdown: string
}

/** Every golden report, rendered now from the fixtures. */
export function renderGoldenReports(): GoldenReport[] {
  const pass = readFixture('current/guard-py3.12-ubuntu-latest')
  const fail = readFixture('current/guard-relay-pool-ubuntu-latest')
  const six = pinVersion(mergedFixtures('current'))
  const comparison = compareReports(six, pinVersion(mergedFixtures('baseline')))
  return [
    { file: 'passing.md', markdown: renderForPullRequest(pass).comment },
    { file: 'failing.md', markdown: renderForPullRequest(fail).comment },
    // 1,000 cells do not fit in a comment: the cut keeps failing rows first and says what it left.
    { file: 'cut.md', markdown: renderForPullRequest(thousandCells(pass, fail)).comment },
    { file: 'multi-target.md', markdown: renderForPullRequest(six).comment },
    {
      file: 'baseline-comparison.md',
      markdown: renderForPullRequest({ ...six, baselineSource: FOUND_BASELINE }, comparison).comment
    },
    // One cell regressed and one fixed since the baseline: the grid marks both.
    {
      file: 'regressed-and-fixed.md',
      markdown: renderForPullRequest(six, compareReports(six, regressedAndFixedBaseline(six)))
        .comment
    },
    // Six targets, every cell passing: a headline and collapsed tables.
    {
      file: 'six-passing.md',
      markdown: renderForPullRequest(
        pinVersion(mergedFixtures('baseline', name => !name.includes('relay')))
      ).comment
    },
    // Four weekly main runs of CPython 3.13 pooled; the fourth's registration race is tenfold.
    { file: 'history.md', markdown: renderForPullRequest(fourthRun()).comment }
  ]
}

/** What baseline auto found, as the comparison's comment names it. */
const FOUND_BASELINE: Report['baselineSource'] = {
  kind: 'auto',
  branch: 'main',
  sha: '1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d',
  commitUrl: 'https://github.com/octo/guarded/commit/1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d',
  runId: 12345678901,
  runUrl: 'https://github.com/octo/guarded/actions/runs/12345678901',
  createdAt: '2026-12-01T09:14:07Z',
  artifact: 'callback-thread-guard-report',
  mergeBase: false,
  commitsBehind: 3
}

/** The CPython 3.13 run as the fourth of a history of weekly runs, its race count times ten. */
function fourthRun(): Report {
  const run = readFixture('current/guard-py3.13-ubuntu-latest')
  let history: History | undefined
  let last: Report = run
  for (const [i, day] of ['02', '09', '16', '23'].entries()) {
    const { evidence: _derived, ...rest } = run
    const cells = run.cells.map(c => ({
      ...c,
      outcomes: c.outcomes.map(o =>
        o.grade === 'interesting' && i === 3 ? { ...o, count: o.count * 10 } : o
      )
    }))
    const report = { ...rest, startedAt: `2026-11-${day}T10:00:00.000Z`, cells }
    const folded = withHistory(
      report,
      history === undefined ? undefined : { report: { ...report, history }, trusted: true }
    )
    history = folded.report.history
    last = folded.report
  }
  return last
}

/** A merged report names the version that merged it: pinned, so a release does not change the files. */
function pinVersion(report: Report): Report {
  return { ...report, tool: { ...report.tool, version: '0.1.0' } }
}

/** The golden reports committed in OUTPUTS, by file name. */
export function readGoldenReports(): Map<string, string> {
  return new Map(
    readdirSync(OUTPUTS)
      .filter(file => file.endsWith('.md') && !NOT_GOLDEN.has(file))
      .map(file => [file, readFileSync(join(OUTPUTS, file), 'utf8')])
  )
}

/** Writes every golden report and removes the ones no longer rendered. */
export function writeGoldenReports(): string[] {
  const rendered = renderGoldenReports()
  const names = new Set(rendered.map(r => r.file))
  for (const file of readGoldenReports().keys()) if (!names.has(file)) rmSync(join(OUTPUTS, file))
  for (const { file, markdown } of rendered) writeFileSync(join(OUTPUTS, file), markdown)
  return [...names]
}

/**
 * Where a committed report and the renderer's output part, for a reader: the first line that
 * differs with a few lines before it, and what to do. Undefined when they are the same.
 */
export function describeDifference(
  file: string,
  committed: string,
  rendered: string
): string | undefined {
  if (committed === rendered) return undefined
  const before = committed.split('\n')
  const after = rendered.split('\n')
  let line = 0
  while (line < before.length && line < after.length && before[line] === after[line]) line++
  const context = before.slice(Math.max(0, line - 3), line).map(text => `  ${text}`)
  const show = (sign: string, lines: string[]) =>
    lines.slice(line, line + 1).map(text => `${sign} ${text}`)
  return [
    `__tests__/__outputs__/${file} is not what the renderer writes now ` +
      `(first difference at line ${line + 1}; committed ${before.length} lines, rendered ${after.length}):`,
    ...context,
    ...show('-', before),
    ...show('+', after),
    'If the change to the rendering is intended, run `npm run golden` and commit ' +
      '__tests__/__outputs__/, so the review shows it.'
  ].join('\n')
}
