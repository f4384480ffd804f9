/**
 * The terminal table as a sink. `write` gets the table without a closing newline: the CLI prints
 * it to stdout, the Action logs it with workflow commands turned off (its strings are text).
 */
import { renderTerminal, type TerminalTable } from '../render/terminal.js'
import type { ReportSink } from './sink.js'

export interface TerminalOptions {
  color: boolean
  /** Only the closing line (the CLI's --quiet). */
  lastLineOnly?: boolean
  /** The terminal's width, when it has one (the grid is fitted to it, long lines wrapped). */
  columns?: number
  /** `cells`: one row per cell also with several targets (the CLI's --table cells). */
  table?: TerminalTable
  write: (text: string) => void
}

export function terminalSink(options: TerminalOptions): ReportSink {
  return {
    name: 'terminal table',
    write: ({ report }) => {
      const text = renderTerminal(report, options.color, {
        ...(options.columns === undefined ? {} : { columns: options.columns }),
        ...(options.table === undefined ? {} : { table: options.table })
      })
      options.write(options.lastLineOnly === true ? (text.split('\n').at(-1) ?? '') : text)
    }
  }
}
