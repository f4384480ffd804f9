import type { CompletionHandler } from './adapter.js';
export declare const CONTROL_ONE_IN_ENV = "CTG_CONTROL_ONE_IN";
/** The name the samples give the control thread: src/engine/control.ts's CONTROL_THREAD. */
export declare const CONTROL_THREAD_NAME = "CTG-Control";
export declare class Control {
    readonly oneIn: number;
    private attached;
    private readonly worker;
    private constructor();
    /** The control the environment asks for (a whole number N >= 2), or none. */
    static fromEnvironment(taskModule: string): Control | undefined;
    /** The control thread's id, as the ledger records it. */
    get threadId(): number;
    /** The handler to give the pool: the probe's own, or, every oneIn-th time, a mover. */
    handlerFor(handler: CompletionHandler): CompletionHandler;
}
