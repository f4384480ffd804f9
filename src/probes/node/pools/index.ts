import type { PoolAdapter } from '../adapter.js'
import { piscina } from './piscina.js'
import { workerFarmAdapter } from './worker-farm.js'
import { workerpoolAdapter } from './workerpool.js'

/** The built-in pools, by the name `--pool` and `pool:` take. */
export const BUILT_IN_POOLS: Record<string, PoolAdapter> = {
  'worker-farm': workerFarmAdapter as PoolAdapter,
  piscina: piscina as PoolAdapter,
  workerpool: workerpoolAdapter as PoolAdapter
}
