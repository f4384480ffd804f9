/**
 * One rule for empty and hostile evidence (R23-R25 of docs/robustness.md): the bundled Action (a
 * report to merge), the kit's gradeReport and its matcher toHonourContract give the same verdict
 * on the same report file, because the kit judges with the Action's judge (parseReport). An
 * outcome seen 0 times is refused by all of them in one line naming the field.
 */
import { describe, expect, it } from '@jest/globals'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { gradeReport, toHonourContract } from '../../src/kit.js'
import type { Report } from '../../src/report/model.js'
import { makeReport, writeReport } from '../action/reports.js'
import { runAction, tempDir } from '../action/run-action.js'
import { useFakeGitHub } from '../helpers/github-server.js'

/** Every outcome of every cell counted 0 times: a run that checked nothing. */
function zeroCounts(): Report {
  const report = makeReport([{ verdict: 'pass' }, { verdict: 'pass', scenario: 'done' }])
  for (const cell of report.cells) for (const o of cell.outcomes) o.count = 0
  return report
}

/** A cell marked skip that carries a forbidden outcome 16 times. */
function skipOverViolation(): Report {
  const report = makeReport([{ verdict: 'fail', tasks: 16 }, { verdict: 'pass' }])
  report.cells[0]!.verdict = 'skip'
  report.cells[0]!.reason = 'nothing to see'
  report.cells[0]!.violations = []
  report.verdict = 'pass'
  return report
}

/** Cells that say pass and carry no outcomes. */
function passWithoutOutcomes(): Report {
  const report = makeReport([{ verdict: 'pass' }, { verdict: 'pass' }])
  for (const cell of report.cells) cell.outcomes = []
  return report
}

/** What the kit says of a report: its verdict, or the one-line refusal. */
function kitVerdict(report: Report): { verdict: string; honours: boolean; message: string } {
  const matcher = toHonourContract(report, 'thread-pool')
  try {
    return {
      verdict: gradeReport(report, 'thread-pool').verdict,
      honours: matcher.pass,
      message: matcher.message()
    }
  } catch (error) {
    return { verdict: 'refused', honours: matcher.pass, message: (error as Error).message }
  }
}

describe('the Action and the kit judge a hostile report alike', () => {
  const github = useFakeGitHub()

  async function actionVerdict(report: Report) {
    const dir = tempDir()
    mkdirSync(join(dir, 'reports'))
    writeReport(join(dir, 'reports', 'one.json'), report)
    const run = await runAction({ github, dir, inputs: { comment: 'never' } })
    return run
  }

  it('R23 every outcome counted 0 times: refused in one line naming the field, by the Action and the kit', async () => {
    const run = await actionVerdict(zeroCounts())
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(
      /::error::input reports: .*one\.json: not a callback-thread-guard JSON report: cells\[0\]\.outcomes\[0\]\.count: Too small: expected number to be >=1/
    )
    expect(run.report).toBeUndefined() // nothing half-written
    const kit = kitVerdict(zeroCounts())
    expect(kit.verdict).toBe('refused')
    expect(kit.message).toMatch(
      /cells\[0\]\.outcomes\[0\]\.count: Too small: expected number to be >=1/
    )
    expect(kit.honours).toBe(false)
    expect(toHonourContract(zeroCounts(), 'thread-pool').message()).toMatch(
      /^expected a report to honour contract "thread-pool", but report: /
    )
  })

  it('R24 a cell marked skip over a forbidden outcome fails in the Action and in the kit', async () => {
    const run = await actionVerdict(skipOverViolation())
    expect(run.code).toBe(1)
    expect(run.outputs.verdict).toBe('fail')
    const kit = kitVerdict(skipOverViolation())
    expect(kit.verdict).toBe('fail')
    expect(kit.honours).toBe(false)
    expect(kit.message).toMatch(/broke worker-runs-callback/)
  })

  it('R25 cells that say pass without outcomes are errors in the Action and in the kit, never a pass', async () => {
    const run = await actionVerdict(passWithoutOutcomes())
    expect(run.code).toBe(1)
    expect(run.outputs.verdict).toBe('error')
    const kit = kitVerdict(passWithoutOutcomes())
    expect(kit.verdict).toBe('error')
    expect(kit.honours).toBe(false)
    expect(kit.message).toMatch(
      /could not run: the file said pass, but the cell carries no outcomes to judge/
    )
  })

  it('leaves the report it was given as it was', () => {
    const report = skipOverViolation()
    const before = JSON.stringify(report)
    gradeReport(report, 'thread-pool')
    expect(JSON.stringify(report)).toBe(before)
  })
})
