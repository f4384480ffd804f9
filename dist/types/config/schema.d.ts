/**
 * The shape of a configuration, from a YAML/JSON file, CLI flags or action inputs.
 * Every bound is here, so that an absurd value is refused with the bound in the message.
 */
import { z } from 'zod';
import { FARM_OPTION_NAMES } from '../model/pools.js';
export declare const LIMITS: {
    readonly workers: 256;
    readonly tasks: 1000000;
    readonly delayMs: 600000;
    readonly taskMs: 600000;
    readonly repeat: 100000;
    readonly callbacks: 16;
    readonly targets: 32;
    readonly cells: 10000;
    readonly timeoutMs: 3600000;
    /** A day: a budget is CI time, and a longer run belongs to a scheduled soak, not a guard. */
    readonly budgetSeconds: 86400;
    /** The rarest planted misroute a control may ask for: one callback in a billion. */
    readonly controlOneIn: 1000000000;
    /** worker-farm's counts and milliseconds (maxCallTime: an hour is past any cell's timeout). */
    readonly farmOption: 3600000;
};
export { FARM_OPTION_NAMES };
export declare const targetSchema: z.ZodObject<{
    name: z.ZodOptional<z.ZodString>;
    python: z.ZodOptional<z.ZodString>;
    executor: z.ZodOptional<z.ZodString>;
    pythonPath: z.ZodOptional<z.ZodArray<z.ZodString>>;
    asyncio: z.ZodOptional<z.ZodUnion<readonly [z.ZodBoolean, z.ZodString]>>;
    portal: z.ZodOptional<z.ZodString>;
    pool: z.ZodOptional<z.ZodEnum<{
        "worker-farm": "worker-farm";
        piscina: "piscina";
        workerpool: "workerpool";
    }>>;
    adapter: z.ZodOptional<z.ZodString>;
    command: z.ZodOptional<z.ZodString>;
    contract: z.ZodOptional<z.ZodString>;
    poolOptions: z.ZodOptional<z.ZodObject<{
        maxRetries: z.ZodOptional<z.ZodNumber>;
        maxCallTime: z.ZodOptional<z.ZodNumber>;
        maxConcurrentCalls: z.ZodOptional<z.ZodNumber>;
        maxConcurrentCallsPerWorker: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strict>>;
}, z.core.$strict>;
export declare const experimentSchema: z.ZodObject<{
    name: z.ZodOptional<z.ZodString>;
    scenario: z.ZodEnum<{
        timed: "timed";
        done: "done";
        cancel: "cancel";
        shutdown: "shutdown";
        overload: "overload";
        "aio-pending": "aio-pending";
        "aio-done": "aio-done";
        "aio-bridge": "aio-bridge";
        "aio-underlying": "aio-underlying";
        "aio-cancel": "aio-cancel";
        "aio-closing": "aio-closing";
        "aio-portal": "aio-portal";
        order: "order";
        running: "running";
        raising: "raising";
        killed: "killed";
        failing: "failing";
        timeout: "timeout";
        ending: "ending";
    }>;
    workers: z.ZodNumber;
    tasks: z.ZodNumber;
    callbackDelayMs: z.ZodDefault<z.ZodNumber>;
    taskMs: z.ZodDefault<z.ZodNumber>;
}, z.core.$strict>;
export declare const matrixSchema: z.ZodObject<{
    scenarios: z.ZodOptional<z.ZodArray<z.ZodEnum<{
        timed: "timed";
        done: "done";
        cancel: "cancel";
        shutdown: "shutdown";
        overload: "overload";
        "aio-pending": "aio-pending";
        "aio-done": "aio-done";
        "aio-bridge": "aio-bridge";
        "aio-underlying": "aio-underlying";
        "aio-cancel": "aio-cancel";
        "aio-closing": "aio-closing";
        "aio-portal": "aio-portal";
        order: "order";
        running: "running";
        raising: "raising";
        killed: "killed";
        failing: "failing";
        timeout: "timeout";
        ending: "ending";
    }>>>;
    workers: z.ZodDefault<z.ZodArray<z.ZodNumber>>;
    tasks: z.ZodDefault<z.ZodArray<z.ZodNumber>>;
    callbackDelayMs: z.ZodDefault<z.ZodArray<z.ZodNumber>>;
    taskMs: z.ZodDefault<z.ZodArray<z.ZodNumber>>;
}, z.core.$strict>;
/** "90s", "2m", "1h", "1.5m" or seconds (a number, or digits): milliseconds, or a problem. */
export declare function parseDuration(value: number | string): number | string;
export declare const configSchema: z.ZodObject<{
    targets: z.ZodDefault<z.ZodArray<z.ZodObject<{
        name: z.ZodOptional<z.ZodString>;
        python: z.ZodOptional<z.ZodString>;
        executor: z.ZodOptional<z.ZodString>;
        pythonPath: z.ZodOptional<z.ZodArray<z.ZodString>>;
        asyncio: z.ZodOptional<z.ZodUnion<readonly [z.ZodBoolean, z.ZodString]>>;
        portal: z.ZodOptional<z.ZodString>;
        pool: z.ZodOptional<z.ZodEnum<{
            "worker-farm": "worker-farm";
            piscina: "piscina";
            workerpool: "workerpool";
        }>>;
        adapter: z.ZodOptional<z.ZodString>;
        command: z.ZodOptional<z.ZodString>;
        contract: z.ZodOptional<z.ZodString>;
        poolOptions: z.ZodOptional<z.ZodObject<{
            maxRetries: z.ZodOptional<z.ZodNumber>;
            maxCallTime: z.ZodOptional<z.ZodNumber>;
            maxConcurrentCalls: z.ZodOptional<z.ZodNumber>;
            maxConcurrentCallsPerWorker: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strict>>;
    }, z.core.$strict>>>;
    matrix: z.ZodOptional<z.ZodObject<{
        scenarios: z.ZodOptional<z.ZodArray<z.ZodEnum<{
            timed: "timed";
            done: "done";
            cancel: "cancel";
            shutdown: "shutdown";
            overload: "overload";
            "aio-pending": "aio-pending";
            "aio-done": "aio-done";
            "aio-bridge": "aio-bridge";
            "aio-underlying": "aio-underlying";
            "aio-cancel": "aio-cancel";
            "aio-closing": "aio-closing";
            "aio-portal": "aio-portal";
            order: "order";
            running: "running";
            raising: "raising";
            killed: "killed";
            failing: "failing";
            timeout: "timeout";
            ending: "ending";
        }>>>;
        workers: z.ZodDefault<z.ZodArray<z.ZodNumber>>;
        tasks: z.ZodDefault<z.ZodArray<z.ZodNumber>>;
        callbackDelayMs: z.ZodDefault<z.ZodArray<z.ZodNumber>>;
        taskMs: z.ZodDefault<z.ZodArray<z.ZodNumber>>;
    }, z.core.$strict>>;
    experiments: z.ZodOptional<z.ZodArray<z.ZodObject<{
        name: z.ZodOptional<z.ZodString>;
        scenario: z.ZodEnum<{
            timed: "timed";
            done: "done";
            cancel: "cancel";
            shutdown: "shutdown";
            overload: "overload";
            "aio-pending": "aio-pending";
            "aio-done": "aio-done";
            "aio-bridge": "aio-bridge";
            "aio-underlying": "aio-underlying";
            "aio-cancel": "aio-cancel";
            "aio-closing": "aio-closing";
            "aio-portal": "aio-portal";
            order: "order";
            running: "running";
            raising: "raising";
            killed: "killed";
            failing: "failing";
            timeout: "timeout";
            ending: "ending";
        }>;
        workers: z.ZodNumber;
        tasks: z.ZodNumber;
        callbackDelayMs: z.ZodDefault<z.ZodNumber>;
        taskMs: z.ZodDefault<z.ZodNumber>;
    }, z.core.$strict>>>;
    repeat: z.ZodDefault<z.ZodNumber>;
    callbacks: z.ZodDefault<z.ZodNumber>;
    timeoutMs: z.ZodDefault<z.ZodNumber>;
    budget: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
    keepGoing: z.ZodDefault<z.ZodBoolean>;
    perturb: z.ZodDefault<z.ZodUnion<readonly [z.ZodBoolean, z.ZodObject<{
        switchIntervalUs: z.ZodDefault<z.ZodNumber>;
        spinBeforeUs: z.ZodDefault<z.ZodNumber>;
        spinAfterUs: z.ZodDefault<z.ZodNumber>;
        spinTaskEndUs: z.ZodDefault<z.ZodNumber>;
        extraThreads: z.ZodDefault<z.ZodNumber>;
        gatePollUs: z.ZodDefault<z.ZodNumber>;
        oneCore: z.ZodDefault<z.ZodNumber>;
        aimAtCompletion: z.ZodDefault<z.ZodNumber>;
    }, z.core.$strict>]>>;
    requireFreeThreading: z.ZodDefault<z.ZodBoolean>;
    control: z.ZodOptional<z.ZodUnion<readonly [z.ZodBoolean, z.ZodNumber]>>;
}, z.core.$strict>;
export type TargetInput = z.infer<typeof targetSchema>;
export type Experiment = z.infer<typeof experimentSchema>;
export type MatrixInput = z.infer<typeof matrixSchema>;
/** A target's fields, as the messages about them name them. */
export type TargetField = 'python' | 'executor' | 'pythonPath' | 'asyncio' | 'portal' | 'pool' | 'adapter' | 'command' | 'contract' | 'poolOptions';
/** worker-farm options of a target, as the configuration checked them. */
export type FarmOptions = NonNullable<TargetInput['poolOptions']>;
/** The flag or input that set a target field, when one did: "--contract", "input python". */
export type FieldLabels = Partial<Record<TargetField, string>>;
export type Config = z.infer<typeof configSchema> & {
    labels?: FieldLabels;
};
export type RawConfig = z.input<typeof configSchema>;
