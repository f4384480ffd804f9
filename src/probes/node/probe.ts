/**
 * The callback-thread-guard Node probe (protocol: docs/protocol.md), bundled to
 * dist/probes/node/probe.js and started as `node probe.js --pool NAME` or
 * `node probe.js --adapter FILE`. It runs the experiments against one worker pool and reports what
 * it saw as outcome histograms; grading happens on the other side of the pipe.
 */
import { Console } from 'node:console'
import { existsSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Control } from './control.js'
import { checkAdapter, TASK_MODULE_ENV, type PoolAdapter } from './adapter.js'
import { oneLine } from '../../errors.js'
import { PROTOCOL_VERSION as PROTOCOL } from '../protocol-version.js'
import { Driver } from './driver.js'
import { GateServer } from './gate.js'
import { BUILT_IN_POOLS } from './pools/index.js'
import { isPoolName, POOL_NAMES } from '../../model/pools.js'
import { checkFarmOptions, workerFarmAdapterWith } from './pools/worker-farm.js'

type Write = (message: object) => Promise<void>

/**
 * Keeps the real stdout for protocol lines and sends everything else to stderr: worker threads
 * forward their output through process.stdout, and pools and adapters may print.
 */
function claimStdout(): Write {
  const out = process.stdout
  const stderr = process.stderr
  Object.defineProperty(process, 'stdout', {
    configurable: true,
    enumerable: true,
    get: () => stderr
  })
  globalThis.console = new Console({ stdout: stderr, stderr })
  return message => new Promise(done => out.write(`${JSON.stringify(message)}\n`, () => done()))
}

/** The built-in pool or the adapter module named on the command line, or why not. */
async function loadAdapter(
  argv: string[]
): Promise<{ adapter: PoolAdapter } | { field: string; problem: string }> {
  const [flag, value, ...rest] = argv
  const withOptions = flag === '--pool' && rest.length === 2 && rest[0] === '--pool-options'
  if (
    (flag !== '--pool' && flag !== '--adapter') ||
    value === undefined ||
    (rest.length > 0 && !withOptions)
  )
    return {
      field: 'arguments',
      problem: 'usage: probe.js --pool NAME [--pool-options JSON] | --adapter FILE'
    }
  if (flag === '--pool') {
    if (withOptions) return poolWithOptions(value, rest[1] as string)
    if (isPoolName(value)) return { adapter: BUILT_IN_POOLS[value] }
    return {
      field: 'pool',
      problem: `unknown pool ${JSON.stringify(value)}; expected one of ${POOL_NAMES.join(', ')}`
    }
  }
  const file = resolve(value)
  if (!existsSync(file))
    return { field: 'adapter', problem: `cannot read ${JSON.stringify(value)}: no such file` }
  let exports: unknown
  try {
    exports = await import(pathToFileURL(file).href)
  } catch (error) {
    return {
      field: 'adapter',
      problem: `${JSON.stringify(value)} cannot be imported: ${oneLine(error, { named: true })}`
    }
  }
  const checked = checkAdapter(exports, basename(file))
  if ('problem' in checked)
    return {
      field: 'adapter',
      problem: `${JSON.stringify(value)} is not a pool adapter: ${checked.problem} (see docs/adapter.md)`
    }
  return checked
}

/** worker-farm with the target's own options (the only pool that takes them). */
function poolWithOptions(
  pool: string,
  json: string
): { adapter: PoolAdapter } | { field: string; problem: string } {
  if (pool !== 'worker-farm')
    return { field: 'poolOptions', problem: 'only worker-farm takes pool options' }
  let options: unknown
  try {
    options = JSON.parse(json)
  } catch {
    return { field: 'poolOptions', problem: 'expected a JSON object of worker-farm options' }
  }
  const checked = checkFarmOptions(options)
  if (typeof checked === 'string') return { field: 'poolOptions', problem: checked }
  return { adapter: workerFarmAdapterWith(checked) as PoolAdapter }
}

async function main(): Promise<number> {
  const send = claimStdout()
  const here = dirname(fileURLToPath(import.meta.url))
  const taskModule = join(here, 'task.js')
  // Before the adapter loads: a pool that starts workers at once has them see it too.
  process.env[TASK_MODULE_ENV] = taskModule
  const loaded = await loadAdapter(process.argv.slice(2))
  if ('problem' in loaded) {
    await send({ type: 'fatal', field: loaded.field, message: loaded.problem })
    return 0
  }
  const gate = await GateServer.open()
  // Sends are queued in order; the driver does not wait for the pipe.
  let sending = Promise.resolve()
  const driver = new Driver(
    loaded.adapter,
    gate,
    taskModule,
    message => {
      sending = sending.then(() => send(message))
    },
    Control.fromEnvironment(taskModule)
  )
  // A raising handler rejects the promise then() returned, and a callback-style pool may throw
  // from a timer: counted (loggedExceptions), reported on stderr, never fatal.
  const uncaught = (error: unknown) => {
    driver.noteUncaught()
    process.stderr.write(`probe: uncaught: ${oneLine(error, { named: true })}\n`)
  }
  process.on('unhandledRejection', uncaught)
  process.on('uncaughtException', uncaught)

  await send({
    type: 'hello',
    protocol: PROTOCOL,
    runtime: {
      implementation: 'Node.js',
      version: process.version,
      executor: loaded.adapter.name,
      platform: process.platform
    },
    ...driver.support
  })

  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity })
  for await (const line of lines) {
    if (line.trim() === '') continue
    let message: unknown
    try {
      message = JSON.parse(line)
    } catch (error) {
      process.stderr.write(
        `probe: ignoring a line that is not JSON: ${oneLine(error, { named: true })}\n`
      )
      continue
    }
    const type = (message as { type?: unknown } | null)?.type
    if (type === 'bye') break
    if (type !== 'cell') {
      process.stderr.write(`probe: ignoring a message of type ${JSON.stringify(type)}\n`)
      continue
    }
    await driver.runCell(message as Record<string, unknown>)
    if (driver.mustExit) {
      await sending
      return 1
    }
  }
  await sending
  await gate.close()
  return 0
}

// process.exit: a pool that was not closed keeps the event loop alive; the probe must not hang
// on its way out, and exiting ends its worker threads.
main().then(
  code => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `probe: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`
    )
    process.exit(1)
  }
)
