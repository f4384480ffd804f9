/**
 * Exact (Clopper-Pearson) confidence bounds on a rate seen as `k` events in `n` trials, from
 * the inverse of the regularized incomplete beta function. Invariant: every bound is a number in
 * [0, 1]; n = 0 says nothing (upper bound 1), k = n leaves the upper bound at 1.
 */

/** One-sided 95% upper bound on the rate: with k = 0 it is 1 - 0.05^(1/n), about 3/n. */
export function upperBound(k: number, n: number, confidence = 0.95): number {
  checkCounts(k, n)
  if (n === 0 || k >= n) return 1
  // Closed form for k = 0: (1 - p)^n = alpha; expm1 keeps its precision for large n.
  if (k === 0) return -Math.expm1(Math.log(1 - confidence) / n)
  return inverseBeta(confidence, k + 1, n - k)
}

/** Two-sided interval on the rate (95% by default): [lower, upper]. */
export function rateInterval(k: number, n: number, confidence = 0.95): [number, number] {
  checkCounts(k, n)
  if (n === 0) return [0, 1]
  const tail = (1 - confidence) / 2
  const lower = k === 0 ? 0 : inverseBeta(tail, k, n - k + 1)
  const upper = k >= n ? 1 : inverseBeta(1 - tail, k + 1, n - k)
  return [lower, upper]
}

function checkCounts(k: number, n: number): void {
  if (!Number.isInteger(k) || !Number.isInteger(n) || k < 0 || n < 0 || k > n)
    throw new RangeError(`expected whole counts 0 <= k <= n, got k=${k}, n=${n}`)
}

/**
 * The x in [0, 1] with I_x(a, b) = p. I_x is increasing in x, so bisection finds it; it stops at
 * a relative width of 1e-13, which small rates (1e-8) need and an absolute width would not give.
 */
export function inverseBeta(p: number, a: number, b: number): number {
  let lo = 0
  let hi = 1
  for (let i = 0; i < 2_000 && hi - lo > 1e-13 * hi; i++) {
    const mid = lo + (hi - lo) / 2
    if (regularizedBeta(mid, a, b) < p) lo = mid
    else hi = mid
  }
  return lo + (hi - lo) / 2
}

/** I_x(a, b), the regularized incomplete beta function (Numerical Recipes 6.4, from the maths). */
export function regularizedBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0
  if (x >= 1) return 1
  const logFront =
    logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x)
  const front = Math.exp(logFront)
  // The continued fraction converges fast below the mean; above it, use I_x(a,b) = 1 - I_{1-x}(b,a).
  if (x < (a + 1) / (a + b + 2)) return (front * betaFraction(x, a, b)) / a
  return 1 - (front * betaFraction(1 - x, b, a)) / b
}

/** The continued fraction of the incomplete beta function, by the modified Lentz method. */
function betaFraction(x: number, a: number, b: number): number {
  const tiny = 1e-300
  const qab = a + b
  const qap = a + 1
  const qam = a - 1
  let c = 1
  let d = 1 - (qab * x) / qap
  if (Math.abs(d) < tiny) d = tiny
  d = 1 / d
  let h = d
  // It takes about sqrt(max(a, b)) steps; a million trials need a thousand or so.
  const maxSteps = 10_000 + 10 * Math.ceil(Math.sqrt(Math.max(a, b)))
  for (let m = 1; m <= maxSteps; m++) {
    const m2 = 2 * m
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2))
    d = 1 + aa * d
    if (Math.abs(d) < tiny) d = tiny
    c = 1 + aa / c
    if (Math.abs(c) < tiny) c = tiny
    d = 1 / d
    h *= d * c
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2))
    d = 1 + aa * d
    if (Math.abs(d) < tiny) d = tiny
    c = 1 + aa / c
    if (Math.abs(c) < tiny) c = tiny
    d = 1 / d
    const delta = d * c
    h *= delta
    if (Math.abs(delta - 1) < 1e-15) break
  }
  return h
}

/** Stirling series coefficients B_2k / (2k (2k - 1)), k = 1..7. */
const STIRLING = [1 / 12, -1 / 360, 1 / 1260, -1 / 1680, 1 / 1188, -691 / 360360, 1 / 156]

/**
 * ln Γ(x) for x > 0: the Stirling series at x >= 10 (the next term is below 1e-16 there), reached
 * from smaller x by Γ(x) = Γ(x + 1) / x.
 */
export function logGamma(x: number): number {
  let shift = 0
  let y = x
  while (y < 10) {
    shift += Math.log(y)
    y += 1
  }
  const inverse = 1 / y
  const inverseSquare = inverse * inverse
  let series = 0
  let power = inverse
  for (const c of STIRLING) {
    series += c * power
    power *= inverseSquare
  }
  return (y - 0.5) * Math.log(y) - y + 0.5 * Math.log(2 * Math.PI) + series - shift
}
