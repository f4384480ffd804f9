/**
 * The command line: flags -> config -> run -> report files and terminal table -> exit code.
 * Exit codes: 0 pass, 1 a contract was violated, 2 bad input, 3 could not run.
 */
import { Command, CommanderError, Option } from 'commander'
import { loadConfig, type Overrides } from '../config/load.js'
import type { BudgetProgress } from '../budget.js'
import { cut, ExitCode, InputError, oneLine, quote } from '../errors.js'
import type { Cell } from '../matrix/expand.js'
import { POOL_NAMES } from '../probes/node/pools/registry.js'
import { plain } from '../report/escape.js'
import { budgetWords } from '../report/evidence.js'
import type { Report } from '../report/model.js'
import { SCENARIOS } from '../scenarios.js'
import { expandMatrix } from '../matrix/expand.js'
import { besideReport, checkReproducerFolder } from '../repro/folder.js'
import { addReproducer } from '../repro/write.js'
import { runWithControl } from '../control/run.js'
import { checkReportPaths, reportFilesSink } from '../sinks/files.js'
import { fanOut } from '../sinks/sink.js'
import { terminalSink } from '../sinks/terminal.js'
import { VERSION } from '../version.js'

interface Flags {
  config?: string
  python?: string
  executor?: string
  pythonPath?: string
  pool?: string
  adapter?: string
  poolOptions?: string
  probe?: string
  contract?: string
  workers?: string
  tasks?: string
  callbackDelayMs?: string
  taskMs?: string
  scenarios?: string
  repeat?: string
  callbacks?: string
  timeoutMs?: string
  budget?: string
  keepGoing?: boolean
  /** false with --no-perturb (commander's default for a --no- flag is true). */
  perturb?: boolean
  /** true, or N as typed. */
  control?: boolean | string
  json?: string
  markdown?: string
  junit?: string
  /** A folder; false with --no-reproducer. */
  reproducer?: string | false
  quiet?: boolean
  color?: boolean
}

function program(): Command {
  return new Command('callback-thread-guard')
    .description(
      'Which thread runs your done callbacks? Runs a matrix of experiments against an executor or pool and grades every observation against a contract.'
    )
    .version(VERSION)
    .option('--config <file>', 'YAML or JSON configuration file')
    .option('--python <path>', 'Python interpreter (default: python3)')
    .option(
      '--executor <module:attr>',
      'executor factory, called as attr(max_workers=N) (default: concurrent.futures:ThreadPoolExecutor)'
    )
    .option('--python-path <dirs>', 'extra folders for the executor module (comma-separated)')
    .option('--pool <name>', `a built-in Node pool instead of Python: ${POOL_NAMES.join(', ')}`)
    .option('--adapter <file>', 'a Node pool adapter module (see docs/adapter.md)')
    .option(
      '--pool-options <list>',
      'worker-farm options (comma-separated name=value): maxRetries, maxCallTime, maxConcurrentCalls, maxConcurrentCallsPerWorker'
    )
    .option('--probe <command>', 'any program that speaks the probe protocol (docs/protocol.md)')
    .option('--contract <name|file>', 'thread-pool, process-pool, event-loop or a contract file')
    .option('--scenarios <list>', `scenarios (comma-separated): ${SCENARIOS.join(', ')}`)
    .option('--workers <list>', 'worker counts (comma-separated)')
    .option('--tasks <list>', 'task counts (comma-separated)')
    .option(
      '--callback-delay-ms <list>',
      'timed scenario: delays before registering (comma-separated)'
    )
    .option('--task-ms <list>', 'task durations in milliseconds (comma-separated)')
    .option('--repeat <n>', 'run each cell n times and merge the histograms')
    .option('--callbacks <n>', 'callbacks per future in the order and raising scenarios')
    .option('--timeout-ms <n>', 'how long to wait for callbacks before counting them as never run')
    .option(
      '--budget <duration>',
      'after the matrix, keep running its cells (fresh executors) until this is spent: 90s, 2m or seconds'
    )
    .option(
      '--keep-going',
      'with --budget: keep counting after a violation instead of stopping at the first'
    )
    .option(
      '--no-perturb',
      'with --budget: run no perturbed lanes (by default part of the budget shakes the schedule)'
    )
    .option(
      '--control [n]',
      'a positive control: also run the executor made to misroute one callback in n (default 10000) and say whether that was caught'
    )
    .option('--json <file>', 'write the JSON report')
    .option('--markdown <file>', 'write the Markdown report')
    .option('--junit <file>', 'write a JUnit XML report')
    .option(
      '--reproducer <dir>',
      'on a violation, write a standalone Python reproducer here (default: beside --json)'
    )
    .option('--no-reproducer', 'write no reproducer (and spend no time shrinking)')
    .option('--quiet', 'print only the closing line')
    .addOption(new Option('--no-color', 'no colour in the terminal table'))
    .exitOverride()
    .configureOutput({ writeErr: () => undefined })
    .allowExcessArguments(false)
}

