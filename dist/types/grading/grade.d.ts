/**
 * All grading happens here: each observed outcome is checked against the contract's rules.
 *
 * - A rule applies to an outcome when its `given` matches; it holds when its `expect` matches.
 * - An outcome breaking an applicable rule is forbidden, unless an `interesting` entry matches it
 *   and waives exactly the rules it breaks: then it is interesting (allowed, worth a look).
 * - An outcome that no rule with a non-empty `given` speaks about is forbidden ("unlisted"),
 *   as jcstress forbids every outcome its test does not list.
 * - A callback on the caller's thread whose task ran there too (the `taskOn` fact: a synchronous
 *   executor, green threads) ran both on the caller's thread and where its task ran. A rule that
 *   asks for the task's thread is graded by what it means: it ran where the task ran (the rest of
 *   the rule, `inline: false`, still decides). A rule that asks for the caller's thread and not
 *   the task's cannot tell the two apart there, unless it also asks for `inline: true` (which
 *   proves the callback ran in the adding thread): it is not checked on that outcome, never broken.
 */
import { z } from 'zod';
import type { Scenario } from '../model/scenarios.js';
import { type Outcome } from '../probes/protocol.js';
import type { Contract, FactValue, Pattern, Rule } from './contract.js';
export declare const gradeSchema: z.ZodEnum<{
    interesting: "interesting";
    acceptable: "acceptable";
    forbidden: "forbidden";
}>;
export declare const breachSchema: z.ZodObject<{
    rule: z.ZodString;
    says: z.ZodString;
    source: z.ZodString;
    expected: z.ZodRecord<z.ZodString, z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>>>;
    observed: z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>>;
}, z.core.$strip>;
/** A probe's outcome with its grade. Read back from a file, a sample's unknown keys are dropped. */
export declare const gradedOutcomeSchema: z.ZodObject<{
    facts: z.ZodObject<{
        registered: z.ZodEnum<{
            done: "done";
            cancelled: "cancelled";
            running: "running";
            pending: "pending";
            "not-done": "not-done";
        }>;
        ranOn: z.ZodEnum<{
            never: "never";
            "task-thread": "task-thread";
            "caller-thread": "caller-thread";
            "other-thread": "other-thread";
            "other-process": "other-process";
        }>;
        inline: z.ZodBoolean;
        calls: z.ZodNumber;
        taskOn: z.ZodOptional<z.ZodEnum<{
            "caller-thread": "caller-thread";
            "green-thread": "green-thread";
        }>>;
        order: z.ZodOptional<z.ZodEnum<{
            "in-order": "in-order";
            "out-of-order": "out-of-order";
        }>>;
        role: z.ZodOptional<z.ZodEnum<{
            raiser: "raiser";
            "after-raiser": "after-raiser";
        }>>;
        cancelled: z.ZodOptional<z.ZodBoolean>;
        error: z.ZodOptional<z.ZodEnum<{
            none: "none";
            ProcessTerminatedError: "ProcessTerminatedError";
            TimeoutError: "TimeoutError";
            MaxConcurrentCallsError: "MaxConcurrentCallsError";
            other: "other";
        }>>;
        call: z.ZodOptional<z.ZodEnum<{
            "within-limit": "within-limit";
            "past-limit": "past-limit";
            "in-progress": "in-progress";
            queued: "queued";
        }>>;
        ranAt: z.ZodOptional<z.ZodEnum<{
            open: "open";
            close: "close";
        }>>;
        settled: z.ZodOptional<z.ZodEnum<{
            unknown: "unknown";
            fulfilled: "fulfilled";
            rejected: "rejected";
        }>>;
    }, z.core.$catchall<z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>>>;
    count: z.ZodNumber;
    samples: z.ZodDefault<z.ZodArray<z.ZodObject<{
        task: z.ZodNullable<z.ZodString>;
        callback: z.ZodNullable<z.ZodString>;
        caller: z.ZodNullable<z.ZodString>;
    }, z.core.$strip>>>;
    grade: z.ZodEnum<{
        interesting: "interesting";
        acceptable: "acceptable";
        forbidden: "forbidden";
    }>;
    rules: z.ZodArray<z.ZodString>;
    broken: z.ZodArray<z.ZodObject<{
        rule: z.ZodString;
        says: z.ZodString;
        source: z.ZodString;
        expected: z.ZodRecord<z.ZodString, z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>>>;
        observed: z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>>;
    }, z.core.$strip>>;
}, z.core.$strip>;
export declare const violationSchema: z.ZodObject<{
    rule: z.ZodString;
    says: z.ZodString;
    source: z.ZodString;
    count: z.ZodNumber;
    expected: z.ZodRecord<z.ZodString, z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>>>;
    observed: z.ZodArray<z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>>>;
    samples: z.ZodArray<z.ZodObject<{
        task: z.ZodNullable<z.ZodString>;
        callback: z.ZodNullable<z.ZodString>;
        caller: z.ZodNullable<z.ZodString>;
    }, z.core.$strip>>;
}, z.core.$strip>;
export type Grade = z.infer<typeof gradeSchema>;
export type Breach = z.infer<typeof breachSchema>;
export type GradedOutcome = z.infer<typeof gradedOutcomeSchema>;
export type Violation = z.infer<typeof violationSchema>;
export declare const UNLISTED: Pick<Breach, 'rule' | 'says' | 'source'>;
export declare function gradeOutcomes(scenario: Scenario, outcomes: Outcome[], contract: Contract): GradedOutcome[];
export declare function gradeOutcome(scenario: Scenario, outcome: Outcome, contract: Contract): GradedOutcome;
/**
 * Whether a rule can be checked on these facts: not when the callback ran on the caller's thread
 * that also ran its task and the rule asks for the caller's thread only, with nothing (an
 * `inline: true`) that proves where. Evidence counts a rule as checked only where it decides.
 */
export declare function decides(rule: Rule, facts: Record<string, FactValue | undefined>): boolean;
/** Forbidden outcomes grouped by the rule they break: what the report shows for a failing cell. */
/** A cell with a violation fails; one whose every outcome is allowed passes. */
export declare function verdictOf(violations: Violation[]): 'pass' | 'fail';
export declare function violationsOf(graded: GradedOutcome[]): Violation[];
export declare function matches(pattern: Pattern, facts: Record<string, FactValue | undefined>): boolean;
