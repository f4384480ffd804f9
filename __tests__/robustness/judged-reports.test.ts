/**
 * A report file is evidence, not a verdict: every cell is graded again from its outcomes with the
 * contract its target names (built-in ones from our own code), and a cell whose claim its outcomes
 * contradict says so. R rows of docs/robustness.md.
 */
import { describe, expect, it } from '@jest/globals'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { loadContract } from '../../src/grading/contracts/index.js'
import { evidenceOf } from '../../src/report/evidence.js'
import { renderReport } from '../../src/render/markdown/report.js'
import { mergeReports, parseReport } from '../../src/report/read/merge.js'
import type { Report } from '../../src/report/model.js'
import { renderJunit } from '../../src/render/junit.js'
import { renderTerminal } from '../../src/render/terminal.js'
import { parseXmlStrictly } from './strict-xml.js'
import { useFakeGitHub } from '../helpers/github-server.js'
import { makeReport, writeReport } from '../action/reports.js'
import { COMMENTS_PATH, runAction, tempDir } from '../action/run-action.js'

/** The forged pass: a failing cell (a violation, an outcome graded forbidden) that says pass. */
function forgedPass(): Report {
  const report = makeReport([{ verdict: 'fail', name: 'added while running' }, { verdict: 'pass' }])
  report.cells[0]!.verdict = 'pass'
  report.verdict = 'pass'
  report.summary = { ...report.summary, passed: 2, failed: 0, violations: 0 }
  return report
}

/** A failing cell dressed as a pass all through: grades, rules, violations, verdict, summary. */
function cleanLookingForgery(): Report {
  const report = forgedPass()
  const cell = report.cells[0]!
  cell.violations = []
  cell.outcomes = cell.outcomes.map(o => ({ ...o, grade: 'acceptable', broken: [] }))
  return report
}

function judged(report: Report, trustedContracts: string[] = []): Report {
  return parseReport(JSON.stringify(report), { trustedContracts })
}

