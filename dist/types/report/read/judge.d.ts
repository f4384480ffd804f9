/**
 * A report read from a file is evidence, not a verdict. Every cell is graded again from its
 * outcomes with the contract its target names: a built-in contract from our own code (never the
 * copy in the file), a custom one from the file only when the workflow names it; otherwise the
 * file's own, and the cell is marked. Invariant: no grade, violation or verdict of a judged
 * report is read from the file; a cell whose claim its outcomes contradict says so.
 */
import type { Contract } from '../../grading/contract.js';
import type { Report } from '../model.js';
export interface JudgeOptions {
    /** Names of custom contracts the workflow accepts from the report files it merges. */
    trustedContracts?: readonly string[];
    /**
     * false for a report that is only compared with (a baseline): its evidence is never shown, and
     * evidenceOf() would derive it if it were.
     */
    evidence?: boolean;
    /**
     * Grade every cell by this contract, whatever its target names (the kit's gradeReport): the
     * targets then name it, and the report carries it.
     */
    contract?: Contract;
}
/**
 * The report with every cell graded from its outcomes, and the summary and verdict derived. The
 * report is judged in place: it must be the fresh value parseReport read from a file (JSON.parse's
 * own, validated in place), which nothing else holds.
 */
export declare function judgeReport(report: Report, options?: JudgeOptions): Report;
