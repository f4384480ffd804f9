/**
 * The races between the probe's observation and a process pool, graded interesting with the rule
 * each waives; CPython's implementation rules are named apart, so a contract file can leave them
 * out; a future that cannot say whether it runs (`not-done`) is still graded.
 */
import { describe, expect, it } from '@jest/globals'
import { contractSchema } from '../../src/grading/contract.js'
import { loadContract } from '../../src/grading/contracts/index.js'
import { processPool } from '../../src/grading/contracts/process-pool.js'
import { gradeOutcome } from '../../src/grading/grade.js'
import type { Outcome } from '../../src/probes/protocol.js'
import { parseReport } from '../../src/report/read/merge.js'
import { makeReport } from '../action/reports.js'

const pool = loadContract('process-pool')
const threads = loadContract('thread-pool')
const outcome = (facts: Outcome['facts']): Outcome => ({ facts, count: 1, samples: [] })

describe('process-pool races', () => {
  it('grades cancel vs hand-over (pending, cancel() returned False, run on the manager) interesting, waiving cancel-runs-in-canceller', () => {
    const g = gradeOutcome(
      'cancel',
      outcome({
        registered: 'pending',
        ranOn: 'other-thread',
        inline: false,
        calls: 1,
        cancelled: false
      }),
      pool
    )
    expect(g.grade).toBe('interesting')
    expect(g.rules).toEqual(['cancel-handover-race'])
  })

  it('forbids a successful cancel (cancel() returned True) whose callback ran on another thread', () => {
    const g = gradeOutcome(
      'cancel',
      outcome({
        registered: 'pending',
        ranOn: 'other-thread',
        inline: false,
        calls: 1,
        cancelled: true
      }),
      pool
    )
    expect(g.grade).toBe('forbidden')
    expect(g.broken.map(b => b.rule)).toEqual(['cancel-runs-in-canceller'])
  })

  it('gives no waiver to an outcome that does not say what cancel() returned (a report from before the fact): never a pass the old grading would not give', () => {
    const old = outcome({ registered: 'pending', ranOn: 'other-thread', inline: false, calls: 1 })
    const g = gradeOutcome('cancel', old, pool)
    expect(g.grade).toBe('forbidden')
    expect(g.broken.map(b => b.rule)).toEqual(['cancel-runs-in-canceller'])
    // Outcomes the old grading passed without the waiver still pass.
    const canceller = outcome({
      registered: 'pending',
      ranOn: 'caller-thread',
      inline: false,
      calls: 1
    })
    expect(gradeOutcome('cancel', canceller, pool).grade).toBe('acceptable')
  })

  it('still forbids a cancelled callback that ran in a worker process', () => {
    const g = gradeOutcome(
      'cancel',
      outcome({ registered: 'pending', ranOn: 'other-process', inline: false, calls: 1 }),
      pool
    )
    expect(g.grade).toBe('forbidden')
    expect(g.broken.map(b => b.rule).sort()).toEqual([
      'callback-in-own-process',
      'cancel-runs-in-canceller'
    ])
  })

  it("grades a held task whose future still says pending (pebble's start message) interesting, waiving held-task-is-running", () => {
    const g = gradeOutcome(
      'order',
      outcome({
        registered: 'pending',
        ranOn: 'other-thread',
        inline: false,
        calls: 1,
        order: 'in-order'
      }),
      pool
    )
    expect(g.grade).toBe('interesting')
    expect(g.rules).toEqual(['start-message-race'])
  })

  it('keeps the thread-pool race waiver for timed', () => {
    const g = gradeOutcome(
      'timed',
      outcome({ registered: 'pending', ranOn: 'caller-thread', inline: true, calls: 1 }),
      pool
    )
    expect(g.grade).toBe('interesting')
    expect(g.rules).toEqual(['registration-race'])
  })
})

describe('a report file from before the cancelled fact', () => {
  /** A process-pool report whose cancel cell holds the hand-over race, as the old probe wrote it. */
  function oldRaceReport(facts: Partial<Outcome['facts']>) {
    const report = makeReport([{ verdict: 'pass', scenario: 'cancel' }])
    report.targets[0]!.contract = 'process-pool'
    report.contracts = {}
    const cell = report.cells[0]!
    const race = { registered: 'pending', ranOn: 'other-thread', inline: false, calls: 1 } as const
    // What the old grading said of it: interesting, so the cell passed.
    cell.outcomes = [
      {
        facts: { ...race, ...facts },
        count: 1,
        samples: [],
        grade: 'interesting',
        rules: ['cancel-handover-race'],
        broken: []
      }
    ]
    return JSON.stringify(report)
  }

  it('is read, and its race without the fact is judged a violation (no waiver it cannot prove), never a pass', () => {
    const judged = parseReport(oldRaceReport({}))
    const cell = judged.cells[0]!
    expect(cell.verdict).toBe('fail')
    expect(cell.violations.map(v => v.rule)).toEqual(['cancel-runs-in-canceller'])
    expect(cell.dispute).toMatch(/pass/)
    expect(judged.verdict).toBe('fail')
  })

  it('keeps the race interesting when the report says cancel() returned False', () => {
    const judged = parseReport(oldRaceReport({ cancelled: false }))
    expect(judged.cells[0]!.verdict).toBe('pass')
    expect(judged.cells[0]!.outcomes[0]!.rules).toEqual(['cancel-handover-race'])
  })
})

describe("CPython's implementation rules are their own", () => {
  it('lets a contract file leave out shutdown-cancels-on-manager and still grade shutdown by the documented rule', () => {
    const documented = contractSchema.parse({
      ...processPool,
      name: 'process-pool-documented',
      rules: processPool.rules.filter(r => r.id !== 'shutdown-cancels-on-manager')
    })
    const onCaller = outcome({
      registered: 'pending',
      ranOn: 'caller-thread',
      inline: false,
      calls: 1
    })
    expect(gradeOutcome('shutdown', onCaller, documented).grade).toBe('acceptable')
    expect(gradeOutcome('shutdown', onCaller, pool).broken.map(b => b.rule)).toEqual([
      'shutdown-cancels-on-manager'
    ])
    const inWorker = outcome({
      registered: 'pending',
      ranOn: 'other-process',
      inline: false,
      calls: 1
    })
    expect(gradeOutcome('shutdown', inWorker, documented).broken.map(b => b.rule)).toEqual([
      'callback-in-own-process'
    ])
  })
})

describe('futures without running() (not-done)', () => {
  it('grades them by the rules for a future not yet done', () => {
    const onWorker = outcome({
      registered: 'not-done',
      ranOn: 'task-thread',
      inline: false,
      calls: 1
    })
    expect(gradeOutcome('timed', onWorker, threads).grade).toBe('acceptable')
    const onHub = outcome({
      registered: 'not-done',
      ranOn: 'caller-thread',
      inline: false,
      calls: 1
    })
    const g = gradeOutcome('timed', onHub, threads)
    expect(g.grade).toBe('forbidden')
    expect(g.broken.map(b => b.rule)).toEqual(['worker-runs-callback'])
    const never = outcome({ registered: 'not-done', ranOn: 'never', inline: false, calls: 0 })
    expect(
      gradeOutcome('timed', never, threads)
        .broken.map(b => b.rule)
        .sort()
    ).toEqual(['exactly-once', 'worker-runs-callback'])
  })
})