/** Turns flags into overrides, refusing malformed numbers and lists with the flag's name. */
export function overridesFromFlags(flags: Flags): Overrides {
  const o: Overrides = {}
  const set = <K extends keyof Overrides>(key: K, value: Overrides[K] | undefined) => {
    if (value !== undefined) o[key] = value
  }
  set('python', flags.python)
  set('executor', flags.executor)
  set(
    'pythonPath',
    flags.pythonPath === undefined ? undefined : splitList(flags.pythonPath, '--python-path')
  )
  set('pool', flags.pool)
  set('adapter', flags.adapter)
  set(
    'poolOptions',
    flags.poolOptions === undefined ? undefined : splitList(flags.poolOptions, '--pool-options')
  )
  set('probe', flags.probe)
  set('contract', flags.contract)
  set(
    'scenarios',
    flags.scenarios === undefined ? undefined : splitList(flags.scenarios, '--scenarios')
  )
  set('workers', numbers(flags.workers, '--workers'))
  set('tasks', numbers(flags.tasks, '--tasks'))
  set('callbackDelayMs', numbers(flags.callbackDelayMs, '--callback-delay-ms'))
  set('taskMs', numbers(flags.taskMs, '--task-ms'))
  set('repeat', numbers(flags.repeat, '--repeat', false)?.[0])
  set('callbacks', numbers(flags.callbacks, '--callbacks', false)?.[0])
  set('timeoutMs', numbers(flags.timeoutMs, '--timeout-ms', false)?.[0])
  set('budget', flags.budget)
  set('keepGoing', flags.keepGoing)
  // Only the flag given turns it off; otherwise the config file (or the default) decides.
  set('perturb', flags.perturb === false ? false : undefined)
  set(
    'control',
    typeof flags.control === 'string'
      ? numbers(flags.control, '--control', false)?.[0]
      : flags.control
  )
  return o
}

function splitList(text: string, flag: string): string[] {
  const items = text.split(',').map(s => s.trim())
  if (items.some(s => s === ''))
    throw new InputError(
      flag,
      `expected a comma-separated list without empty items, got ${quote(text)}`
    )
  return items
}

function numbers(text: string | undefined, flag: string, list = true): number[] | undefined {
  if (text === undefined) return undefined
  const items = list ? splitList(text, flag) : [text.trim()]
  return items.map(item => {
    if (!/^-?\d+$/.test(item)) {
      throw new InputError(
        flag,
        `expected ${list ? 'whole numbers separated by commas' : 'a whole number'}, got ${quote(item)}`
      )
    }
    return Number(item)
  })
}

function progressPrinter(enabled: boolean, tty: boolean) {
  let total = 0
  let lastBudgetLine = 0
  let finished = 0
  let lastDraw = 0
  const draw = (text: string) => process.stderr.write(`\r\u001b[2K${text}`)
  return {
    onStart(plan: { cells: Cell[] }) {
      total = plan.cells.length
    },
    onProgress(cell: Cell, done: number, all: number) {
      if (!enabled || !tty || Date.now() - lastDraw < 100) return
      lastDraw = Date.now()
      const width = 20
      const filled = Math.round((finished / Math.max(total, 1)) * width)
      draw(
        `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${finished}/${total} cells  ${cell.id} ${cell.scenario}: ${done}/${all} futures`
      )
    },
    onBudget(progress: BudgetProgress) {
      // A TTY line redraws often; a log gets a line every 10 s.
      const every = tty ? 200 : 10_000
      if (!enabled || Date.now() - lastBudgetLine < every) return
      lastBudgetLine = Date.now()
      if (tty) draw(plain(budgetWords(progress), 300))
      else process.stderr.write(`${plain(budgetWords(progress), 300)}\n`)
    },
    onCellDone(cell: { id: string; scenario: string; verdict: string; durationMs: number }) {
      finished += 1
      if (!enabled) return
      if (tty) {
        const width = 20
        const filled = Math.round((finished / Math.max(total, 1)) * width)
        draw(`[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${finished}/${total} cells`)
        if (finished === total) process.stderr.write('\r\u001b[2K')
      } else {
        process.stderr.write(
          `${cell.id} ${cell.scenario}: ${cell.verdict} (${(cell.durationMs / 1000).toFixed(2)} s)\n`
        )
      }
    }
  }
}

