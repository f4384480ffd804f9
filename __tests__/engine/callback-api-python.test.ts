/**
 * Python pools that take their callbacks with the call (multiprocessing.Pool, ThreadPool, through
 * apply_async) against the multiprocessing-pool contract: real python3, real pools. The truth is
 * bench/truth/mp_pool_truth.py's (callbacks on the result-handler thread; a killed worker's call
 * never answered); broken wrappers (fixtures/python/broken_pools.py) fail with the rule they break.
 */
import { describe, expect, it } from '@jest/globals'
import type { Report } from '../../src/report/model.js'
import { brokenRules, cellsOf, countWhere, PYTHON_FIXTURES, runWith } from '../helpers/engine.js'

const CALLBACK_SCENARIOS = ['killed', 'failing', 'overload', 'ending']

async function runPool(executor: string, scenarios = CALLBACK_SCENARIOS): Promise<Report> {
  return runWith({
    executor,
    pythonPath: [PYTHON_FIXTURES],
    scenarios,
    workers: [2],
    tasks: [4],
    timeoutMs: 1500
  })
}

/** Each scenario's one cell: every callback on another thread of the probe, once, not inline. */
function expectAnsweredOnResultHandler(report: Report, scenario: string, calls: number): void {
  const [cell] = cellsOf(report, scenario)
  expect(cell?.verdict).toBe('pass')
  expect(countWhere(cell!, { ranOn: 'other-thread', inline: false, calls: 1 })).toBe(calls)
}

describe('multiprocessing.Pool against the multiprocessing-pool contract', () => {
  it('passes: callbacks on the result-handler thread; a killed worker leaves its call unanswered (interesting)', async () => {
    const report = await runPool('multiprocessing:Pool')
    expect(report.targets[0]?.contract).toBe('multiprocessing-pool')
    expect(report.targets[0]?.contractReason).toMatch(/apply_async/)
    expect(report.verdict).toBe('pass')
    expect(countWhere(cellsOf(report, 'failing')[0]!, { error: 'other' })).toBe(4)
    expectAnsweredOnResultHandler(report, 'failing', 4)
    // 2 calls hold the 2 workers, 4 more are queued behind them (and before close()).
    expectAnsweredOnResultHandler(report, 'overload', 6)
    expectAnsweredOnResultHandler(report, 'ending', 6)
    expect(countWhere(cellsOf(report, 'ending')[0]!, { call: 'queued', error: 'none' })).toBe(4)
    const [killed] = cellsOf(report, 'killed')
    expect(killed?.verdict).toBe('pass')
    expect(killed?.outcomes).toEqual([
      expect.objectContaining({
        facts: expect.objectContaining({ ranOn: 'never', calls: 0 }),
        count: 4,
        grade: 'interesting',
        rules: ['killed-call-never-answered']
      })
    ])
  })

  it('runs only the callback-API scenarios on a pool, and says why not the others', async () => {
    const report = await runPool('multiprocessing:Pool', ['running', 'timeout'])
    const [running, timeout] = report.cells
    expect(running?.verdict).toBe('skip')
    expect(running?.reason).toMatch(/takes its callbacks with the call \(apply_async\)/)
    expect(timeout?.verdict).toBe('skip')
    expect(timeout?.reason).toMatch(/per-call time limit/)
  })
})

describe('multiprocessing.pool.ThreadPool against the multiprocessing-pool contract', () => {
  it('passes; killed is skipped: its calls run in the probe process', async () => {
    const report = await runPool('multiprocessing.pool:ThreadPool')
    expect(report.targets[0]?.contract).toBe('multiprocessing-pool')
    expect(report.verdict).toBe('pass')
    expectAnsweredOnResultHandler(report, 'failing', 4)
    expectAnsweredOnResultHandler(report, 'overload', 6)
    expectAnsweredOnResultHandler(report, 'ending', 6)
    const [killed] = cellsOf(report, 'killed')
    expect(killed?.verdict).toBe('skip')
    expect(killed?.reason).toMatch(/no process to kill/)
  })
})

describe('a concurrent.futures executor', () => {
  it('skips the callback-API scenarios: it hands back futures', async () => {
    const report = await runPool('concurrent.futures:ThreadPoolExecutor', ['failing'])
    expect(report.cells[0]?.verdict).toBe('skip')
    expect(report.cells[0]?.reason).toMatch(/hands back futures/)
  })
})

describe('deliberately broken Pool wrappers fail with the rule they break', () => {
  it('an error_callback run twice after a failed call breaks exactly-once', async () => {
    const report = await runPool('broken_pools:TwiceAfterFailure', ['failing'])
    expect(report.verdict).toBe('fail')
    expect(countWhere(report.cells[0]!, { calls: 2, error: 'other' })).toBe(4)
    expect(brokenRules(report)).toEqual(['exactly-once'])
  })

  it('a callback run inside apply_async when every worker is busy breaks never-inline', async () => {
    const report = await runPool('broken_pools:InlineWhenBusy', ['overload'])
    expect(report.verdict).toBe('fail')
    const [cell] = report.cells
    expect(countWhere(cell!, { call: 'past-limit', inline: true, ranOn: 'caller-thread' })).toBe(4)
    expect(countWhere(cell!, { call: 'within-limit', ranOn: 'other-thread' })).toBe(2)
    expect(brokenRules(report)).toEqual(['never-inline', 'result-handler-runs-callback'])
  })

  it("a callback run on the caller's thread (later, not inline) breaks result-handler-runs-callback", async () => {
    const report = await runPool('broken_pools:CallerThreadCallbacks', ['failing'])
    expect(report.verdict).toBe('fail')
    expect(countWhere(report.cells[0]!, { ranOn: 'caller-thread', inline: false })).toBe(4)
    expect(brokenRules(report)).toEqual(['result-handler-runs-callback'])
  })
})

describe('a pool whose terminate() never returns', () => {
  it('still gets its verdict: the wait on terminate() is bounded and its workers are killed', async () => {
    const report = await runPool('broken_pools:HangingTerminate', ['killed', 'failing'])
    expect(report.verdict).toBe('pass')
    const [killed, failing] = report.cells
    expect(countWhere(killed!, { ranOn: 'never', calls: 0 })).toBe(4)
    expect(countWhere(failing!, { ranOn: 'other-thread', calls: 1 })).toBe(4)
  })
})

describe('a built-in contract given for the other kind of Python target', () => {
  it('is bad input naming the field and the contract that fits, before any cell runs', async () => {
    await expect(
      runWith({ executor: 'multiprocessing:Pool', contract: 'thread-pool', scenarios: ['failing'] })
    ).rejects.toThrow(
      /^--contract: "thread-pool" is for executors that hand back futures, and "multiprocessing:Pool" takes its callbacks with the call \(apply_async\): use multiprocessing-pool or a contract file$/
    )
    await expect(
      runWith({
        executor: 'concurrent.futures:ThreadPoolExecutor',
        contract: 'multiprocessing-pool',
        scenarios: ['done']
      })
    ).rejects.toThrow(/^--contract: "multiprocessing-pool" is for pools that take their callbacks/)
  })

  it('multiprocessing-pool given for a Pool is used as given', async () => {
    const report = await runWith({
      executor: 'multiprocessing.pool:ThreadPool',
      contract: 'multiprocessing-pool',
      scenarios: ['failing'],
      workers: [2],
      tasks: [4]
    })
    expect(report.verdict).toBe('pass')
    expect(report.targets[0]?.contractReason).toBeUndefined()
  })
})
