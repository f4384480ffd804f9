import type { BudgetProgress } from '../model/budget.js';
import type { Config } from '../config/schema.js';
import { type Cell, type Plan } from './matrix.js';
import type { CellReport, Report } from '../report/model.js';
export interface RunEvents {
    onStart?(plan: Plan): void;
    onProgress?(cell: Cell, done: number, total: number): void;
    onCellDone?(cell: CellReport): void;
    /** With a budget, after each repetition: time left and callbacks graded per target. */
    onBudget?(progress: BudgetProgress): void;
}
export declare function runConfig(config: Config, events?: RunEvents): Promise<Report>;
export declare function runPlan(plan: Plan, events?: RunEvents): Promise<Report>;
