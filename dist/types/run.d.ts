/**
 * The pipeline: config -> matrix -> probes -> outcomes -> grading -> one report object (with a
 * budget, the cells then run again until it is spent: src/budget.ts).
 * Bad input is found before any cell runs (contracts, probe commands, interpreters, executors),
 * so a run either refuses with exit code 2 or runs to a complete report.
 */
import { type BudgetProgress } from './budget.js';
import type { Config } from './config/schema.js';
import type { Contract } from './grading/contract.js';
import { type Cell, type Plan } from './matrix/expand.js';
import type { CellReply } from './probes/protocol.js';
import type { CellReport, Report } from './report/model.js';
export interface RunEvents {
    onStart?(plan: Plan): void;
    onProgress?(cell: Cell, done: number, total: number): void;
    onCellDone?(cell: CellReport): void;
    /** With a budget, after each repetition: time left and callbacks graded per target. */
    onBudget?(progress: BudgetProgress): void;
}
export declare function runConfig(config: Config, events?: RunEvents): Promise<Report>;
export declare function runPlan(plan: Plan, events?: RunEvents): Promise<Report>;
/**
 * Whether a cell can share the machine without changing what it observes. Thread identity does
 * not depend on load; only the state at registration in `timed` does, and only near a task's
 * completion. So: tasks that sleep at least 50 ms, and for `timed`, a callback delay at least
 * 50 ms away from every moment a wave of tasks completes.
 */
export declare function runsSideBySide(cell: Cell): boolean;
export declare function gradeCell(cell: Cell, reply: CellReply, contract: Contract, durationMs: number): CellReport;
/**
 * How long a cell may take before its probe is killed: the work it was asked to do, generously,
 * plus the callback timeout. Past that the probe is hung, not slow.
 */
export declare function budgetMs(cell: Cell): number;
