/**
 * Clopper-Pearson bounds against values computed independently. Where each expected value
 * comes from:
 * - k = 0: the closed form 1 - 0.05^(1/n) (and 1 - 0.025^(1/n) for the two-sided upper end).
 * - k > 0: SciPy 1.17.1 (pyenv CPython 3.11.7), `scipy.stats.beta.ppf(0.95, k + 1, n - k)` for
 *   the one-sided bound, `beta.ppf(0.025, k, n - k + 1)` and `beta.ppf(0.975, k + 1, n - k)` for
 *   the two-sided interval, printed with repr().
 */
import { describe, expect, it } from '@jest/globals'
import { rateInterval, regularizedBeta, upperBound } from '../../src/grading/bound.js'

/** Relative closeness: the bounds span 1e-8 to 1, so an absolute tolerance would say nothing. */
function expectClose(actual: number, expected: number, relative = 1e-7): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(relative * Math.abs(expected))
}

describe('one-sided 95% upper bound', () => {
  it('says nothing without trials: N = 0 gives 1', () => {
    expect(upperBound(0, 0)).toBe(1)
  })

  it('is exactly 1 - 0.05^(1/N) with no violation, about 3/N', () => {
    for (const n of [1, 10, 1_000, 2_400_000]) {
      expectClose(upperBound(0, n), 1 - Math.pow(0.05, 1 / n), 1e-9)
    }
    // About 3/N once N is large: N times the bound tends to -ln 0.05 = 2.9957.
    for (const n of [1_000, 2_400_000]) {
      expect(upperBound(0, n) * n).toBeGreaterThan(2.99)
      expect(upperBound(0, n) * n).toBeLessThan(3.0)
    }
    // The sentence: "no violation in 2,400,000 callbacks: rate below 1.2 in a million".
    expectClose(upperBound(0, 2_400_000), 1.2482210016190132e-6) // SciPy
    expect(upperBound(0, 2_400_000) * 2_400_000).toBeCloseTo(-Math.log(0.05), 4)
  })

  it('matches SciPy when some trials broke the rule', () => {
    const scipy: [number, number, number][] = [
      [1, 10, 0.39416330243650466],
      [3, 1_000, 0.007735244718479458],
      [5, 100, 0.1022533776432745],
      [1, 2_400_000, 1.9766086743017565e-6],
      [50, 1_000_000, 6.328665364259592e-5],
      [999, 1_000, 0.999948708021091],
      [500_000, 1_000_000, 0.5008229260505229]
    ]
    for (const [k, n, expected] of scipy) expectClose(upperBound(k, n), expected)
  })

  it('is 1 when every trial broke the rule', () => {
    expect(upperBound(10, 10)).toBe(1)
  })

  it('refuses counts that cannot be', () => {
    expect(() => upperBound(3, 2)).toThrow(RangeError)
    expect(() => upperBound(-1, 2)).toThrow(RangeError)
    expect(() => upperBound(0.5, 2)).toThrow(RangeError)
  })
})

describe('two-sided 95% interval', () => {
  it('matches SciPy at both ends', () => {
    const scipy: [number, number, number, number][] = [
      [1, 10, 0.0025285785444617848, 0.4450161170281954],
      [3, 1_000, 0.0006190999316495713, 0.008742023238478303],
      [5, 100, 0.016431879182052155, 0.11283491110546275],
      [1, 2_400_000, 1.0549086604479168e-8, 2.3215158685501078e-6],
      [50, 1_000_000, 3.7111184347986994e-5, 6.591824198810435e-5],
      [999, 1_000, 0.9944410757201734, 0.9999746825125088],
      [500_000, 1_000_000, 0.49901951919531184, 0.5009804808046882]
    ]
    for (const [k, n, low, high] of scipy) {
      const [l, h] = rateInterval(k, n)
      expectClose(l, low)
      expectClose(h, high)
    }
  })

  it('starts at 0 with no event and ends at 1 with all events', () => {
    const [l0, h0] = rateInterval(0, 1_000)
    expect(l0).toBe(0)
    expectClose(h0, 1 - Math.pow(0.025, 1 / 1_000), 1e-9)
    const [l10, h10] = rateInterval(10, 10)
    expectClose(l10, 0.6915028921812392) // SciPy: beta.ppf(0.025, 10, 1)
    expect(h10).toBe(1)
    expect(rateInterval(0, 0)).toEqual([0, 1])
  })
})

describe('the regularized incomplete beta function', () => {
  it('has the closed forms I_x(1, b) = 1 - (1-x)^b and I_x(a, 1) = x^a', () => {
    expectClose(regularizedBeta(0.3, 1, 7), 1 - Math.pow(0.7, 7), 1e-12)
    expectClose(regularizedBeta(0.3, 4, 1), Math.pow(0.3, 4), 1e-12)
    expectClose(regularizedBeta(0.5, 20, 20), 0.5, 1e-12)
  })
})
