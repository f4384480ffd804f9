/**
 * Exact (Clopper-Pearson) confidence bounds on a rate seen as `k` events in `n` trials, from
 * the inverse of the regularized incomplete beta function. Invariant: every bound is a number in
 * [0, 1]; n = 0 says nothing (upper bound 1), k = n leaves the upper bound at 1.
 */
/** One-sided 95% upper bound on the rate: with k = 0 it is 1 - 0.05^(1/n), about 3/n. */
export declare function upperBound(k: number, n: number, confidence?: number): number;
/** Two-sided interval on the rate (95% by default): [lower, upper]. */
export declare function rateInterval(k: number, n: number, confidence?: number): [number, number];
/**
 * The x in [0, 1] with I_x(a, b) = p. I_x is increasing in x, so bisection finds it; it stops at
 * a relative width of 1e-13, which small rates (1e-8) need and an absolute width would not give.
 */
export declare function inverseBeta(p: number, a: number, b: number): number;
/** I_x(a, b), the regularized incomplete beta function (Numerical Recipes 6.4, from the maths). */
export declare function regularizedBeta(x: number, a: number, b: number): number;
/**
 * ln Γ(x) for x > 0: the Stirling series at x >= 10 (the next term is below 1e-16 there), reached
 * from smaller x by Γ(x) = Γ(x + 1) / x.
 */
export declare function logGamma(x: number): number;
