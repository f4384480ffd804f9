/**
 * The command line: flags -> config -> run -> report files and terminal table -> exit code.
 * Exit codes: 0 pass, 1 a contract was violated, 2 bad input, 3 could not run.
 */
import { Command, CommanderError, Option } from 'commander'
import { loadConfig } from '../config/load.js'
import type { BudgetProgress } from '../model/budget.js'
import { cut, ExitCode, InputError, oneLine, quote } from '../errors.js'
import type { Cell } from '../engine/matrix.js'
import {
  CLI_DOOR,
  CLI_LABELS,
  ENGINE_OPTIONS,
  flagsOf,
  REPORT_FORMATS,
  type FileTargets,
  type OptionKey,
  type Overrides,
  type ReportFormat
} from '../config/options.js'
import { readFileTargets, readOverrides } from '../config/read-options.js'
import { plain } from '../escape.js'
import { budgetWords } from '../report/evidence.js'
import type { Report } from '../report/model.js'
import { expandMatrix } from '../engine/matrix.js'
import { besideReport, checkReproducerFolder } from '../engine/repro/folder.js'
import { addReproducer } from '../engine/repro/write.js'
import { runWithControl } from '../engine/control.js'
import { checkReportPaths } from '../sinks/files.js'
import { offloadOr } from '../sinks/offload.js'
import { writeCliOutputs, type CliOutputJob } from './outputs.js'
import { TERMINAL_TABLES, type TerminalTable } from '../render/terminal.js'
import { VERSION } from '../version.js'

/** Commander's options, by attribute name: each table entry's key, then the CLI's own. */
type Flags = Partial<Record<OptionKey, string | boolean>> &
  FileTargets & {
    /** A folder; false with --no-reproducer. */
    reproducer?: string | false
    quiet?: boolean
    table?: TerminalTable
    color?: boolean
  }

/** The CLI: every engine option and report format from the tables, then its own flags. */
export function program(): Command {
  const cli = new Command('callback-thread-guard')
    .description(
      'Which thread runs your done callbacks? Runs a matrix of experiments against an executor or pool and grades every observation against a contract.'
    )
    .version(VERSION)
  for (const option of [...ENGINE_OPTIONS, ...REPORT_FORMATS.map(f => ({ ...f, arg: '<file>' }))])
    cli.option(flagsOf(option), option.help)
  return cli
    .option(
      '--reproducer <dir>',
      'on a violation, write a standalone Python reproducer here (default: beside --json)'
    )
    .option('--no-reproducer', 'write no reproducer (and spend no time shrinking)')
    .option('--quiet', 'print only the closing line')
    .addOption(
      new Option(
        '--table <kind>',
        'the terminal table with several targets: grid (experiments x targets) or cells (one row per cell)'
      ).choices(TERMINAL_TABLES)
    )
    .addOption(new Option('--no-color', 'no colour in the terminal table'))
    .exitOverride()
    .configureOutput({ writeErr: () => undefined })
    .allowExcessArguments(false)
}

/** Turns flags into overrides, refusing malformed numbers and lists with the flag's name. */
export function overridesFromFlags(flags: Flags): Overrides {
  return readOverrides(CLI_DOOR, option => {
    const value = flags[option.key as OptionKey]
    // Commander sets an off-switch to true when its --no- flag is absent: only false was typed.
    return option.kind === 'off-switch' && value === true ? undefined : value
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

function configFile(flags: Flags): string | undefined {
  return typeof flags.config === 'string' ? flags.config : undefined
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

/**
 * `outputsWorker`: the bundled worker script that writes the outputs (dist/cli-outputs.js);
 * without it (the TypeScript source, tests that call main) they are written on this thread.
 */
export async function main(argv: string[], outputsWorker?: URL): Promise<number> {
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
    const config = loadConfig(configFile(flags), overridesFromFlags(flags), CLI_LABELS)
    const files = readFileTargets(format => flags[format.name as ReportFormat])
    checkReportPaths(files, name => CLI_DOOR.label({ name, kind: 'text' }))
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
    // In a worker thread when the bundle has one: the main thread stays free to hear a signal.
    // The terminal's width is read here: a worker's stdout is not the terminal.
    const job: CliOutputJob = {
      report,
      files,
      color,
      quiet: flags.quiet === true,
      ...(process.stdout.isTTY === true && process.stdout.columns > 0
        ? { columns: process.stdout.columns }
        : {}),
      ...(flags.table === undefined ? {} : { table: flags.table })
    }
    await offloadOr(outputsWorker, job, writeCliOutputs)
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
