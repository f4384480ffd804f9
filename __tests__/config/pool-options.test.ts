/**
 * A worker-farm target takes worker-farm's own options, from a configuration file, a flag or an
 * action input, and reaches the probe's command line with them; anything else is bad input
 * naming the field, in one line.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { ACTION_LABELS, readInputs } from '../../src/action/inputs.js'
import { loadConfig } from '../../src/config/load.js'
import { InputError } from '../../src/errors.js'
import { expandMatrix } from '../../src/engine/matrix.js'
import { nodePoolLaunch } from '../../src/probes/node/launch.js'

const dir = mkdtempSync(join(tmpdir(), 'ctg-pool-options-'))

function problemOf(fn: () => unknown): string {
  try {
    fn()
  } catch (error) {
    if (error instanceof InputError) return error.message
    throw error
  }
  throw new Error('expected an InputError')
}

/** The target a configuration resolves to (the first). */
function targetOf(config: ReturnType<typeof loadConfig>) {
  const target = expandMatrix(config).targets[0]
  if (target?.kind !== 'pool') throw new Error('expected a pool target')
  return target
}

describe('worker-farm options of a target', () => {
  it('come from a configuration file and reach the probe as --pool-options JSON', () => {
    const path = join(dir, 'farm.yml')
    writeFileSync(
      path,
      'targets:\n  - pool: worker-farm\n    poolOptions: { maxRetries: 0, maxCallTime: 2000 }\n'
    )
    const target = targetOf(loadConfig(path))
    expect(target.poolOptions).toEqual({ maxRetries: 0, maxCallTime: 2000 })
    const saved = process.env.CTG_NODE_PROBE
    process.env.CTG_NODE_PROBE = join(dir, 'probe.js')
    const args = nodePoolLaunch(target).args.slice(1)
    if (saved === undefined) delete process.env.CTG_NODE_PROBE
    else process.env.CTG_NODE_PROBE = saved
    expect(args).toEqual([
      '--pool',
      'worker-farm',
      '--pool-options',
      '{"maxRetries":0,"maxCallTime":2000}'
    ])
  })

  it('come from --pool-options as name=value items', () => {
    const config = loadConfig(undefined, {
      pool: 'worker-farm',
      poolOptions: ['maxConcurrentCalls=8', 'maxConcurrentCallsPerWorker = 2']
    })
    expect(targetOf(config).poolOptions).toEqual({
      maxConcurrentCalls: 8,
      maxConcurrentCallsPerWorker: 2
    })
  })

  it('come from the pool-options input of the action', () => {
    const inputs = readInputs(name =>
      name === 'pool'
        ? 'worker-farm'
        : name === 'pool-options'
          ? 'maxRetries=1, maxCallTime=500'
          : ''
    )
    expect(inputs.overrides.poolOptions).toEqual(['maxRetries=1', 'maxCallTime=500'])
    const config = loadConfig(undefined, inputs.overrides, ACTION_LABELS)
    expect(targetOf(config).poolOptions).toEqual({ maxRetries: 1, maxCallTime: 500 })
  })

  it('are refused, naming the flag or input, when a name or a value is wrong', () => {
    const flags =
      (items: string[], pool = 'worker-farm') =>
      () =>
        loadConfig(undefined, { pool, poolOptions: items })
    expect(problemOf(flags(['maxCalltime=3']))).toBe(
      '--pool-options: unknown key; did you mean "maxCallTime"?'
    )
    expect(problemOf(flags(['maxCallTime']))).toBe(
      '--pool-options: expected name=number items such as maxRetries=0, got "maxCallTime"'
    )
    expect(problemOf(flags(['maxCallTime=0']))).toBe('--pool-options: must be at least 1')
    expect(problemOf(flags(['maxRetries=1'], 'piscina'))).toBe(
      '--pool-options: only a worker-farm target (pool: worker-farm) takes pool options'
    )
    expect(
      problemOf(() =>
        loadConfig(undefined, { pool: 'worker-farm', poolOptions: ['maxRetries=x'] }, ACTION_LABELS)
      )
    ).toBe(
      'input pool-options: expected name=number items such as maxRetries=0, got "maxRetries=x"'
    )
  })
})
