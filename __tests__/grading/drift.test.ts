/**
 * The drift test and the sparkline: the p-value against a binomial summed term by term, the
 * Bonferroni threshold, the runs and the change it needs before it flags, and the bars' heights.
 */
import { describe, expect, it } from '@jest/globals'
import {
  MIN_EARLIER_RUNS,
  MIN_RATIO,
  binomialAtLeast,
  conditionalPValue,
  dispersionOf,
  sparkline,
  testDrift
} from '../../src/grading/drift.js'

/** P(X = i) for X ~ Binomial(n, p), by logs: the independent reference. */
function pmf(i: number, n: number, p: number): number {
  let log = i * Math.log(p) + (n - i) * Math.log1p(-p)
  for (let j = 1; j <= i; j++) log += Math.log(n - i + j) - Math.log(j)
  return Math.exp(log)
}

const steady = (runs: number, count: number, of: number) =>
  Array.from({ length: runs }, () => ({ count, of }))

describe('the binomial tails', () => {
  it.each([
    [0, 10, 0.3],
    [3, 10, 0.3],
    [10, 10, 0.3],
    [7, 40, 0.05],
    [25, 60, 0.5]
  ])('P(X >= %d) of Binomial(%d, %d) is the sum of its terms', (x, n, p) => {
    let sum = 0
    for (let i = x; i <= n; i++) sum += pmf(i, n, p)
    expect(binomialAtLeast(x, n, p)).toBeCloseTo(sum, 10)
  })

  it('gives the two-sided p-value of the conditional test: doubled smaller tail', () => {
    // Equal exposure: this run's share of 12 events is Binomial(12, 1/2); 10 of 12 is in its tail.
    let tail = 0
    for (let i = 10; i <= 12; i++) tail += pmf(i, 12, 0.5)
    expect(conditionalPValue(2, 1000, 10, 1000)).toBeCloseTo(2 * tail, 10)
    expect(conditionalPValue(6, 1000, 6, 1000)).toBe(1)
  })
})

describe('testDrift', () => {
  it('flags a tenfold rate and not the same rate, at alpha over the series tested', () => {
    const series = [
      [...steady(10, 20, 100_000), { count: 200, of: 100_000 }],
      [...steady(10, 20, 100_000), { count: 22, of: 100_000 }]
    ]
    const [moved, same] = testDrift(series, 0.01)
    expect(moved).toMatchObject({ flagged: true, threshold: 0.005, earlierRuns: 10 })
    expect(moved!.rate / moved!.earlierRate).toBeCloseTo(10, 6)
    expect(same).toMatchObject({ flagged: false, threshold: 0.005 })
  })

  it('flags a rate that falls tenfold too', () => {
    const [fell] = testDrift([[...steady(10, 200, 100_000), { count: 20, of: 100_000 }]], 0.01)
    expect(fell).toMatchObject({ flagged: true })
  })

  it(`does not test with fewer than ${MIN_EARLIER_RUNS} earlier runs`, () => {
    const few = [...steady(MIN_EARLIER_RUNS - 1, 20, 100_000), { count: 2000, of: 100_000 }]
    const enough = [...steady(MIN_EARLIER_RUNS, 20, 100_000), { count: 2000, of: 100_000 }]
    expect(testDrift([few], 0.01)).toEqual([undefined])
    expect(testDrift([enough], 0.01)[0]).toMatchObject({ flagged: true })
  })

  it(`does not flag a significant change smaller than ${MIN_RATIO}x`, () => {
    // Twice the rate over millions of callbacks: p is tiny, the change is load, not drift.
    const [doubled] = testDrift(
      [[...steady(10, 200, 1_000_000), { count: 400, of: 1_000_000 }]],
      0.01
    )
    expect(doubled!.pValue).toBeLessThan(1e-10)
    expect(doubled!.flagged).toBe(false)
  })

  it('widens the test by the dispersion the earlier runs show among themselves', () => {
    const now = { count: 320, of: 100_000 }
    const calm = [...steady(10, 100, 100_000), now]
    // The same pooled rate, but the runs swing between 40 and 160: the load moves the rate.
    const swinging = [
      ...Array.from({ length: 10 }, (_, i) => ({ count: i % 2 === 0 ? 40 : 160, of: 100_000 })),
      now
    ]
    const [a, b] = testDrift([calm, swinging], 0.01)
    expect(a).toMatchObject({ dispersion: 1, flagged: true })
    expect(b!.dispersion).toBeCloseTo((10 * 36) / 9, 6)
    expect(b!.flagged).toBe(false)
  })

  it('does not test a series with no callback in this run, or no event at all', () => {
    expect(testDrift([[...steady(5, 2, 1000), { count: 0, of: 0 }]], 0.01)).toEqual([undefined])
    expect(testDrift([[...steady(5, 0, 1000), { count: 0, of: 1000 }]], 0.01)).toEqual([undefined])
  })
})

describe('dispersionOf', () => {
  it('is 1 for runs that agree and chi-square over its degrees of freedom otherwise', () => {
    expect(dispersionOf(steady(5, 10, 1000), 0.01)).toBe(1)
    // Expected 10 each; deviations -6, +6, -6, +6: chi-square 4 * 3.6 over 3 degrees of freedom.
    const runs = [4, 16, 4, 16].map(count => ({ count, of: 1000 }))
    expect(dispersionOf(runs, 0.01)).toBeCloseTo(14.4 / 3, 10)
  })
})

describe('sparkline', () => {
  it('draws rates from zero to the highest', () => {
    expect(sparkline([0, 0.125, 0.25, 0.375, 0.5, 0.625, 0.75, 0.875, 1])).toBe('▁▂▃▄▅▆▇██')
    expect(sparkline([2, 2.1, 1.9, 20])).toBe('▁▁▁█')
    expect(sparkline([0, 0, 0])).toBe('▁▁▁')
    expect(sparkline([])).toBe('')
  })
})
