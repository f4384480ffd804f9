/**
 * The Jest matcher: `expect(report).toHonourContract('event-loop')`. Register it once with
 * `expect.extend(matchers)`. It passes when every cell that ran honours the contract; its failure
 * message is the outcome table of each failing cell and the rules that were broken.
 */
import type { MatcherFunction } from 'expect'
import { InputError } from '../errors.js'
import type { ContractInput } from '../grading/contract.js'
import type { CellReport, Report } from '../report/model.js'
import { cellParams, cellTitle, describeViolation, sampleText } from '../report/summarize.js'
import { gradeReport, resolveContract, type ContractLike } from './run.js'

export interface MatcherResult {
  pass: boolean
  message(): string
}

export function toHonourContract(received: unknown, contract: ContractLike): MatcherResult {
  if (!isReport(received)) {
    return {
      pass: false,
      message: () =>
        'toHonourContract expects a report (what runMatrix or runConfig returns), got ' +
        (received === null ? 'null' : typeof received)
    }
  }
  const name = resolveContract(contract).name
  let report: Report
  try {
    report = gradeReport(received, contract)
  } catch (error) {
    // Judged as the Action judges a report file: one that is not a report passes nothing.
    if (!(error instanceof InputError)) throw error
    return {
      pass: false,
      message: () => `expected a report to honour contract "${name}", but ${error.message}`
    }
  }
  const ran = report.cells.filter(c => c.verdict === 'pass' || c.verdict === 'fail')
  const failing = report.cells.filter(c => c.verdict === 'fail' || c.verdict === 'error')
  const pass = ran.length > 0 && failing.length === 0
  if (pass) {
    return {
      pass,
      message: () =>
        `expected the report not to honour contract "${name}", but all ${ran.length} cells that ran honour it`
    }
  }
  return {
    pass,
    message: () =>
      ran.length === 0 && failing.length === 0
        ? `expected the report to honour contract "${name}", but no cell ran (${report.cells.length} skipped)`
        : [
            `expected the report to honour contract "${name}", but ${failing.length} of ${report.cells.length} cells did not:`,
            '',
            ...failing.flatMap(c => describeCell(c, manyTargets(report)))
          ].join('\n')
  }
}

/** Ready for expect.extend(matchers). */
export const matchers: { toHonourContract: MatcherFunction<[contract: ContractLike]> } = {
  toHonourContract
}

function describeCell(cell: CellReport, showTarget: boolean): string[] {
  const title = `${showTarget ? `${cell.target} ` : ''}${cell.id} ${cellTitle(cell)} (${cell.scenario}, ${cellParams(cell)})`
  if (cell.verdict === 'error') {
    const tail = (cell.stderrTail ?? []).slice(-3).map(l => `    stderr: ${l}`)
    return [`${title}: could not run: ${cell.reason ?? 'unknown'}`, ...tail, '']
  }
  const out = [`${title}:`, ...outcomeTable(cell).map(l => `    ${l}`), '']
  for (const v of cell.violations) {
    out.push(
      `  broke ${v.rule} (${v.source}), ${v.count} handler${v.count === 1 ? '' : 's'}: ${describeViolation(v)}`
    )
    out.push(`    ${v.says}`)
    for (const s of v.samples.slice(0, 2)) out.push(`    e.g. ${sampleText(s)}`)
  }
  out.push('')
  return out
}

/** Every outcome of the cell, with its facts, count and grade, as an aligned table. */
function outcomeTable(cell: CellReport): string[] {
  const factNames = [...new Set(cell.outcomes.flatMap(o => Object.keys(o.facts)))]
  const header = [...factNames, 'count', 'grade']
  const rows = cell.outcomes.map(o => [
    ...factNames.map(f => (o.facts[f] === undefined ? '-' : String(o.facts[f]))),
    String(o.count),
    o.grade === 'forbidden' ? `forbidden: ${o.broken.map(b => b.rule).join(', ')}` : o.grade
  ])
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map(r => (r[i] ?? '').length)))
  const line = (cols: string[]) =>
    cols
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd()
  return [line(header), ...rows.map(line)]
}

function manyTargets(report: Report): boolean {
  return new Set(report.cells.map(c => c.target)).size > 1
}

function isReport(value: unknown): value is Report {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as Report).schemaVersion === 1 &&
    Array.isArray((value as Report).cells)
  )
}

// The matcher's type, for `import { expect } from '@jest/globals'` and for the jest globals.
// An augmentation repeats the interface's type parameters, used or not.
declare module 'expect' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface Matchers<R extends void | Promise<void>, T = unknown> {
    /** Every cell of the report that ran honours the contract (a built-in name, a file, or an object). */
    toHonourContract(contract: string | ContractInput): R
  }
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unused-vars
    interface Matchers<R, T = {}> {
      toHonourContract(contract: string | ContractInput): R
    }
  }
}
