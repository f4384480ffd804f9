/**
 * The baseline diff: cells are matched by what they measure, not by their position, and the
 * diff names new violations, fixed cells, outcomes that appeared or vanished, cells that came
 * and went.
 */
import { describe, expect, it } from '@jest/globals'
import { compareReports } from '../../src/report/compare.js'
import { makeReport } from './reports.js'

describe('compareReports', () => {
  it('names a new violation, a fixed cell and the outcomes that appeared and vanished', () => {
    const baseline = makeReport([
      { verdict: 'pass', name: 'a' },
      { verdict: 'fail', name: 'b' },
      { verdict: 'fail', name: 'c' }
    ])
    const current = makeReport([
      { verdict: 'fail', name: 'a' },
      { verdict: 'pass', name: 'b' },
      { verdict: 'fail', name: 'c' }
    ])
    const diff = compareReports(current, baseline)
    expect(diff.newViolations).toBe(1)
    expect(diff.fixedCells).toBe(1)
    expect(diff.changedCells).toBe(2)
    const [a, b, c] = diff.cells
    expect(a).toMatchObject({
      cellId: 'c1',
      isNew: false,
      before: 'pass',
      after: 'fail',
      newViolations: ['worker-runs-callback']
    })
    expect(a?.appeared).toEqual([
      {
        facts: { calls: 1, inline: false, ranOn: 'other-thread', registered: 'running' },
        grade: 'forbidden',
        count: 4
      }
    ])
    expect(a?.vanished.map(o => o.facts.ranOn)).toEqual(['task-thread'])
    expect(b).toMatchObject({
      fixed: true,
      fixedViolations: ['worker-runs-callback'],
      newViolations: []
    })
    expect(c).toMatchObject({ fixed: false, newViolations: [], appeared: [], vanished: [] })
  })

  it('matches cells by what they measure when the matrix moved them', () => {
    const baseline = makeReport([
      { verdict: 'pass', name: 'x', workers: 2 },
      { verdict: 'fail', name: 'y', workers: 8 }
    ])
    // y now comes first, x second: the ids swapped, the cells did not.
    const current = makeReport([
      { verdict: 'fail', name: 'y', workers: 8 },
      { verdict: 'pass', name: 'x', workers: 2 }
    ])
    const diff = compareReports(current, baseline)
    expect(diff.newViolations).toBe(0)
    expect(diff.changedCells).toBe(0)
  })

  it('counts every violation of a cell the baseline did not have as new, and lists removed cells', () => {
    const baseline = makeReport([{ verdict: 'pass', name: 'old', workers: 3 }])
    const current = makeReport([{ verdict: 'fail', name: 'new' }])
    const diff = compareReports(current, baseline)
    expect(diff.cells[0]).toMatchObject({
      isNew: true,
      newViolations: ['worker-runs-callback'],
      appeared: []
    })
    expect(diff.removed).toEqual([
      { target: 'python3 ThreadPoolExecutor', title: 'old', scenario: 'running', verdict: 'pass' }
    ])
    expect(diff.newViolations).toBe(1)
  })

  it('does not call every outcome new when the baseline could not run the cell', () => {
    const baseline = makeReport([{ verdict: 'error', name: 'a' }])
    const current = makeReport([{ verdict: 'pass', name: 'a' }])
    const [a] = compareReports(current, baseline).cells
    expect(a).toMatchObject({
      before: 'error',
      after: 'pass',
      appeared: [],
      vanished: [],
      fixed: false
    })
  })
})
