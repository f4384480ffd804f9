/**
 * When the probe's own setup does not happen, the cell is an error naming why, never a pass:
 * here a pool that runs fewer tasks at once than max_workers, so the `cancel` and `shutdown`
 * blockers cannot all run and the cancelled futures are not provably queued.
 */
import { describe, expect, it } from '@jest/globals'
import { PYTHON_FIXTURES, runWith } from '../helpers/engine.js'

describe("the probe's own failures", () => {
  it('a cell whose blockers never all ran is an error naming how many started, not a pass', async () => {
    const report = await runWith({
      executor: 'pickling_pools:one_worker_pool',
      pythonPath: [PYTHON_FIXTURES],
      scenarios: ['cancel', 'done'],
      workers: [2],
      tasks: [4],
      taskMs: [0],
      timeoutMs: 1000
    })
    const [cancel, done] = report.cells
    expect(cancel?.verdict).toBe('error')
    expect(cancel?.reason).toMatch(/^only 1 of the 2 blocker tasks started within timeoutMs/)
    expect(cancel?.violations).toEqual([])
    expect(done?.verdict).toBe('pass')
    expect(report.verdict).toBe('error')
  })
})
