/**
 * All grading happens here: each observed outcome is checked against the contract's rules.
 *
 * - A rule applies to an outcome when its `given` matches; it holds when its `expect` matches.
 * - An outcome breaking an applicable rule is forbidden, unless an `interesting` entry matches it
 *   and waives exactly the rules it breaks: then it is interesting (allowed, worth a look).
 * - An outcome that no rule with a non-empty `given` speaks about is forbidden ("unlisted"),
 *   as jcstress forbids every outcome its test does not list.
 */
import type { Scenario } from '../scenarios.js';
import type { Outcome, Sample } from '../probes/protocol.js';
import type { Contract, FactValue, Pattern } from './contract.js';
export type Grade = 'acceptable' | 'interesting' | 'forbidden';
export interface Breach {
    rule: string;
    says: string;
    source: string;
    /** The facts the rule expected and the values it allows, only where the outcome differs. */
    expected: Record<string, FactValue[]>;
    observed: Record<string, FactValue>;
}
export interface GradedOutcome extends Outcome {
    grade: Grade;
    /** The rules that spoke about this outcome (or the interesting entry that allowed it). */
    rules: string[];
    broken: Breach[];
}
export interface Violation {
    rule: string;
    says: string;
    source: string;
    /** How many callbacks broke the rule. */
    count: number;
    expected: Record<string, FactValue[]>;
    observed: Record<string, FactValue>[];
    samples: Sample[];
}
export declare const UNLISTED: Pick<Breach, 'rule' | 'says' | 'source'>;
export declare function gradeOutcomes(scenario: Scenario, outcomes: Outcome[], contract: Contract): GradedOutcome[];
export declare function gradeOutcome(scenario: Scenario, outcome: Outcome, contract: Contract): GradedOutcome;
/** Forbidden outcomes grouped by the rule they break: what the report shows for a failing cell. */
/** A cell with a violation fails; one whose every outcome is allowed passes. */
export declare function verdictOf(violations: Violation[]): 'pass' | 'fail';
export declare function violationsOf(graded: GradedOutcome[]): Violation[];
export declare function matches(pattern: Pattern, facts: Record<string, FactValue | undefined>): boolean;
