import type { FactValue } from '../grading/contract.js';
import type { Grade } from '../grading/grade.js';
import type { CellReport, CellVerdict, Report } from './model.js';
export interface OutcomeChange {
    facts: Record<string, FactValue>;
    grade: Grade;
    count: number;
}
/** An interesting outcome whose rate moved significantly (both runs observed the cell). */
export interface RateShift {
    facts: Record<string, FactValue>;
    before: {
        count: number;
        of: number;
    };
    after: {
        count: number;
        of: number;
    };
}
export interface CellChange {
    /** The id of the cell in the current report. */
    cellId: string;
    /** The cell was not in the baseline. */
    isNew: boolean;
    before?: CellVerdict;
    after: CellVerdict;
    /** Rules broken now and not in the baseline (all of them for a new cell). */
    newViolations: string[];
    /** Rules broken in the baseline and not now. */
    fixedViolations: string[];
    /** It failed in the baseline and passes now. */
    fixed: boolean;
    /** Forbidden outcomes, and interesting ones whose rate shifted significantly, that are new. */
    appeared: OutcomeChange[];
    /** The same, gone since the baseline. */
    vanished: OutcomeChange[];
    /** Interesting outcomes seen in both runs at significantly different rates. */
    shifted: RateShift[];
    /** Differences that are not changes: acceptable outcomes or insignificant rates. */
    noise: number;
}
export interface RemovedCell {
    target: string;
    title: string;
    scenario: string;
    verdict: CellVerdict;
}
export interface BaselineDiff {
    /** One entry per cell of the current report, in its order. */
    cells: CellChange[];
    /** The same entries by cell id. */
    byId: ReadonlyMap<string, CellChange>;
    /** Cells of the baseline that the current report does not have. */
    removed: RemovedCell[];
    /** Targets of the baseline of which no cell ran now (a dropped job). */
    removedTargets: string[];
    /** (cell, rule) pairs broken now and not in the baseline. */
    newViolations: number;
    fixedCells: number;
    /** Cells whose verdict, rules, or set of forbidden/interesting outcomes changed. */
    changedCells: number;
    /** Cells that differ only by noise. */
    noisyCells: number;
}
/** |z| above this is p < 0.001, two-sided, for the two-proportion z-test. */
export declare const Z_CRITICAL = 3.2905;
export declare function compareReports(current: Report, baseline: Report): BaselineDiff;
/** A change a reviewer must see: a verdict, a rule, or a forbidden/interesting outcome. */
export declare function isChanged(change: CellChange): boolean;
/** Anything differs from the baseline, a change or noise. */
export declare function hasDifferences(diff: BaselineDiff): boolean;
/**
 * The two-proportion z statistic for x1 of n1 against x2 of n2, with the pooled proportion; 0
 * when it is undefined (no trials, or every trial the same in both runs).
 */
export declare function twoProportionZ(x1: number, n1: number, x2: number, n2: number): number;
/** Whether two cells measure the same thing (their measureKeys would be equal). */
export declare function sameMeasure(a: CellReport, b: CellReport): boolean;
/** The fields of MEASURE, then `more`: one array, one JSON string (the cheapest key to build). */
export declare function measureKey(c: CellReport, more: string | number): string;
