/**
 * ProcessPoolExecutor runs callbacks on its executor-manager thread: it honours the process-pool
 * contract and breaks the thread-pool one, and the report says where its callbacks ran.
 */
import { describe, expect, it } from '@jest/globals'
import { renderMarkdown } from '../../src/report/markdown.js'
import { brokenRules, countWhere, runWith } from '../helpers/engine.js'

const MATRIX = {
  executor: 'concurrent.futures:ProcessPoolExecutor',
  scenarios: ['running', 'timed', 'done', 'cancel', 'shutdown', 'order', 'raising'],
  workers: [2],
  tasks: [6],
  taskMs: [0]
}

describe('ProcessPoolExecutor', () => {
  it('passes the process-pool contract (chosen by default for it)', async () => {
    const report = await runWith(MATRIX)
    expect(report.targets[0]?.contract).toBe('process-pool')
    expect(report.cells.map(c => [c.scenario, c.verdict])).toEqual(
      MATRIX.scenarios.map(s => [s, 'pass'])
    )
    expect(countWhere(report.cells[0]!, { ranOn: 'other-thread', inline: false })).toBe(6)
  })

  it('fails the thread-pool contract, and the report says its callbacks ran on another thread', async () => {
    const report = await runWith({
      ...MATRIX,
      scenarios: ['running', 'done'],
      contract: 'thread-pool'
    })
    expect(report.verdict).toBe('fail')
    expect(brokenRules(report)).toEqual(['worker-runs-callback'])
    const markdown = renderMarkdown(report)
    expect(markdown).toMatch(/other thread 6/)
    expect(markdown).toMatch(/ranOn: other-thread \(expected task-thread\)/)
    expect(report.cells[1]?.verdict).toBe('pass') // added after done: inline on the caller, as in a thread pool
  })
})
