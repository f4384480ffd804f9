/**
 * The adapter module interface: how the Node probe drives a worker pool (docs/adapter.md).
 * The built-in pools (pools/*.ts) implement it, and so does a user's `--adapter` module.
 *
 * An adapter is a handful of functions around the pool's own API. The probe never sees the
 * pool's internals: it submits tasks, attaches completion handlers, and observes where and when
 * each handler runs.
 */
import { type PoolOption, type Scenario } from '../../model/scenarios.js';
/** What one task receives. Plain JSON, so that any pool can carry it: threads or processes. */
export interface TaskInput {
    /** Which repetition of the probe the task belongs to. */
    run: number;
    /** Which task of the repetition; warm-up and blocker tasks have negative indexes. */
    index: number;
    /** How long the task takes once it is released, in milliseconds. */
    taskMs: number;
    /** The probe's gate (a local socket or named pipe): the task announces itself there and waits to be released. */
    gate: string;
    /** The task's function fails once let go: a callback-style task calls back with a RangeError. */
    fails?: true;
    /** A perturbed cell: the task spins a random 0..N microseconds at its end, before it settles. */
    spinEndUs?: number;
}
/** What a task returns: where it ran. */
export interface TaskResult {
    pid: number;
    threadId: number;
}
/** A completion handler as data, for pools that run completion hooks in a worker (see runHandler). */
export interface PortableHandler {
    /** The probe's record of handler runs; shared memory, so any thread of the probe process can write it. */
    ledger: SharedArrayBuffer;
    slot: number;
    /** The handler throws after it is recorded (the `raising` scenario). */
    raises: boolean;
}
/**
 * The handler the probe attaches: call it once when the task settles, fulfilled or rejected.
 * An adapter that can tell which attaches `fulfilled` and `rejected` instead
 * (`task.then(handler.fulfilled, handler.rejected)`): the same handler, which also records how it
 * was called, so that a handler a pool runs only at close() can be told apart from a task that
 * completed (docs/adapter.md, "Handlers that run at close()"). Calling the plain handler records
 * `unknown`.
 */
export interface CompletionHandler {
    (): void;
    readonly portable: PortableHandler;
    /** The task was fulfilled (completed with a result). */
    readonly fulfilled: () => void;
    /** The task was rejected (failed, cancelled, or dropped by the pool). */
    readonly rejected: () => void;
}
/**
 * The environment variable that names the task module (the same path as PoolOptions.taskModule).
 * The probe sets it in its own environment before it loads the adapter, so a worker script that
 * the pool loads by itself finds the module there: worker threads start with a copy of the
 * environment, child processes inherit it.
 */
export declare const TASK_MODULE_ENV = "CTG_TASK_MODULE";
export interface PoolOptions {
    /** The pool must have exactly this many workers. */
    workers: number;
    /**
     * Absolute path of the task module (CommonJS). Workers load it and call its `probeTask(input)`,
     * which returns a Promise of a TaskResult; callback-style pools can call
     * `probeTaskCallback(input, callback)` instead. Also in the environment, as CTG_TASK_MODULE.
     */
    taskModule: string;
    /**
     * The one pool limit the cell tests (`timeout`: maxCallTime, `overload`: maxConcurrentCalls),
     * absent elsewhere. Such a limit fails calls by design, and the probe holds calls as long as it
     * needs to: a pool that can should apply its options() limits only where the cell names them.
     */
    limit?: PoolOption;
}
/**
 * The adapter module's exports. `Pool` and `Task` are whatever the pool's API uses (a pool object,
 * a promise); the probe only passes them back to the adapter.
 *
 * Which scenarios the probe runs follows from what the adapter exports (the `adapter` trait of
 * each scenario, src/model/scenarios.ts): with `attach`, handlers attach at any time (a promise API):
 * running, timed, done, order, raising, plus cancel with `cancel` and shutdown with `shutdown`.
 * Without `attach` (a callback API), the one handler is given to `run` at submission: timed,
 * killed and failing, plus shutdown and ending with `shutdown`, timeout with a maxCallTime and
 * overload with a maxConcurrentCalls in `options()`.
 */
export interface PoolAdapter<Pool = unknown, Task = unknown> {
    /** What the report names as the executor, for example "my-pool 1.2.0". */
    name: string;
    /** Creates a pool of `options.workers` workers. */
    create(options: PoolOptions): Pool | Promise<Pool>;
    /** Submits one task. `handler` is given only to adapters without `attach`. */
    run(pool: Pool, input: TaskInput, handler?: CompletionHandler): Task;
    /** Attaches a completion handler to a submitted task, the way a user of the pool would. */
    attach?(task: Task, handler: CompletionHandler): void;
    /**
     * Cancels a task that is still queued. It may say whether the pool took the cancel: `true`, the
     * task will not run (the probe then records the handler attached next as `registered:
     * cancelled`, even while the task's promise stays pending); `false`, it could not be cancelled;
     * nothing (undefined), the adapter cannot tell.
     */
    cancel?(pool: Pool, task: Task): boolean | void;
    /** Stops the pool while tasks are queued, the way the pool does it (drop them, or let them finish). */
    shutdown?(pool: Pool): void | Promise<void>;
    /** Stops every worker, also busy ones, also after shutdown or a failure. Called once per pool. */
    close(pool: Pool): void | Promise<void>;
    /**
     * The pool's options, in worker-farm's names, that every pool it creates gets: a callback-style
     * adapter whose pool has a maxCallTime or a maxConcurrentCalls gets the scenarios that need it
     * (`timeout`, `overload`; docs/adapter.md).
     */
    options?(): Readonly<Record<string, unknown>>;
}
/** A pool option the adapter's options() sets to a finite number above zero, if it does. */
export declare function poolOptionOf(adapter: PoolAdapter, option: PoolOption): number | undefined;
/** What the probe announces in its hello: the scenarios it runs, and why not each other one. */
export interface ScenarioSupport {
    scenarios: Scenario[];
    unsupported: Partial<Record<Scenario, string>>;
}
/** What the adapter's exports allow: which scenarios the probe runs, and the reason for the rest. */
export declare function scenarioSupportOf(adapter: PoolAdapter): ScenarioSupport;
/** Checks a loaded adapter module; returns the problem in one line, or the adapter. */
export declare function checkAdapter(exports: unknown, fallbackName: string): {
    adapter: PoolAdapter;
} | {
    problem: string;
};
