/**
 * The words a probe reports its facts in (docs/protocol.md, "Outcomes"): the one definition. The
 * protocol's schema, the grading and the Node probe read them here; the Python probe reads them
 * from its generated module (`npm run generate`), so no word is spelt twice.
 */
/** The future's state just before the callback was registered. */
export declare const REGISTERED_STATES: readonly ["pending", "running", "not-done", "done", "cancelled"];
export type RegisteredState = (typeof REGISTERED_STATES)[number];
/** Not done yet: `not-done` is a future without running(), which cannot say which of the two. */
export declare const NOT_DONE_STATES: readonly ["pending", "running", "not-done"];
/** Where the callback ran (its first run). */
export declare const RAN_ON: readonly ["task-thread", "caller-thread", "other-thread", "other-process", "never"];
export type RanOn = (typeof RAN_ON)[number];
/**
 * `taskOn`, present only when the future's task ran on the caller's own OS thread (docs/protocol.md,
 * "Outcomes"): `caller-thread`, in the caller's own flow (inside submit(): a synchronous
 * executor); `green-thread`, in another greenlet of that OS thread (green threads).
 */
export declare const TASK_ON: readonly ["caller-thread", "green-thread"];
export type TaskOn = (typeof TASK_ON)[number];
/** Whether the callback started after every earlier-registered callback that ran. */
export declare const ORDERS: readonly ["in-order", "out-of-order"];
/** `raising`: the future's first callback raises; the others run after it. */
export declare const ROLES: readonly ["raiser", "after-raiser"];
/** The `error` fact's values: worker-farm's own error types, any other error, or none. */
export declare const ERROR_TYPES: readonly ["none", "ProcessTerminatedError", "TimeoutError", "MaxConcurrentCallsError", "other"];
export type ErrorType = (typeof ERROR_TYPES)[number];
/**
 * overload and ending: where the call stood (past the pool's maxConcurrentCalls or within it; in
 * progress or queued when end() was called).
 */
export declare const CALL_POSITIONS: readonly ["within-limit", "past-limit", "in-progress", "queued"];
/**
 * Node pools: when a handler first ran, if not while the pool was open. `close`: only once the
 * probe had begun to close the pool (the pool settled the task at close(), not when it ended).
 * The Node probe writes `close` and leaves the fact out otherwise; `open` is what the rules expect.
 */
export declare const RAN_AT: readonly ["open", "close"];
/**
 * Node pools, beside `ranAt: close`: how the handler was called on its first run, as the adapter
 * told the probe (`then(handler.fulfilled, handler.rejected)`); `unknown` when the adapter calls
 * the plain handler for both (docs/adapter.md).
 */
export declare const SETTLEMENTS: readonly ["fulfilled", "rejected", "unknown"];
export type Settlement = (typeof SETTLEMENTS)[number];
/** The vocabularies the Python probe gets as constants, by the prefix of their names there. */
export declare const PYTHON_VOCABULARY: {
    readonly REGISTERED: readonly ["pending", "running", "not-done", "done", "cancelled"];
    readonly RAN_ON: readonly ["task-thread", "caller-thread", "other-thread", "other-process", "never"];
    readonly TASK_ON: readonly ["caller-thread", "green-thread"];
    readonly ORDER: readonly ["in-order", "out-of-order"];
    readonly ROLE: readonly ["raiser", "after-raiser"];
};
