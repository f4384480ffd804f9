/**
 * What a run is worth: per target and rule, how many callbacks the rule was checked against, how
 * many broke it, and the exact 95% upper bound on its violation rate. Derived only from graded
 * outcome histograms and the contract (never from what a probe claims it checked), so the counts
 * always add up to the histograms.
 */
import type { Scenario } from '../model/scenarios.js';
import type { Contract } from './contract.js';
import { type GradedOutcome } from './grade.js';
/** One entry of the report's `evidence`: a rule of a target's contract and its counts. */
export interface Evidence {
    target: string;
    rule: string;
    /** Callbacks the rule spoke about (its `given` matched them). */
    checked: number;
    /** Of those, callbacks in forbidden outcomes that broke it. */
    broken: number;
    /** One-sided 95% Clopper-Pearson upper bound on the rule's violation rate; 1 when unchecked. */
    upperBound: number;
}
/** A graded cell, as far as evidence needs it. */
export interface GradedHistogram {
    target: string;
    scenario: Scenario;
    outcomes: GradedOutcome[];
}
/** A target and the name of the contract that graded it. */
export interface GradedTarget {
    name: string;
    contract: string;
}
/**
 * Every rule of every target's contract, in contract order; `unlisted` follows when outcomes no
 * rule speaks about were seen (it is checked against every callback).
 */
export declare function collectEvidence(targets: GradedTarget[], contracts: Record<string, Contract>, cells: GradedHistogram[]): Evidence[];
/** A target at a glance: every callback graded, how many were forbidden, and the bound. */
export interface TargetEvidence {
    target: string;
    callbacks: number;
    forbidden: number;
    upperBound: number;
}
/** Every target at a glance, in one pass over the cells (targets without cells are absent). */
export declare function targetsEvidence(cells: GradedHistogram[]): Map<string, TargetEvidence>;
/** How often an interesting entry allowed an outcome, among the callbacks its `given` speaks of. */
export interface InterestingRate {
    target: string;
    entry: string;
    count: number;
    /** Callbacks the entry's `given` matched. */
    of: number;
    /** Two-sided 95% Clopper-Pearson interval on the rate. */
    interval: [number, number];
}
export declare function interestingRates(targets: GradedTarget[], contracts: Record<string, Contract>, cells: GradedHistogram[]): InterestingRate[];
/** An interesting entry's count and the callbacks its `given` matched, zero or not. */
export interface InterestingTally {
    target: string;
    entry: string;
    count: number;
    of: number;
}
/** Every interesting entry of every target's contract, in contract order, seen or not. */
export declare function interestingTallies(targets: GradedTarget[], contracts: Record<string, Contract>, cells: GradedHistogram[]): InterestingTally[];
