/**
 * What a report says about a positive control (src/engine/control.ts): a leaf, so the report model
 * can name it without importing the run.
 */
/** One target's control: its own executor, made to misroute one callback in `oneIn`. */
export interface ControlRecord {
    target: string;
    oneIn: number;
    /** Control runs made, and in how many the planted misroute was seen as a violation. */
    runs: number;
    caught: number;
    /** Control runs that could not run (a probe failed): neither caught nor missed. */
    errors: number;
    /** Callbacks the control runs graded, all runs together. */
    callbacks: number;
    /** Of those, the callbacks of perturbed repetitions (the budget's perturbed lanes; absent: none ran). */
    perturbedCallbacks?: number;
    /**
     * caught: in every run; partly: in some (a fault at that rate is seen only sometimes in a run of
     * this size); missed: in none (the run is blind at that rate); not-run: see reason.
     */
    status: 'caught' | 'partly' | 'missed' | 'not-run';
    reason?: string;
}
