/**
 * The one judgement on the GIL record (the probe only reports it, ctg_probe/gil.py; a run-level judgement on the report's runtimes, not a contract's rule): a
 * free-threaded build whose GIL was enabled after the executor's module was imported, or by the
 * end of the run, did not test a free-threaded runtime. Each such target is a run-level warning
 * (an error with `requireFreeThreading`), worded here once for every sink.
 */
import type { Report, RunWarning, TargetReport, Verdict } from './model.js';
/** The warnings of the run's targets, in target order; none for runtimes without a GIL record. */
export declare function gilWarnings(targets: readonly TargetReport[], required: boolean): RunWarning[];
/** Whether the run's verdict turns from pass to error: a warning `requireFreeThreading` made one. */
export declare function failsFreeThreading(warnings: readonly RunWarning[]): boolean;
/**
 * A report read from files (judged or merged): its warnings derived again from its targets' GIL
 * records, never taken from the file; required when a file's warning was an error.
 */
export declare function rederiveGil(targets: readonly TargetReport[], read: readonly RunWarning[], verdict: Verdict): Pick<Report, 'verdict' | 'warnings'>;
