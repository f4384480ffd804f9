import type { ContractInput } from '../contract.js';
/**
 * JavaScript pools (the Node probe): a promise handler or a callback runs on the event loop of the
 * thread that attached it, never inside the attaching call, in attachment order, exactly once.
 * Where the task ran does not matter: the handler is a function of the caller's thread.
 *
 * A handler that first runs only once the probe began to close the pool (`ranAt: close`) did not
 * run when its task ended, and is graded apart: close() may settle a task it never ran only by
 * rejecting it, never as if it had completed; and only a cancelled task may wait for close() to
 * settle it (threads.js's QueuedTask.cancel() leaves its promise pending: interesting, not a pass
 * like any other). A late handler of any other task is a breach.
 */
export declare const eventLoop: ContractInput;
