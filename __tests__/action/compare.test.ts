/**
 * The baseline diff: cells are matched by what they measure, not by their position, and the
 * diff names new violations, fixed cells, outcomes that appeared or vanished, cells that came
 * and went.
 */
import { describe, expect, it } from '@jest/globals'
import { compareReports, twoProportionZ, Z_CRITICAL } from '../../src/report/compare.js'
import type { GradedOutcome } from '../../src/grading/grade.js'
import type { Report } from '../../src/report/model.js'
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
    // The acceptable outcome it lost is not a change of its own: the verdict says it all.
    expect(a?.vanished).toEqual([])
    expect(a?.noise).toBe(1)
    expect(b).toMatchObject({
      fixed: true,
      fixedViolations: ['worker-runs-callback'],
      newViolations: []
    })
    // The forbidden outcome the baseline had is gone: listed, with the baseline's count.
    expect(b?.vanished).toEqual([
      {
        facts: { calls: 1, inline: false, ranOn: 'other-thread', registered: 'running' },
        grade: 'forbidden',
        count: 4
      }
    ])
    expect(b?.appeared).toEqual([])
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

  /** One passing timed cell whose callbacks split between the given outcomes. */
  function split(
    counts: {
      ranOn: 'task-thread' | 'caller-thread'
      grade: GradedOutcome['grade']
      count: number
    }[]
  ): Report {
    const report = makeReport([{ verdict: 'pass', name: 'timed', scenario: 'timed' }])
    const cell = report.cells[0] as Report['cells'][number]
    cell.outcomes = counts.map(c => ({
      facts: { registered: 'running', ranOn: c.ranOn, inline: c.ranOn !== 'task-thread', calls: 1 },
      count: c.count,
      samples: [],
      grade: c.grade,
      rules: [],
      broken: []
    }))
    return report
  }

  it('does not call a race that splits differently a change', () => {
    const before = split([
      { ranOn: 'task-thread', grade: 'acceptable', count: 533 },
      { ranOn: 'caller-thread', grade: 'acceptable', count: 467 }
    ])
    const after = split([
      { ranOn: 'task-thread', grade: 'acceptable', count: 820 },
      { ranOn: 'caller-thread', grade: 'acceptable', count: 180 }
    ])
    const diff = compareReports(after, before)
    expect(diff).toMatchObject({ changedCells: 0, noisyCells: 1, newViolations: 0 })
  })

  it('calls one outcome with the same facts in both runs, whatever its count or key order, neither a change nor noise', () => {
    const one = (count: number) => split([{ ranOn: 'task-thread', grade: 'acceptable', count }])
    expect(compareReports(one(900), one(10))).toMatchObject({ changedCells: 0, noisyCells: 0 })
    const reordered = one(10)
    const outcome = reordered.cells[0]!.outcomes[0]!
    outcome.facts = { calls: 1, inline: false, ranOn: 'task-thread', registered: 'running' }
    expect(compareReports(one(900), reordered)).toMatchObject({ changedCells: 0, noisyCells: 0 })
    // Counted 0 times in the baseline, the outcome's rate there is undefined: noise, as with two.
    expect(compareReports(one(5), one(0))).toMatchObject({ changedCells: 0, noisyCells: 1 })
    // Other facts are a change the outcomes decide: here a forbidden outcome appeared.
    const moved = split([{ ranOn: 'caller-thread', grade: 'forbidden', count: 10 }])
    expect(compareReports(moved, one(10)).cells[0]?.appeared).toHaveLength(1)
  })

  it('calls a significant shift of an interesting outcome a change, and a small one noise', () => {
    const rate = (n: number) =>
      split([
        { ranOn: 'task-thread', grade: 'acceptable', count: 10_000 - n },
        { ranOn: 'caller-thread', grade: 'interesting', count: n }
      ])
    // 2 against 3 in 10,000 is chance; 2 against 60 is not.
    expect(compareReports(rate(3), rate(2))).toMatchObject({ changedCells: 0, noisyCells: 1 })
    const shifted = compareReports(rate(60), rate(2))
    expect(shifted.changedCells).toBe(1)
    expect(shifted.cells[0]?.shifted).toEqual([
      {
        facts: { calls: 1, inline: true, ranOn: 'caller-thread', registered: 'running' },
        before: { count: 2, of: 10_000 },
        after: { count: 60, of: 10_000 }
      }
    ])
  })

  it('tests two proportions as the textbook does', () => {
    // 50/100 against 80/100: pooled 0.65, z = 0.3 / sqrt(0.65 * 0.35 * 0.02) = 4.447.
    expect(twoProportionZ(50, 100, 80, 100)).toBeCloseTo(4.447, 3)
    expect(twoProportionZ(0, 100, 0, 100)).toBe(0)
    expect(Z_CRITICAL).toBeCloseTo(3.2905, 4)
  })

  it('names a target of which no cell runs any more', () => {
    const baseline = makeReport([{ verdict: 'pass' }], 'dropped job')
    const current = makeReport([{ verdict: 'pass' }], 'kept job')
    const diff = compareReports(current, baseline)
    expect(diff.removedTargets).toEqual(['dropped job'])
    expect(diff.removed).toHaveLength(1)
  })
})