describe('reports are judged from their evidence', () => {
  const github = useFakeGitHub()

  it('R01 a forged pass (verdict pass over a violation) fails the bundled action, exit 1, verdict=fail', async () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'reports'))
    writeReport(join(dir, 'reports', 'forged.json'), forgedPass())
    const run = await runAction({ github, dir })
    expect(run.code).toBe(1)
    expect(run.outputs.verdict).toBe('fail')
    expect(run.outputs.violations).toBe('1')
    expect(run.report?.verdict).toBe('fail')
    const body = String(
      (github.requested('POST', COMMENTS_PATH)[0]?.body as { body?: string } | undefined)?.body
    )
    expect(body).toContain('❌')
    expect(body).toContain('the file said pass; its outcomes break rule worker-runs-callback')
    expect(run.summary).toContain(
      'the file said pass; its outcomes break rule worker-runs-callback'
    )
  }, 60_000)

  it('R02 a failing cell whose grades, violations and verdict all say pass is graded from its facts', () => {
    const report = judged(cleanLookingForgery())
    expect(report.verdict).toBe('fail')
    expect(report.summary).toMatchObject({ failed: 1, passed: 1, violations: 1 })
    const cell = report.cells[0]!
    expect(cell.outcomes[0]?.grade).toBe('forbidden')
    expect(cell.violations.map(v => v.rule)).toEqual(['worker-runs-callback'])
    expect(cell.dispute).toBe('the file said pass; its outcomes break rule worker-runs-callback')
    expect(renderTerminal(report)).toContain('FAIL (disputed)')
    // JUnit says it beside the failure, in every test case of the cell.
    const xml = renderJunit(report)
    expect(parseXmlStrictly(xml)).toBeGreaterThan(0)
    const said = xml.match(/<system-out>([^<]*)<\/system-out>/g) ?? []
    expect(said.length).toBeGreaterThan(0)
    expect(new Set(said)).toEqual(
      new Set([
        '<system-out>disputed: the file said pass; its outcomes break rule worker-runs-callback</system-out>'
      ])
    )
  })

  it('R03 a lenient copy of a built-in contract in the file is ignored: our own grades the cells', () => {
    const report = cleanLookingForgery()
    const lenient = loadContract('thread-pool')
    lenient.rules = lenient.rules.map(r =>
      r.id === 'worker-runs-callback' ? { ...r, expect: { calls: 1 } } : r
    )
    report.contracts['thread-pool'] = lenient
    const result = judged(report)
    expect(result.verdict).toBe('fail')
    expect(result.contracts['thread-pool']).toEqual(loadContract('thread-pool'))
  })

  it('R04 a custom contract grades from the file only when the workflow names it; otherwise its cells are marked', () => {
    const report = makeReport([{ verdict: 'pass' }])
    const custom = { ...loadContract('thread-pool'), name: 'our-pool', title: 'Our pool' }
    report.targets[0]!.contract = 'our-pool'
    report.contracts = { 'our-pool': custom }

    const marked = judged(report)
    expect(marked.verdict).toBe('pass')
    expect(marked.cells[0]?.gradedByReportContract).toBe('our-pool')
    const note =
      '1 cell was graded by the contract "our-pool" that the report file carried, which the workflow did not name'
    expect(renderTerminal(marked)).toContain(note)
    expect(renderTerminal(marked)).toContain("pass (report's contract)")
    expect(renderReport(marked)).toContain(note)
    expect(renderJunit(marked)).toContain(
      '<system-out>graded by the contract "our-pool" that the report file carried, which the workflow did not name (input report-contracts)</system-out>'
    )

    const trusted = judged(report, ['our-pool'])
    expect(trusted.cells[0]?.gradedByReportContract).toBeUndefined()
    expect(renderReport(trusted)).not.toContain('the workflow did not name')
    expect(renderJunit(trusted)).not.toContain('<system-out>')
  })

  it('R05 a contract that is neither built in nor in the file makes its cells errors, and no file is read', () => {
    const report = makeReport([{ verdict: 'pass' }])
    report.targets[0]!.contract = '../../package.json'
    report.contracts = {}
    const result = judged(report)
    expect(result.verdict).toBe('error')
    expect(result.cells[0]).toMatchObject({
      verdict: 'error',
      reason:
        'cannot be judged: its contract "../../package.json" is not built in and the report does not carry it'
    })
  })

  it('R21 a contract named after an Object.prototype property (constructor, toString) is not a contract', () => {
    for (const name of ['constructor', 'toString', '__proto__']) {
      const report = makeReport([{ verdict: 'pass' }])
      report.targets[0]!.contract = name
      report.contracts = {}
      // Judging, evidence and rendering take the report without a TypeError.
      const result = judged(report)
      expect(result.verdict).toBe('error')
      expect(result.cells[0]?.reason).toMatch(/^cannot be judged: its contract/)
      expect(renderReport(result)).toContain('cannot be judged: its contract')
    }
  })

  it('R06 an outcome cannot choose its rules with a fact named scenario', () => {
    const report = cleanLookingForgery()
    // In "done", worker-runs-callback does not apply; the cell is a "running" one.
    report.cells[0]!.outcomes[0]!.facts = {
      ...report.cells[0]!.outcomes[0]!.facts,
      scenario: 'done'
    }
    expect(judged(report).cells[0]?.verdict).toBe('fail')
  })

  it('R07 a cell that claims a verdict without any outcome is an error that says so', () => {
    const report = makeReport([{ verdict: 'fail' }, { verdict: 'pass' }])
    report.cells[0]!.outcomes = []
    const result = judged(report)
    expect(result.cells[0]).toMatchObject({
      verdict: 'error',
      reason: 'the file said fail, but the cell carries no outcomes to judge'
    })
    expect(result.verdict).toBe('error')
  })

  it('a baseline judged without evidence keeps none the file claimed; it is derived when asked for', () => {
    const report = makeReport([{ verdict: 'fail' }, { verdict: 'pass' }])
    const target = report.targets[0]!.name
    report.evidence = [
      { target, rule: 'worker-runs-callback', checked: 1e9, broken: 0, upperBound: 3e-9 }
    ]
    const text = JSON.stringify(report)
    const baseline = parseReport(text, { evidence: false })
    expect(baseline.evidence).toBeUndefined()
    expect(baseline.verdict).toBe('fail')
    const judgedEvidence = parseReport(text).evidence
    expect(judgedEvidence?.find(e => e.rule === 'worker-runs-callback')).toMatchObject({
      checked: 8,
      broken: 4
    })
    expect(evidenceOf(baseline)).toEqual(judgedEvidence)
  })

  it('R08 one merged file gets our cell ids, not the markup it carried', () => {
    const report = makeReport([{ verdict: 'fail' }])
    report.cells[0]!.id = '<img src=x onerror=alert(1)>'
    const merged = mergeReports([{ path: 'r.json', report: judged(report) }])
    expect(merged.cells[0]?.id).toBe('c1')
    expect(renderReport(merged)).not.toContain('<img')
  })
})
