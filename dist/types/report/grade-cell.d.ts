/**
 * The one place a cell is graded, for every caller: a fresh probe reply (the run), a grown
 * histogram (the budget), a report file read back (the judge, and through it the kit's
 * gradeReport). Outcomes are graded by the contract (grade.ts); the violations, the verdict and
 * the notes are derived from them, never taken from anywhere else. A skip or an error keeps the
 * probe's reason; a result without outcomes is an error, never a pass.
 */
import type { Cell } from '../model/cell.js';
import type { CellReply, Outcome } from '../probes/protocol.js';
import type { CellReport } from './model.js';
import { type Scenario } from '../model/scenarios.js';
import type { Contract } from '../grading/contract.js';
import { type GradedOutcome, type Violation } from '../grading/grade.js';
/**
 * What grading says about an outcome, and the facts it was graded on: outcomes with the same facts
 * share that one object (the same keys, order and values), so a large report holds a few.
 */
type Grading = Pick<GradedOutcome, 'facts' | 'grade' | 'rules' | 'broken'>;
/** Gradings remembered for one contract: the cells of a report repeat a few outcomes many times. */
export interface GradingMemo {
    /** Gradings by scenario and facts. */
    seen: Map<string, Grading>;
    /** The last grading per scenario: consecutive cells of a scenario mostly have the same facts. */
    last: Map<Scenario, Grading>;
}
export declare function gradingMemo(): GradingMemo;
export interface EvidenceToGrade {
    scenario: Scenario;
    outcomes: Outcome[];
    contract: Contract;
    /**
     * Gradings remembered across the cells of a report; with it the outcomes are graded in place
     * (a report of 100,000 cells read from a file is not copied once more), without it copied.
     */
    memo?: GradingMemo;
}
/** What a cell's evidence says: its outcomes graded, their violations, the verdict, the notes. */
export interface CellGrading {
    outcomes: GradedOutcome[];
    violations: Violation[];
    verdict: 'pass' | 'fail';
    notes: string[];
}
/** Grades a cell's outcomes (at least one) against a contract. */
export declare function gradeEvidence({ scenario, outcomes, contract, memo }: EvidenceToGrade): CellGrading;
export interface ReplyToGrade {
    cell: Cell;
    reply: CellReply;
    contract: Contract;
    durationMs: number;
}
/** A probe's reply to one cell (or a cell's whole grown histogram), graded into its report. */
export declare function gradeCell({ cell, reply, contract, durationMs }: ReplyToGrade): CellReport;
export {};
