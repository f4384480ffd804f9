/**
 * What a run is worth, in words: "no violation in 2,400,000 callbacks: at 95% confidence, fewer
 * than 1.2 in a million could break a rule", per target, and the rate of each interesting outcome with its
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
/**
 * What a bound says, read as a reader reads it: about violations not seen. "fewer than 31% of
 * callbacks could break done-is-done", "fewer than 1.2 in a million could break a rule".
 */
export declare function couldBreakWords(upperBound: number, rule?: string): string;
/**
 * "no violation in 2,400,000 callbacks: at 95% confidence, fewer than 1.2 in a million could
 * break a rule"; with violations, only what was seen ("8 of 8 callbacks broke a rule"): a bound
 * beside violations reads as a failure rate.
 */
export declare function boundSentence(broken: number, checked: number, upperBound: number, rule?: string): string;
/**
 * One target in a line: its whole histogram, the rule with the least evidence (when it bounds less
 * and nothing broke), unchecked rules.
 */
export declare function targetEvidenceWords(report: Report, target: string): string;
/**
 * Several targets in a line, when none broke a rule: "no violation in 13,012 callbacks on 6
 * targets: at 95% confidence, on every target fewer than 1.4 in a thousand could break a rule"
 * (the least checked target's bound). Undefined when a target broke a rule or none was checked.
 */
export declare function allTargetsEvidenceWords(report: Report): string | undefined;
/** "533 of 1,000 callbacks: 53% (95% interval 50% to 56%)". */
export declare function interestingWords(r: InterestingRate): string;
/** "budget: 1m 05s left, 1,234,567 callbacks checked (python3.8 ThreadPoolExecutor 600,000, ...)". */
export declare function budgetWords(progress: BudgetProgress): string;
/**
 * "no violation of worker-runs-callback in 48,213,000 callbacks over 31 runs since 2026-11-02: at
 * 95% confidence, fewer than 62 in a billion could break worker-runs-callback".
 */
export declare function pooledRuleWords(e: PooledEvidence): string;
/** "pooled: no violation in 48,213,000 callbacks over 31 runs since 2026-11-02: at 95% ...". */
export declare function pooledTargetWords(t: PooledTarget): string;
/** "now 1.9 in a thousand, 190 in a million over the 6 runs before"; "" without a test. */
export declare function driftWords(t: Trend): string;
/** "▁▂▁▁█ last 5 runs, now 21 in 10,000 against 2.1 in 10,000 before: ⚠️ drift (p = 1e-9)". */
export declare function trendWords(t: Trend): string;
/** The trends worth a line: more than one run, and the outcome seen in at least one. */
export declare function shownTrends(report: Report): Trend[];
/** The trends whose drift test flagged them. */
export declare function driftedTrends(report: Report): Trend[];