/** Commander's message in one line ("(Did you mean --probe?)" joins it), the option it quotes cut. */
function commanderMessage(error: CommanderError): string {
  return oneLine(error.message.replace(/^error: /, '')).replace(
    /'([^']{81,})'/g,
    (_, option: string) => `'${cut(option)}'`
  )
}

/**
 * `--json --quiet` gives --json the value "--quiet": a flag typed where a value belongs (its value
 * forgotten) would otherwise name a report file "--quiet". No value of ours starts with "--".
 */
function refuseFlagsAsValues(cli: Command, flags: Flags): void {
  const values = flags as Record<string, unknown>
  for (const option of cli.options) {
    const value = values[option.attributeName()]
    if (typeof value === 'string' && value.startsWith('--'))
      throw new InputError(
        option.long ?? option.flags,
        `expected a value, got the flag ${quote(value)}; is the value missing?`
      )
  }
}

/** Where a reproducer goes: --reproducer, else beside a --json file; none with --no-reproducer. */
function reproducerFolder(flags: Flags): string | undefined {
  if (flags.reproducer === false) return undefined
  if (flags.reproducer !== undefined) {
    checkReproducerFolder(flags.reproducer, '--reproducer')
    return flags.reproducer
  }
  return besideReport(flags.json)
}

export function exitCodeOf(report: Report): number {
  return report.verdict === 'pass'
    ? ExitCode.pass
    : report.verdict === 'fail'
      ? ExitCode.violation
      : ExitCode.couldNotRun
}

export async function main(argv: string[]): Promise<number> {
  const cli = program()
  let flags: Flags
  try {
    flags = cli.parse(argv, { from: 'user' }).opts<Flags>()
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has already printed the help or the version.
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version')
        return ExitCode.pass
      process.stderr.write(`callback-thread-guard: ${commanderMessage(error)}\n`)
      return ExitCode.badInput
    }
    throw error
  }
  try {
    refuseFlagsAsValues(cli, flags)
    const config = loadConfig(flags.config, overridesFromFlags(flags))
    const files = {
      ...(flags.json === undefined ? {} : { json: flags.json }),
      ...(flags.markdown === undefined ? {} : { markdown: flags.markdown }),
      ...(flags.junit === undefined ? {} : { junit: flags.junit })
    }
    checkReportPaths(files, kind => `--${kind}`)
    const reproducerDir = reproducerFolder(flags)
    const tty = process.stderr.isTTY === true
    const plan = expandMatrix(config)
    const report = await runWithControl(plan, progressPrinter(flags.quiet !== true, tty))
    if (reproducerDir !== undefined && report.verdict === 'fail')
      await addReproducer(report, plan, reproducerDir)
    if (tty && report.budget !== undefined && flags.quiet !== true)
      process.stderr.write('\r\u001b[2K')
    const color =
      flags.color !== false && process.stdout.isTTY === true && process.env.NO_COLOR === undefined
    await fanOut({ report, diff: undefined }, [
      reportFilesSink(files),
      terminalSink({
        color,
        lastLineOnly: flags.quiet === true,
        write: text => process.stdout.write(`${text}\n`)
      })
    ])
    return exitCodeOf(report)
  } catch (error) {
    if (error instanceof InputError) {
      process.stderr.write(`callback-thread-guard: ${oneLine(error)}\n`)
      return ExitCode.badInput
    }
    process.stderr.write(`callback-thread-guard: could not run: ${oneLine(error)}\n`)
    return ExitCode.couldNotRun
  }
}
