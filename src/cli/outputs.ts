/**
 * The CLI's outputs from its report: the report files, then the terminal table on stdout. It may
 * run in a worker thread (outputs-worker.ts), so it takes plain data and prints through
 * process.stdout, which Node forwards from a worker to the process's own.
 */
import type { FileTargets } from '../config/options.js'
import type { Report } from '../report/model.js'
import type { TerminalTable } from '../render/terminal.js'
import { reportFilesSink } from '../sinks/files.js'
import { fanOut } from '../sinks/sink.js'
import { terminalSink } from '../sinks/terminal.js'

export interface CliOutputJob {
  report: Report
  files: FileTargets
  color: boolean
  /** Only the closing line of the table (--quiet). */
  quiet: boolean
  /** The terminal's width, when stdout is one (the table is fitted to it; 80 otherwise). */
  columns?: number
  /** --table: a grid of experiments by target, or one row per cell. */
  table?: TerminalTable
}

export async function writeCliOutputs(job: CliOutputJob): Promise<void> {
  await fanOut({ report: job.report, diff: undefined }, [
    reportFilesSink(job.files),
    terminalSink({
      color: job.color,
      lastLineOnly: job.quiet,
      ...(job.columns === undefined ? {} : { columns: job.columns }),
      ...(job.table === undefined ? {} : { table: job.table }),
      write: text => process.stdout.write(`${text}\n`)
    })
  ])
}
