/**
 * A built-in pool's name. An import type, so the published declarations (dist/types) name the JSON
 * with its import attribute, as Node's module resolution wants.
 */
export type PoolName = keyof (typeof import('./pools.json', { with: { type: 'json' } }))['pools'];
/** The pools' names, in the order messages list them. */
export declare const POOL_NAMES: [PoolName, ...PoolName[]];
/** Whether a name (from a command line) is a built-in pool's. */
export declare function isPoolName(name: string): name is PoolName;
/** worker-farm's own options a worker-farm target may set (the config checks them; the probe again). */
export declare const FARM_OPTION_NAMES: readonly ["maxRetries", "maxCallTime", "maxConcurrentCalls", "maxConcurrentCallsPerWorker"];
/** The worker-farm options of a target. */
export type FarmOptions = Partial<Record<(typeof FARM_OPTION_NAMES)[number], number>>;
