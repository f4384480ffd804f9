/**
 * What one experiment (a cell) is: the dimensions of the matrix, as the matrix makes them and the
 * probe protocol sends them (docs/protocol.md, `cell`), and a cell of the run. It sits below the
 * matrix, the probes and grading, so that none of them imports another for it.
 */
import type { Scenario } from './scenarios.js';
/** What an experiment is: the dimensions of the matrix (docs/protocol.md, `cell`). */
export interface CellParams {
    scenario: Scenario;
    workers: number;
    tasks: number;
    callbackDelayMs: number;
    taskMs: number;
    /** Callbacks per future in `order` and `raising`; 1 elsewhere. */
    callbacks: number;
    repeat: number;
}
/**
 * The dimensions, in the order a report and a key list them: every other list of them (the
 * report's schema, what a comparison measures) is checked against CellParams or built from this.
 */
export declare const CELL_DIMENSIONS: readonly ["scenario", "workers", "tasks", "callbackDelayMs", "taskMs", "callbacks", "repeat"];
/**
 * How a perturbed lane shakes the schedule (docs/protocol.md, `perturb`; 0: not this one): the
 * probe's switch interval, random spins of up to N us just before and after each registration and
 * at each task's end, extra busy threads, how long a held task polls its gate before it blocks, one
 * core, and registration aimed at each task's end. It changes no observation, only where the
 * threads are when they make them.
 */
export interface Perturbation {
    switchIntervalUs: number;
    spinBeforeUs: number;
    spinAfterUs: number;
    spinTaskEndUs: number;
    extraThreads: number;
    gatePollUs: number;
    /** 1: the probe's driver and the threads it starts share one core (Linux), 0: as the OS likes. */
    oneCore: number;
    /**
     * 1: registration aimed at the task's end: the held experiment keeps one task in flight, waits
     * until it is parked at its last instruction, registers, lets it go and blocks until it is done,
     * so the completion lands microseconds after the registration (docs/performance.md).
     */
    aimAtCompletion: number;
}
/**
 * Each perturbation setting and its largest value: the configuration's bounds, and the probe's
 * (ctg_probe/perturb.py reads them from its generated module and treats a value outside as 0).
 */
export declare const PERTURBATION_LIMITS: {
    readonly switchIntervalUs: 1000000;
    readonly spinBeforeUs: 100000;
    readonly spinAfterUs: 100000;
    readonly spinTaskEndUs: 100000;
    readonly extraThreads: 64;
    readonly gatePollUs: 1000000;
    readonly oneCore: 1;
    readonly aimAtCompletion: 1;
};
/** The `cell` message the runner sends (without its `type`). */
export interface CellMessage extends CellParams {
    id: string;
    timeoutMs: number;
    /** Only on a perturbed lane's repetitions (budget.ts); a probe that does not know it ignores it. */
    perturb?: Perturbation;
}
/** A cell of the run: its message, the target it runs on, and its name when the config gave one. */
export interface Cell extends CellMessage {
    target: string;
    name?: string;
}
