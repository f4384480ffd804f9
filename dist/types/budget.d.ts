import type { Cell } from './matrix/expand.js';
import type { CellReply } from './probes/protocol.js';
import type { CellReport } from './report/model.js';
export interface Budget {
    ms: number;
    /** Keep counting after a violation instead of stopping at the first. */
    keepGoing: boolean;
}
/** What the report says about the budget: the run's own timings, for anyone to check. */
export interface BudgetRecord {
    budgetMs: number;
    keepGoing: boolean;
    /** The time was spent, a violation was found, or no cell could run again. */
    stoppedBy: 'budget' | 'violation' | 'nothing-to-run';
    /** Repetitions run after the matrix. */
    repetitions: number;
    /** From the start of the run to the end of the last repetition. */
    endedMs: number;
    /** The longest repetition: the run ends within budgetMs plus this. */
    longestRepetitionMs: number;
}
export interface BudgetProgress {
    leftMs: number;
    repetitions: number;
    /** Callbacks graded so far, per target. */
    callbacks: {
        target: string;
        callbacks: number;
    }[];
}
/** Runs a cell once more (its `repeat` says how many executors in a row) on its target's probe. */
export type RunRepetition = (cell: Cell) => Promise<CellReply>;
/** Grades a cell's whole histogram (or its error) against its target's contract. */
export type GradeReply = (cell: Cell, reply: CellReply, durationMs: number) => CellReport;
export declare function spendBudget(cells: Cell[], reports: CellReport[], budget: Budget, startedAt: number, run: RunRepetition, grade: GradeReply, onProgress?: (progress: BudgetProgress) => void, now?: () => number): Promise<{
    cells: CellReport[];
    record: BudgetRecord;
}>;
