/**
 * The Action's log. Every line that holds strings from probes or report files is written so the
 * runner cannot read it as a workflow command.
 */
import * as core from '@actions/core'
import { randomUUID } from 'node:crypto'
import { plain } from '../../escape.js'
import type { CellReport } from '../../report/model.js'
import { cellTitle } from '../../report/summarize.js'

/**
 * Log text that holds strings from probes or report files. The runner reads a log line as a
 * workflow command when it starts with "::" after leading spaces, so a thread or target name
 * could otherwise issue commands (in a workflow_run workflow, with a write token around).
 * stop-commands turns that off until the random token ends it.
 */
export function logUntrusted(text: string): void {
  const token = randomUUID()
  process.stdout.write(`::stop-commands::${token}\n${text}\n::${token}::\n`)
}

/** One ::group:: per target, its cells in order. Each line starts with the cell id, never "::". */
export function logCells(cells: CellReport[]): void {
  const byTarget = new Map<string, CellReport[]>()
  for (const c of cells) {
    const list = byTarget.get(c.target)
    if (list === undefined) byTarget.set(c.target, [c])
    else list.push(c)
  }
  for (const [target, list] of byTarget) {
    core.startGroup(plain(`${target}: ${list.length} cell${list.length === 1 ? '' : 's'}`, 200))
    for (const cell of list)
      core.info(
        plain(
          `${cell.id} ${cellTitle(cell)}: ${cell.verdict}${cell.reason === undefined ? '' : ` (${cell.reason})`} (${(cell.durationMs / 1000).toFixed(2)} s)`,
          400
        )
      )
    core.endGroup()
  }
}
