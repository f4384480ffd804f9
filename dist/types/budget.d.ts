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
    /** Lanes that ran repetitions side by side, a probe per target each (cells' durationMs add up over them). */
    lanes: number;
    /** Cells whose repetitions ran zero-length tasks: their taskMs held in the matrix run only. */
    zeroLengthTasks: string[];
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
/**
 * Runs a cell once more (its `repeat` says how many executors in a row) on lane `lane` of its
 * target (lane 0: the probe that ran the matrix). 'no-lane': that lane has no probe for the
 * target (one could not start, or the target is a user's command, which may not bear a second
 * instance); the lane then stops, and no cell is blamed.
 */
export type RunRepetition = (cell: Cell, lane: number) => Promise<CellReply | 'no-lane'>;
/** Grades a cell's whole histogram (or its error) against its target's contract. */
export type GradeReply = (cell: Cell, reply: CellReply, durationMs: number) => CellReport;
/**
 * How many lanes a budget runs: CTG_BUDGET_LANES when set (1 runs the budget on the matrix's own
 * probes only), else one a core up to MAX_LANES. Read before any probe starts: bad input is exit 2.
 */
export declare function budgetLanes(env?: NodeJS.ProcessEnv): number;
export declare function spendBudget(cells: Cell[], reports: CellReport[], budget: Budget, startedAt: number, run: RunRepetition, grade: GradeReply, onProgress?: (progress: BudgetProgress) => void, now?: () => number, lanes?: number): Promise<{
    cells: CellReport[];
    record: BudgetRecord;
}>;
