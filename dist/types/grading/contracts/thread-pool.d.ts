import type { ContractInput } from '../contract.js';
/** Tasks held on a gate until their callbacks are registered. */
export declare const HELD: ("timed" | "done" | "cancel" | "shutdown" | "overload" | "aio-pending" | "aio-done" | "aio-bridge" | "aio-underlying" | "aio-cancel" | "aio-closing" | "aio-portal" | "order" | "running" | "raising" | "killed" | "failing" | "timeout" | "ending")[];
/** Callbacks added while the task is pending or running, the task left to complete on its own. */
export declare const WITH_WORKER: ("timed" | "done" | "cancel" | "shutdown" | "overload" | "aio-pending" | "aio-done" | "aio-bridge" | "aio-underlying" | "aio-cancel" | "aio-closing" | "aio-portal" | "order" | "running" | "raising" | "killed" | "failing" | "timeout" | "ending")[];
/** Several callbacks per future, whose outcomes say whether they ran in order. */
export declare const ORDERED: ("timed" | "done" | "cancel" | "shutdown" | "overload" | "aio-pending" | "aio-done" | "aio-bridge" | "aio-underlying" | "aio-cancel" | "aio-closing" | "aio-portal" | "order" | "running" | "raising" | "killed" | "failing" | "timeout" | "ending")[];
/** Callbacks added before the future is done. */
export declare const BEFORE_DONE: ("timed" | "done" | "cancel" | "shutdown" | "overload" | "aio-pending" | "aio-done" | "aio-bridge" | "aio-underlying" | "aio-cancel" | "aio-closing" | "aio-portal" | "order" | "running" | "raising" | "killed" | "failing" | "timeout" | "ending")[];
/** Not done yet: `not-done` is a future without running(), which cannot say which of the two. */
export declare const NOT_DONE: string[];
/** concurrent.futures.ThreadPoolExecutor, as the tutorial measured it plus the documented extras. */
export declare const threadPool: ContractInput;
