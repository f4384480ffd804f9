/**
 * The built-in pools' adapters, by the name `--pool` and `pool:` take: one per name of the
 * registry (registry.json), no more and no fewer, which the type checks.
 */
import type { PoolAdapter } from '../adapter.js'
import { piscina } from './piscina.js'
import type { PoolName } from '../../../model/pools.js'
import { workerFarmAdapter } from './worker-farm.js'
import { workerpoolAdapter } from './workerpool.js'

export const BUILT_IN_POOLS: Record<PoolName, PoolAdapter> = {
  'worker-farm': workerFarmAdapter as PoolAdapter,
  piscina: piscina as PoolAdapter,
  workerpool: workerpoolAdapter as PoolAdapter
}
