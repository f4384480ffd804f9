/**
 * A report against a baseline (the same guard run on the base branch): which rules are newly
 * broken, which cells got fixed, which outcomes appeared or vanished, which cells came or went.
 *
 * Cell ids are positions ("c3") and move when the matrix changes, so cells are matched by what
 * they measure: target, experiment name, scenario and parameters. `repeat` is left out on purpose:
 * running a cell more often changes its counts, not what it measures.
 */
import type { FactValue } from '../grading/contract.js';
import type { Grade } from '../grading/grade.js';
import type { CellVerdict, Report } from './model.js';
export interface OutcomeChange {
    facts: Record<string, FactValue>;
    grade: Grade;
    count: number;
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
    appeared: OutcomeChange[];
    vanished: OutcomeChange[];
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
    /** Cells of the baseline that the current report does not have. */
    removed: RemovedCell[];
    /** (cell, rule) pairs broken now and not in the baseline. */
    newViolations: number;
    fixedCells: number;
    /** Cells with any change: new, verdict, rules or outcomes. */
    changedCells: number;
}
export declare function compareReports(current: Report, baseline: Report): BaselineDiff;
export declare function isChanged(change: CellChange): boolean;
export declare function changeOf(diff: BaselineDiff | undefined, cellId: string): CellChange | undefined;
