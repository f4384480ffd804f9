/**
 * Callback APIs checked against their own documented rules (worker-farm's README): the probe
 * makes a call fail (kills the child process the call reported, lets its function fail, holds it
 * past maxCallTime, submits past maxConcurrentCalls, ends the farm) and the event-loop contract
 * grades. Real worker-farm child processes; the expectations are what
 * bench/truth/worker-farm-truth.mjs measured (docs/node-pools.md).
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { runMatrix, type Report } from '../../src/kit.js'
import type { RawConfig } from '../../src/config/schema.js'
import type { CellReport } from '../../src/report/model.js'
import { brokenRules, cellsOf, countWhere } from '../helpers/engine.js'
import { FIXTURES, useBuiltProbe } from './helpers/probe-build.js'

beforeAll(() => {
  useBuiltProbe()
}, 120_000)

const FAILURES = ['killed', 'failing', 'timeout', 'overload', 'ending'] as const

type Target = NonNullable<RawConfig['targets']>[number]

/** The callback-API scenarios on one target, each cell as the default run has it. */
function runFailures(target: Target, scenarios: readonly string[] = FAILURES): Promise<Report> {
  const shapes: Record<string, { workers: number; tasks: number }> = {
    killed: { workers: 2, tasks: 2 },
    failing: { workers: 2, tasks: 8 },
    timeout: { workers: 2, tasks: 2 },
    overload: { workers: 2, tasks: 8 },
    ending: { workers: 2, tasks: 6 }
  }
  return runMatrix({
    targets: [target],
    experiments: scenarios.map(s => ({
      scenario: s as 'killed',
      ...(shapes[s] ?? { workers: 2, tasks: 4 }),
      taskMs: 0
    })),
    timeoutMs: 8_000
  })
}

function only(report: Report, scenario: string): CellReport {
  const [cell] = cellsOf(report, scenario)
  if (cell === undefined) throw new Error(`no ${scenario} cell`)
  return cell
}

const LATER_ON_CALLER = { ranOn: 'caller-thread', inline: false, calls: 1 }

describe('worker-farm with its own options', () => {
  let report: Report
  beforeAll(async () => {
    report = await runFailures({
      pool: 'worker-farm',
      poolOptions: { maxRetries: 1, maxCallTime: 1000, maxConcurrentCalls: 4 }
    })
  }, 120_000)

  it('runs every callback-API scenario and passes; the report names the options', () => {
    expect(report.cells.map(c => [c.scenario, c.verdict])).toEqual(FAILURES.map(s => [s, 'pass']))
    expect(report.targets[0]?.runtime?.executor).toBe(
      'worker-farm 1.7.0 (maxRetries 1, maxCallTime 1000, maxConcurrentCalls 4)'
    )
  })

  it('a killed call is retried in a new child and answered once with its result', () => {
    const cell = only(report, 'killed')
    expect(countWhere(cell, { ...LATER_ON_CALLER, error: 'none' })).toBe(2)
    expect(cell.stats.tasksInOtherProcesses).toBe(2)
  })

  it("the function's own error reaches the callback once, later, on the caller", () => {
    expect(countWhere(only(report, 'failing'), { ...LATER_ON_CALLER, error: 'other' })).toBe(8)
  })

  it('a call held past maxCallTime is answered once with a TimeoutError', () => {
    expect(countWhere(only(report, 'timeout'), { ...LATER_ON_CALLER, error: 'TimeoutError' })).toBe(
      2
    )
  })

  it('calls past maxConcurrentCalls get a MaxConcurrentCallsError later, never inside the call', () => {
    const cell = only(report, 'overload')
    expect(countWhere(cell, { ...LATER_ON_CALLER, call: 'within-limit', error: 'none' })).toBe(4)
    expect(
      countWhere(cell, { ...LATER_ON_CALLER, call: 'past-limit', error: 'MaxConcurrentCallsError' })
    ).toBe(4)
  })

  it('end() lets the calls in progress finish, and (1.7.0, unlike its README) runs the queued ones too', () => {
    const cell = only(report, 'ending')
    expect(countWhere(cell, { ...LATER_ON_CALLER, call: 'in-progress', error: 'none' })).toBe(2)
    expect(countWhere(cell, { ...LATER_ON_CALLER, call: 'queued', error: 'none' })).toBe(4)
  })
})

