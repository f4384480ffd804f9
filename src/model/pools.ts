/**
 * The built-in Node pools by name, read from registry.json (the only list of them, which the
 * bundler reads too). Imports no pool: the configuration and the CLI read the names without
 * loading piscina, worker-farm or workerpool; the probe maps each name to its adapter (index.ts).
 */
import registry from './pools.json' with { type: 'json' }

/**
 * A built-in pool's name. An import type, so the published declarations (dist/types) name the JSON
 * with its import attribute, as Node's module resolution wants.
 */
export type PoolName = keyof (typeof import('./pools.json', { with: { type: 'json' } }))['pools']

/** The pools' names, in the order messages list them. */
export const POOL_NAMES = Object.keys(registry.pools) as [PoolName, ...PoolName[]]

/** Whether a name (from a command line) is a built-in pool's. */
export function isPoolName(name: string): name is PoolName {
  return Object.hasOwn(registry.pools, name)
}

/** worker-farm's own options a worker-farm target may set (the config checks them; the probe again). */
export const FARM_OPTION_NAMES = [
  'maxRetries',
  'maxCallTime',
  'maxConcurrentCalls',
  'maxConcurrentCallsPerWorker'
] as const

/** The worker-farm options of a target. */
export type FarmOptions = Partial<Record<(typeof FARM_OPTION_NAMES)[number], number>>
