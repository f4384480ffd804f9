/**
 * What a run is worth, in words: "no violation in 2,400,000 callbacks: rate below 1.2 in a
 * million, 95% confidence", per target, and the rate of each interesting outcome with its
 * interval. The numbers come from src/grading/evidence.ts; this file only words them. Strings
 * here are plain: each sink escapes them (plain() in the terminal, text()/code() in Markdown).
 */
import { type Evidence, type InterestingRate } from '../grading/evidence.js';
import type { BudgetProgress } from '../budget.js';
import type { Report } from './model.js';
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
