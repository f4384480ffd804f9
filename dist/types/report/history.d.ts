import type { Contract } from '../grading/contract.js';
import { type Drift } from '../grading/drift.js';
import type { History, Report } from './model.js';
/** Runs of each interesting entry kept per target, by default. */
export declare const HISTORY_RUNS = 30;
/** Target fingerprints kept: the targets of this run first, then the most recently run. */
export declare const HISTORY_TARGETS = 64;
export interface FoldOptions {
    /** Runs of each interesting entry kept (default HISTORY_RUNS). */
    runs?: number;
    /** Target fingerprints kept (default HISTORY_TARGETS). */
    targets?: number;
}
/** Where the earlier history comes from: a baseline report, and whether its history counts. */
export interface HistorySource {
    history: History | undefined;
    /**
     * The baseline is the base branch's own report: a file the workflow names (`baseline`), or one
     * found among the base repository's runs. A report a fork could have written is not.
     */
    trusted: boolean;
}
export interface Folded {
    history: History;
    /** What the reader should know: a history that starts again, or was not pooled. Plain words. */
    notes: string[];
    /** A history dropped because it does not add up: one line each, for the log. */
    warnings: string[];
    /** The targets this run folded in (the others' histories are only kept). */
    current: string[];
}
/** This run's counts folded into the trusted baseline's history. */
export declare function foldHistory(previous: HistorySource | undefined, report: Report, options?: FoldOptions): Folded;
/** The contract's content, hashed: an edited contract is another contract. */
export declare function contractHash(contract: Contract): string;
/**
 * Why a history cannot be right, in a few words; undefined when its sums add up. Checked: sizes
 * within the caps, whole sums no part exceeds, per-run series no longer than the runs and adding
 * up to the totals when they cover every run, and dates in order, not after this run.
 */
export declare function historyProblem(history: History, now: string, caps: {
    runs: number;
    targets: number;
}): string | undefined;
/**
 * The report with its history: this run folded into the baseline's (when the caller trusts it),
 * and the pooled view of it. The warnings are for the log, one line each.
 */
export declare function withHistory(report: Report, baseline: {
    report: Report;
    trusted: boolean;
} | undefined, options?: FoldOptions): {
    report: Report;
    warnings: string[];
};
/** A rule's pooled counts over a target's runs, and the 95% upper bound on its rate. */
export interface PooledEvidence {
    target: string;
    rule: string;
    checked: number;
    broken: number;
    runs: number;
    /** The date of the first run pooled (ISO). */
    since: string;
    upperBound: number;
}
/** A target's pooled totals over every rule, as its evidence line has them. */
export interface PooledTarget {
    target: string;
    callbacks: number;
    forbidden: number;
    runs: number;
    since: string;
    upperBound: number;
}
/** An interesting entry's rate over the last runs, and whether this run's drifted from them. */
export interface Trend {
    target: string;
    entry: string;
    /** count / of per run, oldest first, this run last (NaN-free: a run of none is left out). */
    rates: number[];
    drift?: Drift;
}
export interface Pooled {
    notes: string[];
    targets: PooledTarget[];
    evidence: PooledEvidence[];
    trends: Trend[];
    /** The false-alarm rate of the drift test over the whole report, and per series tested. */
    alpha: number;
}
/** Family-wise false-alarm rate of the drift test per report (Bonferroni over its series). */
export declare const DRIFT_ALPHA = 0.01;
/** The pooled view of the targets this run folded in (the others' histories are only kept). */
export declare function poolHistory(folded: Folded): Pooled;
