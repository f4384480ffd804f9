import { InputError } from '../../errors.js'
import type { Target } from '../../matrix/expand.js'
import type { LaunchSpec } from '../session.js'

/** Starts the Node probe for a worker-pool target. */
export function nodePoolLaunch(target: Extract<Target, { kind: 'pool' }>): LaunchSpec {
  throw new InputError(
    'pool',
    `Node pools are not available in this build (asked for ${target.pool ?? target.adapter})`
  )
}
