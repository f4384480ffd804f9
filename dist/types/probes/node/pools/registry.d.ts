/**
 * A built-in pool's name. An import type, so the published declarations (dist/types) name the JSON
 * with its import attribute, as Node's module resolution wants.
 */
export type PoolName = keyof (typeof import('./registry.json', { with: { type: 'json' } }))['pools'];
/** The pools' names, in the order messages list them. */
export declare const POOL_NAMES: [PoolName, ...PoolName[]];
/** Whether a name (from a command line) is a built-in pool's. */
export declare function isPoolName(name: string): name is PoolName;
