/**
 * worker-farm: tasks in child processes, results through a Node-style callback. The callback is
 * given when the call is made (there is no later attaching), and worker-farm calls it from
 * process.nextTick on the calling process. end() lets queued calls finish, then stops the children.
 * A target's own worker-farm options (maxRetries, maxCallTime, ...) are laid over the adapter's.
 */
import type { ChildProcess } from 'node:child_process'
import workerFarm from 'worker-farm'
import packageJson from 'worker-farm/package.json' with { type: 'json' }
import type { PoolAdapter, PoolOptions } from '../adapter.js'
import { FARM_OPTION_NAMES, type FarmOptions } from '../../../model/pools.js'
import type { PoolOption } from '../../../model/scenarios.js'

interface Farm {
  api: workerFarm.Workers
  /** The farm's handle on the task module's probeTaskCallback(input, callback). */
  call: workerFarm.Workers
  children: Set<ChildProcess>
}

// worker-farm 1.7 has this option; its bundled types do not list it.
type Options = workerFarm.FarmOptions & { onChild(child: ChildProcess): void }

// How long close() lets children stop on their own before it kills them.
const STOP_GRACE_MS = 2_000

// The adapter's own choices, where the target sets none.
const ADAPTER_DEFAULTS = {
  // One call per child at a time, as in a pool of N workers.
  maxConcurrentCallsPerWorker: 1,
  // A child killed by close() must not be replaced by a new one that retries its call.
  maxRetries: 0
} as const

/** Options from the command line, checked: the options, or the problem in one line. */
export function checkFarmOptions(value: unknown): FarmOptions | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return 'expected a JSON object of worker-farm options'
  const options: FarmOptions = {}
  for (const [key, option] of Object.entries(value)) {
    if (!(FARM_OPTION_NAMES as readonly string[]).includes(key))
      return `unknown worker-farm option ${JSON.stringify(key)}; expected one of ${FARM_OPTION_NAMES.join(', ')}`
    if (typeof option !== 'number' || !Number.isInteger(option) || option < 0)
      return `worker-farm option ${key} must be a whole number >= 0`
    options[key as keyof FarmOptions] = option
  }
  return options
}

/** The worker-farm adapter whose farms get `given` over the adapter's own options. */
export function workerFarmAdapterWith(given: FarmOptions): PoolAdapter<Farm, void> {
  const set = Object.entries(given).map(([key, value]) => `${key} ${value}`)
  const farmOptions = { ...ADAPTER_DEFAULTS, ...given }
  return {
    ...farmAdapter,
    name: `worker-farm ${packageJson.version}${set.length > 0 ? ` (${set.join(', ')})` : ''}`,
    create: options => createFarm(options, withoutOtherLimits(farmOptions, options.limit)),
    options: () => farmOptions
  }
}

/** The farm's options with only the limit the cell tests (see PoolOptions.limit). */
function withoutOtherLimits(options: FarmOptions, limit: PoolOption | undefined): FarmOptions {
  return Object.fromEntries(
    Object.entries(options).filter(
      ([key]) => key === limit || !(LIMITS as readonly string[]).includes(key)
    )
  )
}

// The options that fail calls by design: each applies in the scenario that tests it.
const LIMITS: readonly PoolOption[] = ['maxCallTime', 'maxConcurrentCalls']

function createFarm({ workers, taskModule }: PoolOptions, farmOptions: FarmOptions): Farm {
  const children = new Set<ChildProcess>()
  const options: Options = {
    ...farmOptions,
    maxConcurrentWorkers: workers,
    autoStart: true,
    // The probe's stdout carries the protocol: the children print to stderr.
    workerOptions: { stdio: ['ignore', 2, 2, 'ipc'] },
    onChild: child => {
      children.add(child)
      child.once('exit', () => children.delete(child))
    }
  }
  const api = workerFarm(options, taskModule, ['probeTaskCallback'])
  const call = api.probeTaskCallback
  if (call === undefined) throw new Error('worker-farm made no probeTaskCallback method')
  return { api, call, children }
}

const farmAdapter: Omit<PoolAdapter<Farm, void>, 'name' | 'create'> = {
  run(farm, input, handler) {
    farm.call(input, handler ?? (() => undefined))
  },
  shutdown(farm) {
    return new Promise<void>(resolve => workerFarm.end(farm.api, () => resolve()))
  },
  async close(farm) {
    workerFarm.end(farm.api)
    if (!(await allExited(farm.children, STOP_GRACE_MS))) {
      for (const child of farm.children) child.kill('SIGKILL')
      await allExited(farm.children, STOP_GRACE_MS)
    }
  }
}

async function allExited(children: Set<ChildProcess>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  while (children.size > 0 && Date.now() < deadline)
    await new Promise(resolve => setTimeout(resolve, 10))
  return children.size === 0
}

/** The adapter with the adapter's own options only (`--pool worker-farm`). */
export const workerFarmAdapter = workerFarmAdapterWith({})
