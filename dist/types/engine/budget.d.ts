import type { Contract } from '../grading/contract.js';
import type { Cell, Perturbation } from '../model/cell.js';
import type { CellReply } from '../probes/protocol.js';
import type { CellReport } from '../report/model.js';
import type { Budget, BudgetProgress, BudgetRecord, PerturbationRecord } from '../model/budget.js';
export type { Budget, BudgetProgress, BudgetRecord, PerturbationRecord };
/**
 * Runs a cell once more (its `repeat` says how many executors in a row) on lane `lane` of its
 * target (lane 0: the probe that ran the matrix). 'no-lane': that lane has no probe for the
 * target (one could not start, or the target is a user's command, which may not bear a second
 * instance); the lane then stops, and no cell is blamed.
 */
export type RunRepetition = (cell: Cell, lane: number) => Promise<CellReply | 'no-lane'>;
/** The contract a cell's target is graded by. */
export type ContractOf = (cell: Cell) => Contract;
/** What a budget run is given. */
export interface SpendBudgetOptions {
    /** The matrix's cells, and their reports from the matrix run. */
    cells: Cell[];
    reports: CellReport[];
    budget: Budget;
    /** When the run started (by `now`): the budget counts from there. */
    startedAt: number;
    run: RunRepetition;
    /** Each grown histogram is graded whole again by report/grade-cell.ts with this contract. */
    contractOf: ContractOf;
    onProgress?: (progress: BudgetProgress) => void;
    now?: () => number;
    /** Lanes that run repetitions side by side (budgetLanes). */
    lanes?: number;
}
/**
 * The perturbation of a perturbed lane, chosen from the figures in docs/performance.md
 * (bench/truth/aimed_window_truth.py, bench/window_race_reach.mjs, bench/detection.mjs): putting
 * the probe's threads on one core raised how often a callback lands within 10 us of its future's
 * completion (a hand-over is then a switch on that core, not a wake-up of another), and
 * registration aimed at the task's end raised it some 30-fold more in `running`; spins at any
 * point lowered it, a tiny switch interval, extra threads and the gate poll left it within the
 * noise, so they stay off (0).
 */
export declare const PERTURBATION: Perturbation;
/**
 * How many lanes a budget runs: CTG_BUDGET_LANES when set (1 runs the budget on the matrix's own
 * probes only), else one a core up to MAX_LANES. Read before any probe starts: bad input is exit 2.
 */
export declare function budgetLanes(env?: NodeJS.ProcessEnv): number;
export declare function spendBudget(options: SpendBudgetOptions): Promise<{
    cells: CellReport[];
    record: BudgetRecord;
}>;
