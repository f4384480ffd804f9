/**
 * worker-farm: tasks in child processes, results through a Node-style callback. The callback is
 * given when the call is made (there is no later attaching), and worker-farm calls it from
 * process.nextTick on the calling process. end() lets queued calls finish, then stops the children.
 */
import type { ChildProcess } from 'node:child_process'
import workerFarm from 'worker-farm'
import packageJson from 'worker-farm/package.json' with { type: 'json' }
import type { PoolAdapter } from '../adapter.js'

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

export const workerFarmAdapter: PoolAdapter<Farm, void> = {
  name: `worker-farm ${packageJson.version}`,
  create({ workers, taskModule }) {
    const children = new Set<ChildProcess>()
    const options: Options = {
      maxConcurrentWorkers: workers,
      // One call per child at a time, as in a pool of N workers.
      maxConcurrentCallsPerWorker: 1,
      autoStart: true,
      // A child killed by close() must not be replaced by a new one that retries its call.
      maxRetries: 0,
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
  },
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
