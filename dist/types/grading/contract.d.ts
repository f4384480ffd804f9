/**
 * A contract is data: rules that every outcome in their scope must satisfy, and "interesting"
 * outcomes that are allowed but worth a look (jcstress's ACCEPTABLE_INTERESTING). An outcome that
 * no rule speaks about is forbidden, as in jcstress.
 */
import { z } from 'zod';
import { factValue } from '../probes/protocol.js';
export declare const FACT_NAMES: readonly ["scenario", "registered", "ranOn", "inline", "calls", "taskOn", "order", "role", "cancelled", "error", "call", "ranAt", "settled"];
export type FactName = (typeof FACT_NAMES)[number];
export type FactValue = z.infer<typeof factValue>;
declare const pattern: z.ZodRecord<z.ZodEnum<{
    order: "order";
    role: "role";
    cancelled: "cancelled";
    error: "error";
    call: "call";
    scenario: "scenario";
    registered: "registered";
    ranOn: "ranOn";
    inline: "inline";
    calls: "calls";
    taskOn: "taskOn";
    ranAt: "ranAt";
    settled: "settled";
}> & z.core.$partial, z.ZodUnion<readonly [z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>, z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>>]>>;
declare const ruleSchema: z.ZodObject<{
    id: z.ZodString;
    says: z.ZodString;
    source: z.ZodString;
    given: z.ZodDefault<z.ZodRecord<z.ZodEnum<{
        order: "order";
        role: "role";
        cancelled: "cancelled";
        error: "error";
        call: "call";
        scenario: "scenario";
        registered: "registered";
        ranOn: "ranOn";
        inline: "inline";
        calls: "calls";
        taskOn: "taskOn";
        ranAt: "ranAt";
        settled: "settled";
    }> & z.core.$partial, z.ZodUnion<readonly [z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>, z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>>]>>>;
    expect: z.ZodRecord<z.ZodEnum<{
        order: "order";
        role: "role";
        cancelled: "cancelled";
        error: "error";
        call: "call";
        scenario: "scenario";
        registered: "registered";
        ranOn: "ranOn";
        inline: "inline";
        calls: "calls";
        taskOn: "taskOn";
        ranAt: "ranAt";
        settled: "settled";
    }> & z.core.$partial, z.ZodUnion<readonly [z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>, z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>>]>>;
}, z.core.$strict>;
declare const interestingSchema: z.ZodObject<{
    id: z.ZodString;
    says: z.ZodString;
    source: z.ZodString;
    given: z.ZodDefault<z.ZodRecord<z.ZodEnum<{
        order: "order";
        role: "role";
        cancelled: "cancelled";
        error: "error";
        call: "call";
        scenario: "scenario";
        registered: "registered";
        ranOn: "ranOn";
        inline: "inline";
        calls: "calls";
        taskOn: "taskOn";
        ranAt: "ranAt";
        settled: "settled";
    }> & z.core.$partial, z.ZodUnion<readonly [z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>, z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>>]>>>;
    expect: z.ZodRecord<z.ZodEnum<{
        order: "order";
        role: "role";
        cancelled: "cancelled";
        error: "error";
        call: "call";
        scenario: "scenario";
        registered: "registered";
        ranOn: "ranOn";
        inline: "inline";
        calls: "calls";
        taskOn: "taskOn";
        ranAt: "ranAt";
        settled: "settled";
    }> & z.core.$partial, z.ZodUnion<readonly [z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>, z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>>]>>;
    waives: z.ZodArray<z.ZodString>;
}, z.core.$strict>;
export declare const contractSchema: z.ZodObject<{
    name: z.ZodString;
    title: z.ZodString;
    description: z.ZodOptional<z.ZodString>;
    sources: z.ZodRecord<z.ZodString, z.ZodString>;
    rules: z.ZodArray<z.ZodObject<{
        id: z.ZodString;
        says: z.ZodString;
        source: z.ZodString;
        given: z.ZodDefault<z.ZodRecord<z.ZodEnum<{
            order: "order";
            role: "role";
            cancelled: "cancelled";
            error: "error";
            call: "call";
            scenario: "scenario";
            registered: "registered";
            ranOn: "ranOn";
            inline: "inline";
            calls: "calls";
            taskOn: "taskOn";
            ranAt: "ranAt";
            settled: "settled";
        }> & z.core.$partial, z.ZodUnion<readonly [z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>, z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>>]>>>;
        expect: z.ZodRecord<z.ZodEnum<{
            order: "order";
            role: "role";
            cancelled: "cancelled";
            error: "error";
            call: "call";
            scenario: "scenario";
            registered: "registered";
            ranOn: "ranOn";
            inline: "inline";
            calls: "calls";
            taskOn: "taskOn";
            ranAt: "ranAt";
            settled: "settled";
        }> & z.core.$partial, z.ZodUnion<readonly [z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>, z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>>]>>;
    }, z.core.$strict>>;
    interesting: z.ZodDefault<z.ZodArray<z.ZodObject<{
        id: z.ZodString;
        says: z.ZodString;
        source: z.ZodString;
        given: z.ZodDefault<z.ZodRecord<z.ZodEnum<{
            order: "order";
            role: "role";
            cancelled: "cancelled";
            error: "error";
            call: "call";
            scenario: "scenario";
            registered: "registered";
            ranOn: "ranOn";
            inline: "inline";
            calls: "calls";
            taskOn: "taskOn";
            ranAt: "ranAt";
            settled: "settled";
        }> & z.core.$partial, z.ZodUnion<readonly [z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>, z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>>]>>>;
        expect: z.ZodRecord<z.ZodEnum<{
            order: "order";
            role: "role";
            cancelled: "cancelled";
            error: "error";
            call: "call";
            scenario: "scenario";
            registered: "registered";
            ranOn: "ranOn";
            inline: "inline";
            calls: "calls";
            taskOn: "taskOn";
            ranAt: "ranAt";
            settled: "settled";
        }> & z.core.$partial, z.ZodUnion<readonly [z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>, z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>>]>>;
        waives: z.ZodArray<z.ZodString>;
    }, z.core.$strict>>>;
}, z.core.$strict>;
export type Contract = z.infer<typeof contractSchema>;
export type ContractInput = z.input<typeof contractSchema>;
export type Rule = z.infer<typeof ruleSchema>;
export type Interesting = z.infer<typeof interestingSchema>;
export type Pattern = z.infer<typeof pattern>;
export {};
