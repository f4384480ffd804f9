/**
 * History through the bundled action: three main runs, each given the last one's JSON report as
 * its `baseline`, pool their counts into the comment and the job summary; a history inside a
 * report to merge (a fork's job may write it) never enters; a baseline whose history does not add
 * up is dropped with one warning, and the step's verdict is unchanged.
 */
import { describe, expect, it } from '@jest/globals'
import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Report } from '../../src/report/model.js'
import { useFakeGitHub, type RecordedRequest } from '../helpers/github-server.js'
import { makeReport, writeReport } from './reports.js'
import { COMMENTS_PATH, problems, runAction, tempDir } from './run-action.js'

const github = useFakeGitHub()

const bodyOf = (request: RecordedRequest | undefined) =>
  String((request?.body as { body?: unknown } | undefined)?.body ?? '')

/** A passing run of `tasks` callbacks per cell, dated 2026-11-<day>, to merge from reports/. */
function mainRun(dir: string, day: number, tasks: number): Report {
  const report = {
    ...makeReport([
      { verdict: 'pass', name: 'added while running', scenario: 'running', tasks },
      { verdict: 'pass', name: 'added after done', scenario: 'done', tasks }
    ]),
    startedAt: `2026-11-${String(day).padStart(2, '0')}T10:00:00.000Z`
  }
  mkdirSync(join(dir, 'reports'), { recursive: true })
  writeReport(join(dir, 'reports', 'one.json'), report)
  return report
}

const callbacksOf = (r: Report) =>
  r.cells.reduce((n, c) => n + c.outcomes.reduce((m, o) => m + o.count, 0), 0)

describe('history in the action', () => {
  it('pools three main runs: the third comment and summary show the exact sums', async () => {
    const dir = tempDir()
    const tasks = [1000, 2000, 1500]
    let baseline: string | undefined
    let total = 0
    let last: Awaited<ReturnType<typeof runAction>> | undefined
    for (const [i, n] of tasks.entries()) {
      total += callbacksOf(mainRun(dir, 2 + 7 * i, n))
      github.reset()
      last = await runAction({
        github,
        dir,
        inputs: { reports: 'reports/*.json', ...(baseline === undefined ? {} : { baseline }) }
      })
      expect(last.code).toBe(0)
      baseline = join(dir, `main-${i}.json`)
      writeReport(baseline, JSON.parse(last.reportText!) as Report)
    }
    const report = JSON.parse(last!.reportText!) as Report
    const history = report.history!.targets[0]!
    expect(history).toMatchObject({ runs: 3, callbacks: total, forbidden: 0 })
    expect(history.first).toBe('2026-11-02T10:00:00.000Z')
    const line = `pooled: no violation in ${total.toLocaleString('en-US')} callbacks over 3 runs since 2026-11-02: at 95% confidence, fewer than`
    expect(last!.summary).toContain(line)
    expect(bodyOf(github.requested('POST', COMMENTS_PATH)[0])).toContain(line)
    expect(last!.stdout).toContain(line)
    expect(report.pooled!.targets[0]).toMatchObject({ runs: 3, callbacks: total })
  }, 120_000)

  it("never pools the history a report to merge carries (a fork's job may write it)", async () => {
    const dir = tempDir()
    mainRun(dir, 2, 100)
    const first = JSON.parse(
      (await runAction({ github, dir, inputs: { reports: 'reports/*.json' } })).reportText!
    ) as Report
    // A history that adds up, of the same fingerprint: only where it comes from is wrong.
    const forged = structuredClone(first.history!)
    Object.assign(forged.targets[0]!, {
      runs: 500,
      first: '2026-01-01T00:00:00.000Z',
      callbacks: 10 ** 12
    })
    const run = mainRun(dir, 9, 100)
    writeReport(join(dir, 'reports', 'one.json'), { ...run, history: forged })
    const result = await runAction({ github, dir, inputs: { reports: 'reports/*.json' } })
    expect(result.code).toBe(0)
    const report = JSON.parse(result.reportText!) as Report
    expect(report.history!.targets).toHaveLength(1)
    expect(report.history!.targets[0]).toMatchObject({ runs: 1, callbacks: callbacksOf(run) })
    expect(result.summary).not.toContain('pooled:')
    expect(readFileSync(join(dir, 'reports', 'one.json'), 'utf8')).toContain('"runs": 500')
  }, 60_000)

  it('drops a baseline history that does not add up, with one warning, verdict unchanged', async () => {
    const dir = tempDir()
    mainRun(dir, 2, 100)
    const first = await runAction({ github, dir, inputs: { reports: 'reports/*.json' } })
    const earlier = JSON.parse(first.reportText!) as Report
    earlier.history!.targets[0]!.forbidden = earlier.history!.targets[0]!.callbacks + 1
    writeReport(join(dir, 'baseline.json'), earlier)
    mainRun(dir, 9, 100)
    const run = await runAction({
      github,
      dir,
      inputs: { reports: 'reports/*.json', baseline: 'baseline.json' }
    })
    expect(run.code).toBe(0)
    expect(run.outputs.verdict).toBe('pass')
    expect(problems(run).filter(l => l.includes('history'))).toEqual([
      expect.stringMatching(
        /^::warning::the baseline's history is dropped: target .* more forbidden than callbacks$/
      )
    ])
    expect(run.summary).toContain("the baseline's history was dropped")
    expect((JSON.parse(run.reportText!) as Report).history!.targets[0]!.runs).toBe(1)
  }, 60_000)
})
