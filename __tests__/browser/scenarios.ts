/**
 * The runs the browser test renders, from real reports in fixtures/ (made by the CLI:
 * CPython 3.8-3.13 with ThreadPoolExecutor, and the relay pool of
 * __tests__/fixtures/python/broken_executors.py, which runs every callback on its own thread),
 * rendered with the options the action uses for the comment and the job summary. The golden
 * reports (__tests__/report/golden.ts) are rendered from the same fixtures by the same functions.
 */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { SUMMARY_LIMIT_BYTES } from '../../src/sinks/github/job-summary.js'
import { commentOptions } from '../../src/sinks/github/sticky-comment.js'
import { compareReports, type BaselineDiff } from '../../src/report/compare.js'
import { renderReport, type RenderOptions } from '../../src/render/markdown/report.js'
import { mergeReports, readReportFile } from '../../src/report/read/merge.js'
import type { CellReport, Report } from '../../src/report/model.js'
import { overallVerdict, summarize } from '../../src/report/summarize.js'

const FIXTURES = join(import.meta.dirname, 'fixtures')

export interface Scenario {
  name: string
  comment: string
  summary: string
  /** Short labels or names of the targets with a failing cell; the rules that were broken. */
  failingTargets: string[]
  brokenRules: string[]
  verdict: Report['verdict']
}

/** A report of fixtures/, by its path there: `current/guard-py3.12-ubuntu-latest`. */
export function readFixture(name: string): Report {
  return read(join(FIXTURES, name, 'report.json'))
}

function read(path: string): Report {
  return readReportFile(path, 'fixture')
}

/** The reports of one folder of fixtures/ (`current`, `baseline`), merged as the action merges a matrix. */
export function mergedFixtures(
  folder: string,
  only: (name: string) => boolean = () => true
): Report {
  const dir = join(FIXTURES, folder)
  const sources = readdirSync(dir)
    .filter(only)
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .map(name => ({
      path: join(dir, name, 'report.json'),
      report: read(join(dir, name, 'report.json'))
    }))
  return mergeReports(sources)
}

/** The comment and the job summary of a report, as the action renders them on a pull request. */
export function renderForPullRequest(
  report: Report,
  diff?: BaselineDiff
): { comment: string; summary: string } {
  const common: RenderOptions = {
    title: 'callback-thread-guard',
    ...(diff === undefined ? {} : { diff }),
    fullReport:
      'the JSON report <code>callback-thread-guard-report.json</code> written by this step'
  }
  const context = {
    eventName: 'pull_request',
    owner: 'octo',
    repo: 'guarded',
    runUrl: 'https://github.com/octo/guarded/actions/runs/987654',
    pullRequest: { number: 7, headSha: '8f2c1e0aa', fromFork: false }
  }
  return {
    comment: renderReport(
      report,
      commentOptions(common, { reportId: 'default', json: 'r.json' }, context)
    ),
    summary: renderReport(report, {
      ...common,
      limit: { max: SUMMARY_LIMIT_BYTES, measure: t => Buffer.byteLength(t), label: '1 MiB' }
    })
  }
}

/** 1,000 cells: the passing run's cells again and again with other worker counts, ten failing. */
export function thousandCells(pass: Report, fail: Report): Report {
  const cells: CellReport[] = []
  for (let i = 0; cells.length < 1000; i++) {
    const failing = i % 100 === 57
    const from = (failing ? fail : pass).cells
    const base = from[i % from.length] as CellReport
    cells.push({
      ...base,
      id: `c${cells.length + 1}`,
      target: pass.targets[0]!.name,
      workers: 1 + Math.floor(i / 11)
    })
  }
  const summary = summarize(cells)
  return { ...pass, cells, summary, verdict: overallVerdict(summary) }
}

/**
 * The six-target run's baseline with one cell regressed and one fixed since: the run itself, in
 * which relay-pool's last cell passed (as CPython 3.12's did) and CPython 3.12's cancel cell broke
 * its rules (as relay-pool's does). Compared with it, the run has one new violation, one fixed
 * cell and the same failures as before.
 */
export function regressedAndFixedBaseline(six: Report): Report {
  const find = (target: string, scenario: string, tasks: number) => {
    const cell = six.cells.find(
      c => c.target === target && c.scenario === scenario && c.tasks === tasks
    )
    if (cell === undefined) throw new Error(`no ${scenario} cell on ${target}`)
    return cell
  }
  const py312 = 'guard-py3.12-ubuntu-latest'
  const relay = 'guard-relay-pool-ubuntu-latest'
  const brokenCancel = find(relay, 'cancel', 8)
  const passingTimed = find(py312, 'timed', 1000)
  const cells = six.cells.map(c => {
    if (c === find(py312, 'cancel', 8)) return { ...brokenCancel, id: c.id, target: c.target }
    if (c === find(relay, 'timed', 1000)) return { ...passingTimed, id: c.id, target: c.target }
    return c
  })
  const summary = summarize(cells)
  const { evidence: _derived, ...rest } = six
  return { ...rest, cells, summary, verdict: overallVerdict(summary) }
}

function failing(report: Report, labels: (t: string) => string) {
  const targets = [
    ...new Set(report.cells.filter(c => c.verdict === 'fail').map(c => labels(c.target)))
  ]
  const rules = [...new Set(report.cells.flatMap(c => c.violations.map(v => v.rule)))]
  return { failingTargets: targets, brokenRules: rules, verdict: report.verdict }
}

export function scenarios(): Scenario[] {
  const pass = readFixture('current/guard-py3.12-ubuntu-latest')
  const fail = readFixture('current/guard-relay-pool-ubuntu-latest')
  const six = mergedFixtures('current')
  const sixBaseline = mergedFixtures('baseline')
  const big = thousandCells(pass, fail)
  const one = (t: string) => t
  const short = (t: string) => t.replace(/^guard-/, '').replace(/-ubuntu-latest$/, '')
  const sixPass = mergedFixtures('baseline', name => !name.includes('relay'))
  return [
    { name: 'passing', ...renderForPullRequest(pass), ...failing(pass, one) },
    { name: 'six-passing', ...renderForPullRequest(sixPass), ...failing(sixPass, short) },
    { name: 'failing', ...renderForPullRequest(fail), ...failing(fail, one) },
    {
      name: 'six-targets',
      ...renderForPullRequest(six, compareReports(six, sixBaseline)),
      ...failing(six, short)
    },
    {
      name: 'regressed-and-fixed',
      ...renderForPullRequest(six, compareReports(six, regressedAndFixedBaseline(six))),
      ...failing(six, short)
    },
    { name: 'thousand-cells', ...renderForPullRequest(big), ...failing(big, one) }
  ]
}
