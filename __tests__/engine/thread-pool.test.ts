/**
 * The real ThreadPoolExecutor: the tutorial's rules hold, under stress, with no false alarm.
 */
import { describe, expect, it } from '@jest/globals'
import { cellsOf, countWhere, runWith } from '../helpers/engine.js'

describe('CPython ThreadPoolExecutor against the thread-pool contract', () => {
  it('passes the default run: the tutorial experiments and the documented extras', async () => {
    const report = await runWith({})
    expect(report.verdict).toBe('pass')
    expect(report.summary.failed).toBe(0)
    const [one, many, late] = report.cells
    expect(one?.name).toMatch(/tutorial 1/)
    expect(countWhere(one!, { ranOn: 'task-thread' })).toBe(1)
    expect(countWhere(many!, { ranOn: 'task-thread', inline: false })).toBe(16)
    expect(countWhere(late!, { registered: 'done', ranOn: 'caller-thread', inline: true })).toBe(1)
    expect(
      countWhere(cellsOf(report, 'cancel')[0]!, { registered: 'cancelled', inline: true })
    ).toBe(8)
    expect(report.targets[0]?.runtime?.implementation).toMatch(/CPython|PyPy/)
  })

  it('shows no false alarm under many repetitions of zero-length tasks', async () => {
    const report = await runWith({
      scenarios: ['running', 'timed', 'done', 'order', 'raising', 'cancel'],
      workers: [1, 4, 16],
      tasks: [200],
      taskMs: [0],
      repeat: 10
    })
    expect(report.cells).toHaveLength(18)
    expect(report.cells.filter(c => c.verdict !== 'pass' && c.verdict !== 'skip')).toEqual([])
    expect(report.cells.flatMap(c => c.outcomes).filter(o => o.grade === 'forbidden')).toEqual([])
    // Every callback of every cell was counted: nothing lost to the harness itself.
    for (const cell of report.cells) {
      const total = cell.outcomes.reduce((n, o) => n + o.count, 0)
      const perFuture =
        cell.scenario === 'order' || cell.scenario === 'raising'
          ? 3
          : cell.scenario === 'cancel'
            ? 2
            : 1
      expect(total).toBe(200 * 10 * perFuture)
    }
  })

  it('classifies the timed experiment by the state seen at registration', async () => {
    const report = await runWith({
      scenarios: ['timed'],
      workers: [2],
      tasks: [8],
      taskMs: [50],
      callbackDelayMs: [0, 500]
    })
    const [early, late] = report.cells
    expect(
      countWhere(early!, { registered: 'running', ranOn: 'task-thread' }) +
        countWhere(early!, { registered: 'pending', ranOn: 'task-thread' })
    ).toBe(8)
    expect(countWhere(late!, { registered: 'done', ranOn: 'caller-thread', inline: true })).toBe(8)
    expect(report.verdict).toBe('pass')
  })
})