describe('worker-farm as the default run has it (no options of the target)', () => {
  let report: Report
  beforeAll(async () => {
    report = await runFailures({ pool: 'worker-farm' })
  }, 120_000)

  it('kills answer with ProcessTerminatedError (the adapter sets maxRetries 0)', () => {
    expect(only(report, 'killed').verdict).toBe('pass')
    expect(
      countWhere(only(report, 'killed'), { ...LATER_ON_CALLER, error: 'ProcessTerminatedError' })
    ).toBe(2)
  })

  it('skips timeout and overload, saying which option the target does not set', () => {
    expect(only(report, 'timeout')).toMatchObject({
      verdict: 'skip',
      reason: expect.stringMatching(/^worker-farm 1\.7\.0 is not given a maxCallTime/)
    })
    expect(only(report, 'overload')).toMatchObject({
      verdict: 'skip',
      reason: expect.stringMatching(/is not given a maxConcurrentCalls/)
    })
    expect(report.cells.filter(c => c.verdict !== 'skip').map(c => c.verdict)).toEqual([
      'pass',
      'pass',
      'pass'
    ])
  })
})

describe('what the guard finds in worker-farm 1.7.0', () => {
  it('calls queued behind a killed call are lost with maxRetries 0: exactly-once, never ran', async () => {
    // Measured by bench/truth/worker-farm-truth.mjs kill-no-retry-queued: the failed call's answer
    // hands the next queued call to the dying child, and the rest of the queue is never served.
    const report = await runMatrix({
      targets: [{ pool: 'worker-farm' }],
      experiments: [{ scenario: 'killed', workers: 1, tasks: 3, taskMs: 0 }],
      timeoutMs: 3_000
    })
    const cell = only(report, 'killed')
    expect(brokenRules(report)).toEqual(['exactly-once'])
    expect(countWhere(cell, { error: 'ProcessTerminatedError', calls: 1 })).toBeGreaterThanOrEqual(
      1
    )
    expect(countWhere(cell, { ranOn: 'never', calls: 0 })).toBeGreaterThanOrEqual(1)
  }, 60_000)
})

describe('broken worker-farm wrappers are caught by the rule they break', () => {
  const adapter = (file: string) => ({ adapter: join(FIXTURES, file) })

  it('the correct wrapper (an adapter module with options()) passes every callback-API scenario', async () => {
    const report = await runFailures(adapter('farm-adapter.mjs'))
    expect(report.cells.map(c => [c.scenario, c.verdict])).toEqual(FAILURES.map(s => [s, 'pass']))
  }, 120_000)

  it('a callback adapter over threads runs failing, and skips killed: no process of its own to kill', async () => {
    const report = await runFailures(adapter('callback-threads.mjs'), ['killed', 'failing'])
    expect(only(report, 'killed')).toMatchObject({
      verdict: 'skip',
      reason: "callback-threads runs its tasks in the probe's own process: none can be killed alone"
    })
    const failing = only(report, 'failing')
    expect(failing.verdict).toBe('pass')
    expect(countWhere(failing, { ...LATER_ON_CALLER, error: 'other' })).toBe(8)
  }, 120_000)

  it('a callback run twice after a failed call breaks exactly-once', async () => {
    const report = await runFailures(adapter('farm-twice-after-failure.mjs'), [
      'failing',
      'timeout'
    ])
    expect(brokenRules(report)).toEqual(['exactly-once'])
    expect(countWhere(only(report, 'failing'), { error: 'other', calls: 2 })).toBe(8)
    expect(countWhere(only(report, 'timeout'), { error: 'TimeoutError', calls: 2 })).toBe(2)
  }, 120_000)

  it('a callback run synchronously on a full queue breaks never-inline-pending', async () => {
    const report = await runFailures(adapter('farm-inline-when-full.mjs'), ['overload'])
    expect(brokenRules(report)).toEqual(['never-inline-pending'])
    const cell = only(report, 'overload')
    expect(
      countWhere(cell, { call: 'past-limit', inline: true, error: 'MaxConcurrentCallsError' })
    ).toBe(4)
    expect(cell.violations[0]?.count).toBe(4)
  }, 120_000)

  it("a discarded call's callback run after end() breaks end-queued-not-failed", async () => {
    const report = await runFailures(adapter('farm-answers-discarded.mjs'), ['ending'])
    expect(brokenRules(report)).toEqual(['end-queued-not-failed'])
    expect(
      countWhere(only(report, 'ending'), { call: 'queued', error: 'other', ranOn: 'caller-thread' })
    ).toBe(4)
  }, 120_000)
})
