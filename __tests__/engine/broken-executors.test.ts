/**
 * Deliberately broken executors (Python, in fixtures/python/broken_executors.py), each run through
 * the real probe and graded by the real thread-pool contract: each must fail, naming its rule.
 */
import { describe, expect, it } from '@jest/globals'
import { brokenRules, cellsOf, countWhere, runBroken } from '../helpers/engine.js'

const SMALL = { workers: [2], tasks: [10], taskMs: [0] }

describe('broken executors are caught with the right rule named', () => {
  it('callbacks moved to a separate dispatcher thread break worker-runs-callback', async () => {
    const report = await runBroken('MovedCallbacks', { ...SMALL, scenarios: ['running', 'order'] })
    expect(report.verdict).toBe('fail')
    expect(brokenRules(report)).toEqual(['worker-runs-callback'])
    const cell = cellsOf(report, 'running')[0]
    expect(cell?.verdict).toBe('fail')
    expect(countWhere(cell!, { ranOn: 'other-thread' })).toBe(10)
    expect(cell?.violations[0]?.samples[0]?.callback).toMatch(/CallbackDispatcher/)
  })

  it('a lost callback breaks exactly-once with ranOn never', async () => {
    const report = await runBroken('LostCallbacks', { ...SMALL, scenarios: ['running'] })
    expect(report.verdict).toBe('fail')
    expect(brokenRules(report)).toContain('exactly-once')
    const cell = cellsOf(report, 'running')[0]!
    expect(countWhere(cell, { ranOn: 'never', calls: 0 })).toBe(2)
    expect(countWhere(cell, { ranOn: 'task-thread', calls: 1 })).toBe(8)
  })

  it('a callback run twice breaks exactly-once and nothing else', async () => {
    const report = await runBroken('TwiceCallbacks', { ...SMALL, scenarios: ['running', 'done'] })
    expect(brokenRules(report)).toEqual(['exactly-once'])
    for (const cell of report.cells) expect(countWhere(cell, { calls: 2 })).toBe(10)
  })

  it('callbacks run in reverse order break callbacks-in-order', async () => {
    const report = await runBroken('ReversedCallbacks', { ...SMALL, scenarios: ['order'] })
    expect(brokenRules(report)).toEqual(['callbacks-in-order'])
    expect(countWhere(report.cells[0]!, { order: 'out-of-order' })).toBeGreaterThan(0)
  })

  it('a late callback deferred instead of run inline breaks done-runs-inline', async () => {
    const report = await runBroken('DeferredLateCallbacks', {
      ...SMALL,
      scenarios: ['done', 'running']
    })
    expect(brokenRules(report)).toEqual(['done-runs-inline'])
    expect(cellsOf(report, 'running')[0]?.verdict).toBe('pass')
    const done = cellsOf(report, 'done')[0]!
    expect(countWhere(done, { ranOn: 'other-thread', inline: false })).toBe(10)
  })

  it('a successful cancel that runs its callbacks on another thread fails the process-pool contract too: the hand-over race does not excuse it', async () => {
    // Truth, by the fixture's own construction and checked with a short script: cancel() returns
    // True and the callbacks run on a thread named CancelMover, not on the canceller.
    for (const contract of ['process-pool', 'thread-pool']) {
      const report = await runBroken('CancelOnOtherThread', {
        ...SMALL,
        scenarios: ['cancel'],
        contract
      })
      expect(report.verdict).toBe('fail')
      expect(brokenRules(report)).toEqual(['cancel-runs-in-canceller'])
      const cell = report.cells[0]!
      expect(
        countWhere(cell, { registered: 'pending', ranOn: 'other-thread', cancelled: true })
      ).toBe(10)
      expect(cell.violations[0]?.samples[0]?.callback).toBe('CancelMover')
      expect(cell.outcomes.some(o => o.grade === 'interesting')).toBe(false)
    }
  })

  it('a rare fault, one callback in a thousand on another thread, is caught', async () => {
    const report = await runBroken('RareMovedCallbacks', {
      workers: [4],
      tasks: [2000],
      taskMs: [0],
      scenarios: ['running'],
      repeat: 3
    })
    expect(report.verdict).toBe('fail')
    expect(brokenRules(report)).toEqual(['worker-runs-callback'])
    const cell = report.cells[0]!
    const moved = countWhere(cell, { ranOn: 'other-thread' })
    expect(moved).toBeGreaterThanOrEqual(3)
    expect(moved).toBeLessThanOrEqual(12)
    expect(countWhere(cell, { ranOn: 'task-thread' })).toBe(6000 - moved)
  })

  it('a raising callback that stops the others breaks raising-callback-isolated', async () => {
    const report = await runBroken('RaiseStopsOthers', { ...SMALL, scenarios: ['raising'] })
    expect(brokenRules(report)).toContain('raising-callback-isolated')
    expect(countWhere(report.cells[0]!, { role: 'after-raiser', ranOn: 'never' })).toBe(20)
  })

  it('an executor whose constructor raises makes its cells errors, not violations (exit 3 territory)', async () => {
    const report = await runBroken('ConstructorRaises', {
      ...SMALL,
      scenarios: ['running', 'done']
    })
    expect(report.verdict).toBe('error')
    expect(report.cells.map(c => c.verdict)).toEqual(['error', 'error'])
    expect(report.cells[0]?.reason).toMatch(/constructor raised RuntimeError: no threads available/)
  })

  it('a task that never finishes makes its cell an error whose stderr says so, bounded by the cell timeout', async () => {
    const report = await runBroken('NeverFinishes', {
      workers: [2],
      tasks: [3],
      taskMs: [0],
      scenarios: ['done'],
      timeoutMs: 500
    })
    expect(report.verdict).toBe('error')
    const cell = report.cells[0]!
    expect(cell.verdict).toBe('error')
    expect(cell.reason).toMatch(
      /^timed out after \d+\.\d s without an answer; the probe's process tree was killed$/
    )
    expect(cell.stderrTail).toContain(
      'probe: 1 task(s) had not finished when the waits of the cell ended; shutdown(wait=True) waits for them'
    )
  })
})
