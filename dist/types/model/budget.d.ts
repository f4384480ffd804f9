/**
 * What a run by time budget is (`--budget`), what the report says about it and what it tells the
 * user while it runs: types only, below the engine that spends it (src/engine/budget.ts) and the report
 * that records it, so neither imports the other for them.
 */
import type { Perturbation } from './cell.js';
export interface Budget {
    ms: number;
    /** Keep counting after a violation instead of stopping at the first. */
    keepGoing: boolean;
    /** Perturbed lanes: how, and for which targets (those whose probe knows `perturb`). */
    perturb?: {
        how: Perturbation;
        targets: string[];
        /**
         * The targets whose probe aims registrations at the task's end (aimAtCompletion: the Python
         * probe's held experiment); absent: every target perturbed.
         */
        aimed?: string[];
    };
    /**
     * No matrix pass first: the repetitions start from empty histograms, each cell's first one a
     * single repeat (the control's runs, src/engine/control.ts, whose slices are too short for both).
     */
    noMatrixPass?: boolean;
}
/** What the report says about the perturbed lanes. */
export interface PerturbationRecord {
    /** How the perturbed repetitions shook the schedule; absent when there were none (see `off`). */
    how?: Perturbation;
    /** Why no repetition was perturbed. */
    off?: string;
    /** The lanes whose repetitions were perturbed; with one lane, every second repetition of lane 0. */
    lanes: number[];
    everySecondRepetition: boolean;
    /** Callbacks of the budget's repetitions, perturbed and plain, per target perturbed. */
    callbacks: {
        target: string;
        perturbed: number;
        plain: number;
    }[];
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
    perturbation: PerturbationRecord;
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
