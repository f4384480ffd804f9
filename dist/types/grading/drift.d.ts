/** Earlier runs needed before a series is tested. */
export declare const MIN_EARLIER_RUNS = 3;
/** The smallest change of rate flagged, either way. */
export declare const MIN_RATIO = 3;
export interface RunCount {
    count: number;
    of: number;
}
export interface Drift {
    /** This run's rate, and the pooled rate of the earlier runs. */
    rate: number;
    earlierRate: number;
    /** Earlier runs pooled. */
    earlierRuns: number;
    /** How much more the earlier runs varied than counting alone explains (at least 1). */
    dispersion: number;
    /** Two-sided p-value of this run's count given the earlier ones. */
    pValue: number;
    /** The p-value a series must fall below (alpha over the series tested). */
    threshold: number;
    flagged: boolean;
}
/**
 * For each series (oldest first, this run last), its drift test; undefined where it cannot be
 * tested (too few earlier runs, or no callback in this run or before).
 */
export declare function testDrift(series: RunCount[][], alpha: number): (Drift | undefined)[];
/**
 * Pearson's chi-square of the earlier runs against their pooled rate, over its degrees of
 * freedom: about 1 when they differ by counting noise alone, more when the rate itself moves.
 */
export declare function dispersionOf(runs: RunCount[], rate: number): number;
/**
 * Two-sided p-value of k1 events in n1 trials against k0 in n0, for rare events: given the
 * k = k0 + k1 events, k1 is Binomial(k, n1 / (n0 + n1)) when the rates are equal. Doubled smaller
 * tail, capped at 1. Counts divided by a dispersion need not be whole: the tails are the
 * incomplete beta function, which takes any positive arguments.
 */
export declare function conditionalPValue(k0: number, n0: number, k1: number, n1: number): number;
/** P(X >= x) for X ~ Binomial(n, p): I_p(x, n - x + 1). */
export declare function binomialAtLeast(x: number, n: number, p: number): number;
/**
 * Rates as bars, from zero to the highest of them: noise of a few percent stays flat, a tenfold
 * move does not. All zero is all low.
 */
export declare function sparkline(rates: number[]): string;
