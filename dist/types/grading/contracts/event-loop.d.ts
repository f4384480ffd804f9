import type { ContractInput } from '../contract.js';
/**
 * JavaScript pools (the Node probe): a promise handler or a callback runs on the event loop of the
 * thread that attached it, never inside the attaching call, in attachment order, exactly once.
 * Where the task ran does not matter: the handler is a function of the caller's thread.
 */
export declare const eventLoop: ContractInput;
