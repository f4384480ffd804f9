/**
 * What a report says about the reproducer the run wrote (src/engine/repro/write.ts): a leaf, so the
 * report model can name it without importing the run.
 */
import type { Perturbation } from './cell.js';
/** What the report says about the reproducer it wrote. */
export interface ReproducerRecord {
    /** The file written. */
    path: string;
    /** How to run it (a shell command). */
    command: string;
    target: string;
    /** The failing cell it reproduces, and the rules it looks for. */
    cell: string;
    rules: string[];
    /** The experiment it runs, after shrinking. */
    workers: number;
    tasks: number;
    /** Fresh executors it tries before it says the fault did not reproduce. */
    tries: number;
    /** Runs spent shrinking, and how many of them still failed. */
    shrinkRuns: number;
    shrinkFailed: number;
    /** The perturbation the shrinking runs and the reproducer apply, as the run's perturbed lanes did. */
    perturb?: Perturbation;
}
