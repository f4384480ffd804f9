/**
 * Has an interesting outcome's rate drifted? This run's count against the pooled count of the
 * earlier runs of the same target fingerprint, by the exact conditional test for two Poisson
 * rates (given the total, this run's share is binomial), Bonferroni-corrected over the series a
 * report tests. The rate of a race also moves with the load of the machine, which a pure counting
 * test would call significant, so the counts are divided by the dispersion the earlier runs show
 * among themselves (quasi-Poisson: 1 when they vary as counting alone would), and only a change of
 * at least MIN_RATIO either way is flagged. Invariant: under an unchanged rate with counting
 * noise, the chance that any series of a report is flagged is at most the alpha given.
 */
import { regularizedBeta } from './bound.js'

/** Earlier runs needed before a series is tested. */
export const MIN_EARLIER_RUNS = 3
/** The smallest change of rate flagged, either way. */
export const MIN_RATIO = 3

export interface RunCount {
  count: number
  of: number
}

export interface Drift {
  /** This run's rate, and the pooled rate of the earlier runs. */
  rate: number
  earlierRate: number
  /** Earlier runs pooled. */
  earlierRuns: number
  /** How much more the earlier runs varied than counting alone explains (at least 1). */
  dispersion: number
  /** Two-sided p-value of this run's count given the earlier ones. */
  pValue: number
  /** The p-value a series must fall below (alpha over the series tested). */
  threshold: number
  flagged: boolean
}

/**
 * For each series (oldest first, this run last), its drift test; undefined where it cannot be
 * tested (too few earlier runs, or no callback in this run or before).
 */
export function testDrift(series: RunCount[][], alpha: number): (Drift | undefined)[] {
  const tests = series.map(prepare)
  const tested = tests.filter(t => t !== undefined).length
  const threshold = tested === 0 ? alpha : alpha / tested
  return tests.map(t => {
    if (t === undefined) return undefined
    const { k0, n0, k1, n1, runs, dispersion } = t
    const pValue = conditionalPValue(k0 / dispersion, n0, k1 / dispersion, n1)
    const rate = k1 / n1
    const earlierRate = k0 / n0
    const ratio = earlierRate === 0 ? (rate === 0 ? 1 : Infinity) : rate / earlierRate
    const big = ratio >= MIN_RATIO || ratio <= 1 / MIN_RATIO
    return {
      rate,
      earlierRate,
      earlierRuns: runs,
      dispersion,
      pValue,
      threshold,
      flagged: pValue < threshold && big
    }
  })
}

function prepare(runs: RunCount[]) {
  const now = runs[runs.length - 1]
  const earlier = runs.slice(0, -1).filter(r => r.of > 0)
  if (now === undefined || now.of === 0 || earlier.length < MIN_EARLIER_RUNS) return undefined
  let k0 = 0
  let n0 = 0
  for (const r of earlier) {
    k0 += r.count
    n0 += r.of
  }
  if (k0 + now.count === 0) return undefined
  return {
    k0,
    n0,
    k1: now.count,
    n1: now.of,
    runs: earlier.length,
    dispersion: dispersionOf(earlier, k0 / n0)
  }
}

/**
 * Pearson's chi-square of the earlier runs against their pooled rate, over its degrees of
 * freedom: about 1 when they differ by counting noise alone, more when the rate itself moves.
 */
export function dispersionOf(runs: RunCount[], rate: number): number {
  if (rate <= 0 || runs.length < 2) return 1
  let chi = 0
  for (const r of runs) {
    const expected = rate * r.of
    chi += (r.count - expected) ** 2 / expected
  }
  return Math.max(1, chi / (runs.length - 1))
}

/**
 * Two-sided p-value of k1 events in n1 trials against k0 in n0, for rare events: given the
 * k = k0 + k1 events, k1 is Binomial(k, n1 / (n0 + n1)) when the rates are equal. Doubled smaller
 * tail, capped at 1. Counts divided by a dispersion need not be whole: the tails are the
 * incomplete beta function, which takes any positive arguments.
 */
export function conditionalPValue(k0: number, n0: number, k1: number, n1: number): number {
  const k = k0 + k1
  const share = n1 / (n0 + n1)
  const upper = binomialAtLeast(k1, k, share)
  const lower = 1 - binomialAtLeast(k1 + 1, k, share)
  return Math.min(1, 2 * Math.min(upper, lower))
}

/** P(X >= x) for X ~ Binomial(n, p): I_p(x, n - x + 1). */
export function binomialAtLeast(x: number, n: number, p: number): number {
  if (x <= 0) return 1
  if (x > n) return 0
  if (p >= 1) return 1
  return regularizedBeta(p, x, n - x + 1)
}

/** Eight heights, lowest first. */
const BARS = '▁▂▃▄▅▆▇█'

/**
 * Rates as bars, from zero to the highest of them: noise of a few percent stays flat, a tenfold
 * move does not. All zero is all low.
 */
export function sparkline(rates: number[]): string {
  let high = 0
  for (const r of rates) if (r > high) high = r
  return rates
    .map(r => BARS[high <= 0 ? 0 : Math.max(0, Math.min(7, Math.floor((r / high) * 8)))] as string)
    .join('')
}
