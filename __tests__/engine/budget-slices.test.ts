/**
 * The budget's scheduling, on a clock of the test's own (spendBudget takes `now`) and repetitions
 * that answer at once: deterministic, whatever the machine's load. A repetition's size is capped
 * by the time left, and `keepGoing` keeps repeating a cell that already failed in the matrix.
 */
import { describe, expect, it } from '@jest/globals'
import { spendBudget, type RunRepetition } from '../../src/engine/budget.js'
import type { Cell } from '../../src/engine/matrix.js'
import { loadContract } from '../../src/grading/contracts/index.js'
import type { CellReply } from '../../src/probes/protocol.js'
import { makeReport } from '../action/reports.js'

const THREAD_POOL = loadContract('thread-pool')

function cellOf(report: ReturnType<typeof makeReport>['cells'][number]): Cell {
  const { id, target, scenario, workers, tasks, callbackDelayMs, taskMs, callbacks, repeat } =
    report
  return {
    id,
    target,
    scenario,
    workers,
    tasks,
    callbackDelayMs,
    taskMs,
    callbacks,
    repeat,
    timeoutMs: 1000
  }
}

/** A fake clock, and repetitions that take `msPerRepeat` of it each and pass (or fail). */
function harness(msPerRepeat: number, ranOn: 'task-thread' | 'other-thread' = 'task-thread') {
  let clock = 0
  const asked: { id: string; repeat: number; at: number }[] = []
  const run: RunRepetition = async cell => {
    asked.push({ id: cell.id, repeat: cell.repeat, at: clock })
    clock += msPerRepeat * cell.repeat
    const reply: CellReply = {
      kind: 'result',
      outcomes: [
        {
          facts: { registered: 'running', ranOn, inline: false, calls: 1 },
          count: cell.tasks * cell.repeat,
          samples: []
        }
      ],
      stats: {}
    }
    return reply
  }
  return { run, asked, now: () => clock, advance: (ms: number) => (clock += ms) }
}

/** The budget from time 0 on the harness's clock, in one lane. */
function spend(
  h: ReturnType<typeof harness>,
  cells: Cell[],
  reports: ReturnType<typeof makeReport>['cells'],
  budget: { ms: number; keepGoing: boolean }
) {
  return spendBudget({
    cells,
    reports,
    budget,
    startedAt: 0,
    run: h.run,
    contractOf: () => THREAD_POOL,
    now: h.now,
    lanes: 1
  })
}

describe('the budget on a clock of its own', () => {
  it('sizes a repetition by the time left when less than a slice is left', async () => {
    // The matrix cell took 10 ms per repetition; the budget is 1,000 ms, 950 already spent.
    const report = makeReport([{ verdict: 'pass' }])
    report.cells[0]!.durationMs = 10
    const h = harness(10)
    h.advance(950)
    await spend(h, [cellOf(report.cells[0]!)], report.cells, { ms: 1000, keepGoing: false })
    // 50 ms left: 5 repetitions of 10 ms, not the 10 a whole slice (100 ms) would ask for.
    expect(h.asked[0]).toEqual({ id: 'c1', repeat: 5, at: 950 })
    expect(h.asked).toHaveLength(1)
    expect(h.now()).toBeLessThanOrEqual(1000)
  })

  it('with keepGoing, repeats a cell that failed in the matrix and keeps counting its violations', async () => {
    const report = makeReport([{ verdict: 'fail' }])
    report.cells[0]!.durationMs = 10
    const h = harness(10, 'other-thread')
    const spent = await spend(h, [cellOf(report.cells[0]!)], report.cells, {
      ms: 1000,
      keepGoing: true
    })
    expect(h.asked.length).toBeGreaterThan(1)
    expect(h.asked.every(a => a.id === 'c1')).toBe(true)
    expect(spent.record.stoppedBy).toBe('budget')
    const cell = spent.cells[0]!
    expect(cell.verdict).toBe('fail')
    const repeats = h.asked.reduce((n, a) => n + a.repeat, 0)
    // The matrix's 4 callbacks and every repetition's, all broken.
    expect(cell.violations[0]!.count).toBe(4 + 4 * repeats)
  })

  it('without keepGoing, a cell that failed in the matrix stops the budget before any repetition', async () => {
    const report = makeReport([{ verdict: 'fail' }, { verdict: 'pass' }])
    const h = harness(10)
    const spent = await spend(h, report.cells.map(cellOf), report.cells, {
      ms: 1000,
      keepGoing: false
    })
    expect(h.asked).toEqual([])
    expect(spent.record.stoppedBy).toBe('violation')
  })
})
