/**
 * Cells that mostly sleep run side by side in their own probe processes; the report keeps the
 * plan's order and every cell's observations are as when run alone.
 */
import { describe, expect, it } from '@jest/globals'
import type { Cell } from '../../src/engine/matrix.js'
import { runsSideBySide } from '../../src/engine/schedule.js'
import { countWhere, runWith } from '../helpers/engine.js'

const cell = (over: Partial<Cell>): Cell => ({
  id: 'c1',
  target: 't',
  scenario: 'timed',
  workers: 4,
  tasks: 16,
  callbackDelayMs: 0,
  taskMs: 1000,
  callbacks: 1,
  repeat: 1,
  timeoutMs: 1000,
  ...over
})

describe('which cells run side by side', () => {
  it.each([
    ['the tutorial experiment 1 (1 task of 1 s, no delay)', cell({ tasks: 1 }), true],
    ['the tutorial experiment 2 (16 tasks of 1 s on 4 workers)', cell({}), true],
    [
      'the tutorial experiment 3 (delay 2 s after a 1 s task)',
      cell({ tasks: 1, callbackDelayMs: 2000 }),
      true
    ],
    ['a delay within 50 ms of a wave completing', cell({ callbackDelayMs: 2030 }), false],
    [
      'zero-length tasks (CPU-bound: load could shift the race)',
      cell({ taskMs: 0, scenario: 'running' }),
      false
    ],
    ['a held running cell with sleeping tasks', cell({ scenario: 'running', taskMs: 100 }), true]
  ])('%s', (_name, c, expected) => {
    expect(runsSideBySide(c)).toBe(expected)
  })

  it('runs a mix and reports the cells in plan order with their own observations', async () => {
    const report = await runWith({
      scenarios: ['timed', 'running', 'done'],
      workers: [2],
      tasks: [4],
      taskMs: [0, 120],
      callbackDelayMs: [400]
    })
    expect(report.cells.map(c => `${c.id} ${c.scenario} ${c.taskMs}`)).toEqual([
      'c1 timed 0',
      'c2 timed 120',
      'c3 running 0',
      'c4 running 120',
      'c5 done 0',
      'c6 done 120'
    ])
    expect(report.verdict).toBe('pass')
    // Registered 400 ms after submitting 2 waves of 120 ms tasks: all done, all inline.
    expect(
      countWhere(report.cells[1]!, { registered: 'done', ranOn: 'caller-thread', inline: true })
    ).toBe(4)
    expect(countWhere(report.cells[3]!, { registered: 'running', ranOn: 'task-thread' })).toBe(4)
  })
})
