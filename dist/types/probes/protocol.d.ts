/**
 * Messages of the probe protocol (docs/protocol.md), validated as they arrive: a probe is
 * another program, and a regression guard must not trust what it cannot check.
 */
import { z } from 'zod';
export { PROTOCOL_VERSION } from './protocol-version.js';
export type { CellMessage, CellParams } from '../model/cell.js';
export { ERROR_TYPES, type ErrorType } from './fact-values.js';
/** What a fact is: a name, a number or a flag (the one definition; contracts and reports use it). */
export declare const factValue: z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>;
export declare const factsSchema: z.ZodObject<{
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
export declare const sampleSchema: z.ZodObject<{
    task: z.ZodNullable<z.ZodString>;
    callback: z.ZodNullable<z.ZodString>;
    caller: z.ZodNullable<z.ZodString>;
}, z.core.$strict>;
export declare const outcomeSchema: z.ZodObject<{
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
    }, z.core.$strict>>>;
}, z.core.$strict>;
/**
 * The GIL as the Python probe saw it (docs/protocol.md): the build, and whether the GIL was
 * enabled before the executor's module was imported, after it, and at the end of the run (the
 * `end` message). null: could not be observed. `observedWith`: `sys._is_gil_enabled` (3.13+),
 * or `build` (no such function: a default build always holds the GIL).
 */
export declare const gilSchema: z.ZodObject<{
    build: z.ZodEnum<{
        default: "default";
        "free-threaded": "free-threaded";
    }>;
    beforeImport: z.ZodNullable<z.ZodBoolean>;
    afterImport: z.ZodNullable<z.ZodBoolean>;
    atEnd: z.ZodOptional<z.ZodNullable<z.ZodBoolean>>;
    observedWith: z.ZodEnum<{
        build: "build";
        "sys._is_gil_enabled": "sys._is_gil_enabled";
    }>;
}, z.core.$strip>;
export declare const runtimeSchema: z.ZodObject<{
    implementation: z.ZodString;
    version: z.ZodString;
    executor: z.ZodString;
    executorVersion: z.ZodOptional<z.ZodString>;
    platform: z.ZodOptional<z.ZodString>;
    gil: z.ZodOptional<z.ZodObject<{
        build: z.ZodEnum<{
            default: "default";
            "free-threaded": "free-threaded";
        }>;
        beforeImport: z.ZodNullable<z.ZodBoolean>;
        afterImport: z.ZodNullable<z.ZodBoolean>;
        atEnd: z.ZodOptional<z.ZodNullable<z.ZodBoolean>>;
        observedWith: z.ZodEnum<{
            build: "build";
            "sys._is_gil_enabled": "sys._is_gil_enabled";
        }>;
    }, z.core.$strip>>;
}, z.core.$loose>;
export declare const probeMessageSchema: z.ZodDiscriminatedUnion<[z.ZodObject<{
    type: z.ZodLiteral<"hello">;
    protocol: z.ZodNumber;
    runtime: z.ZodObject<{
        implementation: z.ZodString;
        version: z.ZodString;
        executor: z.ZodString;
        executorVersion: z.ZodOptional<z.ZodString>;
        platform: z.ZodOptional<z.ZodString>;
        gil: z.ZodOptional<z.ZodObject<{
            build: z.ZodEnum<{
                default: "default";
                "free-threaded": "free-threaded";
            }>;
            beforeImport: z.ZodNullable<z.ZodBoolean>;
            afterImport: z.ZodNullable<z.ZodBoolean>;
            atEnd: z.ZodOptional<z.ZodNullable<z.ZodBoolean>>;
            observedWith: z.ZodEnum<{
                build: "build";
                "sys._is_gil_enabled": "sys._is_gil_enabled";
            }>;
        }, z.core.$strip>>;
    }, z.core.$loose>;
    scenarios: z.ZodArray<z.ZodString>;
    unsupported: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
}, z.core.$strict>, z.ZodObject<{
    type: z.ZodLiteral<"fatal">;
    field: z.ZodString;
    message: z.ZodString;
}, z.core.$strict>, z.ZodObject<{
    type: z.ZodLiteral<"progress">;
    id: z.ZodString;
    done: z.ZodNumber;
    total: z.ZodNumber;
}, z.core.$strict>, z.ZodObject<{
    type: z.ZodLiteral<"result">;
    id: z.ZodString;
    outcomes: z.ZodArray<z.ZodObject<{
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
        }, z.core.$strict>>>;
    }, z.core.$strict>>;
    stats: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodNumber>>;
}, z.core.$strict>, z.ZodObject<{
    type: z.ZodLiteral<"cell-error">;
    id: z.ZodString;
    message: z.ZodString;
}, z.core.$strict>, z.ZodObject<{
    type: z.ZodLiteral<"skipped">;
    id: z.ZodString;
    reason: z.ZodString;
}, z.core.$strict>, z.ZodObject<{
    type: z.ZodLiteral<"end">;
    gil: z.ZodOptional<z.ZodObject<{
        atEnd: z.ZodNullable<z.ZodBoolean>;
    }, z.core.$strict>>;
}, z.core.$strict>], "type">;
export type Facts = z.infer<typeof factsSchema>;
export type Sample = z.infer<typeof sampleSchema>;
export type Outcome = z.infer<typeof outcomeSchema>;
export type Runtime = z.infer<typeof runtimeSchema>;
export type Gil = z.infer<typeof gilSchema>;
export type End = Extract<ProbeMessage, {
    type: 'end';
}>;
export type ProbeMessage = z.infer<typeof probeMessageSchema>;
export type Hello = Extract<ProbeMessage, {
    type: 'hello';
}>;
export type ResultMessage = Extract<ProbeMessage, {
    type: 'result';
}>;
/** What a cell comes back as, whatever went right or wrong. */
export type CellReply = {
    kind: 'result';
    outcomes: Outcome[];
    stats: Record<string, number>;
} | {
    kind: 'skipped';
    reason: string;
} | {
    kind: 'error';
    reason: string;
    stderrTail?: string[];
};
