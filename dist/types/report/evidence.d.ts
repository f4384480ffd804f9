/**
 * What a run is worth, in words: "no violation in 2,400,000 callbacks: rate below 1.2 in a
 * million, 95% confidence", per target, and the rate of each interesting outcome with its
 * interval. The numbers come from src/grading/evidence.ts; this file only words them. Strings
 * here are plain: each sink escapes them (plain() in the terminal, text()/code() in Markdown).
 */
import { type Evidence, type InterestingRate } from '../grading/evidence.js';
import type { BudgetProgress } from '../model/budget.js';
import type { PooledEvidence, PooledTarget, Report, Trend } from './model.js';
/** The report's evidence, or the same derived from its cells (a report that predates it). */
export declare function evidenceOf(report: Report): Evidence[];
/** Callbacks graded over the whole report: the Action's `callbacks-checked`. */
export declare function callbacksChecked(report: Report): number;
/**
 * The largest upper bound among rules that were checked (the Action's `worst-upper-bound`);
 * undefined when none was. Rules the matrix never exercised are listed in the report instead:
 * their bound of 1 would hide every other.
 */
export declare function worstUpperBound(report: Report): number | undefined;
export declare function interestingRatesOf(report: Report): InterestingRate[];
/** "1.2 in a million", "26%". */
export declare function rateWords(rate: number): string;
/** "no violation in 2,400,000 callbacks: rate below 1.2 in a million, 95% confidence". */
export declare function boundSentence(broken: number, checked: number, upperBound: number): string;
/** One target in a line: its whole histogram, the rule with the least evidence, unchecked rules. */
export declare function targetEvidenceWords(report: Report, target: string): string;
/** "533 of 1,000 callbacks: 53% (95% interval 50% to 56%)". */
export declare function interestingWords(r: InterestingRate): string;
/** "budget: 1m 05s left, 1,234,567 callbacks checked (python3.8 ThreadPoolExecutor 600,000, ...)". */
export declare function budgetWords(progress: BudgetProgress): string;
/**
 * "no violation of worker-runs-callback in 48,213,000 callbacks over 31 runs since 2026-11-02:
 * rate below 62 in a billion (95%)".
 */
export declare function pooledRuleWords(e: PooledEvidence): string;
/** "pooled: no violation in 48,213,000 callbacks over 31 runs since 2026-11-02: rate below ...". */
export declare function pooledTargetWords(t: PooledTarget): string;
/** "now 1.9 in a thousand, 190 in a million over the 6 runs before"; "" without a test. */
export declare function driftWords(t: Trend): string;
/** "▁▂▁▁█ last 5 runs, now 21 in 10,000 against 2.1 in 10,000 before: ⚠️ drift (p = 1e-9)". */
export declare function trendWords(t: Trend): string;
/** The trends worth a line: more than one run, and the outcome seen in at least one. */
export declare function shownTrends(report: Report): Trend[];
/** The trends whose drift test flagged them. */
export declare function driftedTrends(report: Report): Trend[];
