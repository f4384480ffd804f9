/**
 * Starts the Node probe for a worker-pool target: `node probe.js --pool NAME` or
 * `node probe.js --adapter FILE`, with the Node that runs callback-thread-guard.
 *
 * The probe is a bundle (dist/probes/node/probe.js, with the pools and their worker scripts
 * beside it), so it runs without node_modules. From the sources (the tests), there is no bundle
 * beside the code: CTG_NODE_PROBE names a built one (see __tests__/node/helpers/probe-build.ts).
 */
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { InputError } from '../../errors.js'
import type { Target } from '../../model/target.js'
import { assetPath } from '../assets.js'
import type { LaunchSpec } from '../session.js'
import { CONTROL_ONE_IN_ENV } from './control.js'

/** Overrides where the Node probe bundle is (a path to its probe.js). */
export const NODE_PROBE_ENV = 'CTG_NODE_PROBE'

export function nodeProbePath(): string {
  const override = process.env[NODE_PROBE_ENV]
  if (override !== undefined && override !== '') return resolve(override)
  try {
    return assetPath('node/probe.js')
  } catch {
    throw new Error(
      `the Node probe is not built: run "npm run bundle" (or set ${NODE_PROBE_ENV} to a built probe.js)`
    )
  }
}

/** Starts the Node probe for a worker-pool target. */
export function nodePoolLaunch(target: Extract<Target, { kind: 'pool' }>): LaunchSpec {
  const probe = nodeProbePath()
  if (target.adapter !== undefined) {
    const file = resolve(target.adapter)
    if (!existsSync(file))
      throw new InputError('adapter', `cannot read ${JSON.stringify(target.adapter)}: no such file`)
    return {
      command: process.execPath,
      args: [probe, '--adapter', file],
      ...controlEnvironment(target),
      describe: `Node.js adapter ${target.adapter}`
    }
  }
  const pool = target.pool ?? 'piscina'
  const options =
    target.poolOptions === undefined ? [] : ['--pool-options', JSON.stringify(target.poolOptions)]
  return {
    command: process.execPath,
    args: [probe, '--pool', pool, ...options],
    ...controlEnvironment(target),
    describe: `Node.js ${pool}`
  }
}

/** A control target's probe moves one handler in N (src/probes/node/control.ts). */
function controlEnvironment(target: Extract<Target, { kind: 'pool' }>): {
  env?: Record<string, string>
} {
  return target.control === undefined
    ? {}
    : { env: { [CONTROL_ONE_IN_ENV]: String(target.control.oneIn) } }
}
