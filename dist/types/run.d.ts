/**
 * The pipeline: config -> matrix -> probes -> outcomes -> grading -> one report object (with a
 * budget, the cells then run again until it is spent: src/budget.ts).
 * Bad input is found before any cell runs (contracts, probe commands, interpreters, executors),
 * so a run either refuses with exit code 2 or runs to a complete report.
 * This file ties the jobs together; each lives in its own module: scheduling (schedule.ts), the
 * probes' lifecycle (probes/lifecycle.ts), probe failures that are bad input
 * (probes/start-problems.ts) and grading a cell (grading/grade-cell.ts).
 */
import { type BudgetProgress } from './budget.js';
import type { Config } from './config/schema.js';
import { type Cell, type Plan } from './matrix/expand.js';
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
