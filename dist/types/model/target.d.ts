/**
 * What a target is once the configuration is resolved: a Python executor, a Node pool, or a
 * probe command. It sits below the matrix and the probes, so that launching a probe does not
 * import the matrix for it (as src/model/cell.ts does for a cell).
 */
import type { FarmOptions, PoolName } from './pools.js';
/** The kinds of target: a Python executor, a Node pool, a probe command. */
export declare const TARGET_KINDS: readonly ["python", "pool", "command"];
export type TargetKind = (typeof TARGET_KINDS)[number];
export type Target = {
    kind: 'python';
    name: string;
    contract: string;
    python: string;
    executor: string;
    pythonPath: string[];
    /**
     * An asyncio target (--asyncio): the probe runs the asyncio scenarios, on a loop from `loop`
     * (module:attr; asyncio's own when absent), coroutines from other threads through `portal`.
     */
    asyncio?: {
        loop?: string;
        portal?: string;
    };
    /** Set when the user named the contract; otherwise the run picks it by what tasks do. */
    contractGiven?: true;
    /**
     * A positive control (src/engine/control.ts): `executor` is the probe's own wrapper, which runs this
     * user's executor and moves one callback in `oneIn` to another thread.
     */
    control?: {
        executor: string;
        oneIn: number;
    };
} | {
    kind: 'pool';
    name: string;
    contract: string;
    pool?: PoolName;
    adapter?: string;
    /** worker-farm's own options, when the user gave any. */
    poolOptions?: FarmOptions;
    /** A positive control (src/engine/control.ts): the probe moves one handler in `oneIn`. */
    control?: {
        oneIn: number;
    };
} | {
    kind: 'command';
    name: string;
    contract: string;
    command: string;
};
